import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureSampleArticle } from "./articles";
import { ensureStarterLibrary } from "./starter-library";
import { createDb, type Db } from "./client";
import { readDbEnv } from "./env";
import { deployMigrations, tempDatabase } from "./migrate/migrations";
import type { DbProvider } from "./provider/provider";

export interface TestDb {
  db: Db;
  /** Which database this is (tests that must speak SQL choose their dialect by it). */
  provider: DbProvider;
  /** `file:` or `postgresql://` URL of the database, to open more clients on it. */
  url: string;
  /** Disconnects the client and deletes the database. */
  cleanup: () => Promise<void>;
}

export interface CreateTestDbOptions {
  /** Also import the sample article (as `pnpm --filter @newsquiz/db run migrate` does). */
  withSample?: boolean;
  /** Import the sample and the 34 texts of the starter library (as `migrate` does); implies withSample. */
  withLibrary?: boolean;
  /** Default: NEWSQUIZ_TEST_DB (`sqlite` unless set to `postgresql`). */
  provider?: DbProvider;
}

/** The provider test suites run on: NEWSQUIZ_TEST_DB, SQLite by default. */
export function testProvider(): DbProvider {
  return readDbEnv().NEWSQUIZ_TEST_DB ?? "sqlite";
}

/**
 * A fresh database built by applying the real migrations with the same code as `migrate deploy`:
 * a SQLite file in its own temp folder, or (NEWSQUIZ_TEST_DB=postgresql) a new database on the server of
 * NEWSQUIZ_TEST_POSTGRES_URL. Call it once per test file (or per test when tests write conflicting rows).
 */
export async function createTestDb(options: CreateTestDbOptions = {}): Promise<TestDb> {
  const provider = options.provider ?? testProvider();
  const temp =
    provider === "postgresql"
      ? await tempDatabase("postgresql", "test", readDbEnv().NEWSQUIZ_TEST_POSTGRES_URL)
      : sqliteTemp();
  try {
    await deployMigrations({ url: temp.url });
  } catch (error) {
    await temp.remove();
    throw error;
  }
  const db = createDb({ url: temp.url, poolSize: 4 });
  if (options.withLibrary) await ensureStarterLibrary(db);
  else if (options.withSample) await ensureSampleArticle(db);
  return {
    db,
    provider,
    url: temp.url,
    cleanup: async () => {
      await db.$disconnect();
      await temp.remove();
    },
  };
}

function sqliteTemp(): { url: string; remove: () => Promise<void> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-test-db-"));
  return { url: `file:${path.join(dir, "test.db")}`, remove: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Makes every INSERT into `table` fail with `message` until the returned function is called (a trigger in
 * the provider's own dialect): for tests proving that a failed write leaves nothing half done.
 */
export async function failInsertsInto(testDb: TestDb, table: string, message: string): Promise<() => Promise<void>> {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table) || /'/.test(message)) throw new Error("failInsertsInto: plain table name and message only");
  const { db } = testDb;
  if (testDb.provider === "postgresql") {
    await db.$executeRawUnsafe(`CREATE FUNCTION newsquiz_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '${message}'; END; $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER newsquiz_test_fail BEFORE INSERT ON "${table}" FOR EACH ROW EXECUTE FUNCTION newsquiz_test_fail()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER newsquiz_test_fail ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION newsquiz_test_fail()`);
    };
  }
  await db.$executeRawUnsafe(`CREATE TRIGGER newsquiz_test_fail BEFORE INSERT ON "${table}" BEGIN SELECT RAISE(ABORT, '${message}'); END;`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER newsquiz_test_fail;`);
  };
}
