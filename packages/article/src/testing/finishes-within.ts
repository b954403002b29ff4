import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * Calls `exportName` of the module at `moduleUrl` once for each argument list in `calls`, in order, on one worker
 * thread, and resolves with the results; rejects when they have not all finished within `ms` (the worker is then
 * terminated). For tests of hostile input:
 * a regression to exponential or quadratic work makes the test fail with a clear message instead of hanging the
 * whole run (a synchronous loop on the test's own thread cannot be interrupted by the test runner's timeout).
 * The result must be structured-cloneable. TypeScript modules load through tsx, as in the tests themselves.
 */
/** tsx's programmatic loader (a dev dependency of the workspace root, like every test runner here). */
function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const exportsMap = (require(manifest) as { exports: Record<string, { import: { default: string } }> }).exports;
  const entry = exportsMap["./esm/api"]?.import.default ?? "./dist/esm/api/index.mjs";
  return pathToFileURL(path.join(path.dirname(manifest), entry)).href;
}

export function finishesWithin<T>(moduleUrl: string | URL, exportName: string, calls: readonly (readonly unknown[])[], ms: number): Promise<T[]> {
  const source = `
    const { parentPort, workerData } = require("node:worker_threads");
    import(workerData.tsx)
      .then(({ tsImport }) => tsImport(workerData.url, workerData.url))
      .then((mod) => {
      const fn = mod[workerData.name];
      if (typeof fn !== "function") throw new Error("No function " + workerData.name + " in " + workerData.url);
      const results = [];
      for (const args of workerData.calls) results.push(fn(...args));
      return Promise.all(results);
    }).then(
      (value) => parentPort.postMessage({ ok: true, value }),
      (error) => parentPort.postMessage({ ok: false, message: String(error && error.stack || error) }),
    );
  `;
  const worker = new Worker(source, {
    eval: true,
    workerData: { url: String(moduleUrl), name: exportName, calls, tsx: tsxApi() },
  });
  return new Promise<T[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${exportName} did not finish within ${ms} ms`));
    }, ms);
    worker.once("message", (message: { ok: true; value: T[] } | { ok: false; message: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.ok) resolve(message.value);
      else reject(new Error(message.message));
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
