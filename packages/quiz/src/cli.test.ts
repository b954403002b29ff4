import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));
const sample = fileURLToPath(new URL("../../article/samples/sample-article.txt", import.meta.url));

function run(args: string[], closeStdout: boolean): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", "tsx/esm", cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let stdout = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // `quiz file | head -0`: the reader has gone before the quiz is written
    if (closeStdout) child.stdout.destroy();
    else child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("close", (code) => done({ code, stderr, stdout }));
  });
}

describe("quiz CLI", () => {
  it("prints the sample's quiz", async () => {
    const { code, stdout } = await run([sample, "--count", "3"], false);
    expect(code).toBe(0);
    expect(stdout).toContain("3 questions (seed 1)");
  }, 30_000);

  it("stops quietly when the reader of its output goes away (`quiz file | head`)", async () => {
    const { code, stderr } = await run([sample, "--count", "40", "--json"], true);
    expect(stderr).not.toContain("EPIPE");
    expect(code).toBe(0);
  }, 30_000);

  it("says what is wrong with a file that is not there", async () => {
    const { code, stderr } = await run(["/nonexistent/article.txt"], false);
    expect(code).toBe(1);
    expect(stderr).toContain("No such file: /nonexistent/article.txt");
  }, 30_000);
});
