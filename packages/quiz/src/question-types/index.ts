import type { QuestionType } from "../quiz-schema";
import { choiceType } from "./choice";
import { clozeType } from "./cloze";
import { headlineType } from "./headline";
import { meaningType } from "./meaning";
import type { QuestionTypeSpec } from "./question-type";
import { trueFalseType } from "./true-false";
import { whoSaidType } from "./who-said";

/**
 * Every question type, one file each (`question-types/<type>.ts`: its builder and its labels): make-quiz.ts builds
 * through this record, `gradeAnswer` grades by each type's answer form, and the web app reads the labels
 * (`QUESTION_TYPE_LABELS`, labels.ts). A new type: a file here, an entry below, its name in `questionTypeSchema`
 * (quiz-schema.ts) and its labels in labels.ts. (cause.ts, also here, is a kind of fact, not a type: its questions are
 * built as choice and true-false.)
 */
export const QUESTION_TYPE_REGISTRY: { readonly [T in QuestionType]: QuestionTypeSpec<T> } = {
  choice: choiceType,
  "true-false": trueFalseType,
  cloze: clozeType,
  "who-said": whoSaidType,
  headline: headlineType,
  meaning: meaningType,
};

export { QUESTION_TYPE_LABELS, type AnswerForm, type QuestionTypeLabels } from "./labels";
export type { QuestionTypeSpec } from "./question-type";
