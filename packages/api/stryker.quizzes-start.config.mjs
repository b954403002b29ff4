import { mutationConfig } from "./stryker.config.mjs";

// Starting and resuming a quiz (which stored quiz a reader gets, variants, the fresh-quiz limit, clean-up of
// unused quizzes): the rest of src/quizzes after saving and submitting.
export default mutationConfig("quizzes-start", ["src/quizzes/start-attempt.ts"]);
