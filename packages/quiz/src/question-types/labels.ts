import type { QuestionType } from "../quiz-schema";

/**
 * How a reader answers a question of a type: picks one of its options, says true or false, or types the words.
 * `gradeAnswer` (grade-answer.ts) grades by it.
 */
export type AnswerForm = "option" | "true-false" | "typed";

/** What a reader and a teacher see of a question type: its names, and how it is answered. */
export interface QuestionTypeLabels {
  /** Shown above a question being answered ("Pick one"). */
  instruction: string;
  /** The type's name where a teacher picks types ("Multiple choice"). */
  name: string;
  /** The type's name inside a line of text, lower case ("multiple choice"). */
  tag: string;
  answer: AnswerForm;
}

/**
 * The labels of every question type, written once. Each type's own file (`question-types/<type>.ts`) exports its
 * entry with its builder (`QUESTION_TYPE_REGISTRY` in question-types/index.ts); the labels sit in this file apart
 * because the web app's browser code reads them, and this file imports nothing of the engine (the type files pull in
 * the article analysis and wink-nlp, which must stay out of the browser bundle).
 */
export const QUESTION_TYPE_LABELS: Readonly<Record<QuestionType, QuestionTypeLabels>> = {
  choice: { instruction: "Pick one", name: "Multiple choice", tag: "multiple choice", answer: "option" },
  "true-false": { instruction: "True or false", name: "True or false", tag: "true or false", answer: "true-false" },
  cloze: { instruction: "Fill in the blank", name: "Fill in the word", tag: "fill in", answer: "typed" },
  "who-said": { instruction: "Who said it?", name: "Who said it", tag: "who said it", answer: "option" },
  headline: { instruction: "Which headline fits?", name: "Which headline", tag: "headline", answer: "option" },
  meaning: { instruction: "Pick the closest meaning", name: "Word meaning", tag: "word meaning", answer: "option" },
};
