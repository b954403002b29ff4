import { mutationConfig } from "./stryker.config.mjs";

// src/review: the Leitner schedule, due items and review answers.
export default mutationConfig("review");
