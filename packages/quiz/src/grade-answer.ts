import { QuizInputError } from "./errors";
import { answersMatch, normalizeAnswer } from "./normalize-answer";
import type { AnswerKeyEntry } from "./quiz-schema";
import { QUESTION_TYPE_LABELS, type QuestionTypeLabels } from "./question-types/labels";

export interface GradeResult {
  correct: boolean;
  /** The expected answer, to show after answering. */
  answer: string;
  explanation: string;
}

/**
 * Grades a reader's response against a key entry (or a full question, which includes one), by how the key's type is
 * answered (`QUESTION_TYPE_LABELS[type].answer`, question-types/labels.ts): an option (choice, who-said, headline): the
 * option text; true-false: "true"/"false" (any case); typed (cloze): the words, leniently.
 */
export function gradeAnswer(key: AnswerKeyEntry, response: string): GradeResult {
  if (typeof response !== "string") throw new QuizInputError("The response must be a string.");
  const base = { answer: key.answer, explanation: key.explanation };
  // a key stored by another engine version may name a type this one does not know: graded as an option
  const form = (QUESTION_TYPE_LABELS as Partial<Record<string, QuestionTypeLabels>>)[key.type]?.answer ?? "option";
  switch (form) {
    case "typed":
      return { ...base, correct: answersMatch(response, [key.answer, ...(key.accept ?? [])]) };
    case "true-false": {
      const r = response.trim().toLowerCase();
      return { ...base, correct: (r === "true" || r === "false") && r === key.answer };
    }
    default:
      return { ...base, correct: normalizeAnswer(response) !== "" && normalizeAnswer(response) === normalizeAnswer(key.answer) };
  }
}
