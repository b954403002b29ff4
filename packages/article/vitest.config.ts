import { defineConfig } from "vitest/config";

// Property tests and whole-article runs take seconds on 2 shared cores: a generous timeout, no timing asserts.
export default defineConfig({ test: { include: ["src/**/*.test.ts", "test/**/*.test.ts"], setupFiles: ["./vitest.setup.ts"], testTimeout: 60_000 } });
