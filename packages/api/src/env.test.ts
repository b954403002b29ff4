import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ConfigError, readServerEnv } from "./env";
import { readQuizConfig } from "./quizzes/quiz-config";

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    readServerEnv(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
};

describe("the server's environment, checked once at boot", () => {
  it("needs nothing on your own machine", () => {
    expect(readServerEnv({})).toMatchObject({ NODE_ENV: "development", NEWSQUIZ_FLAG_THRESHOLD: 3 });
    // Blank counts as unset ("X=" in a shell or an .env file).
    expect(readServerEnv({ BETTER_AUTH_SECRET: "", NEWSQUIZ_FLAG_THRESHOLD: " " })).toMatchObject({ BETTER_AUTH_SECRET: undefined, NEWSQUIZ_FLAG_THRESHOLD: 3 });
  });

  it("names every bad variable in one readable message, without repeating a secret", () => {
    const env = { NEWSQUIZ_FLAG_THRESHOLD: "lots", BETTER_AUTH_SECRET: "hunter2", BETTER_AUTH_URL: "localhost:3000", DATABASE_URL: "mysql://db/x" };
    expect(problemsOf(env)).toEqual([
      "DATABASE_URL must be a SQLite URL like file:./data/newsquiz.db or a PostgreSQL URL like postgresql://user:password@localhost:5432/newsquiz",
      expect.stringMatching(/^BETTER_AUTH_SECRET must be at least 32 characters/),
      "BETTER_AUTH_URL must be the app's public address, like https://quiz.example.org",
      "NEWSQUIZ_FLAG_THRESHOLD must be a whole number",
    ]);
    let report = "";
    try {
      readServerEnv(env);
    } catch (error) {
      report = (error as ConfigError).report();
    }
    expect(report.split("\n")[0]).toBe("newsquiz cannot start: fix these environment variables (see Configuration in README.md), then start again.");
    expect(report).toContain("  - NEWSQUIZ_FLAG_THRESHOLD must be a whole number");
    expect(report).not.toContain("hunter2");
  });

  it("checks each variable's rules", () => {
    expect(problemsOf({ NEWSQUIZ_FLAG_THRESHOLD: "0" })).toEqual(["NEWSQUIZ_FLAG_THRESHOLD must be at least 1"]);
    expect(problemsOf({ NEWSQUIZ_FLAG_THRESHOLD: "2.5" })).toEqual(["NEWSQUIZ_FLAG_THRESHOLD must be a whole number"]);
    expect(problemsOf({ BETTER_AUTH_URL: "https://quiz.example.org/newsquiz" })).toEqual(["BETTER_AUTH_URL must be an address without a path, like https://quiz.example.org"]);
    expect(problemsOf({ BETTER_AUTH_URL: "ftp://quiz.example.org" })).toHaveLength(1);
    expect(problemsOf({ NODE_ENV: "staging" })).toEqual(["NODE_ENV must be development, production or test"]);
    expect(problemsOf({ NEWSQUIZ_IMPORT_ALLOW_HOSTS: "127.0.0.1:4105, [::1]:80 fixtures.local" })).toEqual([]);
    expect(problemsOf({ NEWSQUIZ_IMPORT_ALLOW_HOSTS: "http://x/" })).toHaveLength(1);
    expect(readServerEnv({ BETTER_AUTH_URL: "https://Quiz.Example.org/", BETTER_AUTH_SECRET: "x".repeat(32) })).toMatchObject({
      BETTER_AUTH_URL: "https://quiz.example.org",
      BETTER_AUTH_SECRET: "x".repeat(32),
    });
  });

  it("is what the quiz settings are read from", () => {
    expect(readQuizConfig({ NEWSQUIZ_FLAG_THRESHOLD: "7" }).flagThreshold).toBe(7);
    expect(() => readQuizConfig({ NEWSQUIZ_FLAG_THRESHOLD: "lots" })).toThrow(ConfigError);
  });
});

describe("the lint rule keeping process.env in the env modules", () => {
  const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../../..") });
  const messagesFor = async (code: string, file: string) =>
    (await eslint.lintText(code, { filePath: file })).flatMap((r) => r.messages.map((m) => m.ruleId));

  it("refuses process.env (and node:process) anywhere else, allows it in env.ts and tests", async () => {
    const read = "export const x = process.env.NEWSQUIZ_FLAG_THRESHOLD;\n";
    expect(await messagesFor(read, "packages/api/src/quizzes/some-file.ts")).toContain("no-restricted-properties");
    expect(await messagesFor("const { env } = process;\nexport const y = env;\n", "apps/web/src/app/page.tsx")).toContain("no-restricted-properties");
    expect(await messagesFor('import { env } from "node:process";\nexport const z = env;\n', "packages/db/src/client.ts")).toContain("no-restricted-syntax");
    expect(await messagesFor(read, "packages/api/src/env.ts")).toEqual([]);
    expect(await messagesFor(read, "packages/api/src/routers/some.test.ts")).toEqual([]);
  }, 60_000);
});
