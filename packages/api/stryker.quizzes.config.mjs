import { mutationConfig } from "./stryker.config.mjs";

// src/quizzes: starting, answering, submitting (grading on the server) and flagging.
export default mutationConfig("quizzes");
