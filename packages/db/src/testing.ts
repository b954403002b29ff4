import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureSampleArticle } from "./articles";
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
  if (options.withSample) await ensureSampleArticle(db);
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
