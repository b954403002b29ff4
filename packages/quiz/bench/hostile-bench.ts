// pnpm --filter @newsquiz/quiz run bench:hostile — the engine on each hostile text (@newsquiz/article/testing) beside
// ordinary text of the same size (the starter library's texts joined): ms per 1,000 words, and the ratio of the time
// per byte against the ordinary text of the same run (a text of one 100 KB token has one "word", so per word is no
// measure there). Asserts nothing. The bar (issue 8): every ratio ≤ 3.
import { readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArticleText } from "@newsquiz/article";
import { adversarialTexts, repeatTo } from "@newsquiz/article/testing";
import { makeQuiz } from "../src/index";

const BYTES = 100 * 1024;
const dir = new URL("../../article/samples/library/", import.meta.url);
const library = readdirSync(dir).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(new URL(f, dir), "utf8").split("\n").slice(1).join("\n"));
const ordinary = `Ordinary text from the starter library\n${repeatTo(library.join("\n"), BYTES, "\n").slice(0, BYTES)}`;

function msPer1k(text: string): { ms: number; words: number; ok: boolean; msPerKb: number } {
  let article;
  try {
    article = parseArticleText(text);
  } catch {
    return { ms: 0, words: 0, ok: false, msPerKb: 0 };
  }
  const words = article.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    makeQuiz(article, { count: 40, seed: 1 });
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return { ms: ((runs[1] ?? 0) / words) * 1000, words, ok: true, msPerKb: (runs[1] ?? 0) / (Buffer.byteLength(text) / 1024) };
}

makeQuiz(parseArticleText(ordinary), { count: 10 }); // warm: models loaded
const base = msPer1k(ordinary);
console.log(`ordinary text: ${base.words} words, ${base.ms.toFixed(2)} ms per 1,000 words, ${base.msPerKb.toFixed(2)} ms per KB (baseline)`);
console.log("hostile text                           words   ms/1k words   ms/KB   ratio (per byte)");
let worst = 0;
for (const t of adversarialTexts(BYTES)) {
  const r = msPer1k(t.text);
  if (!r.ok) {
    console.log(`${t.name.padEnd(36)} (refused by the parser)`);
    continue;
  }
  const ratio = r.msPerKb / base.msPerKb;
  worst = Math.max(worst, ratio);
  console.log(`${t.name.padEnd(36)} ${String(r.words).padStart(6)} ${r.ms.toFixed(2).padStart(12)} ${r.msPerKb.toFixed(2).padStart(7)} ${ratio.toFixed(2).padStart(7)}×`);
}
console.log(`worst ratio ${worst.toFixed(2)}× (bar: ≤ 3×)`);
