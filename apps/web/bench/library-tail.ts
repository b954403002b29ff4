/**
 * Where the library page's p99 at 20 connections comes from: the same loads as page-bench.ts's second half
 * (article page, then library page, 20 connections, 5 s, RUNS rounds), with bench/latency-probe.mjs in the server,
 * so each run prints the client's latency next to the server's own view of it (time inside the server, event-loop
 * delay, GC pauses, CPU per request). `--database postgresql` runs it on PostgreSQL. LIBRARY_TAIL_RUNS (default 3), LIBRARY_TAIL_PAGES (below),
 * LIBRARY_TAIL_DIST_DIR (another build, e.g. `.next-before` made by `NEXT_DIST_DIR=.next-before pnpm build`).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { sampleArticle } from "@newsquiz/article/samples";
import { benchPort, benchProvider, machineLine, startApp } from "./bench-server";

const RUNS = Number(process.env.LIBRARY_TAIL_RUNS ?? 3);
/** LIBRARY_TAIL_PAGES: which pages to load (default "article,library"), e.g. "library" alone under `--cpu-prof`. */
const PAGES = (process.env.LIBRARY_TAIL_PAGES ?? "article,library").split(",");
const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-tail-"));
const probeFile = path.join(dir, "probe.jsonl");
const app = await startApp(benchPort(3390), {
  nodeArgs: ["--import", "./bench/latency-probe.mjs"],
  env: { LATENCY_PROBE_FILE: probeFile },
  ...(process.env.LIBRARY_TAIL_DIST_DIR ? { distDir: process.env.LIBRARY_TAIL_DIST_DIR } : {}),
});

async function probe(): Promise<Record<string, unknown>> {
  const before = readLines().length;
  process.kill(app.pid, "SIGUSR2");
  for (let i = 0; i < 100 && readLines().length === before; i++) await new Promise((r) => setTimeout(r, 20));
  return JSON.parse(readLines().at(-1) ?? "{}") as Record<string, unknown>;
}
function readLines(): string[] {
  try {
    return readFileSync(probeFile, "utf8").trim().split("\n").filter(Boolean);
  } catch {
    return [];
  }
}

async function run(label: string, url: string): Promise<void> {
  await probe();
  const r = await autocannon({ url, connections: 20, duration: 5 });
  const server = await probe();
  const requests = r.requests.total;
  console.log(
    `${label.padEnd(8)} ${r.requests.average.toFixed(0).padStart(4)} req/s  client p50 ${r.latency.p50} p97.5 ${r.latency.p97_5} p99 ${r.latency.p99} max ${r.latency.max} ms  errors ${r.errors + r.non2xx}  server CPU/req ${(Number(server.cpuMs) / requests).toFixed(2)} ms, tag reads ${String(server.tagReads)}\n         server ${JSON.stringify(server.requests)}\n         loop ${JSON.stringify(server.loopDelay)} gc ${JSON.stringify(server.gc)}`,
  );
}

try {
  const pageUrl = `${app.url}/articles/${sampleArticle().slug}`;
  await fetch(pageUrl);
  await fetch(`${app.url}/`);
  for (const url of [pageUrl, `${app.url}/`]) {
    const res = await fetch(url);
    const headers = [...res.headers].filter(([k]) => ["etag", "cache-control", "x-nextjs-cache", "content-length"].includes(k));
    console.log(`${url}: ${(Buffer.byteLength(await res.text()) / 1024).toFixed(1)} KB HTML, ${JSON.stringify(Object.fromEntries(headers))}`);
  }
  await autocannon({ url: `${app.url}/`, connections: 10, duration: 2 });
  await autocannon({ url: pageUrl, connections: 10, duration: 2 });
  console.log(`${benchProvider} on ${machineLine()}, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  for (let i = 0; i < RUNS; i++) {
    if (PAGES.includes("article")) await run("article", pageUrl);
    if (PAGES.includes("library")) await run("library", `${app.url}/`);
  }
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
} finally {
  app.stop();
  rmSync(dir, { recursive: true, force: true });
}
