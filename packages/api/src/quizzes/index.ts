export { createQuizForArticle, excludedQuestionKeys, prepareQuiz, storeQuiz, type CreateQuizOptions, type PreparedQuiz } from "./create-quiz";
export { startAttempt, type StartAttemptInput } from "./start-attempt";
export { saveAnswer, type SaveAnswerInput, type SavedAnswerView } from "./save-answer";
export { submitAttempt } from "./submit-attempt";
export {
  getAttempt,
  attemptView,
  loadOwnAttempt,
  type AttemptArticleView,
  type AttemptView,
  type InProgressAttemptView,
  type ResultQuestionView,
  type SubmittedAttemptView,
} from "./get-attempt";
export { flagQuestion, flagReasonSchema, FLAG_REASON_LABELS, type FlagReason, type FlagView, type FlagQuestionInput } from "./flag-question";
export { readQuizConfig, QUIZ_LENGTH, FIRST_QUIZ_SEED, MAX_RESPONSE_LENGTH, type QuizConfig } from "./quiz-config";
export { questionKeyOf, readStoredQuiz, StoredQuizError, type StoredQuestion, type StoredAnswerKeyEntry } from "./stored-quiz";
export { articlesWithNoQuiz, noQuizReason, recordNoQuiz, type VerdictArticle } from "./no-quiz-verdicts";
