// Test support, not used by the app: runs a TypeScript module's export on a worker thread (through tsx, as
// in the tests), for tests that need a second database client racing the first. better-sqlite3 waits for a
// lock synchronously, so a racing client must not share the test's thread.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  return pathToFileURL(path.join(path.dirname(manifest), "dist/esm/api/index.mjs")).href;
}

export interface TestWorker {
  /** The worker's next message (queued if it came before this call). */
  next(): Promise<unknown>;
  send(message: unknown): void;
  terminate(): Promise<number>;
}

/** Starts `exportName` of the module at `moduleUrl` on a worker thread with `data` as its workerData. */
export function startTestWorker(moduleUrl: URL, exportName: string, data: Record<string, unknown>): TestWorker {
  const source = `
    const { workerData } = require("node:worker_threads");
    import(workerData.tsx).then(({ tsImport }) => tsImport(workerData.module, workerData.module)).then((m) => m[workerData.exportName]());
  `;
  const worker = new Worker(source, { eval: true, workerData: { ...data, module: moduleUrl.href, exportName, tsx: tsxApiUrl() } });
  const messages: unknown[] = [];
  const waiters: { resolve: (m: unknown) => void; reject: (e: unknown) => void }[] = [];
  worker.on("message", (m) => (waiters.shift()?.resolve ?? ((x: unknown) => messages.push(x)))(m));
  worker.on("error", (e) => {
    for (const w of waiters.splice(0)) w.reject(e);
  });
  return {
    next: () =>
      new Promise<unknown>((resolve, reject) => {
        if (messages.length > 0) return resolve(messages.shift());
        waiters.push({ resolve, reject });
      }),
    send: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}
