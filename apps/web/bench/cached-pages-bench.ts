/**
 * The library and reader pages of this build vs. another build of the app, side by side in the same run
 * (10 connections, 5 s, three alternating rounds, medians; 127.0.0.1 only). Made to measure what the
 * per-response CSP nonce cost and what serving those pages from the cache with a hash policy gives back:
 *
 *   NEXT_DIST_DIR=.next-before next build   (at the commit to compare with)
 *   node --import tsx/esm bench/cached-pages-bench.ts --baseline .next-before [--port 3392]   (it uses port and port + 1)
 *
 * Also prints each page's Content-Security-Policy kind and Next's cache header, so a run shows which build
 * served from the cache.
 */
import { sampleArticle } from "@newsquiz/article/samples";
import { load, machineLine, median, startApp, type AppServer, type LoadResult } from "./bench-server";

const RUNS = 3;
const baselineIndex = process.argv.indexOf("--baseline");
const baselineDir = baselineIndex > 0 ? process.argv[baselineIndex + 1] : undefined;
if (!baselineDir) {
  console.error("usage: cached-pages-bench.ts --baseline <NEXT_DIST_DIR of the build to compare with>");
  process.exit(2);
}
const portIndex = process.argv.indexOf("--port");
const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 3392;
const PAGES = { reader: `/articles/${sampleArticle().slug}`, library: "/" } as const;

const apps: Array<{ name: string; app: AppServer }> = [];
try {
  apps.push({ name: `baseline (${baselineDir})`, app: await startApp(port, { distDir: baselineDir }) });
  apps.push({ name: "this build", app: await startApp(port + 1) });
  for (const { name, app } of apps) {
    for (const path of Object.values(PAGES)) {
      await fetch(app.url + path);
      const res = await fetch(app.url + path);
      const policy = res.headers.get("content-security-policy") ?? "none";
      const kind = policy.includes("'nonce-") ? "nonce" : policy.includes("'sha256-") ? "hashes" : policy;
      console.log(`${name} ${path.slice(0, 40)}: ${res.status}, CSP ${kind}, x-nextjs-cache ${res.headers.get("x-nextjs-cache") ?? "-"}`);
    }
  }
  const results = new Map<string, LoadResult[]>();
  for (let i = 0; i < RUNS; i++) {
    for (const [page, path] of Object.entries(PAGES)) {
      for (const { name, app } of apps) {
        const key = `${page}|${name}`;
        results.set(key, [...(results.get(key) ?? []), await load({ url: app.url + path, connections: 10 })]);
      }
    }
  }
  console.log(`10 connections, ${RUNS} alternating rounds of 5 s, medians, on ${machineLine()}`);
  for (const page of Object.keys(PAGES)) {
    const [base, ours] = apps.map(({ name }) => results.get(`${page}|${name}`)!);
    const rps = (xs: LoadResult[]) => median(xs.map((x) => x.requestsPerSec));
    const p99 = (xs: LoadResult[]) => median(xs.map((x) => x.p99Ms));
    const errors = (xs: LoadResult[]) => xs.reduce((n, x) => n + x.errors, 0);
    console.log(
      `  ${page.padEnd(8)}: baseline ${rps(base!).toFixed(0)} requests/s (p99 ${p99(base!).toFixed(0)} ms), this build ${rps(ours!).toFixed(0)} requests/s (p99 ${p99(ours!).toFixed(0)} ms): ${(rps(ours!) / rps(base!)).toFixed(1)}× (errors ${errors(base!)} / ${errors(ours!)})`,
    );
  }
} finally {
  for (const { app } of apps) app.stop();
}
