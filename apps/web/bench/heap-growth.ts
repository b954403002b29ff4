/**
 * What server.cts's heap setting costs and saves: the production server under the memory soak's mixed load
 * (20 connections: article, library, search, older page, scores, submit), once with V8's own heap sizing
 * (NEWSQUIZ_HEAP_GROWTH_PERCENT=0) and once with the default, alternating (VARIANTS, default "0,50,0,50"),
 * SOAK_SECONDS each (default 90). Prints requests/s, latency and resident memory per run, all in one session.
 * A variant may add `+arenaN` (glibc's MALLOC_ARENA_MAX=N) and `+semiN` (`--max-semi-space-size=N`, MB), e.g.
 * VARIANTS="50,50+arena2,50+semi4,50+arena2+semi4".
 *
 *   pnpm --filter @newsquiz/web run bench:heap      (after `next build`)
 */
import autocannon from "autocannon";
import { sampleArticle } from "@newsquiz/article/samples";
import { benchPort, machineLine, readerWithHistory, residentMb, startApp } from "./bench-server";

const seconds = Number(process.env.SOAK_SECONDS ?? 90);
const variants = (process.env.VARIANTS ?? "0,50,0,50").split(",");
const slug = sampleArticle().slug;
console.log(`heap growth: V8 default (0) vs a fixed percentage, mixed load, 20 connections, ${seconds} s per run, on ${machineLine()}`);
for (const v of variants) {
  const [growth = "50", ...extras] = v.split("+");
  const env: Record<string, string> = { NEWSQUIZ_HEAP_GROWTH_PERCENT: growth };
  const nodeArgs: string[] = [];
  for (const extra of extras) {
    const arena = /^arena(\d+)$/.exec(extra)?.[1];
    const semi = /^semi(\d+)$/.exec(extra)?.[1];
    if (arena) env.MALLOC_ARENA_MAX = arena;
    else if (semi) nodeArgs.push(`--max-semi-space-size=${semi}`);
    else throw new Error(`unknown variant part ${extra} (arenaN or semiN)`);
  }
  const app = await startApp(benchPort(3394), { env, nodeArgs });
  try {
    const { cookie, ids } = await readerWithHistory(app, slug, 3000);
    const start = residentMb(app.pid);
    const samples: number[] = [start];
    const timer = setInterval(() => samples.push(residentMb(app.pid)), 2000);
    let n = 0;
    const paths = [`/articles/${slug}`, "/", "/library?q=korea+troops", "/library?page=1", "/scores"];
    const r = await autocannon({
      url: app.url, connections: 20, duration: seconds, headers: { cookie },
      requests: [{ setupRequest: (req) => { const i = n++; return i % 6 === 5
        ? { ...req, method: "POST", path: "/api/trpc/attempt.submit?batch=1", headers: { ...req.headers, "content-type": "application/json" }, body: JSON.stringify({ 0: { json: { attemptId: ids[i % ids.length] } } }) }
        : { ...req, method: "GET", path: paths[i % paths.length]! }; } }],
    });
    clearInterval(timer);
    console.log(`${v.padStart(16)}: ${r.requests.average.toFixed(1)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}; RSS start ${start.toFixed(0)} MB, max ${Math.max(...samples).toFixed(0)} MB, end ${residentMb(app.pid).toFixed(0)} MB`);
  } finally {
    app.stop();
  }
  await new Promise((r) => setTimeout(r, 2000));
}
process.exit(0);
