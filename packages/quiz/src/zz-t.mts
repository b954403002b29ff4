import { readFileSync } from "node:fs";
import { parseArticleText } from "@newsquiz/article";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
for (const f of process.argv.slice(2)) {
  const qs = joinAnswerKey(makeQuiz(parseArticleText(readFileSync(f, "utf8")), { count: 40, seed: 1 }));
  console.log(f.split("/").pop(), qs.length);
  for (const q of qs) console.log("  ", q.type, "|", q.prompt.slice(0, 160), "|", q.answer);
}
