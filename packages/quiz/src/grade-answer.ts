import { QuizInputError } from "./errors";
import { answersMatch, normalizeAnswer } from "./normalize-answer";
import type { AnswerKeyEntry } from "./quiz-schema";

export interface GradeResult {
  correct: boolean;
  /** The expected answer, to show after answering. */
  answer: string;
  explanation: string;
}

/**
 * Grades a reader's response against a key entry (or a full question, which includes one).
 * Choice/who-said/headline: the option text; true-false: "true"/"false" (any case); cloze: typed words, leniently.
 */
export function gradeAnswer(key: AnswerKeyEntry, response: string): GradeResult {
  if (typeof response !== "string") throw new QuizInputError("The response must be a string.");
  const base = { answer: key.answer, explanation: key.explanation };
  switch (key.type) {
    case "cloze":
      return { ...base, correct: answersMatch(response, [key.answer, ...(key.accept ?? [])]) };
    case "true-false": {
      const r = response.trim().toLowerCase();
      return { ...base, correct: (r === "true" || r === "false") && r === key.answer };
    }
    default:
      return { ...base, correct: normalizeAnswer(response) !== "" && normalizeAnswer(response) === normalizeAnswer(key.answer) };
  }
}
