import { defineConfig } from "vitest/config";

// The tests Stryker runs against mutants of src/quizzes and src/review: the suites that drive those domains
// through the router on a real migrated database, and the Leitner schedule's own tests.
export default defineConfig({
  test: {
    include: ["src/routers/quiz-router.test.ts", "src/routers/scores-review.test.ts", "src/review/*.test.ts", "src/quizzes/*.test.ts"],
    setupFiles: ["./vitest.setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
