// pnpm --filter @newsquiz/quiz run bench:guess — how often a test-wise guesser (src/guesser.ts), seeing only a
// question's prompt and options, finds the key in the quizzes the engine keeps: the 34 starter-library texts and the
// sample, seeds 1–3, count 10 and 40 (every question with options of every quiz).
// Per cue: the questions it points at an option for, how many of those it gets right, the chance rate of those
// questions (1 / options; true/false 1/2) and how far above chance it is in standard errors. Asserts nothing.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArticleText } from "@newsquiz/article";
import { sampleArticle } from "@newsquiz/article/samples";
import { makeQuiz } from "../src/index";
import { joinAnswerKey } from "../src/make-quiz";
import { GUESS_CUES, guessesFor, type GuessCue } from "../src/guesser";
import { normalizeAnswer } from "../src/normalize-answer";

const library = join(import.meta.dirname, "../../article/samples/library");
const articles = [
  sampleArticle(),
  ...readdirSync(library)
    .filter((f) => /^\d\d-.*\.txt$/.test(f))
    .sort()
    .map((f) => parseArticleText(readFileSync(join(library, f), "utf8"))),
];

// every question as a reader meets it, quiz by quiz (true/false keys are balanced within each quiz; counted once per
// distinct prompt, the "true" statement, the same in every quiz, would count once and its swaps several times)
const seen: { type: string; prompt: string; options?: string[]; answer: string }[] = [];
for (const article of articles) {
  for (const seed of [1, 2, 3]) {
    for (const count of [10, 40]) {
      for (const q of joinAnswerKey(makeQuiz(article, { seed, count }))) if (q.options && q.options.length >= 2) seen.push(q);
    }
  }
}

const rows = new Map<GuessCue, { n: number; hits: number; chance: number }>(GUESS_CUES.map((c) => [c, { n: 0, hits: 0, chance: 0 }]));
for (const q of seen) {
  const guesses = guessesFor(q);
  for (const cue of GUESS_CUES) {
    const pick = guesses[cue];
    if (pick === undefined) continue;
    const row = rows.get(cue) as { n: number; hits: number; chance: number };
    row.n++;
    row.chance += 1 / (q.options?.length ?? 2);
    if (normalizeAnswer(pick) === normalizeAnswer(q.answer)) row.hits++;
  }
}

console.log(`${seen.length} questions with options in ${articles.length * 6} quizzes (${articles.length} texts, seeds 1–3, count 10 and 40)`);
console.log("cue               questions  right  rate    chance  above chance (standard errors)");
for (const [cue, { n, hits, chance }] of rows) {
  if (n === 0) {
    console.log(`${cue.padEnd(17)} ${"0".padStart(9)}`);
    continue;
  }
  const p = chance / n;
  const z = (hits - chance) / Math.sqrt(n * p * (1 - p));
  console.log(
    `${cue.padEnd(17)} ${String(n).padStart(9)} ${String(hits).padStart(6)} ${((100 * hits) / n).toFixed(1).padStart(5)} % ${(100 * p).toFixed(1).padStart(6)} % ${z.toFixed(1).padStart(8)}`,
  );
}
