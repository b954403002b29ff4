// @ts-check
/**
 * Loaded into the server by bench/memory-soak.ts (`node --import ./bench/memory-probe.mjs`): every
 * MEMORY_PROBE_MS (default 5 s) it appends one JSON line to MEMORY_PROBE_FILE with the process's memory split
 * the way Node sees it — resident, V8 heap (used / reserved), external and array buffers — and the heap
 * limit V8 chose, so the soak can say which part grows. Bench-only: the app never loads it.
 */
import { appendFileSync } from "node:fs";
import v8 from "node:v8";

const file = process.env.MEMORY_PROBE_FILE;
if (file) {
  const mb = (/** @type {number} */ bytes) => Math.round(bytes / 2 ** 20);
  const sample = () => {
    const m = process.memoryUsage();
    const h = v8.getHeapStatistics();
    const line = { t: Date.now(), rss: mb(m.rss), heapUsed: mb(m.heapUsed), heapTotal: mb(m.heapTotal), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers), heapLimit: mb(h.heap_size_limit), v8Malloced: mb(h.malloced_memory), v8PeakMalloced: mb(h.peak_malloced_memory), contexts: h.number_of_native_contexts, detachedContexts: h.number_of_detached_contexts };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  sample();
  setInterval(sample, Number(process.env.MEMORY_PROBE_MS ?? 5000)).unref();
}
