import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PrismaClientPostgres } from "./generated/prisma-postgresql/client";
import { readDbEnv } from "./env";
import { ensureParentDir, resolveDatabaseUrl, sqliteFilePath } from "./paths";
import { providerOfUrl, type DbProvider } from "./provider/provider";
import pg from "pg";
import { ConnectionLock, DirectPostgres, DirectSqlite, registerDirectSql, type PgPoolLike, type SqliteConnection } from "./direct-sql";

/**
 * The Prisma client type every package uses (`Db` in function signatures). Both providers' clients are
 * generated from the same models, so the SQLite client's types describe the PostgreSQL client too.
 */
export type Db = PrismaClient;

/** Milliseconds a writer waits for another connection's lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** Run on every new SQLite connection before Prisma uses it. */
const SQLITE_PRAGMAS = `PRAGMA journal_mode = WAL; PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; PRAGMA foreign_keys = ON;`;

/** Connections each process keeps to PostgreSQL (pg's Pool `max`), unless DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_PG_POOL_SIZE = 10;

/**
 * @prisma/adapter-better-sqlite3 with connection settings applied: WAL (readers never block the writer),
 * a busy timeout (concurrent writers wait instead of failing) and enforced foreign keys.
 */
class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;
  readonly #onQuery: CreateDbOptions["onQuery"];
  /** The direct path (direct-sql.ts) on the connection Prisma holds now; none before it connects or after it disconnects. */
  direct: DirectSqlite | null = null;

  constructor(filePath: string, onQuery?: CreateDbOptions["onQuery"]) {
    this.#inner = new PrismaBetterSqlite3({ url: `file:${filePath}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
    this.adapterName = this.#inner.adapterName;
    this.#onQuery = onQuery;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    const client = connectionOf(adapter);
    // The connection's own prepare, before the wrappers below: the direct path keeps its own statements.
    const prepare = client.prepare.bind(client) as SqliteConnection["prepare"];
    const lock = new ConnectionLock();
    beginTransactionsImmediately(adapter);
    reuseStatements(adapter);
    serializeTransactions(adapter, lock);
    const direct = new DirectSqlite({ prepare }, lock, this.#onQuery);
    this.direct = direct;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => {
      if (this.direct === direct) this.direct = null;
      return dispose();
    };
    return adapter;
  }
}

/** @prisma/adapter-pg, keeping a hand on the adapter's `pg` pool for the direct path (direct-sql.ts). */
class PostgresAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName: string;
  readonly #inner: PrismaPg;
  readonly #onQuery: CreateDbOptions["onQuery"];
  direct: DirectPostgres | null = null;

  constructor(inner: PrismaPg, onQuery?: CreateDbOptions["onQuery"]) {
    this.#inner = inner;
    this.adapterName = inner.adapterName;
    this.#onQuery = onQuery;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    // The adapter keeps its pool in a public `client` field, not in its typed interface.
    const { client } = adapter as unknown as { client?: PgPoolLike };
    if (!client || typeof client.connect !== "function") throw new Error("@prisma/adapter-pg no longer exposes its pool: see PostgresAdapterFactory in client.ts");
    const direct = new DirectPostgres(client, (oid, format) => pg.types.getTypeParser(oid, format as "text"), this.#onQuery);
    this.direct = direct;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = () => {
      if (this.direct === direct) this.direct = null;
      return dispose();
    };
    return adapter;
  }
}

/** The adapter keeps its better-sqlite3 connection in a public `client` field, not in its typed interface. */
function connectionOf(adapter: SqlDriverAdapter): { prepare: (sql: string) => unknown } {
  const { client } = adapter as unknown as { client?: { prepare: (sql: string) => unknown } };
  if (!client || typeof client.prepare !== "function") throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: see connectionOf in client.ts");
  return client;
}

/**
 * Prisma's transactions on this connection and the direct path's (direct-sql.ts) take one lock, so neither ever
 * runs its statements inside the other's transaction. (The adapter's own lock is private to it.)
 */
function serializeTransactions(adapter: SqlDriverAdapter, lock: ConnectionLock): void {
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await lock.acquire();
    try {
      const tx = await startTransaction(isolationLevel);
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      tx.commit = async () => {
        try {
          await commit();
        } finally {
          release();
        }
      };
      tx.rollback = async () => {
        try {
          await rollback();
        } finally {
          release();
        }
      };
      return tx;
    } catch (error) {
      release();
      throw error;
    }
  };
}

/**
 * The adapter opens transactions with a plain (deferred) BEGIN: a transaction that reads and then writes
 * while another connection (another process, the CLI, a worker) commits in between fails at once with
 * SQLITE_BUSY_SNAPSHOT — which Prisma reports as "Operation has timed out" — and the busy timeout cannot
 * help. BEGIN IMMEDIATE takes the write lock first, so the transaction waits its turn instead. Within one
 * process nothing changes: the adapter already runs one transaction at a time.
 */
function beginTransactionsImmediately(adapter: SqlDriverAdapter): void {
  const client = connectionOf(adapter);
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
}

/** The part of a better-sqlite3 statement the adapter uses. */
interface Statement {
  readonly reader: boolean;
  columns(): unknown[];
  run(params: unknown[]): unknown;
  raw(on: boolean): { all(params: unknown[]): unknown[] };
}

/** Statements kept per connection: Prisma's statements for a few dozen queries, with IN lists of several lengths. */
const STATEMENT_CACHE_SIZE = 300;

/**
 * The adapter prepares every statement anew (~40 % of a short query's time in SQLite's parser and planner) and
 * binds its parameters for good (`prepare(sql).bind(args)`). Here `prepare` hands out a statement kept per SQL
 * text, and `bind` gives it the parameters for one run only, so a statement is parsed once per connection.
 */
function reuseStatements(adapter: SqlDriverAdapter): void {
  const { client } = adapter as unknown as { client: { prepare: (sql: string) => unknown } };
  const prepare = client.prepare.bind(client) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  client.prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) cache.delete(sql); // re-inserted below: the map's order is least recently used first
    else {
      stmt = prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, stmt);
    const s = stmt;
    return {
      reader: s.reader,
      run: () => s.run([]),
      bind: (params: unknown[]) => ({
        reader: s.reader,
        columns: () => s.columns(),
        run: () => s.run(params),
        raw: () => ({ all: () => s.raw(true).all(params) }),
      }),
    };
  };
}

export interface CreateDbOptions {
  /** `file:<path>` (SQLite) or `postgresql://…` URL; default DATABASE_URL, else `file:<data dir>/newsquiz.db`. */
  url?: string;
  /** PostgreSQL only: connections in this client's pool (default DATABASE_POOL_SIZE or 10). */
  poolSize?: number;
  /**
   * PostgreSQL only: keep every connection the pool has opened, instead of closing those idle for 10 s (pg's
   * default). For a long-lived server (`getDb`): otherwise the first requests after a quiet spell each wait for a
   * new connection (a backend started, SCRAM, its catalog caches filled: ~80-150 ms here), which made a submit
   * bench's p99 (apps/web/README.md, "The PostgreSQL submit's tail"). Not for short-lived clients: the idle
   * connections keep the process alive until `$disconnect`.
   */
  keepIdleConnections?: boolean;
  /** Called with every SQL statement the client runs and its parameters (JSON), e.g. to read query plans in tests. */
  onQuery?: (event: { query: string; params: string }) => void;
}

/**
 * Which provider each client was made for. On globalThis, like the client of getDb(): Next.js may bundle this
 * module more than once in one server, and a client made by one copy is read by another (a module-level map
 * then answered "sqlite" for a PostgreSQL client, and raw SQL went out in the wrong dialect).
 */
const globalForProviders = globalThis as typeof globalThis & { __newsquizDbProviders?: WeakMap<object, DbProvider> };
const providers = (globalForProviders.__newsquizDbProviders ??= new WeakMap<object, DbProvider>());

/**
 * Under load a transaction may wait for a connection (PostgreSQL pool) or the write lock (SQLite): wait up
 * to 10 s rather than Prisma's 2 s before failing the request.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/**
 * A new Prisma client on the database the URL names: SQLite (the folder is created if missing) or
 * PostgreSQL (a pg pool). The tables come from `pnpm --filter @newsquiz/db run migrate`.
 */
export function createDb(options: CreateDbOptions = {}): Db {
  const url = options.url ?? resolveDatabaseUrl();
  if (providerOfUrl(url) === "postgresql") {
    const max = options.poolSize ?? poolSizeFromEnv();
    // idleTimeoutMillis 0: pg's pool never closes an idle connection
    const factory = new PostgresAdapterFactory(new PrismaPg({ connectionString: url, max, ...(options.keepIdleConnections ? { idleTimeoutMillis: 0 } : {}) }), options.onQuery);
    const client = new PrismaClientPostgres({
      adapter: factory,
      transactionOptions: TRANSACTION_OPTIONS,
      ...(options.onQuery ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}),
    });
    if (options.onQuery) client.$on("query" as never, options.onQuery as never);
    // Same models, same generated API; only the class identity differs (see `Db`).
    const db = client as unknown as Db;
    providers.set(db, "postgresql");
    registerDirectSql(db, async () => {
      if (!factory.direct) await db.$connect();
      if (!factory.direct) throw new Error("The PostgreSQL pool did not open: see PostgresAdapterFactory in client.ts");
      return factory.direct;
    });
    return db;
  }
  const filePath = sqliteFilePath(url);
  ensureParentDir(filePath);
  const factory = new SqliteAdapterFactory(filePath, options.onQuery);
  const db = new PrismaClient({
    adapter: factory,
    transactionOptions: TRANSACTION_OPTIONS,
    ...(options.onQuery ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}),
  });
  if (options.onQuery) db.$on("query" as never, options.onQuery as never);
  providers.set(db, "sqlite");
  registerDirectSql(db, async () => {
    if (!factory.direct) await db.$connect();
    if (!factory.direct) throw new Error("The SQLite connection did not open: see SqliteAdapterFactory in client.ts");
    return factory.direct;
  });
  return db;
}

function poolSizeFromEnv(): number {
  return readDbEnv().DATABASE_POOL_SIZE ?? DEFAULT_PG_POOL_SIZE;
}

/** Which database a client made by `createDb` talks to (for the few places that must say it: better-auth, raw SQL). */
export function dbProvider(db: Db): DbProvider {
  return providers.get(db) ?? "sqlite";
}

const globalForDb = globalThis as typeof globalThis & { __newsquizDb?: Db };

/**
 * The process-wide client for server code. Kept on globalThis so Next.js hot reloads reuse one
 * connection instead of opening a new one per reload. On PostgreSQL its pool keeps the connections it opened
 * (`keepIdleConnections`): a server lives long, and reopening them after every quiet spell put a connection's
 * start-up in front of the next burst of requests.
 */
export function getDb(): Db {
  globalForDb.__newsquizDb ??= createDb({ keepIdleConnections: true });
  return globalForDb.__newsquizDb;
}
