// @ts-check
/**
 * Loaded into the server by a bench (`node --import ./bench/latency-probe.mjs`, LATENCY_PROBE_FILE set): where a
 * page's tail latency comes from, seen from inside the server. On SIGUSR2 it appends one JSON line to
 * LATENCY_PROBE_FILE and starts counting afresh (every LATENCY_PROBE_MS too, if set: for a bench that does not
 * signal it, e.g. `BENCH_NODE_ARGS="--import ./bench/latency-probe.mjs" LATENCY_PROBE_FILE=… LATENCY_PROBE_MS=5000
 * pnpm bench:submit`):
 * - `requests`: per kind (library, article, submit, other), how many were answered and their latency inside the server
 *   (the "request" event to the response's "finish"): p50 / p99 / max in ms;
 * - `loopDelay`: the event loop's delay (perf_hooks.monitorEventLoopDelay, 10 ms resolution): p50 / p99 / max;
 * - `gc`: garbage-collection pauses by kind (scavenge, mark-compact, …): count, total and longest in ms;
 * - `cpuMs`: the process's CPU time (user + system) over the interval, and `wallMs`;
 * - `tagReads`: how many times the cache handler read the shared cache tags from the database (cache-handler.mjs).
 * What the client measures beyond `requests` is time the request spent queued in the kernel or the client itself
 * waiting for a core. Bench-only: the app never loads it.
 */
import { appendFileSync } from "node:fs";
import http from "node:http";
import { constants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { isMainThread } from "node:worker_threads";

const file = process.env.LATENCY_PROBE_FILE;
if (file && isMainThread) {
  /** @param {string | undefined} url */
  const kindOf = (url = "") => {
    if (url === "/") return "library";
    if (url.startsWith("/api/trpc/attempt.submit")) return "submit";
    if (url.startsWith("/articles/")) return "article";
    return "other";
  };
  /** @type {Record<string, number[]>} */
  let latencies = {};
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = /** @type {typeof emit} */ (
    function (/** @type {string} */ event, /** @type {any[]} */ ...args) {
      if (event === "request") {
        const [req, res] = /** @type {[http.IncomingMessage, http.ServerResponse]} */ (args);
        const kind = kindOf(req.url);
        const started = performance.now();
        res.once("finish", () => (latencies[kind] ??= []).push(performance.now() - started));
      }
      return emit.call(this, event, ...args);
    }
  );

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();

  const GC_KINDS = /** @type {Record<number, string>} */ ({
    [constants.NODE_PERFORMANCE_GC_MINOR]: "scavenge",
    [constants.NODE_PERFORMANCE_GC_MAJOR]: "mark-compact",
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak-callbacks",
  });
  /** @type {Record<string, { count: number, totalMs: number, maxMs: number }>} */
  let gc = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = GC_KINDS[/** @type {any} */ (entry).detail?.kind] ?? "other";
      const g = (gc[kind] ??= { count: 0, totalMs: 0, maxMs: 0 });
      g.count++;
      g.totalMs += entry.duration;
      g.maxMs = Math.max(g.maxMs, entry.duration);
    }
  }).observe({ entryTypes: ["gc"] });

  // The shared cache-tag store (src/server/shared-cache-tags.ts) is put on globalThis after this file loads:
  // count its reads as it is registered.
  let tagReads = 0;
  /** @type {any} */
  let tagStore;
  Object.defineProperty(globalThis, "__newsquizCacheTags", {
    configurable: true,
    get: () => tagStore,
    set: (/** @type {any} */ store) => {
      tagStore = { ...store, read: (/** @type {number} */ since) => (tagReads++, store.read(since)) };
    },
  });

  const round = (/** @type {number} */ x) => Math.round(x * 10) / 10;
  /** @param {number[]} xs @param {number} q */
  const quantile = (xs, q) => xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
  let cpu = process.cpuUsage();
  let wall = performance.now();
  const report = () => {
    const requests = Object.fromEntries(
      Object.entries(latencies).map(([kind, xs]) => {
        xs.sort((a, b) => a - b);
        return [kind, { count: xs.length, p50: round(quantile(xs, 0.5)), p99: round(quantile(xs, 0.99)), max: round(xs.at(-1) ?? 0) }];
      }),
    );
    const used = process.cpuUsage(cpu);
    const now = performance.now();
    const line = {
      t: Date.now(),
      wallMs: Math.round(now - wall),
      cpuMs: Math.round((used.user + used.system) / 1000),
      requests,
      tagReads,
      loopDelay: { p50: round(loop.percentile(50) / 1e6), p99: round(loop.percentile(99) / 1e6), max: round(loop.max / 1e6) },
      gc: Object.fromEntries(Object.entries(gc).map(([k, g]) => [k, { count: g.count, totalMs: Math.round(g.totalMs), maxMs: round(g.maxMs) }])),
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
    latencies = {};
    tagReads = 0;
    gc = {};
    loop.reset();
    cpu = process.cpuUsage();
    wall = now;
  };
  process.on("SIGUSR2", report);
  const every = Number(process.env.LATENCY_PROBE_MS);
  if (every > 0) setInterval(report, every).unref();
}
