import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createDb } from "@newsquiz/db";
import type { PublicQuestion } from "@newsquiz/quiz";
import { postgresTestDatabaseUrl } from "../e2e/support/database";
import { SERVER_ENV, SERVER_SEMI_SPACE_MB } from "../server-start";

const webDir = path.resolve(import.meta.dirname, "..");

export interface AppServer {
  url: string;
  /** SQLite file path (SQLite only). */
  dbPath: string;
  /** DATABASE_URL of the app's fresh database. */
  databaseUrl: string;
  /** The web server's own process id (for its memory). */
  pid: number;
  stop: () => void;
}

/** `--database postgresql` on the command line benches on PostgreSQL (NEWSQUIZ_TEST_POSTGRES_URL's server). */
export const benchProvider: "sqlite" | "postgresql" = process.argv.includes("postgresql") ? "postgresql" : "sqlite";

/**
 * A bench's port: its default (3390–3399), or moved to BENCH_PORT_BASE + (default − 3390) so that several
 * people (or jobs) can bench on one machine without sharing a server.
 */
export function benchPort(defaultPort: number): number {
  const base = Number(process.env.BENCH_PORT_BASE);
  return Number.isInteger(base) && base > 0 ? base + (defaultPort - 3390) : defaultPort;
}

export interface StartAppOptions {
  /** Node options for the server process, before `--require tsx/cjs server.cjs`; BENCH_NODE_ARGS adds more to every bench's server (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** Environment added to the server's. */
  env?: Record<string, string>;
  /** Another build's folder (NEXT_DIST_DIR, relative to apps/web), to compare two builds side by side. */
  distDir?: string;
}

/**
 * What `pnpm start` (apps/web package.json `start:prod`) starts the server with, so the benches measure the same
 * process: glibc at most 2 malloc arenas (one per thread otherwise, ~100 MB of mostly idle arenas under load) and
 * an 8 MB young generation semi-space instead of V8's 16 MB (apps/web/README.md, Memory; 4 MB until the submit's
 * tail showed it scavenging twice as often for no memory the soak needed). The bench's own
 * environment (e.g. MALLOC_ARENA_MAX=8), `env`/`nodeArgs` and BENCH_NODE_ARGS (e.g. `--cpu-prof`) win.
 */
export const PRODUCTION_ENV = SERVER_ENV;
export const PRODUCTION_SEMI_SPACE_MB = SERVER_SEMI_SPACE_MB;

/**
 * The semi-space the benches' server gets: BENCH_SEMI_SPACE_MB (e.g. `4`) to compare another size against
 * start:prod's in alternating runs, else start:prod's own. It replaces the production flag rather than adding a
 * second one, and the benches print it with their results.
 */
export const benchSemiSpaceMb: number = (() => {
  const raw = process.env.BENCH_SEMI_SPACE_MB;
  if (raw === undefined || raw === "") return PRODUCTION_SEMI_SPACE_MB;
  const mb = Number(raw);
  if (!Number.isInteger(mb) || mb < 1) throw new Error(`BENCH_SEMI_SPACE_MB must be a whole number of MB, not ${JSON.stringify(raw)}`);
  return mb;
})();
export const PRODUCTION_NODE_ARGS = [`--max-semi-space-size=${benchSemiSpaceMb}`] as const;

/** Starts the production server (server.cts) on 127.0.0.1 with a fresh database made by the real migrations. */
export async function startApp(port: number, options: StartAppOptions = {}): Promise<AppServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-bench-"));
  const dbPath = path.join(dir, "bench.db");
  const databaseUrl = benchProvider === "postgresql" ? postgresTestDatabaseUrl(`bench_${port}`) : `file:${dbPath}`;
  const env: NodeJS.ProcessEnv = { ...PRODUCTION_ENV, ...process.env, NODE_ENV: "production" as const, DATABASE_URL: databaseUrl, NEWSQUIZ_DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: `http://127.0.0.1:${port}`, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00", PORT: String(port), HOSTNAME: "127.0.0.1", ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}), ...options.env };
  await run("pnpm", ["--filter", "@newsquiz/db", "run", "reset-test-database"], env);
  await run("pnpm", ["--filter", "@newsquiz/db", "run", "migrate"], env);
  const child: ChildProcess = spawn(process.execPath, [...PRODUCTION_NODE_ARGS, ...(options.nodeArgs ?? []), ...(process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean), "--require", "tsx/cjs", "server.cjs"], { cwd: webDir, env, stdio: "ignore", detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    dbPath,
    databaseUrl,
    pid: child.pid ?? 0,
    stop: () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: webDir, env, stdio: "ignore" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`))));
  });
}

export interface LoadResult {
  requestsPerSec: number;
  p99Ms: number;
  errors: number;
}

/** Resident memory of a process in MB (Linux /proc). */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** One autocannon run against a loopback URL (never anything else). */
export async function load(opts: autocannon.Options): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:/.test(String(opts.url))) throw new Error("benchmarks only target 127.0.0.1");
  const result = await autocannon({ connections: 10, duration: 5, ...opts });
  return { requestsPerSec: result.requests.average, p99Ms: result.latency.p99, errors: result.errors + result.non2xx };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

export function machineLine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/**
 * The mixed-load benches' reader: starts a quiz on `slug` as a new guest and gives that guest `attempts` submitted-looking
 * attempts with answers (so /scores has history to render). Returns the guest's cookie and those attempts' ids.
 */
export async function readerWithHistory(app: AppServer, slug: string, attempts: number): Promise<{ cookie: string; ids: string[] }> {
  const res = await fetch(`${app.url}/api/trpc/quiz.start?batch=1`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ 0: { json: { slug } } }) });
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const db = createDb({ url: app.databaseUrl });
  const first = await db.attempt.findFirstOrThrow({ include: { quiz: true } });
  const questions = JSON.parse(first.quiz.questions) as PublicQuestion[];
  const ids = Array.from({ length: attempts }, () => randomUUID().replaceAll("-", ""));
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.attempt.createMany({ data: chunk.map((id) => ({ id, quizId: first.quizId, userId: first.userId, total: questions.length })) });
    await db.answer.createMany({ data: chunk.flatMap((attemptId) => questions.map((q, k) => ({ attemptId, questionId: q.id, response: q.options ? q.options[k % q.options.length]! : "Seoul" }))) });
  }
  await db.$disconnect();
  return { cookie, ids };
}
