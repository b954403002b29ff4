import { fileURLToPath } from "node:url";

// Mutation testing of the quiz and review domains (slow, not in test:all). `pnpm mutation` runs
// stryker.review.config.mjs and then stryker.quizzes.config.mjs: one folder at a time, one test process, because
// the machine's cores are shared and each mutant reruns the database tests that cover it.
// pnpm keeps the runner out of Stryker's own node_modules: name the plugin by its resolved path.
const vitestRunner = fileURLToPath(import.meta.resolve("@stryker-mutator/vitest-runner"));

/**
 * The options both folders share; `folder` names the one mutated and its report.
 * @param {string} folder
 * @param {string[]} [files] the folder's files to mutate (default: all but tests and test support)
 * @returns {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export function mutationConfig(folder, files = [`src/${folder}/**/*.ts`]) {
  return {
    plugins: [vitestRunner],
    testRunner: "vitest",
    vitest: { configFile: "vitest.mutation.config.ts" },
    mutate: [...files, "!src/**/*.test.ts", "!src/**/*-worker.ts", "!src/**/index.ts"],
    coverageAnalysis: "perTest",
    concurrency: 1,
    timeoutMS: 60_000,
    reporters: ["clear-text", "progress-append-only", "json"],
    jsonReporter: { fileName: `reports/mutation/${folder}.json` },
    tempDirName: ".stryker-tmp",
    cleanTempDir: "always",
    thresholds: { high: 90, low: 80, break: null },
  };
}

export default mutationConfig("review");
