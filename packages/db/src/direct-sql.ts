import { createHash } from "node:crypto";
import type { Prisma } from "./generated/prisma/client";
import type { Db } from "./client";

/**
 * Raw SQL on the hottest paths (a quiz submit) without Prisma's request pipeline. On SQLite the statements run on
 * the very connection Prisma uses (the driver adapter's better-sqlite3 handle), each prepared once per connection;
 * on PostgreSQL on the adapter's own `pg` pool (a batch as a transaction on one pooled connection, a lone write
 * statement as one round trip on any of them). Anything not made by `createDb` (a Prisma transaction client) goes
 * through Prisma's `$queryRaw` / `$transaction`. The same
 * `Prisma.sql` statement runs on both (`?` and `$n` placeholders are Prisma's), and the rows read come back with
 * the value types `$queryRaw` gives: DateTime columns as `Date` (UTC), Boolean columns as `boolean`, 4-byte
 * integers as `number` (this path selects no 8-byte integers or decimals).
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
   * One data-modifying statement on its own (atomic as every SQLite statement is), its RETURNING rows, under the
   * connection's lock so it never lands inside a Prisma transaction open on the connection.
   */
  async write<T>(query: Prisma.Sql): Promise<T[]> {
    const release = await this.#lock.acquire();
    try {
      // better-sqlite3 refuses `all()` on a statement without RETURNING
      const { statement } = this.#prepare(query.sql);
      if (!statement.reader) {
        statement.run(...this.#args(query));
        return [];
      }
      return this.query<T>(query);
    } finally {
      release();
    }
  }

  /**
   * The statements in one transaction (`BEGIN IMMEDIATE` … `COMMIT`, all or nothing), run without yielding once the
   * connection's lock is held — the lock Prisma's own transactions on this connection take too (client.ts).
   */
  async transaction(statements: Prisma.Sql[]): Promise<number[]> {
    const release = await this.#lock.acquire();
    try {
      this.#prepare("BEGIN IMMEDIATE").statement.run();
      try {
        const changes = statements.map((s) => this.#prepare(s.sql).statement.run(...this.#args(s)).changes);
        this.#prepare("COMMIT").statement.run();
        return changes;
      } catch (error) {
        this.#prepare("ROLLBACK").statement.run();
        throw error;
      }
    } finally {
      release();
    }
  }
}

/** The part of a `pg` Pool (and its clients) used here. */
interface PgQueryConfig {
  /** A named (prepared) statement: parsed and planned once per connection (`DirectOptions.prepared`). */
  name?: string;
  text: string;
  values: unknown[];
  types: { getTypeParser: (oid: number, format?: string) => (value: string) => unknown };
}
interface PgQueryable {
  query(config: PgQueryConfig | string): Promise<{ rows: Array<Record<string, unknown>>; rowCount: number | null }>;
}
export interface PgPoolLike extends PgQueryable {
  connect(): Promise<PgQueryable & { release(error?: Error | boolean): void }>;
}

/** OID of `timestamp` (without time zone), how Prisma stores DateTime on PostgreSQL: UTC wall-clock times. */
const PG_TIMESTAMP_OID = 1114;

/** Direct statements on the `pg` pool of a Prisma client (made by `createDb`, see client.ts). */
export class DirectPostgres {
  readonly #pool: PgPoolLike;
  readonly #onQuery: ((event: { query: string; params: string }) => void) | undefined;
  readonly #types: PgQueryConfig["types"];

  constructor(pool: PgPoolLike, defaultParser: PgQueryConfig["types"]["getTypeParser"], onQuery?: (event: { query: string; params: string }) => void) {
    this.#pool = pool;
    this.#onQuery = onQuery;
    // pg reads a `timestamp` as local time; Prisma stores UTC there (and its adapter reads it as UTC).
    const utcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    this.#types = { getTypeParser: (oid, format) => (oid === PG_TIMESTAMP_OID ? utcTimestamp : defaultParser(oid, format)) };
  }

  #config(query: Prisma.Sql, options?: DirectOptions): PgQueryConfig {
    // A Date as UTC ISO-8601: PostgreSQL ignores the zone of a `timestamp` input, so this is the UTC time Prisma
    // writes (pg's own conversion would send local time).
    const values = query.values.map((v) => (v instanceof Date ? v.toISOString() : v));
    this.#onQuery?.({ query: query.text, params: JSON.stringify(values) });
    return { ...(options?.prepared ? { name: preparedName(query.text) } : {}), text: query.text, values, types: this.#types };
  }

  async query<T>(query: Prisma.Sql, options?: DirectOptions): Promise<T[]> {
    return (await this.#pool.query(this.#config(query, options))).rows as T[];
  }

  /**
   * One data-modifying statement on any pooled connection, its RETURNING rows: one round trip, and no transaction
   * is opened around it — PostgreSQL runs a lone statement as its own transaction (all or nothing, its
   * data-modifying WITH parts included).
   */
  async write<T>(query: Prisma.Sql, options?: DirectOptions): Promise<T[]> {
    return this.query<T>(query, options);
  }

  /** The statements in one transaction on one pooled connection, all or nothing. */
  async transaction(statements: Prisma.Sql[]): Promise<number[]> {
    const client = await this.#pool.connect();
    let broken: Error | undefined;
    try {
      await client.query("BEGIN");
      try {
        const changes: number[] = [];
        for (const s of statements) changes.push((await client.query(this.#config(s))).rowCount ?? 0);
        await client.query("COMMIT");
        return changes;
      } catch (error) {
        await client.query("ROLLBACK").catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError)); // drop the connection
        });
        throw error;
      }
    } finally {
      client.release(broken);
    }
  }
}

/**
 * PostgreSQL's named statements, one per distinct SQL text: `nq_` and the text's hash (pg refuses one name for two
 * texts; Prisma's adapter names none). Memoized: the few texts marked `prepared` recur on every request.
 */
const preparedNames = new Map<string, string>();
function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (!name) {
    name = `nq_${createHash("sha256").update(text, "utf8").digest("hex").slice(0, 24)}`;
    preparedNames.set(text, name);
  }
  return name;
}

/** How a statement of the direct path is sent. */
export interface DirectOptions {
  /**
   * PostgreSQL: send it as a named statement, parsed and planned once on each pooled connection and then only
   * bound and executed (after five runs PostgreSQL may keep one generic plan). Only for a statement whose SQL
   * text is one of a small fixed set — every distinct text stays prepared on every connection for its life —
   * which is what the submit's statements are (their lists go as array parameters). SQLite: no difference (the
   * direct path there keeps its prepared statements anyway).
   */
  prepared?: boolean;
}

type Direct = Pick<DirectSqlite, "transaction"> & {
  query<T>(query: Prisma.Sql, options?: DirectOptions): T[] | Promise<T[]>;
  write<T>(query: Prisma.Sql, options?: DirectOptions): Promise<T[]>;
};

/** How client.ts finds the direct path of a client; kept on globalThis as Next.js may bundle this module twice. */
const globalForDirect = globalThis as typeof globalThis & { __newsquizDirectSql?: WeakMap<object, () => Promise<Direct>> };
const directOf = (globalForDirect.__newsquizDirectSql ??= new WeakMap<object, () => Promise<Direct>>());

/** Called by createDb: how to reach a client's direct path (connecting first if needed). */
export function registerDirectSql(db: object, direct: () => Promise<Direct>): void {
  directOf.set(db, direct);
}

type Queryable = Db | Prisma.TransactionClient;

/** Rows of one SELECT (see the note at the top for the value types). */
export async function querySql<T>(db: Queryable, query: Prisma.Sql, options?: DirectOptions): Promise<T[]> {
  const direct = directOf.get(db);
  if (direct) return await (await direct()).query<T>(query, options);
  return db.$queryRaw<T[]>(query);
}

/**
 * One data-modifying statement (UPDATE / INSERT / DELETE, or a WITH of them) and its RETURNING rows, with the value
 * types of `querySql`. No transaction is opened around it: the statement is atomic by itself, so on PostgreSQL this
 * is one round trip where `writeSqlBatch` takes one per statement plus BEGIN and COMMIT.
 */
export async function writeSql<T>(db: Db, statement: Prisma.Sql, options?: DirectOptions): Promise<T[]> {
  const direct = directOf.get(db);
  if (direct) return (await direct()).write<T>(statement, options);
  return db.$queryRaw<T[]>(statement);
}

/** The statements in one short transaction, all or nothing; each one's count of changed rows. */
export async function writeSqlBatch(db: Db, statements: Prisma.Sql[]): Promise<number[]> {
  const direct = directOf.get(db);
  if (direct) return (await direct()).transaction(statements);
  return db.$transaction(statements.map((s) => db.$executeRaw(s)));
}
