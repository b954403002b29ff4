/**
 * The article page from the production build vs. the same HTML served as a static file by a minimal
 * node:http server, measured in the same run (median of 3 runs of 5 s, 10 connections, 127.0.0.1 only).
 */
import http from "node:http";
import { sampleArticle } from "@newsquiz/article/samples";
import { load, machineLine, median, startApp } from "./bench-server";

const RUNS = 3;
const slug = sampleArticle().slug;

const app = await startApp(3390);
try {
  const pageUrl = `${app.url}/articles/${slug}`;
  // First request renders and caches the page; what follows is what every reader gets.
  await fetch(pageUrl);
  const html = await (await fetch(pageUrl)).text();
  const staticServer = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(html) });
    res.end(html);
  });
  await new Promise<void>((r) => staticServer.listen(3391, "127.0.0.1", r));

  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push((await load({ url: "http://127.0.0.1:3391/" })).requestsPerSec);
    ours.push((await load({ url: pageUrl })).requestsPerSec);
  }
  staticServer.close();
  const o = median(ours);
  const b = median(base);
  console.log(`article page (${(Buffer.byteLength(html) / 1024).toFixed(1)} KB HTML) on ${machineLine()}`);
  console.log(`  newsquiz production build : ${o.toFixed(0)} requests/s (runs: ${ours.map((x) => x.toFixed(0)).join(", ")})`);
  console.log(`  same HTML from node:http  : ${b.toFixed(0)} requests/s (runs: ${base.map((x) => x.toFixed(0)).join(", ")})`);
  console.log(`  ratio                     : ${(o / b).toFixed(3)} of the static baseline`);
} finally {
  app.stop();
}
