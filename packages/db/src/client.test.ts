import path from "node:path";
import { sampleArticle } from "@newsquiz/article/samples";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureSampleArticle } from "./articles";
import { createDb, dbProvider } from "./client";
import { providerOfUrl } from "./provider/provider";
import { DbConfigError } from "./env";
import { Prisma } from "./generated/prisma/client";
import { findRepoRoot, resolveDatabaseUrl } from "./paths";
import { createTestDb, testProvider, type TestDb } from "./testing";

let testDb: TestDb;
let articleId: string;
beforeAll(async () => {
  testDb = await createTestDb();
  articleId = (await ensureSampleArticle(testDb.db)).article.id;
  await testDb.db.user.create({ data: { id: "reader-1", name: "Reader", email: "reader@example.com" } });
});
afterAll(async () => {
  await testDb.cleanup();
});

function errorCode(error: unknown): string | undefined {
  return error instanceof Prisma.PrismaClientKnownRequestError ? error.code : undefined;
}

describe("reading progress", () => {
  it("allows one row per user and article (unique constraint)", async () => {
    const { db } = testDb;
    await db.readingProgress.create({
      data: { userId: "reader-1", articleId, furthestParagraph: 3, furthestRatio: 0.2 },
    });
    const duplicate = await db.readingProgress
      .create({ data: { userId: "reader-1", articleId, furthestParagraph: 5, furthestRatio: 0.4 } })
      .catch((error: unknown) => error);
    expect(errorCode(duplicate)).toBe("P2002");
  });

  it("upserts on the compound key", async () => {
    const { db } = testDb;
    const row = await db.readingProgress.upsert({
      where: { userId_articleId: { userId: "reader-1", articleId } },
      create: { userId: "reader-1", articleId, furthestParagraph: 9, furthestRatio: 0.6 },
      update: { furthestParagraph: 9, furthestRatio: 0.6 },
    });
    expect(row.furthestParagraph).toBe(9);
    expect(await db.readingProgress.count()).toBe(1);
  });

  it("enforces foreign keys (no progress for a user that does not exist)", async () => {
    const orphan = await testDb.db.readingProgress
      .create({ data: { userId: "nobody", articleId, furthestParagraph: 0, furthestRatio: 0 } })
      .catch((error: unknown) => error);
    // the foreign key refusal itself (Prisma's P2003), not any error
    expect(orphan).toMatchObject({ code: "P2003" });
    expect(await testDb.db.readingProgress.count({ where: { userId: "nobody" } })).toBe(0);
  });

  it("is deleted with its user (cascade), the article stays", async () => {
    const { db } = testDb;
    await db.user.create({ data: { id: "reader-2", name: "Gone", email: "gone@example.com" } });
    await db.readingProgress.create({ data: { userId: "reader-2", articleId, furthestParagraph: 1, furthestRatio: 0.1 } });
    await db.user.delete({ where: { id: "reader-2" } });
    expect(await db.readingProgress.count({ where: { userId: "reader-2" } })).toBe(0);
    expect(await db.article.count({ where: { slug: sampleArticle().slug } })).toBe(1);
  });
});

describe("connection settings", () => {
  it("talks to the provider the URL names", () => {
    expect(dbProvider(testDb.db)).toBe(testDb.provider);
    expect(providerOfUrl(testDb.url)).toBe(testDb.provider);
  });

  it.runIf(testProvider() === "sqlite")("uses WAL, a busy timeout and foreign keys on every SQLite client", async () => {
    const db = createDb({ url: testDb.url });
    try {
      const [mode] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const [fk] = await db.$queryRawUnsafe<{ foreign_keys: bigint | number }[]>("PRAGMA foreign_keys");
      const [busy] = await db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
      expect(mode?.journal_mode).toBe("wal");
      expect(Number(fk?.foreign_keys)).toBe(1);
      expect(Number(busy?.timeout)).toBeGreaterThanOrEqual(1000);
    } finally {
      await db.$disconnect();
    }
  });

  it("round-trips dates and better-auth's BigInt rate-limit column", async () => {
    const { db } = testDb;
    const expiresAt = new Date("2030-01-02T03:04:05.678Z");
    await db.verification.create({ data: { id: "v1", identifier: "mail", value: "code", expiresAt } });
    expect((await db.verification.findUniqueOrThrow({ where: { id: "v1" } })).expiresAt).toEqual(expiresAt);
    const lastRequest = BigInt(Date.now());
    await db.rateLimit.create({ data: { id: "r1", key: "127.0.0.1/sign-in", count: 1, lastRequest } });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: "127.0.0.1/sign-in" } })).lastRequest).toBe(lastRequest);
  });
});

describe("statements run again", () => {
  // SQLite clients keep each prepared statement for the next run of the same SQL (client.ts, reuseStatements):
  // every run must still see its own parameters, and a refused run must not spoil the next.
  it("answers each run with its own parameters, after a refused write, and past the statements it keeps", async () => {
    const { db } = testDb;
    const ids = ["again-1", "again-2", "again-3"];
    for (const id of ids) await db.user.create({ data: { id, name: `Name of ${id}`, email: `${id}@example.com` } });
    for (const id of [...ids, ...ids].reverse()) expect((await db.user.findUnique({ where: { id }, select: { name: true } }))?.name).toBe(`Name of ${id}`);

    const duplicate = await db.user.create({ data: { id: "again-1", name: "Twin", email: "twin@example.com" } }).catch((error: unknown) => error);
    expect(errorCode(duplicate)).toBe("P2002");
    await db.user.create({ data: { id: "again-4", name: "Name of again-4", email: "again-4@example.com" } });
    expect(await db.user.count({ where: { id: { startsWith: "again-" } } })).toBe(4);

    // more distinct statements than a connection keeps (300), then the first ones again
    const texts = Array.from({ length: 320 }, (_, i) => `SELECT ${i} AS "n", "name" FROM "user" WHERE "id" = $1`);
    const run = async (i: number, id: string) =>
      (await db.$queryRawUnsafe<{ n: number | bigint; name: string }[]>(testDb.provider === "sqlite" ? texts[i]!.replace("$1", "?") : texts[i]!, id))[0];
    for (let i = 0; i < texts.length; i++) expect(await run(i, ids[i % 3]!)).toEqual({ n: expect.anything(), name: `Name of ${ids[i % 3]}` });
    for (const i of [0, 1, 319]) expect(Number((await run(i, "again-2"))?.n)).toBe(i);
  });
});

describe("database location", () => {
  const root = findRepoRoot();

  it("finds the repository root from the package, not the working directory", () => {
    expect(root).toBe(path.resolve(import.meta.dirname, "../../.."));
  });

  it("defaults to <repo>/data/newsquiz.db and honours NEWSQUIZ_DATA_DIR and DATABASE_URL", () => {
    expect(resolveDatabaseUrl({})).toBe(`file:${path.join(root, "data", "newsquiz.db")}`);
    expect(resolveDatabaseUrl({ NEWSQUIZ_DATA_DIR: "/srv/newsquiz" })).toBe("file:/srv/newsquiz/newsquiz.db");
    expect(resolveDatabaseUrl({ NEWSQUIZ_DATA_DIR: "var" })).toBe(`file:${path.join(root, "var", "newsquiz.db")}`);
    expect(resolveDatabaseUrl({ DATABASE_URL: "file:./tmp/x.db", NEWSQUIZ_DATA_DIR: "/srv" })).toBe(
      `file:${path.join(root, "tmp", "x.db")}`,
    );
    expect(resolveDatabaseUrl({ DATABASE_URL: "file:/abs/y.db" })).toBe("file:/abs/y.db");
    expect(resolveDatabaseUrl({ DATABASE_URL: "" })).toBe(`file:${path.join(root, "data", "newsquiz.db")}`);
  });

  it("takes a PostgreSQL URL as it is", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgresql://u:p@db:5432/newsquiz" })).toBe("postgresql://u:p@db:5432/newsquiz");
    expect(resolveDatabaseUrl({ DATABASE_URL: "postgres://localhost/newsquiz" })).toBe("postgres://localhost/newsquiz");
  });

  it("explains a DATABASE_URL it cannot use", () => {
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "mysql://localhost/newsquiz" })).toThrow(DbConfigError);
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "mysql://localhost/newsquiz" })).toThrow(/file:.*postgresql:/);
    expect(() => resolveDatabaseUrl({ DATABASE_URL: "file::memory:" })).toThrow(/on-disk/);
    expect(() => providerOfUrl("mysql://u:secret@h/db")).toThrow(/mysql:\/\/u:\*\*\*@h\/db/);
  });
});
