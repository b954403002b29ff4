// Developer aid: a compact view of a quiz for reading questions against the four tests.
// Usage: node --import tsx/esm scripts/review.ts FILE [count] [seed]
import { readFileSync } from "node:fs";
import { parseArticleText } from "@newsquiz/article";
import { joinAnswerKey, makeQuiz } from "../src/make-quiz";

const [file = "", count = "40", seed = "1"] = process.argv.slice(2);
const quiz = makeQuiz(parseArticleText(readFileSync(file, "utf8")), { count: Number(count), seed: Number(seed) });
joinAnswerKey(quiz).forEach((q, i) => {
  const at = q.prompt.indexOf("_____");
  const p = at >= 0 ? `…${q.prompt.slice(Math.max(0, at - 110), at + 70)}…` : q.prompt.slice(0, 420);
  console.log(`${i + 1}. [${q.type}/${q.kind}] ${p}\n   ${q.options?.join(" | ") ?? "(typed)"}  => ${q.answer}`);
});
