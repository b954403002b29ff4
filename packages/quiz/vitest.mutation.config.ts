import { defineConfig } from "vitest/config";

// The tests Stryker runs against mutants of grade-answer.ts and normalize-answer.ts: the grading tests.
export default defineConfig({ test: { include: ["src/grade-answer.test.ts", "src/normalize-answer.test.ts"], testTimeout: 60_000 } });
