import { describe, expect, it, vi } from "vitest";
import { ImportError } from "./import-error";
import { createRateLimiter } from "./import-rate-limit";

async function messageOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
    return "no error";
  } catch (error) {
    if (error instanceof ImportError) return `${error.code}: ${error.message}`;
    throw error;
  }
}

describe("createRateLimiter", () => {
  it("lets a user import `limit` times per window, then says how long to wait", async () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 10 * 60_000 });
    for (let i = 0; i < 3; i++) await limiter.consume("user-1");
    expect(await messageOf(limiter.consume("user-1"))).toBe("rate-limited: Too many imports; try again in 10 minutes");
  });

  it("counts each user separately", async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 120_000 });
    await limiter.consume("alice");
    expect(await messageOf(limiter.consume("bob"))).toBe("no error");
    expect(await messageOf(limiter.consume("alice"))).toBe("rate-limited: Too many imports; try again in 2 minutes");
  });

  it("words short waits in seconds", async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 5_000 });
    await limiter.consume("u");
    expect(await messageOf(limiter.consume("u"))).toMatch(/^rate-limited: Too many imports; try again in [1-5] seconds?$/);
  });

  it("opens again after the window, not before", async () => {
    // a faked clock instead of a real wait: the window ends exactly when the clock says so
    vi.useFakeTimers({ toFake: ["Date", "setTimeout", "clearTimeout"], now: new Date("2026-11-26T10:00:00Z") });
    try {
      const limiter = createRateLimiter({ limit: 1, windowMs: 1_000 });
      await limiter.consume("u");
      expect(await messageOf(limiter.consume("u"))).toBe("rate-limited: Too many imports; try again in 1 second");
      await vi.advanceTimersByTimeAsync(900);
      expect(await messageOf(limiter.consume("u"))).toMatch(/^rate-limited/);
      await vi.advanceTimersByTimeAsync(200);
      expect(await messageOf(limiter.consume("u"))).toBe("no error");
    } finally {
      vi.useRealTimers();
    }
  });

  it("can forget a user", async () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    await limiter.consume("u");
    await limiter.reset("u");
    expect(await messageOf(limiter.consume("u"))).toBe("no error");
  });

  it("refuses nonsense settings", () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1000 })).toThrow(RangeError);
    expect(() => createRateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});
