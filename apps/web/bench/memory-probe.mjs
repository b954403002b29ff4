// @ts-check
/**
 * Loaded into the server by bench/memory-soak.ts (`node --import ./bench/memory-probe.mjs`): every
 * MEMORY_PROBE_MS (default 5 s) it appends one JSON line to MEMORY_PROBE_FILE with the process's memory split
 * the way Node sees it — resident, V8 heap (used / reserved), external and array buffers — and the heap
 * limit V8 chose, so the soak can say which part grows. Each line also says what the server was doing then:
 * `workers`, its live worker threads (`workerFiles`: how many per file; the quiz engine's pool: a loaded worker
 * holds 70–150 MB, and the soak waits for it to go before it reads its start), and `inflight`, the requests it was answering at that moment by
 * kind (article, library, search, scores, submit, other). Bench-only: the app never loads it.
 */
import { appendFileSync } from "node:fs";
import http from "node:http";
import { createRequire } from "node:module";
import v8 from "node:v8";
import { isMainThread } from "node:worker_threads";

const file = process.env.MEMORY_PROBE_FILE;
// Worker threads inherit the server's `--import` and so load this file too: only the main thread samples.
if (file && isMainThread) {
  // Count worker threads: the pool (piscina) takes `Worker` from `require("worker_threads")` when it loads,
  // after this file, so a counting subclass put on the module object is the one it constructs.
  const workerThreads = createRequire(import.meta.url)("node:worker_threads");
  const BaseWorker = workerThreads.Worker;
  /** @type {Map<string, number>} live workers by the last part of their file's name */
  const liveWorkers = new Map();
  workerThreads.Worker = class CountedWorker extends BaseWorker {
    /** @param {ConstructorParameters<typeof BaseWorker>} args */
    constructor(...args) {
      super(...args);
      const name = String(args[0]).split(/[\\/]/).at(-1)?.slice(0, 40) ?? "?";
      liveWorkers.set(name, (liveWorkers.get(name) ?? 0) + 1);
      this.once("exit", () => liveWorkers.set(name, (liveWorkers.get(name) ?? 1) - 1));
    }
  };

  /** @type {Record<string, number>} */
  const inflight = {};
  /** @param {string | undefined} url */
  const kindOf = (url = "") => {
    if (url.startsWith("/articles/")) return "article";
    if (url.startsWith("/scores")) return "scores";
    if (url.startsWith("/library?q=")) return "search";
    if (url === "/" || url.startsWith("/library")) return "library";
    if (url.startsWith("/api/trpc/attempt.submit")) return "submit";
    return "other";
  };
  const emit = http.Server.prototype.emit;
  // Every request the server answers passes through its "request" event; count it until its response closes.
  http.Server.prototype.emit = /** @type {typeof emit} */ (
    function (/** @type {string} */ event, /** @type {any[]} */ ...args) {
      if (event === "request") {
        const [req, res] = /** @type {[http.IncomingMessage, http.ServerResponse]} */ (args);
        const kind = kindOf(req.url);
        inflight[kind] = (inflight[kind] ?? 0) + 1;
        res.once("close", () => inflight[kind]--);
      }
      return emit.call(this, event, ...args);
    }
  );

  const mb = (/** @type {number} */ bytes) => Math.round(bytes / 2 ** 20);
  const sample = () => {
    const m = process.memoryUsage();
    const h = v8.getHeapStatistics();
    const line = { t: Date.now(), rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), heapLimit: mb(h.heap_size_limit), v8Malloced: mb(h.malloced_memory), v8PeakMalloced: mb(h.peak_malloced_memory), contexts: h.number_of_native_contexts, detachedContexts: h.number_of_detached_contexts, workers: [...liveWorkers.values()].reduce((a, b) => a + b, 0), workerFiles: Object.fromEntries([...liveWorkers].filter(([, n]) => n > 0)), inflight: { ...inflight } };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  sample();
  setInterval(sample, Number(process.env.MEMORY_PROBE_MS ?? 5000)).unref();
}
