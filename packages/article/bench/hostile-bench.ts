// ms per 1,000 words of parseArticleText (split, stats, glossary) on each adversarial text (just under 200 KB),
// next to ordinary text measured in the same run: the 34 library texts and the sample joined (about as long).
// "Words" are max(countWords, UTF-8 bytes / 6), so a text without spaces is not counted as one word.
// Prints the ratio to ordinary text; the goal is ≤ 3. No assertions (timings depend on the machine).
// Run: pnpm --filter @newsquiz/article run bench:hostile
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { countWords, parseArticleText } from "../src/index";
import { ADVERSARIAL_BYTES, adversarialTexts } from "../src/testing";

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const wordsOf = (text: string) => Math.max(countWords(text).length, Buffer.byteLength(text, "utf8") / 6);

function msPer1k(text: string): number {
  parseArticleText(text); // warm
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    parseArticleText(text);
    samples.push(performance.now() - t0);
  }
  return (median(samples) * 1000) / wordsOf(text);
}

const library = new URL("../samples/library/", import.meta.url);
const paragraphs: string[] = [];
for (const file of readdirSync(library).filter((f) => f.endsWith(".txt")).sort()) {
  paragraphs.push(...readFileSync(new URL(file, library), "utf8").split("\n").slice(1).filter((l) => l.trim() !== ""));
}
let body = "";
for (const p of paragraphs) {
  if (Buffer.byteLength(body + p, "utf8") > ADVERSARIAL_BYTES) break;
  body += `${p}\n`;
}
const ordinary = `Ordinary text\n${body}`;
const baseline = msPer1k(ordinary);
console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}; median of ${RUNS} runs`);
console.log(`${"ordinary text (library)".padEnd(28)} ${baseline.toFixed(2).padStart(7)} ms/1k words   1.0×`);
let worst = 0;
for (const { name, text } of adversarialTexts()) {
  const ms = msPer1k(text);
  worst = Math.max(worst, ms / baseline);
  console.log(`${name.padEnd(28)} ${ms.toFixed(2).padStart(7)} ms/1k words ${(ms / baseline).toFixed(1).padStart(5)}×`);
}
console.log(`worst ratio ${worst.toFixed(1)}× (goal ≤ 3)`);
