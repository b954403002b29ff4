import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleText } from "@newsquiz/article";
import { GUESS_CUES, guessesFor } from "./guesser";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { normalizeAnswer } from "./normalize-answer";

const LIBRARY = join(import.meta.dirname, "../../article/samples/library");

describe("the test-wise guesser", () => {
  it("points at the option whose form differs, the second smallest number, a prompt's word and a much longer option", () => {
    expect(guessesFor({ type: "choice", prompt: "Sales rose by _____ last year.", options: ["$4.2bn", "$3bn", "$5bn", "$6bn"] })["odd-form"]).toBe("$4.2bn");
    expect(guessesFor({ type: "choice", prompt: "It has _____ members.", options: ["40", "12", "25", "31"] })["second-smallest"]).toBe("25");
    expect(guessesFor({ type: "choice", prompt: "The council's leader, _____, won in Bexhill.", options: ["Bexhill mayor", "Ann Smith", "Tim Ray", "Jo Lee"] })["prompt-word"]).toBe("Bexhill mayor");
    expect(guessesFor({ type: "who-said", prompt: "Who said: “No”?", options: ["the Economist Intelligence Unit", "Lee", "Ray", "Smith"] }).longest).toBe("the Economist Intelligence Unit");
    expect(guessesFor({ type: "true-false", prompt: "True or false? It rained.", options: ["True", "False"] })["says-true"]).toBe("True");
    expect(guessesFor({ type: "choice", prompt: "It has _____ members.", options: ["40", "10", "20", "30"] })["first-option"]).toBe("40");
    // options alike in form point nowhere
    expect(guessesFor({ type: "choice", prompt: "It has _____ members.", options: ["40", "10", "20", "30"] })["odd-form"]).toBeUndefined();
  });

  it("does no better than chance on the starter library's quizzes (seeds 1–3, count 10 and 40)", () => {
    const texts = readdirSync(LIBRARY).filter((f) => /^\d\d-.*\.txt$/.test(f));
    const questions = texts.flatMap((f) => {
      const article = parseArticleText(readFileSync(join(LIBRARY, f), "utf8"));
      return [1, 2, 3].flatMap((seed) => [10, 40].flatMap((count) => joinAnswerKey(makeQuiz(article, { seed, count }))));
    });
    const report = GUESS_CUES.map((cue) => {
      let n = 0;
      let hits = 0;
      let chance = 0;
      for (const q of questions) {
        const pick = guessesFor(q)[cue];
        if (!q.options || pick === undefined) continue;
        n++;
        chance += 1 / q.options.length;
        if (normalizeAnswer(pick) === normalizeAnswer(q.answer)) hits++;
      }
      const p = n > 0 ? chance / n : 0;
      // more than two standard errors above chance is a cue a test-wise reader can learn
      return { cue, n, hits, ceiling: Math.ceil(chance + 2 * Math.sqrt(n * p * (1 - p))) };
    });
    expect(report.filter((r) => r.n >= 20 && r.hits > r.ceiling)).toEqual([]);
    expect(report.filter((r) => r.n >= 20).map((r) => r.cue)).toEqual(expect.arrayContaining(["first-option", "odd-form", "second-smallest", "says-true"]));
  });
});
