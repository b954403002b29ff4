import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { createLimiter, isOverLimit, useSharedLimitStore } from "./create-limiter";
import { createSignInLimiter } from "./accounts/sign-in-limits";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterEach(() => useSharedLimitStore(null));
afterAll(async () => {
  await testDb.cleanup();
});

describe("where limits count", () => {
  it("in the database once the server chose it: two nodes' limiters (separate instances) count together", async () => {
    useSharedLimitStore(testDb.db);
    const nodeA = createLimiter({ keyPrefix: "shared-test", points: 3, durationS: 60 });
    const nodeB = createLimiter({ keyPrefix: "shared-test", points: 3, durationS: 60 });
    await nodeA.consume("reader-1");
    await nodeB.consume("reader-1");
    await nodeA.consume("reader-1");
    const refused = await nodeB.consume("reader-1").catch((error: unknown) => error);
    expect(isOverLimit(refused)).toBe(true);
    expect(await testDb.db.rateLimitCounter.findUnique({ where: { key: "newsquiz-shared-test:reader-1" } })).toMatchObject({ points: 4 });
  });

  it("a wrong-password lock started on one node holds on the other", async () => {
    useSharedLimitStore(testDb.db);
    const options = { freeFailures: 2, firstWaitS: 30 };
    const nodeA = createSignInLimiter(options);
    const nodeB = createSignInLimiter(options);
    const attempt = { address: "198.51.100.40", email: "someone@example.com" };
    await nodeA.failed(attempt);
    await nodeA.failed(attempt);
    await nodeA.failed(attempt);
    expect(await nodeB.waitMs(attempt)).toBeGreaterThan(0);
    await nodeB.succeeded(attempt);
    expect(await nodeA.waitMs(attempt)).toBe(0);
  });

  it("in the database for a copy of this module the store was not chosen in (Next.js bundles it more than once)", async () => {
    vi.resetModules();
    const copy = await import("./create-limiter");
    expect(copy.createLimiter).not.toBe(createLimiter); // really another copy of the module
    useSharedLimitStore(testDb.db); // chosen in this copy, as the server's boot does in its own
    const limiter = copy.createLimiter({ keyPrefix: "other-copy-test", points: 1, durationS: 60 });
    await limiter.consume("k");
    expect(await testDb.db.rateLimitCounter.findUnique({ where: { key: "newsquiz-other-copy-test:k" } })).toMatchObject({ points: 1 });
  });

  it("in memory until a store is chosen (tests, scripts): nothing is written", async () => {
    const limiter = createLimiter({ keyPrefix: "memory-test", points: 1, durationS: 60 });
    await limiter.consume("k");
    expect(isOverLimit(await limiter.consume("k").catch((error: unknown) => error))).toBe(true);
    expect(await testDb.db.rateLimitCounter.count({ where: { key: { startsWith: "newsquiz-memory-test" } } })).toBe(0);
  });
});
