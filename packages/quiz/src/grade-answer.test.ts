import { describe, expect, it } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { gradeAnswer } from "./grade-answer";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { normalizeAnswer } from "./normalize-answer";
import type { AnswerKeyEntry } from "./quiz-schema";

const key = (type: AnswerKeyEntry["type"], answer: string): AnswerKeyEntry => ({
  type,
  answer,
  evidence: { paragraph: 0, sentence: 0, start: 0, end: 1, text: answer },
  explanation: "x",
});

describe("gradeAnswer for cloze is lenient", () => {
  it.each([
    ["10,000", "10000"],
    ["10,000", "ten thousand"],
    ["10,000", " 10 000 ".replace(" 0", "0").trim()],
    ["Oct. 8", "October 8"],
    ["Oct. 8", "october 8th"],
    ["Oct. 8 to 13", "October 8 to 13"],
    ["forty percent", "40%"],
    ["US$ 20,000", "us$20000"],
    ["Zürich", "zurich"],
    ["June", "june."],
    ["four", "4"],
    ["14-year-old", "14 year old"],
  ])("%s accepts %s", (answer, response) => {
    expect(gradeAnswer(key("cloze", answer), response).correct).toBe(true);
  });

  it.each([
    ["10,000", "1,000"],
    ["Oct. 8", "October 9"],
    ["four", "forty"],
    ["June", ""],
  ])("%s rejects %s", (answer, response) => {
    expect(gradeAnswer(key("cloze", answer), response).correct).toBe(false);
  });
});

describe("gradeAnswer for the other types", () => {
  it("grades true-false and options by their text", () => {
    expect(gradeAnswer(key("true-false", "false"), "False").correct).toBe(true);
    expect(gradeAnswer(key("true-false", "false"), "true").correct).toBe(false);
    expect(gradeAnswer(key("choice", "Yoon Suk Yeol"), "Yoon Suk Yeol").correct).toBe(true);
    expect(gradeAnswer(key("choice", "Yoon Suk Yeol"), "Kim Jong-un").correct).toBe(false);
  });

  it("grades every question of the sample right with its answer and wrong with another option", () => {
    const quiz = makeQuiz(sampleArticle(), { count: 40, seed: 3 });
    for (const q of joinAnswerKey(quiz)) {
      expect(gradeAnswer(q, q.answer === "true" || q.answer === "false" ? q.answer : q.answer).correct).toBe(true);
      const wrong = q.type === "true-false" ? (q.answer === "true" ? "false" : "true") : q.options?.find((o) => o !== q.answer);
      if (wrong) expect(gradeAnswer(q, wrong).correct).toBe(false);
    }
  });

  it("normalises numbers and months the same way on both sides", () => {
    expect(normalizeAnswer("Approximately 1,500")).toBe("approximately 1500");
    expect(normalizeAnswer("Sept. 14")).toBe("september 14");
  });
});
