import { describe, expect, it } from "vitest";
import { sampleArticle } from "@newsquiz/article/samples";
import { QuizInputError } from "./errors";
import { gradeAnswer } from "./grade-answer";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import type { AnswerKeyEntry } from "./quiz-schema";

const key = (type: AnswerKeyEntry["type"], answer: string, accept?: string[]): AnswerKeyEntry => ({
  type,
  answer,
  ...(accept ? { accept } : {}),
  evidence: { paragraph: 0, sentence: 0, start: 0, end: 1, text: answer },
  explanation: `Because the article says ${answer}.`,
});

describe("gradeAnswer for cloze is lenient", () => {
  it.each([
    ["10,000", "10000"],
    ["10,000", "ten thousand"],
    ["10,000", "10 000"], // thousands grouped by a space
    ["10,000", "10\u00a0000"], // … by a no-break space, as pasted from a web page
    ["10 000", "10,000"],
    ["1,250,000", "1 250 000"],
    ["Oct. 8", "October 8"],
    ["Oct. 8", "october 8th"],
    ["Oct. 8 to 13", "October 8 to 13"],
    ["forty percent", "40%"],
    ["40%", "40 per cent"],
    ["40 per cent", "forty percent"],
    ["1.5 million", "1,500,000"],
    ["26 million", "twenty-six million"],
    ["two hundred and five", "205"],
    ["US$ 20,000", "us$20000"],
    ["Zürich", "zurich"],
    ["June", "june."],
    ["four", "4"],
    ["14-year-old", "14 year old"],
    ["the Senate", "Senate"],
    ["Senate", "the senate"],
    ["an apple", "apple"],
    ["second", "2nd"],
    ["2nd", "second"],
    ["the third", "3rd"],
    ["twentieth", "20th"],
    ["Seoul's", "seoul"],
    ["“Yes”", '"yes"'],
  ])("%s accepts %s", (answer, response) => {
    expect(gradeAnswer(key("cloze", answer), response).correct).toBe(true);
  });

  it.each([
    ["10,000", "1,000"],
    ["10,000", "100 00"], // not a thousands grouping: two numbers
    ["10,000", "10 0000"],
    ["1.5 million", "15 million"],
    ["1.5 million", "1.5 billion"],
    ["Oct. 8", "October 9"],
    ["Oct. 8 to 13", "October 813"],
    ["four", "forty"],
    ["second", "3rd"],
    ["the Senate", "the House"],
    ["Senate", "Senate president"],
    ["June", ""],
    ["June", "   "],
    ["June", "..."],
  ])("%s rejects %s", (answer, response) => {
    expect(gradeAnswer(key("cloze", answer), response).correct).toBe(false);
  });

  it("accepts the other spellings of the key (a surname alone) and nothing else", () => {
    const k = key("cloze", "Yoon Suk Yeol", ["Yoon"]);
    expect(gradeAnswer(k, "yoon").correct).toBe(true);
    expect(gradeAnswer(k, "Yoon Suk Yeol").correct).toBe(true);
    expect(gradeAnswer(k, "Suk").correct).toBe(false);
    expect(gradeAnswer(key("cloze", "Yoon Suk Yeol"), "yoon").correct).toBe(false);
  });
});

describe("gradeAnswer for the other types", () => {
  it("grades true-false by the words true and false in any case, nothing else", () => {
    expect(gradeAnswer(key("true-false", "false"), "False").correct).toBe(true);
    expect(gradeAnswer(key("true-false", "false"), " FALSE ").correct).toBe(true);
    expect(gradeAnswer(key("true-false", "true"), "True").correct).toBe(true);
    expect(gradeAnswer(key("true-false", "false"), "true").correct).toBe(false);
    expect(gradeAnswer(key("true-false", "true"), "false").correct).toBe(false);
    expect(gradeAnswer(key("true-false", "true"), "yes").correct).toBe(false);
    expect(gradeAnswer(key("true-false", "true"), "").correct).toBe(false);
    // the words themselves, not what normalisation makes of them
    expect(gradeAnswer(key("true-false", "true"), "true!").correct).toBe(false);
    // a damaged key that is neither word is never matched
    expect(gradeAnswer(key("true-false", "maybe"), "maybe").correct).toBe(false);
  });

  it("grades options by their text, ignoring case and punctuation but not an empty pick", () => {
    expect(gradeAnswer(key("choice", "Yoon Suk Yeol"), "Yoon Suk Yeol").correct).toBe(true);
    expect(gradeAnswer(key("choice", "Yoon Suk Yeol"), "yoon suk yeol.").correct).toBe(true);
    expect(gradeAnswer(key("who-said", "Kim Jong-un"), "Kim Jong-un").correct).toBe(true);
    expect(gradeAnswer(key("choice", "Yoon Suk Yeol"), "Kim Jong-un").correct).toBe(false);
    expect(gradeAnswer(key("choice", "Yoon Suk Yeol"), "Yoon").correct).toBe(false);
    // a key that normalises to nothing is never matched by an empty pick
    expect(gradeAnswer(key("choice", "…"), "").correct).toBe(false);
    expect(gradeAnswer(key("choice", "…"), "!").correct).toBe(false);
  });

  it("returns the expected answer and the explanation, right or wrong", () => {
    const k = key("cloze", "June");
    expect(gradeAnswer(k, "july")).toEqual({ correct: false, answer: "June", explanation: "Because the article says June." });
    expect(gradeAnswer(k, "june")).toEqual({ correct: true, answer: "June", explanation: "Because the article says June." });
  });

  it("refuses a response that is not a string with a QuizInputError", () => {
    expect(() => gradeAnswer(key("cloze", "June"), 7 as unknown as string)).toThrow(QuizInputError);
    expect(() => gradeAnswer(key("cloze", "June"), 7 as unknown as string)).toThrow("The response must be a string.");
  });

  it("grades every question of the sample right with its answer and wrong with another response", () => {
    const quiz = joinAnswerKey(makeQuiz(sampleArticle(), { count: 40, seed: 3 }));
    const types = new Set(quiz.map((q) => q.type));
    // the loop below must see typed and picked answers, not just one kind
    expect(types).toContain("cloze");
    expect(types).toContain("choice");
    for (const q of quiz) {
      expect(gradeAnswer(q, q.answer).correct, `${q.type}: ${q.prompt}`).toBe(true);
      const wrong =
        q.type === "true-false" ? (q.answer === "true" ? "false" : "true") : q.options ? q.options.find((o) => o !== q.answer) : "zeppelin marmalade";
      expect(wrong, `${q.type} without a wrong response: ${q.prompt}`).toBeDefined();
      expect(gradeAnswer(q, wrong!).correct, `${q.type}: ${q.prompt} accepted ${wrong}`).toBe(false);
    }
  });
});
