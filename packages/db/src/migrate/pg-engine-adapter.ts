/**
 * The PostgreSQL side of driving Prisma's wasm schema engine (see schema-engine.ts), with the two fixes
 * @prisma/adapter-pg needs for it:
 * - the engine's introspection selects pg_catalog columns of type `"char"` (OID 18) and `name` (19) and
 *   their arrays (1002, 1003), which the adapter cannot map to a column type and rejects: they are text,
 *   so the results are relabelled as text (25) and text[] (1009) before the adapter sees them;
 * - the adapter's own shadow database is dropped while its pool still holds connections (DROP fails):
 *   the shadow database is created here and dropped only after its pool has ended.
 */
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

const RELABEL: Record<number, number> = { 18: 25, 19: 25, 1002: 1009, 1003: 1009 };

interface FieldLike {
  dataTypeID: number;
}

function relabelResult(result: unknown): unknown {
  for (const one of Array.isArray(result) ? result : [result]) {
    const fields = (one as { fields?: FieldLike[] } | null)?.fields;
    if (!fields) continue;
    for (const field of fields) field.dataTypeID = RELABEL[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

type QueryFn = (...args: unknown[]) => unknown;

/** Wraps one pg client's `query` (promise and callback forms) so its results are relabelled. */
function relabelClient(client: pg.PoolClient): void {
  const original = client.query.bind(client) as QueryFn;
  const wrapped: QueryFn = (...args) => {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (error: unknown, result: unknown) => void;
      return original(...args.slice(0, -1), (error: unknown, result: unknown) => callback(error, error ? result : relabelResult(result)));
    }
    const returned = original(...args);
    return returned instanceof Promise ? returned.then(relabelResult) : returned;
  };
  (client as unknown as { query: QueryFn }).query = wrapped;
}

/** A pg Pool whose every connection returns engine-readable column types. */
function relabellingPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, max: 2 });
  pool.on("connect", relabelClient);
  // An idle connection's error is emitted on the pool, and an unheard one crashes the process. The one that
  // happens here is a shadow database's last connection, still closing while `DROP DATABASE … WITH (FORCE)`
  // terminates it (57P01, seen on a loaded machine); the next query on a broken connection fails loudly anyway.
  pool.on("error", () => {});
  return pool;
}

/**
 * adapter-pg runs a migration script by cutting it at every ";" — inside a PL/pgSQL function body and a comment
 * too. The script is sent whole instead, in one simple query (one implicit transaction), as Prisma's native
 * engine sends it; errors still go through the adapter's own error conversion.
 */
function wholeScripts(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "executeScript") {
        return async (script: string): Promise<void> => {
          try {
            await pool.query(script);
          } catch (error) {
            // adapter-pg's PgQueryable#onError turns a pg error into the DriverAdapterError the engine reads
            const onError = (target as unknown as { onError?: (e: unknown) => never }).onError;
            if (onError) onError.call(target, error);
            throw error;
          }
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** `postgresql://…/<database>` with the database replaced. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** The database name of a PostgreSQL URL. */
export function databaseOf(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error("The PostgreSQL URL names no database (postgresql://user:password@host:port/<database>)");
  return name;
}

/** A name for a throw-away database beside `base` (kept under PostgreSQL's 63-character limit). */
export function throwAwayName(base: string, purpose: string): string {
  return `${base.slice(0, 40)}_${purpose}_${randomBytes(5).toString("hex")}`.toLowerCase();
}

/** Runs one statement on a short-lived connection to `url`. */
export async function runOnServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  await runOnServer(serverUrl, `CREATE DATABASE ${quoteIdent(name)}`);
  return withDatabase(serverUrl, name);
}

/**
 * Drops a database and the connections still on it. `WITH (FORCE)` may not end an autovacuum worker that has
 * just started on it (a superuser's process: "must be a member of the role whose process is being terminated",
 * 42501) — a fresh test database with a few hundred writes gets one now and then: wait for it, up to ~5 s.
 */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await runOnServer(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "42501" || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/** A migration-aware PostgreSQL adapter factory that remembers what it opened so it can all be closed. */
export class TrackedPgFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres" as const;
  readonly adapterName = "@prisma/adapter-pg";
  readonly #url: string;
  readonly #open: SqlDriverAdapter[] = [];
  readonly #pools: pg.Pool[] = [];
  readonly #shadowDbs: string[] = [];

  constructor(url: string) {
    this.#url = url;
  }

  async #adapterOn(url: string): Promise<SqlDriverAdapter> {
    const pool = relabellingPool({ connectionString: url });
    this.#pools.push(pool);
    return wholeScripts(await new PrismaPg(pool).connect(), pool);
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#adapterOn(this.#url);
    this.#open.push(adapter);
    return adapter;
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = throwAwayName(databaseOf(this.#url), "shadow");
    await createDatabase(this.#url, name);
    this.#shadowDbs.push(name);
    const adapter = await this.#adapterOn(withDatabase(this.#url, name));
    this.#open.push(adapter);
    return adapter;
  }

  async disposeAll(): Promise<void> {
    for (const adapter of this.#open.splice(0)) {
      try {
        await adapter.dispose();
      } catch {
        // Already closed by the engine.
      }
    }
    for (const pool of this.#pools.splice(0)) {
      try {
        await pool.end();
      } catch {
        // Already ended.
      }
    }
    for (const name of this.#shadowDbs.splice(0)) await dropDatabase(this.#url, name);
  }
}
