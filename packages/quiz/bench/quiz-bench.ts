// pnpm bench: quiz engine speed on the sample and on a 10× longer text, against wink-nlp's own
// tokenise + entity pass on the same text (the floor). Prints ratios; asserts nothing.
import { performance } from "node:perf_hooks";
import { buildArticle, type Article } from "@newsquiz/article";
import { sampleArticle } from "@newsquiz/article/samples";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { makeQuiz } from "../src/index";

const sample = sampleArticle();
const long: Article = buildArticle({
  headline: sample.headline,
  paragraphs: Array.from({ length: 10 }, () => sample.paragraphs.map((p) => p.text)).flat(),
  relatedHeadlines: sample.relatedHeadlines,
});
const wordsOf = (a: Article): number => a.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).length, 0);

let t = performance.now();
makeQuiz(sample, { count: 40, seed: 1 });
const cold = performance.now() - t;

const nlp = winkNLP(model);
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
function time(fn: () => void, runs: number): number {
  for (let i = 0; i < 3; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

console.log(`cold start (first quiz, loads wink-nlp model): ${cold.toFixed(1)} ms`);
console.log("text       words  engine ms  per 1k words  wink floor ms  per 1k words  ratio");
for (const [name, article] of [["sample", sample], ["10x", long]] as const) {
  const words = wordsOf(article);
  const text = article.paragraphs.map((p) => p.text).join("\n");
  const engine = time(() => makeQuiz(article, { count: 40, seed: 1 }), name === "sample" ? 30 : 10);
  const floor = time(() => nlp.readDoc(text).entities().out(nlp.its.detail), name === "sample" ? 30 : 10);
  console.log(
    `${name.padEnd(9)} ${String(words).padStart(6)} ${engine.toFixed(2).padStart(10)} ${(engine / (words / 1000)).toFixed(2).padStart(13)} ` +
      `${floor.toFixed(2).padStart(14)} ${(floor / (words / 1000)).toFixed(2).padStart(13)} ${(engine / floor).toFixed(1).padStart(6)}×`,
  );
}
