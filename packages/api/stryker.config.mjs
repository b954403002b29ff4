import { fileURLToPath } from "node:url";

// Mutation testing of the quiz and review domains (`pnpm mutation` at the root; slow, not in test:all). The
// root script runs one folder at a time (`--mutate src/review/**` then `src/quizzes/**`) with one test
// process: the machine's cores are shared, and each mutant reruns the database tests that cover it.
// pnpm keeps the runner out of Stryker's own node_modules: name the plugin by its resolved path.
const vitestRunner = fileURLToPath(import.meta.resolve("@stryker-mutator/vitest-runner"));

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  plugins: [vitestRunner],
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/quizzes/**/*.ts", "src/review/**/*.ts", "!src/**/*.test.ts", "!src/quizzes/submit-race-worker.ts", "!src/quizzes/index.ts"],
  coverageAnalysis: "perTest",
  concurrency: 1,
  timeoutMS: 60_000,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 90, low: 80, break: null },
};
