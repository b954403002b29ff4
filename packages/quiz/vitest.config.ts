import { defineConfig } from "vitest/config";

// Property tests and whole-article runs take seconds on 2 shared cores: a generous timeout, no timing asserts.
// The test files share one module graph per worker (isolate: false): every file imports the engine and its word lists,
// and loading them afresh for each of 26 files was half the suite's CPU time (3 m 44 s → 2 m 11 s of CPU on 2 cores).
// The engine keeps nothing between quizzes but caches of pure functions, so no file can see what another did.
export default defineConfig({ test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], testTimeout: 60_000, isolate: false } });
