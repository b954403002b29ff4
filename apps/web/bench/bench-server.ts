import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const webDir = path.resolve(import.meta.dirname, "..");

export interface AppServer {
  url: string;
  dbPath: string;
  stop: () => void;
}

/** Starts the production build on 127.0.0.1 with a fresh database made by the real migrations. */
export async function startApp(port: number): Promise<AppServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-bench-"));
  const dbPath = path.join(dir, "bench.db");
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" as const, DATABASE_URL: `file:${dbPath}`, NEWSQUIZ_DATA_DIR: dir, NEXT_TELEMETRY_DISABLED: "1", BETTER_AUTH_URL: `http://127.0.0.1:${port}`, BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret-00" };
  await run("pnpm", ["--filter", "@newsquiz/db", "run", "migrate"], env);
  const child: ChildProcess = spawn("pnpm", ["exec", "next", "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: webDir, env, stdio: "ignore", detached: true });
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
