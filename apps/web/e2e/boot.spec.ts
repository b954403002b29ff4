import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * A bad setting stops the start with a readable message, instead of breaking the first quiz: the web app's
 * own start command (`start:prod`, what `pnpm start` runs after building) with NEWSQUIZ_FLAG_THRESHOLD=lots.
 */
let dataDir = "";
let stop = () => {};
test.beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-boot-"));
});
test.afterEach(() => {
  stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("a bad environment variable stops the server's start with a message naming it", async () => {
  test.setTimeout(120_000);
  const env: NodeJS.ProcessEnv = { ...process.env, NEWSQUIZ_DATA_DIR: dataDir, PORT: "0", NEWSQUIZ_FLAG_THRESHOLD: "lots", BETTER_AUTH_SECRET: "too short" };
  delete env.DATABASE_URL;
  // In its own process group, so that a server which wrongly keeps running is stopped with the test.
  const child = spawn("pnpm", ["run", "start:prod"], { cwd: path.resolve(import.meta.dirname, ".."), env, detached: true });
  stop = () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
  };
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));

  expect(code).not.toBe(0);
  expect(output).toContain("newsquiz cannot start: fix these environment variables (see Configuration in README.md), then start again.");
  expect(output).toContain("  - NEWSQUIZ_FLAG_THRESHOLD must be a whole number");
  expect(output).toContain("  - BETTER_AUTH_SECRET must be at least 32 characters");
  expect(output).not.toContain("too short");
});
