import { it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { parseArticleText } from "@newsquiz/article";
import { makeQuiz, joinAnswerKey } from "./make-quiz";
it("x", () => {
  let total = 0;
  for (const dir of ["/work/scratch/setI/", "/work/scratch/setH/"]) for (const f of readdirSync(dir)) {
    const a = parseArticleText(readFileSync(dir + f, "utf8"));
    const qs = joinAnswerKey(makeQuiz(a, { count: 40, seed: 1 }));
    total += qs.length;
    for (const q of qs) if (q.kind === "person") console.log("P|", f.slice(5, 20), q.answer, "|", q.evidence.text.slice(q.evidence.start, q.evidence.end), "|", q.prompt.slice(0, 170));
  }
  console.log("TOTAL", total);
});
