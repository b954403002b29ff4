/**
 * The article page from the production server vs. the same HTML served as a static file by a minimal
 * node:http server (10 connections), and the library page vs. the article page (20 connections), measured
 * in the same run (median of 3 runs of 5 s, 127.0.0.1 only). `--database postgresql` runs it on PostgreSQL.
 */
import http from "node:http";
import { sampleArticle } from "@newsquiz/article/samples";
import { benchPort, benchProvider, load, machineLine, median, startApp, type LoadResult } from "./bench-server";

const RUNS = 3;
const slug = sampleArticle().slug;

const app = await startApp(benchPort(3390));
try {
  const pageUrl = `${app.url}/articles/${slug}`;
  // First request renders and caches the page; what follows is what every reader gets.
  await fetch(pageUrl);
  const html = await (await fetch(pageUrl)).text();
  const staticServer = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(html) });
    res.end(html);
  });
  await new Promise<void>((r) => staticServer.listen(benchPort(3391), "127.0.0.1", r));

  const ours: number[] = [];
  const base: number[] = [];
  const article20: LoadResult[] = [];
  const library20: LoadResult[] = [];
  await fetch(`${app.url}/`);
  for (let i = 0; i < RUNS; i++) {
    base.push((await load({ url: `http://127.0.0.1:${benchPort(3391)}/` })).requestsPerSec);
    ours.push((await load({ url: pageUrl })).requestsPerSec);
    article20.push(await load({ url: pageUrl, connections: 20 }));
    library20.push(await load({ url: `${app.url}/`, connections: 20 }));
  }
  staticServer.close();
  const o = median(ours);
  const b = median(base);
  console.log(`article page (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB HTML) on ${machineLine()}`);
  console.log(`  newsquiz production build : ${o.toFixed(0)} requests/s (runs: ${ours.map((x) => x.toFixed(0)).join(", ")})`);
  console.log(`  same HTML from node:http  : ${b.toFixed(0)} requests/s (runs: ${base.map((x) => x.toFixed(0)).join(", ")})`);
  console.log(`  ratio                     : ${(o / b).toFixed(3)} of the static baseline`);
  const rps = (xs: LoadResult[]) => median(xs.map((x) => x.requestsPerSec));
  const p99 = (xs: LoadResult[]) => median(xs.map((x) => x.p99Ms));
  console.log(`library page on ${benchProvider}, 20 connections (the same for every visitor; progress loads in the browser)`);
  console.log(`  article page              : ${rps(article20).toFixed(0)} requests/s, p99 ${p99(article20).toFixed(0)} ms`);
  console.log(`  library page (/)          : ${rps(library20).toFixed(0)} requests/s, p99 ${p99(library20).toFixed(0)} ms (errors ${library20.reduce((n, x) => n + x.errors, 0)})`);
  console.log(`  ratio                     : ${(rps(library20) / rps(article20)).toFixed(2)} of the article page's requests/s (goal ≥ 0.5), p99 ${p99(library20) <= 100 ? "≤" : ">"} 100 ms`);
} finally {
  app.stop();
}
