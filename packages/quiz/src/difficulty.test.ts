import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleText } from "@newsquiz/article";
import { sampleArticle } from "@newsquiz/article/samples";
import { difficultyOf, difficultyScore } from "./difficulty";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import type { FullQuestion } from "./quiz-schema";

const ARTICLES = join(import.meta.dirname, "../../article/samples/library");
const SENTENCE = "The council voted for an increase in bus fares.";
const question = (over: Partial<FullQuestion>): FullQuestion => ({
  id: "q1",
  type: "true-false",
  prompt: `True or false? ${SENTENCE}`,
  options: ["True", "False"],
  kind: "number",
  answer: "true",
  evidence: { paragraph: 0, sentence: 0, start: 0, end: 3, text: SENTENCE },
  explanation: "True.",
  ...over,
});

describe("difficultyOf", () => {
  it("rates recognising a statement from the lead easy and recalling a typed value from deep in the text hard", () => {
    expect(difficultyOf(question({}), 20)).toBe("easy");
    expect(difficultyOf(question({ type: "choice", options: ["1990", "1992", "1995", "2001"], answer: "1995" }), 20)).toBe("medium");
    const deep = { paragraph: 15, sentence: 0, start: 0, end: 3, text: SENTENCE };
    expect(difficultyOf(question({ type: "cloze", options: undefined, answer: "1995", evidence: deep }), 20)).toBe("hard");
  });

  it("counts options within 15 % of the answer as harder than options far from it", () => {
    const near = question({ type: "choice", options: ["100", "110", "90", "95"], answer: "100" });
    const far = question({ type: "choice", options: ["100", "200", "50", "400"], answer: "100" });
    expect(difficultyScore(near, 20)).toBeGreaterThan(difficultyScore(far, 20));
  });
});

describe("makeQuiz with a difficulty", () => {
  const articles = [sampleArticle(), ...["05-defector.txt", "13-warhol.txt", "27-bio-fillmore.txt"].map((f) => parseArticleText(readFileSync(join(ARTICLES, f), "utf8")))];
  const mean = (difficulty: "easy" | "mixed" | "hard"): number => {
    const scores = articles.flatMap((article) =>
      [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 5, difficulty })).map((q) => difficultyScore(q, article.paragraphs.length))),
    );
    return scores.reduce((a, b) => a + b, 0) / scores.length;
  };

  it("labels every question it asks", () => {
    const quiz = makeQuiz(sampleArticle(), { seed: 1, count: 10 });
    expect(quiz.questions.length).toBeGreaterThan(0);
    for (const q of quiz.questions) expect(["easy", "medium", "hard"]).toContain(q.difficulty);
  });

  it("asks harder questions when asked for hard ones, easier ones when asked for easy ones", () => {
    const [easy, mixed, hard] = [mean("easy"), mean("mixed"), mean("hard")];
    expect(hard).toBeGreaterThan(mixed);
    expect(mixed).toBeGreaterThan(easy);
  });

  it("leaves the default quiz as it was: mixed is the default", () => {
    expect(makeQuiz(sampleArticle(), { seed: 4, count: 10, difficulty: "mixed" })).toEqual(makeQuiz(sampleArticle(), { seed: 4, count: 10 }));
  });
});
