import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureSampleArticle } from "./articles";
import { createDb, type Db } from "./client";
import { deployMigrations } from "./migrate/migrations";

export interface TestDb {
  db: Db;
  /** `file:` URL of the database, to open more clients on the same file. */
  url: string;
  /** Disconnects the client and deletes the database folder. */
  cleanup: () => Promise<void>;
}

export interface CreateTestDbOptions {
  /** Also import the sample article (as `pnpm --filter @newsquiz/db run migrate` does). */
  withSample?: boolean;
}

/**
 * A fresh SQLite database in its own temp folder, built by applying the real migrations with the same
 * code as `migrate deploy`. Call it once per test file (or per test when tests write conflicting rows).
 */
export async function createTestDb(options: CreateTestDbOptions = {}): Promise<TestDb> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-test-db-"));
  const url = `file:${path.join(dir, "test.db")}`;
  try {
    await deployMigrations({ url });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const db = createDb({ url });
  if (options.withSample) await ensureSampleArticle(db);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
