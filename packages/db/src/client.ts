import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";
import { ensureParentDir, resolveDatabaseUrl, sqliteFilePath } from "./paths";

/** The Prisma client type every package uses (`Db` in function signatures). */
export type Db = PrismaClient;

/** Milliseconds a writer waits for another connection's lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Run on every new SQLite connection before Prisma uses it. */
const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON;`;

/**
 * @prisma/adapter-better-sqlite3 with connection settings applied: WAL (readers never block the writer),
 * a busy timeout (concurrent writers wait instead of failing) and enforced foreign keys.
 */
class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;

  constructor(filePath: string) {
    this.#inner = new PrismaBetterSqlite3({ url: `file:${filePath}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return adapter;
  }
}

export interface CreateDbOptions {
  /** `file:<path>` SQLite URL; default DATABASE_URL, else `file:<data dir>/newsquiz.db`. */
  url?: string;
}

/**
 * A new Prisma client on the SQLite database (the folder is created if missing; the tables come from
 * `pnpm --filter @newsquiz/db run migrate`). Adding PostgreSQL means choosing `new PrismaPg(...)` from
 * @prisma/adapter-pg here when the URL starts with `postgres` (see README.md).
 */
export function createDb(options: CreateDbOptions = {}): Db {
  const filePath = sqliteFilePath(options.url ?? resolveDatabaseUrl());
  ensureParentDir(filePath);
  return new PrismaClient({ adapter: new SqliteAdapterFactory(filePath) });
}

const globalForDb = globalThis as typeof globalThis & { __newsquizDb?: Db };

/**
 * The process-wide client for server code. Kept on globalThis so Next.js hot reloads reuse one
 * connection instead of opening a new one per reload.
 */
export function getDb(): Db {
  globalForDb.__newsquizDb ??= createDb();
  return globalForDb.__newsquizDb;
}
