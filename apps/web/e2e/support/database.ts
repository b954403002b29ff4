import path from "node:path";
import { test, type TestInfo } from "@playwright/test";
import { sampleArticle } from "@newsquiz/article/samples";
import { contentHashOf, createDb, upsertArticle, type Db } from "@newsquiz/db";

/**
 * Where the browser tests' database lives, for playwright.config.ts (which makes it fresh for every run)
 * and for the specs that read it. SQLite by default; `E2E_DATABASE=postgresql` uses a throw-away database
 * `<name>_e2e_<port>` on the server of NEWSQUIZ_TEST_POSTGRES_URL.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.resolve(import.meta.dirname, "..", "..", "test-results", `e2e-data-${E2E_PORT}`);

export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE !== "postgresql") return `file:${path.join(e2eDataDir, "e2e.db")}`;
  return postgresTestDatabaseUrl(`e2e_${E2E_PORT}`);
}

/** `<NEWSQUIZ_TEST_POSTGRES_URL's database>_<suffix>` on that server (made fresh by `reset-test-database`). */
export function postgresTestDatabaseUrl(suffix: string): string {
  const server = process.env.NEWSQUIZ_TEST_POSTGRES_URL;
  if (!server) throw new Error("PostgreSQL browser tests need NEWSQUIZ_TEST_POSTGRES_URL (a PostgreSQL server whose role may create databases)");
  const url = new URL(server);
  url.pathname = `/${url.pathname.slice(1)}_${suffix}`;
  return url.toString();
}

/**
 * The e2e database, for specs that must read what only the server knows or give themselves rows: one client
 * per spec file, opened before its tests and closed after them.
 */
export function connectE2eDb(): () => Db {
  let db: Db | undefined;
  test.beforeAll(() => {
    db = createDb({ url: e2eDatabaseUrl() });
  });
  test.afterAll(async () => {
    await db?.$disconnect();
  });
  return () => {
    if (!db) throw new Error("connectE2eDb: the client is opened in beforeAll");
    return db;
  };
}

/**
 * A public copy of the sample article that only the calling test uses, under a slug of its own (and of this
 * try, so a CI retry starts clean): flags, attempts and variants made on it touch no quiz another spec reads.
 */
export async function ownCopyOfSample(db: Db, name: string, info: TestInfo = test.info()): Promise<{ slug: string; headline: string; path: string }> {
  const sample = sampleArticle();
  const slug = `${name}-r${info.retry}-${process.pid}`;
  await upsertArticle(db, { ...sample, slug }, { ownerId: null, contentHash: contentHashOf(slug) });
  return { slug, headline: sample.headline, path: `/articles/${slug}` };
}
