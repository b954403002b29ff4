// Test support shared by every package's tests (not part of the app: nothing in src/ outside testing/ imports it).
export * from "./adversarial-texts";
export { adversarialArticle } from "./adversarial-arbitrary";
export { finishesWithin } from "./finishes-within";
export { useFixedPropertySeed, DEFAULT_PROPERTY_SEED } from "./property-seed";
export { NO_QUIZ_TEXT } from "./no-quiz-text";
