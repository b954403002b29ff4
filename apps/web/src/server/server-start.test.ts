import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_COMMAND } from "../../server-start";

describe("how the production server starts", () => {
  it("is the same in package.json's start:prod (what `pnpm start` runs) as in server-start.ts (e2e, durability, benches)", () => {
    const pkg = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["start:prod"]).toBe(`pnpm --filter @newsquiz/db run migrate && ${SERVER_COMMAND}`);
  });
});
