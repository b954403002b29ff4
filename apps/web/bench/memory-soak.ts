/**
 * Memory under mixed load: the production server's resident memory, sampled every 5 s while 20 connections
 * read articles, the library (first page, search, older pages) and scores, and submit quizzes, for 10 minutes
 * (SOAK_SECONDS). Prints the samples' maximum against the 400 MB budget, and a timeline of what the server
 * itself reports (bench/memory-probe.mjs: V8 heap used / reserved, external, array buffers) so a growth can be
 * pinned on one of them. `--database postgresql` for PostgreSQL; SOAK_NODE_ARGS adds Node options to the
 * server (e.g. `--heapsnapshot-signal=SIGUSR2` to compare heap snapshots, or a heap size to compare).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { sampleArticle } from "@newsquiz/article/samples";
import { benchPort, benchProvider, machineLine, readerWithHistory, residentMb, startApp } from "./bench-server";

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const slug = sampleArticle().slug;
const probeDir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-memory-"));
const probeFile = path.join(probeDir, "probe.jsonl");
const extraNodeArgs = (process.env.SOAK_NODE_ARGS ?? "").split(" ").filter(Boolean);
const app = await startApp(benchPort(3394), { nodeArgs: ["--import", "./bench/memory-probe.mjs", ...extraNodeArgs], env: { MEMORY_PROBE_FILE: probeFile } });
console.log(`server pid ${app.pid}${extraNodeArgs.length ? `, node options ${extraNodeArgs.join(" ")}` : ""}`);
try {
  const { cookie, ids } = await readerWithHistory(app, slug, 5000);

  const loadStarted = Date.now();
  const samples: number[] = [residentMb(app.pid)];
  const timer = setInterval(() => samples.push(residentMb(app.pid)), 5000);
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
  console.log(`memory under mixed load on ${benchProvider}, ${seconds} s, 20 connections, on ${machineLine()}`);
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
}

/** What the server reported about its own memory: about ten rows from the start of the load to its end (MB). */
function printTimeline(since: number): void {
  let lines: ProbeLine[];
  try {
    lines = readFileSync(probeFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as ProbeLine);
  } catch {
    console.log("  (the server wrote no memory samples)");
    return;
  }
  const during = lines.filter((l) => l.t >= since - 5000);
  const step = Math.max(1, Math.ceil(during.length / 10));
  const rows = during.filter((_, i) => i % step === 0 || i === during.length - 1);
  console.log(`  the server's own view (MB; V8 heap limit ${lines[0]?.heapLimit ?? "?"} MB):`);
  console.log("      s    rss  heap used  heap reserved  external  array buffers");
  for (const l of rows) {
    const cells = [((l.t - since) / 1000).toFixed(0), l.rss, l.heapUsed, l.heapTotal, l.external, l.arrayBuffers];
    console.log(`  ${cells.map((c, i) => String(c).padStart([5, 6, 11, 15, 10, 15][i]!)).join("")}`);
  }
}
