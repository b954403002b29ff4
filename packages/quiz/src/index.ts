export {
  ENGINE_VERSION,
  MAX_QUESTIONS,
  QUESTION_TYPES,
  answerKeyEntrySchema,
  difficultySchema,
  quizDifficultySchema,
  evidenceSchema,
  factKindSchema,
  publicQuestionSchema,
  questionTypeSchema,
  quizOptionsSchema,
  quizSchema,
  type AnswerKeyEntry,
  type Difficulty,
  type QuizDifficulty,
  type Evidence,
  type FactKind,
  type FullQuestion,
  type PublicQuestion,
  type QuestionType,
  type Quiz,
  type QuizOptions,
} from "./quiz-schema";
export { findFacts, type Fact, type FactFlag } from "./find-facts";
export { makeQuiz, joinAnswerKey, splitQuestion } from "./make-quiz";
export { gradeAnswer, type GradeResult } from "./grade-answer";
export {
  QUESTION_TYPE_LABELS,
  QUESTION_TYPE_REGISTRY,
  type AnswerForm,
  type QuestionTypeLabels,
  type QuestionTypeSpec,
} from "./question-types";
export { normalizeAnswer, answersMatch } from "./normalize-answer";
export { QuizInputError } from "./errors";
