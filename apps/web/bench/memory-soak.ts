/**
 * Memory under mixed load: the production server's resident memory, sampled every second while 20 connections
 * read articles, the library (first page, search, older pages) and scores, and submit quizzes, for 10 minutes
 * (SOAK_SECONDS). Prints the samples' maximum over the whole load against the 400 MB budget, and a timeline of
 * what the server itself reports (bench/memory-probe.mjs: V8 heap used / reserved, external, array buffers,
 * live worker threads, requests in flight by kind) with the peak's own row, so a growth can be pinned on one
 * of them.
 *
 * The start is read once the server is settled: the setup's first quiz starts the engine's worker thread
 * (70–150 MB, gone 30 s after its last quiz), so the load begins only when the server reports no more live
 * worker threads than before the setup (at most SOAK_SETTLE_SECONDS, default 90) — the engine worker's memory
 * is then in neither the start nor, unless a quiz of the load starts one, the max. The RSS right after the
 * setup is printed too.
 *
 * BENCH_SEMI_SPACE_MB (e.g. `4`) runs the server with another semi-space than start:prod's 8 MB (bench-server.ts).
 * `--database postgresql` for PostgreSQL; SOAK_NODE_ARGS adds Node options to the server (e.g.
 * `--heapsnapshot-signal=SIGUSR2` to compare heap snapshots, or a heap size to compare); SOAK_DIST_DIR runs
 * another build (a folder under apps/web, e.g. `.next-main` built with NEXT_DIST_DIR=.next-main `pnpm build`).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { sampleArticle } from "@newsquiz/article/samples";
import { benchPort, benchProvider, benchSemiSpaceMb, machineLine, readerWithHistory, residentMb, startApp } from "./bench-server";

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const slug = sampleArticle().slug;
const probeDir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-memory-"));
const probeFile = path.join(probeDir, "probe.jsonl");
const extraNodeArgs = (process.env.SOAK_NODE_ARGS ?? "").split(" ").filter(Boolean);
const settleSeconds = Number(process.env.SOAK_SETTLE_SECONDS ?? 90);
const distDir = process.env.SOAK_DIST_DIR;
const app = await startApp(benchPort(3394), { nodeArgs: ["--import", "./bench/memory-probe.mjs", ...extraNodeArgs], env: { MEMORY_PROBE_FILE: probeFile, MEMORY_PROBE_MS: "1000" }, ...(distDir ? { distDir } : {}) });
console.log(`server pid ${app.pid}, --max-semi-space-size=${benchSemiSpaceMb}, load average ${os.loadavg()[0]!.toFixed(1)}${distDir ? `, build ${distDir}` : ""}${extraNodeArgs.length ? `, node options ${extraNodeArgs.join(" ")}` : ""}`);
try {
  await new Promise((r) => setTimeout(r, 1500)); // one probe sample of the server as it started
  const workersBefore = readProbe().at(-1)?.workers ?? 0;
  const { cookie, ids } = await readerWithHistory(app, slug, 5000);
  const afterSetup = residentMb(app.pid);
  const settled = await waitForWorkers(workersBefore, settleSeconds * 1000);
  const files = JSON.stringify(readProbe().at(-1)?.workerFiles ?? {});
  console.log(`  before the setup ${workersBefore} worker thread(s); after it ${afterSetup.toFixed(0)} MB; ${settled === null ? `still more workers after ${settleSeconds} s` : `back to ${workersBefore} after ${(settled / 1000).toFixed(0)} s`} (${files})`);

  const loadStarted = Date.now();
  const samples: number[] = [residentMb(app.pid)];
  const timer = setInterval(() => samples.push(residentMb(app.pid)), 1000);
  let n = 0;
  const paths = [`/articles/${slug}`, "/", "/library?q=korea+troops", "/library?page=1", "/scores"];
  const result = await autocannon({
    url: app.url,
    connections: 20,
    duration: seconds,
    headers: { cookie },
    requests: [
      {
        setupRequest: (req) => {
          const i = n++;
          if (i % 6 === 5) {
            return { ...req, method: "POST", path: "/api/trpc/attempt.submit?batch=1", headers: { ...req.headers, "content-type": "application/json" }, body: JSON.stringify({ 0: { json: { attemptId: ids[i % ids.length] } } }) };
          }
          return { ...req, method: "GET", path: paths[i % paths.length]! };
        },
      },
    ],
  });
  clearInterval(timer);
  samples.push(residentMb(app.pid));
  const max = Math.max(...samples);
  console.log(`memory under mixed load on ${benchProvider}, ${seconds} s, 20 connections, on ${machineLine()}; load average at the end ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log(`  requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), errors ${result.errors + result.non2xx}, p99 ${result.latency.p99} ms`);
  console.log(`  resident memory: start ${samples[0]!.toFixed(0)} MB, max ${max.toFixed(0)} MB, end ${samples.at(-1)!.toFixed(0)} MB — ${max < 400 ? "under" : "OVER"} the 400 MB budget`);
  printTimeline(loadStarted);
} finally {
  app.stop();
  rmSync(probeDir, { recursive: true, force: true });
}
process.exit(0);

interface ProbeLine {
  t: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  heapLimit: number;
  workers?: number;
  workerFiles?: Record<string, number>;
  inflight?: Record<string, number>;
}

function readProbe(): ProbeLine[] {
  try {
    return readFileSync(probeFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as ProbeLine);
  } catch {
    return [];
  }
}

/** Waits until the server's last sample reports at most `count` live worker threads; ms waited, or null after `limitMs`. */
async function waitForWorkers(count: number, limitMs: number): Promise<number | null> {
  const since = Date.now();
  while (Date.now() - since < limitMs) {
    const last = readProbe().at(-1);
    if (last && last.t > since && (last.workers ?? 0) <= count) return Date.now() - since;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return null;
}

/**
 * What the server reported about its own memory: about ten rows from the start of the load to its end, and the
 * row of its highest resident memory (MB), each with its live workers and the requests it was answering.
 */
function printTimeline(since: number): void {
  const lines = readProbe();
  if (!lines.length) {
    console.log("  (the server wrote no memory samples)");
    return;
  }
  const during = lines.filter((l) => l.t >= since - 1000);
  const step = Math.max(1, Math.ceil(during.length / 10));
  const peak = during.reduce((a, b) => (b.rss > a.rss ? b : a), during[0]!);
  const rows = during.filter((l, i) => i % step === 0 || i === during.length - 1 || l === peak);
  console.log(`  the server's own view (MB; V8 heap limit ${lines[0]?.heapLimit ?? "?"} MB; * = the highest RSS):`);
  console.log("      s    rss  heap used  heap reserved  external  array buffers  workers  in flight");
  for (const l of rows) {
    const inflight = Object.entries(l.inflight ?? {}).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`).join(", ");
    const cells = [((l.t - since) / 1000).toFixed(0), l.rss, l.heapUsed, l.heapTotal, l.external, l.arrayBuffers, l.workers ?? "?"];
    console.log(`${l === peak ? "*" : " "} ${cells.map((c, i) => String(c).padStart([5, 6, 11, 15, 10, 15, 9][i]!)).join("")}  ${inflight}`);
  }
  const busy = during.filter((l) => l.rss >= peak.rss - 10);
  const scoresShare = busy.reduce((s, l) => s + (l.inflight?.scores ?? 0), 0) / Math.max(1, busy.reduce((s, l) => s + Object.values(l.inflight ?? {}).reduce((a, b) => a + b, 0), 0));
  console.log(`  ${busy.length} samples within 10 MB of the peak; /scores ${(scoresShare * 100).toFixed(0)} % of the requests in flight in them; workers alive in ${busy.filter((l) => (l.workers ?? 0) > 0).length} of them`);
}
