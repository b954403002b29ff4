/**
 * At scale: the library (first page, an older page, two searches), scores and review pages on a database seeded
 * with 10,000 articles and 1,000,000 answers from 10,000 readers (bench/seed-scale.ts) vs. the same pages on a
 * small database (the same seed with 34 articles and one reader), for the same signed-in reader (100 answers
 * in both), on the production server. Median of 40 sequential requests each, after 5 warm-up requests.
 *
 *   node --import tsx/esm bench/scale-bench.ts [--database sqlite|postgresql] [--big-url <url of an already seeded database>]
 * (PostgreSQL needs NEWSQUIZ_TEST_POSTGRES_URL. Seeding the big database takes ~8–15 min on 2 cores.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "@newsquiz/db";
import { postgresTestDatabaseUrl } from "../e2e/support/database";
import { machineLine, median, PRODUCTION_ENV, PRODUCTION_NODE_ARGS } from "./bench-server";
import { SCALE_READER_EMAIL, SCALE_READER_PASSWORD, seedScale } from "./seed-scale";

const webDir = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { database: { type: "string", default: "sqlite" }, "big-url": { type: "string" } } });
const provider = values.database === "postgresql" ? "postgresql" : "sqlite";
const tmp = mkdtempSync(path.join(os.tmpdir(), "newsquiz-scale-"));
const port = Number(process.env.SCALE_BENCH_PORT ?? 3396);

function urlFor(name: string): string {
  return provider === "postgresql" ? postgresTestDatabaseUrl(`scale_${name}`) : `file:${path.join(tmp, `${name}.db`)}`;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd: webDir, env, stdio: "ignore" });
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}`))));
  });
}

async function prepare(url: string, size: { articles: number; readers: number }, seed: boolean): Promise<void> {
  const env = { ...process.env, DATABASE_URL: url };
  if (seed) await run("pnpm", ["--filter", "@newsquiz/db", "run", "reset-test-database"], env);
  await run("pnpm", ["--filter", "@newsquiz/db", "run", "migrate"], env);
  if (!seed) return;
  const db = createDb({ url });
  try {
    await seedScale(db, size);
  } finally {
    await db.$disconnect();
  }
}

async function serve(url: string): Promise<{ child: ChildProcess; base: string }> {
  const base = `http://127.0.0.1:${port}`;
  const env = { ...PRODUCTION_ENV, ...process.env, NODE_ENV: "production" as const, DATABASE_URL: url, PORT: String(port), HOSTNAME: "127.0.0.1", BETTER_AUTH_URL: base, BETTER_AUTH_SECRET: "scale-bench-secret-scale-bench-secret-00" };
  const child = spawn(process.execPath, [...PRODUCTION_NODE_ARGS, "--require", "tsx/cjs", "server.cjs"], { cwd: webDir, env, stdio: "ignore" });
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return { child, base };
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

// searches: a word in ~3 % of the articles, and a half-typed word found in every article (the index's worst case)
const PAGES = ["/", "/library?page=2", "/library?q=robot", "/library?q=th", "/scores", "/review"];

async function measure(url: string): Promise<Record<string, number>> {
  const { child, base } = await serve(url);
  try {
    const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base },
      body: JSON.stringify({ email: SCALE_READER_EMAIL, password: SCALE_READER_PASSWORD }),
    });
    if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    const out: Record<string, number> = {};
    for (const page of PAGES) {
      const times: number[] = [];
      for (let i = 0; i < 45; i++) {
        const t0 = performance.now();
        const res = await fetch(`${base}${page}`, { headers: { cookie } });
        const html = await res.text();
        if (!res.ok) throw new Error(`${page}: ${res.status}`);
        // a server error inside a streamed page still answers 200, with the error's digest in the RSC payload
        if (html.includes('E{\\"digest\\":')) throw new Error(`${page}: the server failed to render it (an error digest in the page)`);
        if (i >= 5) times.push(performance.now() - t0);
      }
      out[page] = median(times);
    }
    return out;
  } finally {
    child.kill("SIGTERM");
  }
}

try {
  console.log(`scale (${provider}) on ${machineLine()}`);
  await prepare(urlFor("small"), { articles: 34, readers: 1 }, true);
  const bigUrl = values["big-url"] ?? urlFor("big");
  await prepare(bigUrl, { articles: 10_000, readers: 10_000 }, !values["big-url"]);
  const small = await measure(urlFor("small"));
  const big = await measure(bigUrl);
  for (const page of PAGES) {
    const ratio = big[page]! / small[page]!;
    console.log(`  ${page.padEnd(20)} small ${small[page]!.toFixed(1).padStart(6)} ms   10k articles / 1M answers ${big[page]!.toFixed(1).padStart(6)} ms   ${ratio.toFixed(2)}× ${ratio <= 2 ? "(within 2×)" : "(OVER 2×)"}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
