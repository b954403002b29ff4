/**
 * Quiz submission: `attempt.submit` of a 10-answer attempt through the production server (tRPC, session
 * check, grading, one transaction with the review queue, results view) vs. a minimal node:http handler in
 * its own process doing the same reads and writes on the same database — with better-sqlite3 on SQLite, with
 * `pg` (a pool of 10, one transaction per submit) on PostgreSQL — measured in the same run. Each request
 * submits a different attempt prepared beforehand (a repeated submit would only read). Median of 3 runs,
 * 10 connections, 127.0.0.1 only. The visitor keeps its cookies as a browser does (a renewed session cookie cache is
 * sent from then on).
 *
 *   pnpm --filter @newsquiz/web run bench:submit [--database postgresql]   (after `next build`)
 *   BENCH_SEMI_SPACE_MB=4 pnpm --filter @newsquiz/web run bench:submit ...  (the server with another semi-space than start:prod's 8 MB)
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createDb } from "@newsquiz/db";
import { sampleArticle } from "@newsquiz/article/samples";
import { gradeAnswer, type AnswerKeyEntry, type PublicQuestion } from "@newsquiz/quiz";
import autocannon from "autocannon";
import { benchPort, benchProvider, benchSemiSpaceMb, machineLine, median, startApp } from "./bench-server";
import { DIRECT_TRPC_HEADER } from "../src/server/direct-trpc";

const RUNS = 3;
/** Submissions per run (each a fresh attempt): the app's, and the (much faster) baseline's. */
const PER_RUN = 1000;
const BASE_PER_RUN = 4000;

interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  /** CPU time the server process spent per request (user + system, /proc): steadier than requests/s on a shared machine. */
  cpuMsPerRequest: number;
}

/** CPU time a process has used so far, in ms (Linux /proc; utime + stime in clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
const APP_PORT = benchPort(3392);
const BASE_PORT = benchPort(3393);

// better-sqlite3 is @newsquiz/db's driver; resolved from there rather than added to the web app.
const requireFromDb = createRequire(path.resolve(import.meta.dirname, "..", "..", "..", "packages", "db", "package.json"));
interface Stmt {
  get(...a: unknown[]): unknown;
  all(...a: unknown[]): unknown[];
  run(...a: unknown[]): unknown;
}
interface SqliteDb {
  prepare(sql: string): Stmt;
  pragma(p: string): unknown;
  transaction<T>(fn: () => T): () => T;
}
const Database = requireFromDb("better-sqlite3") as new (file: string) => SqliteDb;

type KeyEntry = AnswerKeyEntry & { questionKey: string };
const isoNow = () => new Date().toISOString().replace("Z", "+00:00");

/** The baseline: POST {attemptId} with the session cookie → grade and store, as one transaction. */
function runBaselineServer(port: number, dbPath: string): void {
  const db = new Database(dbPath);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  const session = db.prepare(`SELECT userId FROM session WHERE token = ?`);
  const attemptQ = db.prepare(
    `SELECT a.id, a.quizId, a.startedAt, q.questions, q.answerKey FROM Attempt a JOIN Quiz q ON q.id = a.quizId WHERE a.id = ? AND a.userId = ? AND a.submittedAt IS NULL`,
  );
  const answersQ = db.prepare(`SELECT id, questionId, response FROM Answer WHERE attemptId = ?`);
  const setCorrect = db.prepare(`UPDATE Answer SET correct = ? WHERE id = ?`);
  const claim = db.prepare(`UPDATE Attempt SET submittedAt = ?, durationMs = ?, score = ?, total = ? WHERE id = ? AND submittedAt IS NULL`);
  const review = db.prepare(
    `INSERT INTO ReviewItem (id, userId, questionKey, quizId, box, dueAt, lastAnsweredAt) VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT(userId, questionKey) DO UPDATE SET quizId = excluded.quizId, box = 1, dueAt = excluded.dueAt, lastAnsweredAt = excluded.lastAnsweredAt`,
  );
  const submit = (attemptId: string, userId: string) =>
    db.transaction(() => {
      const a = attemptQ.get(attemptId, userId) as { id: string; quizId: string; startedAt: string; questions: string; answerKey: string } | undefined;
      if (!a) return null;
      const questions = JSON.parse(a.questions) as PublicQuestion[];
      const key = JSON.parse(a.answerKey) as Record<string, KeyEntry>;
      const answers = new Map((answersQ.all(a.id) as { id: string; questionId: string; response: string }[]).map((r) => [r.questionId, r]));
      const now = new Date();
      let score = 0;
      const wrong: string[] = [];
      for (const q of questions) {
        const k = key[q.id]!;
        const ans = answers.get(q.id);
        const correct = ans ? gradeAnswer(k, ans.response).correct : false;
        if (correct) score++;
        else wrong.push(k.questionKey);
        if (ans) setCorrect.run(correct ? 1 : 0, ans.id);
      }
      const started = new Date(a.startedAt).getTime();
      claim.run(isoNow(), now.getTime() - started, score, questions.length, a.id);
      const due = new Date(now.getTime() + 86_400_000).toISOString().replace("Z", "+00:00");
      for (const qk of wrong) review.run(randomUUID(), userId, qk, a.quizId, due, isoNow());
      return { score, total: questions.length };
    })();
  http
    .createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        const token = /better-auth\.session_token=([^.;]+)/.exec(req.headers.cookie ?? "")?.[1];
        const user = token ? (session.get(token) as { userId: string } | undefined) : undefined;
        const attemptId = (JSON.parse(body) as { attemptId?: string }).attemptId;
        const result = user && attemptId ? submit(attemptId, user.userId) : null;
        const out = JSON.stringify(result ?? { error: "not found" });
        res.writeHead(result ? 200 : 404, { "content-type": "application/json", "content-length": Buffer.byteLength(out) });
        res.end(out);
      });
    })
    .listen(port, "127.0.0.1", () => process.send?.("ready"));
}

interface PgClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  release(): void;
}
interface PgPool {
  connect(): Promise<PgClient>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}
const pg = requireFromDb("pg") as { Pool: new (o: { connectionString: string; max: number }) => PgPool };

/** The PostgreSQL baseline: the same reads and writes with `pg`, one transaction per submit. */
function runPgBaselineServer(port: number, url: string): void {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const submit = async (attemptId: string, userId: string) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const a = (
        await client.query(
          `SELECT a.id, a."quizId", a."startedAt", q.questions, q."answerKey" FROM "Attempt" a JOIN "Quiz" q ON q.id = a."quizId" WHERE a.id = $1 AND a."userId" = $2 AND a."submittedAt" IS NULL FOR UPDATE OF a`,
          [attemptId, userId],
        )
      ).rows[0] as { id: string; quizId: string; startedAt: Date; questions: string; answerKey: string } | undefined;
      if (!a) {
        await client.query("ROLLBACK");
        return null;
      }
      const questions = JSON.parse(a.questions) as PublicQuestion[];
      const key = JSON.parse(a.answerKey) as Record<string, KeyEntry>;
      const rows = (await client.query(`SELECT id, "questionId", response FROM "Answer" WHERE "attemptId" = $1`, [a.id])).rows as { id: string; questionId: string; response: string }[];
      const answers = new Map(rows.map((r) => [r.questionId, r]));
      const now = new Date();
      let score = 0;
      const wrong: string[] = [];
      for (const q of questions) {
        const k = key[q.id]!;
        const ans = answers.get(q.id);
        const correct = ans ? gradeAnswer(k, ans.response).correct : false;
        if (correct) score++;
        else wrong.push(k.questionKey);
        if (ans) await client.query(`UPDATE "Answer" SET correct = $1 WHERE id = $2`, [correct, ans.id]);
      }
      await client.query(`UPDATE "Attempt" SET "submittedAt" = $1, "durationMs" = $2, score = $3, total = $4 WHERE id = $5 AND "submittedAt" IS NULL`, [
        now,
        now.getTime() - new Date(a.startedAt).getTime(),
        score,
        questions.length,
        a.id,
      ]);
      const due = new Date(now.getTime() + 86_400_000);
      for (const qk of wrong) {
        await client.query(
          `INSERT INTO "ReviewItem" (id, "userId", "questionKey", "quizId", box, "dueAt", "lastAnsweredAt") VALUES ($1, $2, $3, $4, 1, $5, $6)
           ON CONFLICT ("userId", "questionKey") DO UPDATE SET "quizId" = excluded."quizId", box = 1, "dueAt" = excluded."dueAt", "lastAnsweredAt" = excluded."lastAnsweredAt"`,
          [randomUUID(), userId, qk, a.quizId, due, now],
        );
      }
      await client.query("COMMIT");
      return { score, total: questions.length };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
  http
    .createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        void (async () => {
          const token = /better-auth\.session_token=([^.;]+)/.exec(req.headers.cookie ?? "")?.[1];
          const user = token ? ((await pool.query(`SELECT "userId" FROM session WHERE token = $1`, [token])).rows[0] as { userId: string } | undefined) : undefined;
          const attemptId = (JSON.parse(body) as { attemptId?: string }).attemptId;
          const result = user && attemptId ? await submit(attemptId, user.userId) : null;
          const out = JSON.stringify(result ?? { error: "not found" });
          res.writeHead(result ? 200 : 404, { "content-type": "application/json", "content-length": Buffer.byteLength(out) });
          res.end(out);
        })();
      });
    })
    .listen(port, "127.0.0.1", () => process.send?.("ready"));
}

if (process.argv[2] === "--baseline") {
  if (process.argv[5] === "postgresql") runPgBaselineServer(Number(process.argv[3]), process.argv[4]!);
  else runBaselineServer(Number(process.argv[3]), process.argv[4]!);
} else {
  await main();
}

async function main() {
  const slug = sampleArticle().slug;
  const loadAtStart = os.loadavg()[0]!;
  const app = await startApp(APP_PORT);
  let baseline: ChildProcess | undefined;
  try {
    // A guest starts the article's quiz through the app (this makes the quiz and the session).
    const res = await fetch(`${app.url}/api/trpc/quiz.start?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ 0: { json: { slug } } }),
    });
    if (!res.ok) throw new Error(`quiz.start failed: ${res.status} ${await res.text()}`);
    // The visitor's cookies, kept as a browser keeps them: better-auth renews its signed session copy (cookie
    // cache, 60 s) on the response after it ran out, and a browser sends the new one from then on.
    const jar = new Map<string, string>();
    const takeCookies = (setCookies: string[]) => {
      for (const line of setCookies) {
        const [pair = ""] = line.split(";");
        const eq = pair.indexOf("=");
        if (eq <= 0) continue;
        if (/max-age=0/i.test(line) || eq === pair.length - 1) jar.delete(pair.slice(0, eq));
        else jar.set(pair.slice(0, eq), pair.slice(eq + 1));
      }
    };
    const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    takeCookies(res.headers.getSetCookie());

    // Fresh attempts with 10 answers each, written straight to the database.
    const db = createDb({ url: app.databaseUrl });
    const first = await db.attempt.findFirstOrThrow({ include: { quiz: true } });
    const questions = JSON.parse(first.quiz.questions) as PublicQuestion[];
    const prepare = async (n: number): Promise<string[]> => {
      const ids = Array.from({ length: n }, () => randomUUID().replaceAll("-", ""));
      for (let i = 0; i < ids.length; i += 200) {
        const chunk = ids.slice(i, i + 200);
        await db.attempt.createMany({ data: chunk.map((id) => ({ id, quizId: first.quizId, userId: first.userId, total: questions.length })) });
        await db.answer.createMany({
          data: chunk.flatMap((attemptId) =>
            questions.map((q, k) => ({ attemptId, questionId: q.id, response: q.options ? q.options[k % q.options.length]! : "Seoul" })),
          ),
        });
      }
      return ids;
    };

    const child = spawn(process.execPath, ["--import", "tsx/esm", import.meta.filename, "--baseline", String(BASE_PORT), benchProvider === "postgresql" ? app.databaseUrl : app.dbPath, benchProvider], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    baseline = child;
    await new Promise<void>((resolve, reject) => {
      child.once("message", () => resolve());
      child.once("exit", (code) => reject(new Error(`baseline server exited ${code}`)));
    });

    /** Submits every prepared attempt once; requests/s is the total over the wall time (runs are too short for per-second samples). */
    const submitRun = async (url: string, ids: string[], body: (id: string) => string, serverPid: number): Promise<LoadResult> => {
      const cpuBefore = cpuMsOf(serverPid);
      if (!/^http:\/\/127\.0\.0\.1:/.test(url)) throw new Error("benchmarks only target 127.0.0.1");
      let i = 0;
      const r = await autocannon({
        url,
        method: "POST",
        connections: 10,
        amount: ids.length,
        // autocannon reports a run with `amount` at its next sample tick: at the default of one per second a
        // 1.2 s run counted as 2 s
        sampleInt: 10,
        requests: [
          {
            setupRequest: (req) => ({ ...req, headers: { ...req.headers, "content-type": "application/json", cookie: cookie() }, body: body(ids[i++ % ids.length]!) }),
            onResponse: (_status, _body, _context, headers) => {
              const set = (headers as Record<string, string | string[] | undefined>)["set-cookie"];
              if (set) takeCookies(Array.isArray(set) ? set : [set]);
              if ((headers as Record<string, string | undefined>)[DIRECT_TRPC_HEADER] === "direct") servedDirect++;
            },
          },
        ],
      });
      const seconds = (new Date(r.finish).getTime() - new Date(r.start).getTime()) / 1000;
      return { requestsPerSec: r.requests.total / seconds, p50Ms: r.latency.p50, p99Ms: r.latency.p99, maxMs: r.latency.max, errors: r.errors + r.non2xx, cpuMsPerRequest: (cpuMsOf(serverPid) - cpuBefore) / Math.max(1, r.requests.total) };
    };
    // Answers server.cts gave itself, outside Next's request path (src/server/direct-trpc.ts); the baseline's never say so.
    let servedDirect = 0;
    const ours: LoadResult[] = [];
    const base: LoadResult[] = [];
    const oursIds: string[][] = [];
    for (let r = 0; r < RUNS; r++) {
      const b = await prepare(BASE_PER_RUN);
      const o = await prepare(PER_RUN);
      oursIds.push(o);
      base.push(await submitRun(`http://127.0.0.1:${BASE_PORT}/submit`, b, (id) => JSON.stringify({ attemptId: id }), child.pid ?? 0));
      ours.push(await submitRun(`${app.url}/api/trpc/attempt.submit?batch=1`, o, (id) => JSON.stringify({ 0: { json: { attemptId: id } } }), app.pid));
    }
    // Every submission really was graded and stored.
    let graded = 0;
    const all = oursIds.flat();
    for (let i = 0; i < all.length; i += 500) {
      graded += await db.attempt.count({ where: { id: { in: all.slice(i, i + 500) }, submittedAt: { not: null }, score: { not: null } } });
    }
    await db.$disconnect();

    const rps = (xs: LoadResult[]) => median(xs.map((x) => x.requestsPerSec));
    const p99 = (xs: LoadResult[]) => median(xs.map((x) => x.p99Ms));
    const errors = (xs: LoadResult[]) => xs.reduce((s, x) => s + x.errors, 0);
    const baseName = benchProvider === "postgresql" ? "node:http + pg (PostgreSQL) baseline " : "node:http + better-sqlite3 baseline  ";
    console.log(`quiz submission on ${benchProvider} (10 answers; ${PER_RUN} attempts per run for the app, ${BASE_PER_RUN} for the baseline; 10 connections) on ${machineLine()}; server --max-semi-space-size=${benchSemiSpaceMb}; load average ${loadAtStart.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`);
    console.log(
      `  newsquiz attempt.submit (production build): ${rps(ours).toFixed(0)} requests/s, p99 ${p99(ours).toFixed(0)} ms (runs: ${ours.map((x) => x.requestsPerSec.toFixed(0)).join(", ")}; errors ${errors(ours)})`,
    );
    console.log(
      `  ${baseName}     : ${rps(base).toFixed(0)} requests/s, p99 ${p99(base).toFixed(0)} ms (runs: ${base.map((x) => x.requestsPerSec.toFixed(0)).join(", ")}; errors ${errors(base)})`,
    );
    console.log(`  ratio                                     : ${(rps(ours) / rps(base)).toFixed(3)} of the baseline's requests/s, p99 ${(p99(ours) / Math.max(1, p99(base))).toFixed(1)}× the baseline's`);
    const cpu = (xs: LoadResult[]) => median(xs.map((x) => x.cpuMsPerRequest));
    console.log(
      `  server CPU per request                    : newsquiz ${cpu(ours).toFixed(2)} ms (runs: ${ours.map((x) => x.cpuMsPerRequest.toFixed(2)).join(", ")}), baseline ${cpu(base).toFixed(2)} ms (runs: ${base.map((x) => x.cpuMsPerRequest.toFixed(2)).join(", ")}): ${(cpu(base) / Math.max(0.001, cpu(ours))).toFixed(3)} of the baseline's requests per CPU second`,
    );
    const perRun = (xs: LoadResult[]) => xs.map((x) => `${x.requestsPerSec.toFixed(0)}/s p50 ${x.p50Ms} p99 ${x.p99Ms} max ${x.maxMs} ms`).join("; ");
    console.log(`  each run, newsquiz                        : ${perRun(ours)}`);
    console.log(`  each run, baseline                        : ${perRun(base)}`);
    console.log(`  graded and stored                         : ${graded} of ${RUNS * PER_RUN} submitted attempts`);
    console.log(`  answered by server.cts outside Next       : ${servedDirect} of ${RUNS * PER_RUN} (the rest through Next's route)`);
    console.log(`  app p99 ${p99(ours) <= 50 ? "≤" : ">"} 50 ms; ratio ${rps(ours) / rps(base) >= 0.2 ? "≥" : "<"} 0.2 of the baseline`);
  } finally {
    baseline?.kill("SIGTERM");
    app.stop();
  }
}
