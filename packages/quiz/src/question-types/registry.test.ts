import { describe, expect, it } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { gradeAnswer } from "../grade-answer";
import { joinAnswerKey, makeQuiz } from "../make-quiz";
import { QUESTION_TYPES } from "../quiz-schema";
import { QUESTION_TYPE_LABELS, QUESTION_TYPE_REGISTRY } from "./index";

describe("the question-type registry", () => {
  it("has one entry per type of the quiz schema, each with its own labels", () => {
    expect(Object.keys(QUESTION_TYPE_REGISTRY).sort()).toEqual([...QUESTION_TYPES].sort());
    for (const t of QUESTION_TYPES) {
      expect(QUESTION_TYPE_REGISTRY[t].type).toBe(t);
      expect(QUESTION_TYPE_REGISTRY[t].labels).toBe(QUESTION_TYPE_LABELS[t]);
      expect(QUESTION_TYPE_LABELS[t].instruction).not.toBe("");
    }
    // labels a reader tells apart: no two types share a name
    expect(new Set(QUESTION_TYPES.map((t) => QUESTION_TYPE_LABELS[t].name)).size).toBe(QUESTION_TYPES.length);
  });

  it("labels each question of a real quiz with an answer form its key is graded by", () => {
    const questions = joinAnswerKey(makeQuiz(sampleArticle(), { count: 40, seed: 1, types: [...QUESTION_TYPES] }));
    expect(new Set(questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
    for (const q of questions) {
      const form = QUESTION_TYPE_LABELS[q.type].answer;
      // options are shown for option and true/false types, never for a typed one
      expect(q.options === undefined).toBe(form === "typed");
      const right = form === "true-false" ? q.answer.toUpperCase() : q.answer;
      expect(gradeAnswer(q, right).correct).toBe(true);
    }
  });
});
