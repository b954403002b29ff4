import { defineConfig } from "vitest/config";
import path from "node:path";

// Unit tests of the web app's own helpers; browser tests live in e2e/ and run under Playwright.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "src") } },
  test: { include: ["src/**/*.test.{ts,tsx}"], passWithNoTests: true },
});
