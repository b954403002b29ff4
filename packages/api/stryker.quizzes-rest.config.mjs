import { mutationConfig } from "./stryker.config.mjs";

// The rest of src/quizzes after saving, submitting and starting: flagging a question, the attempt views (whose
// attempt a reader may see, what an in-progress view may show), making and storing a quiz (flag exclusions, the
// engine's question ids kept server side), reading a stored quiz, the quiz settings and the per-reader limits.
export default mutationConfig("quizzes-rest", [
  "src/quizzes/flag-question.ts",
  "src/quizzes/get-attempt.ts",
  "src/quizzes/create-quiz.ts",
  "src/quizzes/stored-quiz.ts",
  "src/quizzes/quiz-config.ts",
  "src/quizzes/user-rate-limit.ts",
]);
