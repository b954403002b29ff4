// Times parseArticleText (parse + sentences + stats + glossary) per 1,000 words of the sample article,
// next to a baseline measured in the same run: one `text.split(/\s+/)` pass over the same text.
// Prints medians of many warm runs and the ratio; makes no assertions (timings depend on the machine).
// Run: pnpm --filter @newsquiz/article bench
import { performance } from "node:perf_hooks";
import { parseArticleText, readingStats } from "../src/index";
import { SAMPLE_ARTICLE_TEXT } from "../src/samples";

const RUNS = 200;
const INNER = 20;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median milliseconds per call of `fn`, after a warm-up. */
function time(fn: () => unknown): number {
  let sink = 0;
  for (let i = 0; i < 200; i++) sink += fn() === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (let i = 0; i < INNER; i++) sink += fn() === undefined ? 0 : 1;
    samples.push((performance.now() - t0) / INNER);
  }
  if (sink < 0) console.log(sink); // keep the results alive
  return median(samples);
}

const article = parseArticleText(SAMPLE_ARTICLE_TEXT);
const words = article.stats.wordCount;
const perThousand = (ms: number): number => (ms * 1000) / words;

const baseline = time(() => SAMPLE_ARTICLE_TEXT.split(/\s+/).length);
const parse = time(() => parseArticleText(SAMPLE_ARTICLE_TEXT));
const stats = time(() => readingStats(article.paragraphs.map((p) => p.text)));

const row = (name: string, ms: number): string =>
  `${name.padEnd(34)} ${(perThousand(ms) * 1000).toFixed(1).padStart(9)} µs/1k words   ${(ms / baseline).toFixed(1).padStart(6)}× baseline`;
console.log(`sample: ${words} words, ${article.stats.sentenceCount} sentences; median of ${RUNS} runs × ${INNER}`);
console.log(row("baseline text.split(/\\s+/)", baseline));
console.log(row("parseArticleText (everything)", parse));
console.log(row("readingStats alone", stats));
