/**
 * Time to import a 1,000-word news page by address and have its quiz ready: fetch (safeFetch over a local
 * node:http server), extract (Readability), build + store + make the quiz, all through importFromAddress.
 * Baseline, measured in the same run: a plain safeFetch of the same page, so the ratio says how much the
 * import adds on top of just fetching the page. Run: pnpm --filter @newsquiz/api run bench
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { readFileSync } from "node:fs";
import { createTestDb } from "@newsquiz/db/testing";
import { countWords } from "@newsquiz/article";
import { safeFetch } from "../src/import";
import { importFromAddress } from "../src/import-articles";

const RUNS = 15;
const WARMUP = 3;

/** A news page of about 1,000 words made from the sample's own paragraphs, with the usual page clutter. */
function thousandWordPage(): { html: string; words: number } {
  const sample = readFileSync(new URL("../../article/samples/sample-article.txt", import.meta.url), "utf8");
  const lines = sample.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("- "));
  const paragraphs = lines.slice(1);
  const picked: string[] = [];
  let words = 0;
  for (let i = 0; words < 1000; i += 1) {
    const p = paragraphs[i % paragraphs.length]!;
    picked.push(p);
    words += countWords(p).length;
  }
  const html = `<!doctype html><html><head><title>${lines[0]} | Bench Post</title>
<meta property="og:site_name" content="Bench Post"><meta name="author" content="A. Writer">
<meta property="article:published_time" content="2024-10-18T09:30:00Z"><script>var x = 1;</script></head>
<body><header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
<main><article><h1>${lines[0]}</h1>${picked.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n")}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Other story</a></li></ul></aside></main><footer>© Bench Post</footer></body></html>`;
  return { html, words };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const page = thousandWordPage();
const server = http.createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  res.end(page.html);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
const url = `http://${host}/story`;
const options = { allowHosts: [host] };
const testDb = await createTestDb();
const user = await testDb.db.user.create({ data: { id: "bench-user", name: "Bench", email: "bench@example.invalid" } });

const fetchTimes: number[] = [];
const importTimes: number[] = [];
let questions = 0;
for (let i = 0; i < WARMUP + RUNS; i += 1) {
  const t0 = performance.now();
  await safeFetch(url, { ...options, accept: "html" });
  const t1 = performance.now();
  // Each run imports a fresh article: drop the previous one so it is not recognised as already imported.
  await testDb.db.article.deleteMany({ where: { ownerId: user.id } });
  const t2 = performance.now();
  const result = await importFromAddress(testDb.db, user.id, url, options);
  const t3 = performance.now();
  questions = result.questionCount;
  if (i >= WARMUP) {
    fetchTimes.push(t1 - t0);
    importTimes.push(t3 - t2);
  }
}
server.close();
await testDb.cleanup();

const fetchMs = median(fetchTimes);
const importMs = median(importTimes);
console.log(`page: ${page.words} words, ${(page.html.length / 1024).toFixed(1)} KB; quiz: ${questions} questions; ${RUNS} runs after ${WARMUP} warm-up`);
console.log(`baseline  safeFetch only                      median ${fetchMs.toFixed(1)} ms`);
console.log(`import    fetch + extract + store + quiz      median ${importMs.toFixed(1)} ms  (${(importMs / fetchMs).toFixed(1)}× the fetch alone)`);
