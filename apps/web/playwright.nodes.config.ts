import { defineConfig, devices } from "@playwright/test";
import { postgresTestDatabaseUrl } from "./e2e/support/database";
import { NODES, nodesDatabaseSuffix } from "./e2e-nodes/nodes";

/**
 * Two web nodes on one PostgreSQL behind HAProxy (deploy/haproxy.cfg), each with its own copy of the
 * build (so each keeps its own page cache, as separate machines would). Needs haproxy (apt) and
 * NEWSQUIZ_TEST_POSTGRES_URL; run by `pnpm test:postgres`.
 */
const databaseUrl = postgresTestDatabaseUrl(nodesDatabaseSuffix);
const nodeEnv = {
  DATABASE_URL: databaseUrl,
  NEWSQUIZ_TEST_POSTGRES_URL: process.env.NEWSQUIZ_TEST_POSTGRES_URL ?? "",
  BETTER_AUTH_URL: NODES.lb.url,
  BETTER_AUTH_TRUSTED_ORIGINS: `${NODES.node1.url},${NODES.node2.url}`,
  BETTER_AUTH_SECRET: "two-nodes-secret-two-nodes-secret-0123456789",
  NEWSQUIZ_TRUSTED_PROXIES: NODES.lbSource,
  NEXT_TELEMETRY_DISABLED: "1",
  HOSTNAME: "127.0.0.1",
};
const start = (port: number, distDir: string) => `NEXT_DIST_DIR=${distDir} PORT=${port} node --import tsx/esm server.ts`;

export default defineConfig({
  testDir: "./e2e-nodes",
  outputDir: `test-results/output-nodes-${NODES.lb.port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: NODES.lb.url,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: [
    {
      // Node 1 makes the database fresh and migrates it; each node gets its own copy of the build.
      command: `pnpm --filter @newsquiz/db run reset-test-database && pnpm --filter @newsquiz/db run migrate && rm -rf .next-node1 .next-node2 && mkdir .next-node1 .next-node2 && tar -C .next --exclude=./cache -cf - . | tar -C .next-node1 -xf - && tar -C .next --exclude=./cache -cf - . | tar -C .next-node2 -xf - && ${start(NODES.node1.port, ".next-node1")}`,
      url: `${NODES.node1.url}/sign-in`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: nodeEnv,
    },
    {
      command: `pnpm --filter @newsquiz/db run migrate && ${start(NODES.node2.port, ".next-node2")}`,
      url: `${NODES.node2.url}/sign-in`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: nodeEnv,
    },
    {
      command: "haproxy -db -f deploy/haproxy.cfg",
      url: `${NODES.lb.url}/sign-in`,
      timeout: 30_000,
      reuseExistingServer: false,
      env: {
        NEWSQUIZ_LB_BIND: `127.0.0.1:${NODES.lb.port}`,
        NEWSQUIZ_LB_SOURCE: NODES.lbSource,
        NEWSQUIZ_NODE_1: `127.0.0.1:${NODES.node1.port}`,
        NEWSQUIZ_NODE_2: `127.0.0.1:${NODES.node2.port}`,
      },
    },
  ],
});
