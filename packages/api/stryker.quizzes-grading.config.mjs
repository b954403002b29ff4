import { mutationConfig } from "./stryker.config.mjs";

// The part of src/quizzes where a wrong line costs most: saving an answer (what is accepted and stored) and
// submitting (grading on the server, the score, the review queue). Quicker than the whole folder.
export default mutationConfig("quizzes-grading", ["src/quizzes/save-answer.ts", "src/quizzes/submit-attempt.ts"]);
