import { describe, expect, it } from "vitest";
import { checkQuestion } from "./curate-questions";

// a word's meaning (vocabulary in context) is the one question whose answer the evidence sentence does not hold
const MEANING = {
  type: "meaning" as const,
  prompt: "In this sentence from the text, which word is closest in meaning to “devised”? “They devised a written system.”",
  options: ["invented", "performed", "fulfilled", "accomplished"],
  answer: "invented",
  evidence: "They devised a written system.",
};

describe("checkQuestion on a teacher's edit", () => {
  it("keeps a word-meaning question whose answer is not in the sentence, and holds it to the other rules", () => {
    expect(checkQuestion(MEANING)).toBeNull();
    expect(checkQuestion({ ...MEANING, prompt: "Which word, invented or not, is closest in meaning to “devised”?" })).toMatch(/gives the answer away/);
    expect(checkQuestion({ ...MEANING, options: ["invented", "invented", "performed", "fulfilled"] })).toMatch(/same thing/);
  });

  it("still asks a multiple choice for its answer in the evidence sentence", () => {
    expect(checkQuestion({ ...MEANING, type: "choice" })).toMatch(/evidence sentence/);
  });
});
