import { fileURLToPath } from "node:url";

// Mutation testing of grading and answer normalisation (`pnpm mutation` at the root; slow, not in test:all).
// One test process at a time: the machine's cores are shared.
// pnpm keeps the runner out of Stryker's own node_modules: name the plugin by its resolved path.
const vitestRunner = fileURLToPath(import.meta.resolve("@stryker-mutator/vitest-runner"));

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  plugins: [vitestRunner],
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/grade-answer.ts", "src/normalize-answer.ts"],
  coverageAnalysis: "perTest",
  concurrency: 1,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 90, low: 80, break: null },
};
