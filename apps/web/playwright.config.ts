import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT as PORT, e2eDataDir as dataDir, e2eDatabaseUrl } from "./e2e/support/database";
import { SERVER_COMMAND } from "./server-start";

/**
 * e2e runs the production build against a database made fresh by the real migrations for every run
 * (SQLite, or PostgreSQL with E2E_DATABASE=postgresql: see e2e/support/database.ts), in Debian's Chromium (never a downloaded browser: see shared/guide/machine.md).
 */
export default defineConfig({
  testDir: "./e2e",
  outputDir: `test-results/output-${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 45_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -rf "${dataDir}" && pnpm --filter @newsquiz/db run reset-test-database && pnpm --filter @newsquiz/db run migrate && PORT=${PORT} HOSTNAME=127.0.0.1 ${SERVER_COMMAND}`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      NEWSQUIZ_DATA_DIR: dataDir,
      DATABASE_URL: e2eDatabaseUrl(),
      // Unset (blank = unset), as in the README's `pnpm start`: the secret is generated on first start and
      // sign-in works at whatever address the browser uses (e2e/sign-in-hosts.spec.ts).
      BETTER_AUTH_URL: "",
      BETTER_AUTH_SECRET: "",
      NEXT_TELEMETRY_DISABLED: "1",
      // e2e/import.spec.ts serves its test pages on 127.0.0.1:4105; only that host:port may be fetched.
      NEWSQUIZ_IMPORT_ALLOW_HOSTS: process.env.NEWSQUIZ_IMPORT_ALLOW_HOSTS ?? "127.0.0.1:4105",
    },
  },
});
