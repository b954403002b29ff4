import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client";
import { createSettingIfAbsent, readSetting, replaceSetting } from "./settings";
import { createTestDb, type TestDb } from "./testing";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb.cleanup();
});

describe("installation settings", () => {
  it("keeps the first value written; later writers get it back", async () => {
    expect(await readSetting(testDb.db, "first")).toBeNull();
    expect(await createSettingIfAbsent(testDb.db, "first", "one")).toBe("one");
    expect(await createSettingIfAbsent(testDb.db, "first", "two")).toBe("one");
    expect(await readSetting(testDb.db, "first")).toBe("one");
  });

  it("several clients on one database starting together all end up with the same single value", async () => {
    const clients = Array.from({ length: 6 }, () => createDb({ url: testDb.url }));
    try {
      const values = await Promise.all(clients.map((db, i) => createSettingIfAbsent(db, "together", `value-${i}`)));
      expect(new Set(values).size).toBe(1);
      expect(await testDb.db.setting.count({ where: { key: "together" } })).toBe(1);
      expect(await readSetting(testDb.db, "together")).toBe(values[0]);
    } finally {
      await Promise.all(clients.map((db) => db.$disconnect()));
    }
  });

  it("a node whose first read missed a value written meanwhile by another node reads the winner back", async () => {
    await createSettingIfAbsent(testDb.db, "raced", "winner");
    // This client's read happens "before" the other node's insert: it sees nothing, then its insert collides.
    let reads = 0;
    const late = new Proxy(testDb.db, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop !== "setting") return value;
        return new Proxy(value as Db["setting"], {
          get(model, method, r) {
            if (method === "findUnique" && reads++ === 0) return async () => null;
            return Reflect.get(model, method, r) as unknown;
          },
        });
      },
    });
    expect(await createSettingIfAbsent(late, "raced", "loser")).toBe("winner");
    expect(reads).toBe(2);
  });

  it("replaces a value", async () => {
    await replaceSetting(testDb.db, "first", "three");
    expect(await readSetting(testDb.db, "first")).toBe("three");
    await replaceSetting(testDb.db, "new", "four");
    expect(await readSetting(testDb.db, "new")).toBe("four");
  });
});
