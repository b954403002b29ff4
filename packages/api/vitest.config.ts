import { defineConfig } from "vitest/config";

// Property tests and real fetches against local servers take seconds on 2 shared cores.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], setupFiles: ["./vitest.setup.ts"], testTimeout: 60_000, hookTimeout: 60_000 } });
