import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";

// next.config.mjs is plain JavaScript (no declaration file; allowJs is off): imported through a specifier TypeScript
// does not resolve, and typed as what it exports.
const configPath: string = "../../next.config.mjs";
const { default: nextConfig } = (await import(configPath)) as { default: NextConfig };

describe("next.config.mjs", () => {
  // Next loads every route's server code when it starts unless told not to: every App Router page, and for the
  // reader page the Pages Router's runtime with a second React. Measured idle after start: apps/web/README.md, Memory.
  it("loads a route's server code on its first request, not every route's at start", () => {
    expect(nextConfig.experimental?.preloadEntriesOnStart).toBe(false);
  });
});
