import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "./client";
import { publishCacheTags, readCacheTagsSince, tagStateAfterRevalidate } from "./cache-tags";
import { createTestDb, type TestDb } from "./testing";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
});

// Epoch milliseconds past 2^32, as real clock readings are (they need the columns' 8 bytes).
const T = 1_796_000_000_000;

describe("cache tags shared between web nodes", () => {
  it("a node reads back, as numbers, exactly the tags another node changed since it last looked", async () => {
    const otherNode = createDb({ url: testDb.url });
    try {
      await publishCacheTags(otherNode, [tagStateAfterRevalidate("_N_T_/", T), tagStateAfterRevalidate("_N_T_/articles/a", T + 10)]);
      await publishCacheTags(otherNode, [tagStateAfterRevalidate("_N_T_/import", T + 20, { expire: 60 })]);

      expect(await readCacheTagsSince(testDb.db, T + 15)).toEqual([{ tag: "_N_T_/import", expiredAt: T + 20 + 60_000, staleAt: T + 20, changedAt: T + 20 }]);
      const all = await readCacheTagsSince(testDb.db, T);
      expect(all.sort((a, b) => a.changedAt - b.changedAt)).toEqual([
        { tag: "_N_T_/", expiredAt: T, staleAt: null, changedAt: T },
        { tag: "_N_T_/articles/a", expiredAt: T + 10, staleAt: null, changedAt: T + 10 },
        { tag: "_N_T_/import", expiredAt: T + 20 + 60_000, staleAt: T + 20, changedAt: T + 20 },
      ]);
      expect(await readCacheTagsSince(testDb.db, T + 21)).toEqual([]);
    } finally {
      await otherNode.$disconnect();
    }
  });

  it("a tag changed again is read with its latest state, once", async () => {
    await publishCacheTags(testDb.db, [tagStateAfterRevalidate("_N_T_/review", T + 100)]);
    await publishCacheTags(testDb.db, [tagStateAfterRevalidate("_N_T_/review", T + 200)]);
    expect(await readCacheTagsSince(testDb.db, T + 100)).toEqual([{ tag: "_N_T_/review", expiredAt: T + 200, staleAt: null, changedAt: T + 200 }]);
  });
});
