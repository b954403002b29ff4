import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "./generated/prisma/client";
import { createDb, type Db } from "./client";
import { querySql, writeSql, writeSqlBatch } from "./direct-sql";
import { createTestDb, type TestDb } from "./testing";

// querySql / writeSqlBatch run on SQLite without Prisma's request pipeline and on PostgreSQL through it
// (NEWSQUIZ_TEST_DB=postgresql runs this file there). Both must read and write the same values Prisma does, keep a
// batch all or nothing, and on SQLite never mix their statements into a Prisma transaction open on the connection.

// A zone away from UTC, so a DateTime read or written as local time (pg's own conversion) shows as a wrong value.
process.env.TZ = "America/New_York";

let testDb: TestDb;
let db: Db;
let quizId: string;
beforeAll(async () => {
  testDb = await createTestDb({ withSample: true });
  db = testDb.db;
  const article = await db.article.findFirstOrThrow();
  await db.user.create({ data: { id: "direct-reader", name: "Reader", email: "direct@example.com" } });
  quizId = (await db.quiz.create({ data: { articleId: article.id, engineVersion: "t", seed: 7, questions: "[]", answerKey: "{}" } })).id;
});
afterAll(async () => {
  await testDb.cleanup();
});

const setting = (key: string) => db.setting.findUnique({ where: { key } });
const insertSetting = (key: string, value: string) => Prisma.sql`INSERT INTO "setting" ("key", "value", "createdAt", "updatedAt") VALUES (${key}, ${value}, ${new Date()}, ${new Date()})`;

describe("querySql, writeSql and writeSqlBatch", () => {
  it("read the values Prisma's $queryRaw reads (dates, booleans, integers, nulls), and what they write Prisma reads back", async () => {
    const startedAt = new Date("2026-01-02T03:04:05.678Z");
    const submittedAt = new Date("2026-01-02T03:09:00.001Z");
    await writeSqlBatch(db, [
      Prisma.sql`INSERT INTO "Attempt" ("id", "quizId", "userId", "startedAt", "total") VALUES ('att-types', ${quizId}, 'direct-reader', ${startedAt}, 10)`,
      Prisma.sql`INSERT INTO "Answer" ("id", "attemptId", "questionId", "response", "correct", "answeredAt") VALUES ('ans-1', 'att-types', 'q1', 'yes', ${true}, ${startedAt}), ('ans-2', 'att-types', 'q2', 'no', ${false}, ${startedAt}), ('ans-3', 'att-types', 'q3', '', NULL, ${startedAt})`,
      Prisma.sql`UPDATE "Attempt" SET "submittedAt" = ${submittedAt}, "score" = ${1}, "durationMs" = ${294_323} WHERE "id" = 'att-types'`,
    ]);
    const attempt = Prisma.sql`SELECT a."id", a."startedAt", a."submittedAt", a."score", a."total", a."durationMs", q."seed" FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId" WHERE a."id" = ${"att-types"}`;
    const answers = Prisma.sql`SELECT "id", "correct", "answeredAt" FROM "Answer" WHERE "attemptId" = ${"att-types"} ORDER BY "id"`;
    const direct = { attempt: await querySql(db, attempt), answers: await querySql(db, answers) };
    expect(direct).toEqual({ attempt: await db.$queryRaw(attempt), answers: await db.$queryRaw(answers) });
    expect(direct.attempt).toEqual([{ id: "att-types", startedAt, submittedAt, score: 1, total: 10, durationMs: 294_323, seed: 7 }]);
    expect(direct.answers.map((a) => (a as { correct: boolean | null }).correct)).toEqual([true, false, null]);
    // Prisma's own client reads what the direct path wrote, and matches a date written by it
    expect(await db.attempt.findUniqueOrThrow({ where: { id: "att-types" }, select: { startedAt: true, submittedAt: true } })).toEqual({ startedAt, submittedAt });
    expect(await db.attempt.count({ where: { submittedAt } })).toBe(1);
    expect(await querySql(db, Prisma.sql`SELECT "id" FROM "Attempt" WHERE "submittedAt" = ${submittedAt}`)).toEqual([{ id: "att-types" }]);
  });

  it("write a batch all or nothing, and say how many rows each statement changed", async () => {
    await expect(writeSqlBatch(db, [insertSetting("batch-a", "1"), insertSetting("batch-a", "again")])).rejects.toThrow();
    expect(await setting("batch-a")).toBeNull();
    expect(await writeSqlBatch(db, [insertSetting("batch-b", "1"), Prisma.sql`UPDATE "setting" SET "value" = '2' WHERE "key" LIKE 'batch-%'`, Prisma.sql`DELETE FROM "setting" WHERE "key" = 'nothing'`])).toEqual([1, 1, 0]);
    expect((await setting("batch-b"))?.value).toBe("2");
  });

  it("write one statement on its own: its RETURNING rows typed as querySql's, all or nothing with its WITH parts", async () => {
    const at = new Date("2026-02-03T04:05:06.789Z");
    const rows = await writeSql<{ key: string; createdAt: Date }>(
      db,
      Prisma.sql`INSERT INTO "setting" ("key", "value", "createdAt", "updatedAt") VALUES (${"single-a"}, '1', ${at}, ${at}), (${"single-b"}, '1', ${at}, ${at}) RETURNING "key", "createdAt"`,
    );
    expect(rows.sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: "single-a", createdAt: at },
      { key: "single-b", createdAt: at },
    ]);
    expect(await writeSql(db, Prisma.sql`UPDATE "setting" SET "value" = '2' WHERE "key" = ${"nothing"} RETURNING "key"`)).toEqual([]);
    // a failing statement changes nothing, even the rows it had already written (the second row's key is taken)
    await expect(writeSql(db, Prisma.sql`INSERT INTO "setting" ("key", "value", "createdAt", "updatedAt") VALUES (${"single-c"}, '1', ${at}, ${at}), (${"single-a"}, '1', ${at}, ${at})`)).rejects.toThrow();
    expect(await setting("single-c")).toBeNull();
    if (testDb.provider === "postgresql") {
      // PostgreSQL: a data-modifying WITH part is undone with the statement that failed after it
      await expect(
        writeSql(db, Prisma.sql`WITH changed AS (UPDATE "setting" SET "value" = 'changed' WHERE "key" = ${"single-b"} RETURNING "key")
          INSERT INTO "setting" ("key", "value", "createdAt", "updatedAt") SELECT ${"single-a"}, '1', ${at}::timestamp(3), ${at}::timestamp(3) FROM changed`),
      ).rejects.toThrow();
      expect((await setting("single-b"))?.value).toBe("1");
    }
  });

  it("never write inside a Prisma transaction that is open meanwhile: a rollback there keeps the batch", async () => {
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let inserted!: () => void;
    const insertedInTx = new Promise<void>((resolve) => (inserted = resolve));
    const prismaTx = db
      .$transaction(async (tx) => {
        await tx.setting.create({ data: { key: "tx-rolled-back", value: "1" } });
        inserted();
        await gate;
        throw new Error("rolled back on purpose");
      })
      .catch((error: unknown) => error);
    await insertedInTx;
    let batchDone = false;
    const batch = writeSqlBatch(db, [insertSetting("batch-kept", "1")]).then(() => (batchDone = true));
    let singleDone = false;
    const single = writeSql(db, insertSetting("single-kept", "1")).then(() => (singleDone = true));
    await new Promise((resolve) => setImmediate(resolve));
    // On SQLite all share one connection: the batch and the lone statement wait for the open transaction to end.
    if (testDb.provider === "sqlite") expect({ batchDone, singleDone }).toEqual({ batchDone: false, singleDone: false });
    openGate();
    expect(await prismaTx).toBeInstanceOf(Error);
    await batch;
    await single;
    expect(await setting("tx-rolled-back")).toBeNull();
    expect((await setting("batch-kept"))?.value).toBe("1");
    expect((await setting("single-kept"))?.value).toBe("1");
  });

  it("work on a client that has not connected yet, and again after it disconnected", async () => {
    const fresh = createDb({ url: testDb.url });
    try {
      expect(await querySql(fresh, Prisma.sql`SELECT "key" FROM "setting" WHERE "key" = ${"batch-b"}`)).toEqual([{ key: "batch-b" }]);
      await fresh.$disconnect();
      expect(await writeSqlBatch(fresh, [insertSetting("after-reconnect", "1")])).toEqual([1]);
      expect((await setting("after-reconnect"))?.value).toBe("1");
    } finally {
      await fresh.$disconnect();
    }
  });

  it("inside a Prisma transaction, read through that transaction", async () => {
    const seen = await db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: "tx-visible", value: "1" } });
      return querySql<{ key: string }>(tx, Prisma.sql`SELECT "key" FROM "setting" WHERE "key" = ${"tx-visible"}`);
    });
    expect(seen).toEqual([{ key: "tx-visible" }]);
  });
});
