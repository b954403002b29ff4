/**
 * Nothing acknowledged is lost: 200 quiz submissions at concurrency 20 against the production server,
 * which is killed with SIGKILL part-way through and started again. Then every submission that was
 * answered 200 must be stored and graded, no attempt may be half graded (a score without graded answers,
 * or graded answers without a submission), SQLite's integrity_check must say ok, and the restarted server
 * must serve each acknowledged result and accept the unfinished ones.
 *
 *   node --import tsx/esm scripts/durability.ts [--database sqlite|postgresql]
 *     (after `next build`; PostgreSQL needs NEWSQUIZ_TEST_POSTGRES_URL; DURABILITY_PORT, default 3120)
 * Prints "N passed, N failed" and exits 1 on any failure.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { sampleArticle } from "@newsquiz/article/samples";
import { createDb, type Db } from "@newsquiz/db";
import type { PublicQuestion } from "@newsquiz/quiz";
import { postgresTestDatabaseUrl } from "../e2e/support/database";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "../server-start";

const TOTAL = 200;
const CONCURRENCY = 20;
/** The server is killed once this many submissions were acknowledged (mid-run, by count, not by time). */
const KILL_AFTER_ACKS = 60;
const webDir = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.DURABILITY_PORT ?? 3120);
const base = `http://127.0.0.1:${port}`;

const { values } = parseArgs({ options: { database: { type: "string", default: "sqlite" } } });
const provider = values.database === "postgresql" ? "postgresql" : "sqlite";
const tempDir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-durability-"));
const databaseUrl = provider === "postgresql" ? postgresTestDatabaseUrl(`durability_${port}`) : `file:${path.join(tempDir, "durability.db")}`;
// As start:prod starts the server (server-start.ts; the environment may override the malloc arenas).
const env: NodeJS.ProcessEnv = {
  ...SERVER_ENV,
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: databaseUrl,
  NEWSQUIZ_DATA_DIR: tempDir,
  BETTER_AUTH_URL: base,
  BETTER_AUTH_SECRET: "durability-secret-durability-secret-000000",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(port),
  HOSTNAME: "127.0.0.1",
};

const results: Array<{ name: string; ok: boolean; detail: string }> = [];
const check = (name: string, ok: boolean, detail = "") => {
  results.push({ name, ok, detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` — ${detail}` : ""}`);
};

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: webDir, env, stdio: "inherit" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`))));
  });
}

/** The web server itself (no wrapper process), so SIGKILL hits exactly the process that acknowledged. */
async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "--require", "tsx/cjs", "server.cjs"], { cwd: webDir, env, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not start");
}

async function prepareAttempts(db: Db, cookie: string): Promise<string[]> {
  const res = await fetch(`${base}/api/trpc/quiz.start?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify({ 0: { json: { slug: sampleArticle().slug } } }),
  });
  if (!res.ok) throw new Error(`quiz.start failed: ${res.status}`);
  const first = await db.attempt.findFirstOrThrow({ include: { quiz: true } });
  const questions = JSON.parse(first.quiz.questions) as PublicQuestion[];
  const ids = Array.from({ length: TOTAL }, () => randomUUID().replaceAll("-", ""));
  await db.attempt.createMany({ data: ids.map((id) => ({ id, quizId: first.quizId, userId: first.userId, total: questions.length })) });
  await db.answer.createMany({
    data: ids.flatMap((attemptId) => questions.map((q, k) => ({ attemptId, questionId: q.id, response: q.options ? q.options[k % q.options.length]! : "Seoul" }))),
  });
  return ids;
}

async function submit(cookie: string, attemptId: string): Promise<number> {
  try {
    const res = await fetch(`${base}/api/trpc/attempt.submit?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify({ 0: { json: { attemptId } } }),
    });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0; // connection refused or reset: not acknowledged
  }
}

/** Attempts whose stored state is half a grading: exactly what the one transaction must rule out. */
async function halfGraded(db: Db, ids: string[]): Promise<string[]> {
  const rows = await db.attempt.findMany({ where: { id: { in: ids } }, include: { answers: true } });
  return rows
    .filter((a) => {
      const gradedAnswers = a.answers.filter((x) => x.correct !== null).length;
      const submitted = a.submittedAt !== null;
      if (submitted) return a.score === null || gradedAnswers !== a.answers.length || a.answers.filter((x) => x.correct).length !== a.score;
      return a.score !== null || gradedAnswers > 0;
    })
    .map((a) => a.id);
}

async function main(): Promise<void> {
  console.log(`durability on ${provider}: ${TOTAL} submissions, ${CONCURRENCY} at a time, SIGKILL after ${KILL_AFTER_ACKS} acknowledgements`);
  await run("pnpm", ["--filter", "@newsquiz/db", "run", "reset-test-database"]);
  await run("pnpm", ["--filter", "@newsquiz/db", "run", "migrate"]);
  let server = await startServer();
  const db = createDb({ url: databaseUrl });
  try {
    // A guest session (the cookie better-auth sets on the first write).
    const guest = await fetch(`${base}/api/auth/sign-in/anonymous`, { method: "POST", headers: { origin: base, "content-type": "application/json" }, body: "{}" });
    const cookie = guest.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const ids = await prepareAttempts(db, cookie);

    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (next < ids.length) {
        const id = ids[next++]!;
        if ((await submit(cookie, id)) === 200) acknowledged.push(id);
        if (!killed && acknowledged.length >= KILL_AFTER_ACKS) {
          killed = true;
          server.kill("SIGKILL");
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await new Promise<void>((resolve) => (server.exitCode !== null || server.signalCode !== null ? resolve() : server.once("exit", () => resolve())));
    check("the server was killed mid-run", killed && acknowledged.length < TOTAL, `${acknowledged.length} of ${TOTAL} acknowledged before and while it died`);

    if (provider === "sqlite") {
      const requireFromDb = createRequire(path.resolve(webDir, "..", "..", "packages", "db", "package.json"));
      const Database = requireFromDb("better-sqlite3") as new (file: string) => { pragma(p: string, o: { simple: true }): unknown; close(): void };
      const sqlite = new Database(databaseUrl.slice("file:".length));
      const integrity = sqlite.pragma("integrity_check", { simple: true });
      sqlite.close();
      check("SQLite integrity_check after SIGKILL", integrity === "ok", String(integrity));
    }

    const stored = await db.attempt.count({ where: { id: { in: acknowledged }, submittedAt: { not: null }, score: { not: null } } });
    check("every acknowledged submission is stored and graded", stored === acknowledged.length, `${stored} of ${acknowledged.length}`);
    const half = await halfGraded(db, ids);
    check("no attempt is half graded", half.length === 0, half.length ? `e.g. ${half.slice(0, 3).join(", ")}` : `${ids.length} attempts inspected`);

    server = await startServer();
    let served = 0;
    for (const id of acknowledged) {
      const res = await fetch(`${base}/api/trpc/attempt.get?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: { attemptId: id } } }))}`, { headers: { cookie } });
      if (res.ok) served++;
    }
    check("the restarted server serves every acknowledged result", served === acknowledged.length, `${served} of ${acknowledged.length}`);
    const rest = ids.filter((id) => !acknowledged.includes(id));
    let resubmitted = 0;
    for (const id of rest) if ((await submit(cookie, id)) === 200) resubmitted++;
    check("the unacknowledged submissions can be submitted again", resubmitted === rest.length, `${resubmitted} of ${rest.length}`);
    check("still nothing half graded after the restart", (await halfGraded(db, ids)).length === 0);
  } finally {
    server.kill("SIGTERM");
    await db.$disconnect();
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  () => {
    const failed = results.filter((r) => !r.ok).length;
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  },
  (error: unknown) => {
    console.error(error);
    console.log(`${results.filter((r) => r.ok).length} passed, ${results.filter((r) => !r.ok).length + 1} failed`);
    process.exit(1);
  },
);
