import type { Fact } from "../find-facts";
import type { BuildContext } from "../make-questions";
import type { FullQuestion, QuestionType } from "../quiz-schema";
import type { QuestionTypeLabels } from "./labels";

/**
 * What a question type is, in one record: how its questions are built from a fact, and how they are shown, labelled
 * and answered (its `labels`; `gradeAnswer` grades by `labels.answer`). One per file in question-types/, gathered in
 * `QUESTION_TYPE_REGISTRY` (question-types/index.ts). Not to be confused with a fact's kind: cause.ts holds the cause
 * kind, whose questions are built as the choice and true-false types.
 */
export interface QuestionTypeSpec<T extends QuestionType = QuestionType> {
  type: T;
  labels: QuestionTypeLabels;
  /** A question on `fact`, or undefined when the fact makes no fair question of this type. */
  build: (fact: Fact, ctx: BuildContext) => FullQuestion | undefined;
}
