import type { Prisma } from "./generated/prisma/client";
import type { Db } from "./client";

/**
 * Raw SQL on the hottest paths (a quiz submit) without Prisma's request pipeline. On SQLite the statements run on
 * the very connection Prisma uses (the driver adapter's better-sqlite3 handle), each prepared once per connection;
 * on PostgreSQL, and for anything not made by `createDb` (a Prisma transaction client), they go through Prisma's
 * `$queryRaw` / `$transaction`, as before. The same `Prisma.sql` statement runs on both (`?` and `$n` placeholders
 * are Prisma's), and the rows read come back with the value types `$queryRaw` gives on SQLite: DateTime columns
 * as `Date`, Boolean columns as `boolean`, integers as `number`.
 *
 * Why: a submit's eight statements through Prisma (its client, request batching, the adapter's argument and row
 * mapping) cost more CPU than the SQL itself; better-sqlite3 answers each in microseconds.
 */

/** The part of better-sqlite3's Database used here. */
export interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface SqliteStatement {
  readonly reader: boolean;
  columns(): Array<{ name: string; type: string | null }>;
  safeIntegers(on: boolean): SqliteStatement;
  all(...params: unknown[]): Array<Record<string, unknown>>;
  run(...params: unknown[]): { changes: number };
}

/** A FIFO lock: what holds it is the only transaction on the connection. */
export class ConnectionLock {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return ready;
  }
}

/** Converts one column's value as Prisma's `$queryRaw` does on SQLite (by the column's declared type). */
type ColumnReader = (value: unknown) => unknown;
const asDate: ColumnReader = (v) => (v === null ? null : new Date(typeof v === "string" ? v : Number(v)));
const asBoolean: ColumnReader = (v) => (v === null ? null : Boolean(v));

function readerOf(declaredType: string | null): ColumnReader | null {
  switch ((declaredType ?? "").toUpperCase()) {
    case "DATETIME":
    case "TIMESTAMP":
      return asDate;
    case "BOOLEAN":
      return asBoolean;
    default:
      return null;
  }
}

/** A parameter as the adapter binds it: dates as ISO-8601 with `+00:00` (Prisma's SQLite format), booleans as 1/0. */
function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

interface Prepared {
  statement: SqliteStatement;
  /** Column name → conversion, only for the columns that need one. */
  readers: Array<[string, ColumnReader]>;
}

/** Statements kept per connection, least recently used dropped past this many. */
const DIRECT_STATEMENT_CACHE_SIZE = 100;

/** Direct statements on one SQLite connection of a Prisma client (made by `createDb`, see client.ts). */
export class DirectSqlite {
  readonly #connection: SqliteConnection;
  readonly #lock: ConnectionLock;
  readonly #onQuery: ((event: { query: string; params: string }) => void) | undefined;
  readonly #prepared = new Map<string, Prepared>();

  constructor(connection: SqliteConnection, lock: ConnectionLock, onQuery?: (event: { query: string; params: string }) => void) {
    this.#connection = connection;
    this.#lock = lock;
    this.#onQuery = onQuery;
  }

  #prepare(sql: string): Prepared {
    let prepared = this.#prepared.get(sql);
    if (prepared) this.#prepared.delete(sql);
    else {
      const statement = this.#connection.prepare(sql).safeIntegers(false);
      const readers: Prepared["readers"] = [];
      if (statement.reader) {
        for (const column of statement.columns()) {
          const reader = readerOf(column.type);
          if (reader) readers.push([column.name, reader]);
        }
      }
      prepared = { statement, readers };
      if (this.#prepared.size >= DIRECT_STATEMENT_CACHE_SIZE) this.#prepared.delete(this.#prepared.keys().next().value!);
    }
    this.#prepared.set(sql, prepared);
    return prepared;
  }

  #args(query: Prisma.Sql): unknown[] {
    const args = query.values.map(bindable);
    this.#onQuery?.({ query: query.sql, params: JSON.stringify(args) });
    return args;
  }

  query<T>(query: Prisma.Sql): T[] {
    const { statement, readers } = this.#prepare(query.sql);
    const rows = statement.all(...this.#args(query));
    if (readers.length > 0) for (const row of rows) for (const [name, read] of readers) row[name] = read(row[name]);
    return rows as T[];
  }

  /**
   * The statements in one transaction (`BEGIN IMMEDIATE` … `COMMIT`, all or nothing), run without yielding once the
   * connection's lock is held — the lock Prisma's own transactions on this connection take too (client.ts).
   */
  async transaction(statements: Prisma.Sql[]): Promise<number[]> {
    const release = await this.#lock.acquire();
    try {
      this.#connection.prepare("BEGIN IMMEDIATE").run();
      try {
        const changes = statements.map((s) => this.#prepare(s.sql).statement.run(...this.#args(s)).changes);
        this.#connection.prepare("COMMIT").run();
        return changes;
      } catch (error) {
        this.#connection.prepare("ROLLBACK").run();
        throw error;
      }
    } finally {
      release();
    }
  }
}

/** How client.ts finds the direct path of a client; kept on globalThis as Next.js may bundle this module twice. */
const globalForDirect = globalThis as typeof globalThis & { __newsquizDirectSqlite?: WeakMap<object, () => Promise<DirectSqlite>> };
const directOf = (globalForDirect.__newsquizDirectSqlite ??= new WeakMap<object, () => Promise<DirectSqlite>>());

/** Called by createDb for a SQLite client: how to reach its connection's direct path (connecting first if needed). */
export function registerDirectSqlite(db: object, direct: () => Promise<DirectSqlite>): void {
  directOf.set(db, direct);
}

type Queryable = Db | Prisma.TransactionClient;

/** Rows of one SELECT (see the note at the top for the value types). */
export async function querySql<T>(db: Queryable, query: Prisma.Sql): Promise<T[]> {
  const direct = directOf.get(db);
  if (direct) return (await direct()).query<T>(query);
  return db.$queryRaw<T[]>(query);
}

/** The statements in one short transaction, all or nothing; each one's count of changed rows. */
export async function writeSqlBatch(db: Db, statements: Prisma.Sql[]): Promise<number[]> {
  const direct = directOf.get(db);
  if (direct) return (await direct()).transaction(statements);
  return db.$transaction(statements.map((s) => db.$executeRaw(s)));
}
