/**
 * Where the submit's p99 comes from, on PostgreSQL (`--database postgresql`) or SQLite: the production server, a guest
 * (or TAIL_USERS guests, one per connection) submitting fresh 10-answer attempts over 10 connections, TAIL_ROUNDS
 * rounds (default 3) of TAIL_N submits (default 1000), TAIL_GAP_MS of quiet before each round (default 0; pg's pool
 * used to close connections idle for 10 s). Each round prints the client's latency (p50 / p90 / p99 / max), the
 * server's and PostgreSQL's backends' CPU per submit (/proc), the mean number of the database's backends in each
 * state or wait event (pg_stat_activity sampled every few ms), and the slowest 1 % with when they started and the
 * waits seen while they were in flight. TAIL_COUNT=1 first counts transactions per submit (pg_stat_database, one
 * submit at a time). For GC pauses and event-loop delay inside the server add
 * `BENCH_NODE_ARGS="--import ./bench/latency-probe.mjs" LATENCY_PROBE_FILE=… LATENCY_PROBE_MS=500`.
 *
 *   node --import tsx/esm bench/submit-tail.ts --database postgresql     (after `next build`; apps/web/README.md,
 *   "The PostgreSQL submit's tail")
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { createDb } from "@newsquiz/db";
import { sampleArticle } from "@newsquiz/article/samples";
import type { PublicQuestion } from "@newsquiz/quiz";
import { benchPort, benchProvider, startApp } from "./bench-server";

interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  end(): Promise<void>;
}
// pg is @newsquiz/db's driver; resolved from there rather than added to the web app.
const requireFromDb = createRequire(path.resolve(import.meta.dirname, "..", "..", "..", "packages", "db", "package.json"));
const pg = requireFromDb("pg") as { Client: new (o: { connectionString: string }) => PgClient };

const N = Number(process.env.TAIL_N ?? 1000);
const ROUNDS = Number(process.env.TAIL_ROUNDS ?? 3);
const USERS = Math.max(1, Math.min(10, Number(process.env.TAIL_USERS ?? 1)));
const GAP_MS = Number(process.env.TAIL_GAP_MS ?? 0);
const CONNECTIONS = 10;

/** CPU time a process has used so far, in ms (Linux /proc; 0 once it is gone). */
function cpuMsOf(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const app = await startApp(benchPort(3394));
const db = createDb({ url: app.databaseUrl });
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const stat = benchProvider === "postgresql" ? new pg.Client({ connectionString: app.databaseUrl }) : null;
try {
  if (!/^http:\/\/127\.0\.0\.1:/.test(app.url)) throw new Error("benchmarks only target 127.0.0.1");
  // Each guest starts the sample's quiz through the app (this makes the quiz and the guest's session).
  const users: { cookie: string; userId: string; quizId: string }[] = [];
  for (let u = 0; u < USERS; u++) {
    const res = await fetch(`${app.url}/api/trpc/quiz.start?batch=1`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ 0: { json: { slug: sampleArticle().slug } } }) });
    if (!res.ok) throw new Error(`quiz.start failed: ${res.status}`);
    const attempt = await db.attempt.findFirstOrThrow({ where: { userId: { notIn: users.map((x) => x.userId) } } });
    users.push({ cookie: res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; "), userId: attempt.userId, quizId: attempt.quizId });
  }
  const quiz = await db.quiz.findUniqueOrThrow({ where: { id: users[0]!.quizId } });
  const questions = JSON.parse(quiz.questions) as PublicQuestion[];
  /** Fresh attempts of user `u` with an answer to every question, written straight to the database. */
  const prepare = async (n: number, u: number): Promise<string[]> => {
    const ids = Array.from({ length: n }, () => randomUUID().replaceAll("-", ""));
    for (let i = 0; i < ids.length; i += 200) {
      const chunk = ids.slice(i, i + 200);
      await db.attempt.createMany({ data: chunk.map((id) => ({ id, quizId: users[u]!.quizId, userId: users[u]!.userId, total: questions.length })) });
      await db.answer.createMany({
        data: chunk.flatMap((attemptId) => questions.map((q, k) => ({ attemptId, questionId: q.id, response: q.options ? q.options[k % q.options.length]! : "Seoul" }))),
      });
    }
    return ids;
  };
  /** One submit as user `u`, keeping the cookies the server renews as a browser does; its status. */
  const submit = (attemptId: string, u: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ 0: { json: { attemptId } } });
      const user = users[u]!;
      const req = http.request(
        `${app.url}/api/trpc/attempt.submit?batch=1`,
        { method: "POST", agent, headers: { "content-type": "application/json", cookie: user.cookie, "content-length": Buffer.byteLength(body) } },
        (res) => {
          const jar = new Map(user.cookie.split("; ").map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)] as const));
          for (const line of res.headers["set-cookie"] ?? []) {
            const pair = line.split(";")[0] ?? "";
            jar.set(pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1));
          }
          user.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(body);
    });

  const dbName = stat ? new URL(app.databaseUrl).pathname.slice(1) : "";
  if (stat) await stat.connect();
  if (stat && process.env.TAIL_COUNT) {
    // a backend reports its counts at most once a second, an idle one after 10 s: wait that out on both sides
    const transactions = async () => Number((await stat.query(`SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1`, [dbName])).rows[0]?.n);
    const ids = await prepare(51, 0);
    await submit(ids[0]!, 0);
    await sleep(11_000);
    const before = await transactions();
    for (const id of ids.slice(1)) await submit(id, 0);
    await sleep(11_000);
    console.log(`transactions per submit (one at a time): ${(((await transactions()) - before) / (ids.length - 1)).toFixed(2)}`);
  }

  for (let round = 0; round < ROUNDS; round++) {
    const perUser = await Promise.all(users.map((_, u) => prepare(Math.ceil(N / USERS), u)));
    if (GAP_MS) await sleep(GAP_MS);
    const backendPids = stat ? (await stat.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [dbName])).rows.map((r) => Number(r.pid)) : [];
    const pgCpu = () => backendPids.reduce((sum, pid) => sum + cpuMsOf(pid), 0);
    const pgBefore = pgCpu();
    const appBefore = cpuMsOf(app.pid);
    const t0 = performance.now();
    const samples: { t: number; waits: Record<string, number> }[] = [];
    let done = false;
    const sampler = (async () => {
      while (stat && !done) {
        const t = performance.now() - t0;
        const rows = (
          await stat.query(
            `SELECT coalesce(wait_event_type || ':' || wait_event, state) AS w, count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() AND state <> 'idle' GROUP BY 1`,
            [dbName],
          )
        ).rows;
        samples.push({ t, waits: Object.fromEntries(rows.map((r) => [String(r.w), Number(r.n)])) });
        await sleep(2);
      }
    })();
    const times: { start: number; end: number }[] = [];
    const next = users.map(() => 0);
    let left = N;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, connection) => {
        const u = connection % USERS;
        while (left > 0 && next[u]! < perUser[u]!.length) {
          left--;
          const id = perUser[u]![next[u]!++]!;
          const start = performance.now() - t0;
          const status = await submit(id, u);
          if (status !== 200) throw new Error(`submit answered ${status}`);
          times.push({ start, end: performance.now() - t0 });
        }
      }),
    );
    done = true;
    const pgUsed = pgCpu() - pgBefore;
    const appUsed = cpuMsOf(app.pid) - appBefore;
    await sampler;

    const latencies = times.map((x) => x.end - x.start).sort((a, b) => a - b);
    const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
    const wall = Math.max(...times.map((x) => x.end));
    console.log(`round ${round}: ${(times.length / (wall / 1000)).toFixed(0)} submits/s, p50 ${q(0.5)} p90 ${q(0.9)} p99 ${q(0.99)} max ${latencies.at(-1)!.toFixed(1)} ms`);
    console.log(`  CPU per submit: server ${(appUsed / times.length).toFixed(2)} ms${stat ? `, PostgreSQL backends (the ${backendPids.length} open before the round) ${(pgUsed / times.length).toFixed(2)} ms` : ""}`);
    if (!stat) continue;
    const mean = (of: typeof samples) => {
      const totals: Record<string, number> = {};
      for (const s of of) for (const [k, v] of Object.entries(s.waits)) totals[k] = (totals[k] ?? 0) + v;
      return Object.entries(totals)
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${(v / Math.max(1, of.length)).toFixed(2)}`)
        .join(", ");
    };
    console.log(`  backends by state / wait (mean of ${samples.length} samples): ${mean(samples)}`);
    const slowest = [...times].sort((a, b) => b.end - b.start - (a.end - a.start)).slice(0, Math.ceil(times.length / 100));
    for (const s of slowest.sort((a, b) => a.start - b.start)) {
      console.log(`  slow ${(s.end - s.start).toFixed(1)} ms from ${s.start.toFixed(0)} ms: ${mean(samples.filter((x) => x.t >= s.start && x.t <= s.end))}`);
    }
  }
} finally {
  await stat?.end();
  await db.$disconnect();
  agent.destroy();
  app.stop();
}
