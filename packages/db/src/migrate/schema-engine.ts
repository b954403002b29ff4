/**
 * Drives Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm) through a driver
 * adapter: better-sqlite3 for `file:` URLs, pg for `postgresql://` URLs (pg-engine-adapter.ts). This replaces the Prisma CLI's native schema-engine binary, which is
 * downloaded from Prisma's servers at run time and so cannot work offline.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { readDbEnv } from "../env";
import { providerOfUrl } from "../provider/provider";
import { TrackedPgFactory } from "./pg-engine-adapter";

export type { SchemaEngine };

let loaded = false;

/**
 * Instantiates the wasm module once per process. The package's own entry uses
 * `import … from "./schema_engine_bg.wasm"` (ES module integration for wasm), which Node 20 does not
 * support without a flag, so the module is compiled here and wired to its JS glue by hand.
 */
function loadEngineWasm(): void {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = new WebAssembly.Module(readFileSync(gluePath.replace(/\.js$/, ".wasm")));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
  });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  loaded = true;
}

/**
 * better-sqlite3 prepares one statement at a time, but the engine replays whole migration files through
 * `executeRaw` without arguments: send those to `executeScript` (sqlite3_exec) instead.
 */
function routeScriptsToExec(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop) {
      if (prop === "executeRaw") {
        return async (query: SqlQuery): Promise<number> => {
          if (query.args.length > 0) return target.executeRaw(query);
          await target.executeScript(query.sql);
          return 0;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A migration-aware SQLite adapter factory that remembers its connections so they can be closed. */
class TrackedSqliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #inner: PrismaBetterSqlite3;
  readonly #open: SqlDriverAdapter[] = [];

  constructor(url: string, shadowUrl?: string) {
    this.#inner = new PrismaBetterSqlite3({ url }, { shadowDatabaseUrl: shadowUrl });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connect());
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.#track(await this.#inner.connectToShadowDb());
  }

  #track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    this.#open.push(adapter);
    return routeScriptsToExec(adapter);
  }

  async disposeAll(): Promise<void> {
    for (const adapter of this.#open.splice(0)) {
      try {
        await adapter.dispose();
      } catch {
        // Already closed by the engine: nothing left to release.
      }
    }
  }
}

export class SchemaEngineError extends Error {
  override name = "SchemaEngineError";
}

export interface EngineSession {
  engine: SchemaEngine;
  /** The engine's log lines so far (JSON strings), for error messages. */
  logs: string[];
}

export interface WithSchemaEngineOptions {
  /** `file:` URL (created if missing) or `postgresql://` URL of the database the engine works on. */
  url: string;
  /** The Prisma schema text and its path (for messages). */
  schema: { path: string; content: string };
  /** Print the engine's logs as they come (also on with DEBUG=newsquiz:migrate). */
  verbose?: boolean;
}

/**
 * Runs `work` with a schema engine connected to `url`, then frees the engine and closes every connection
 * it opened (on SQLite it holds the main database in locking_mode=EXCLUSIVE while connected; on
 * PostgreSQL its shadow databases are dropped).
 */
export async function withSchemaEngine<T>(
  options: WithSchemaEngineOptions,
  work: (session: EngineSession) => Promise<T>,
): Promise<T> {
  loadEngineWasm();
  const verbose = options.verbose ?? readDbEnv().DEBUG?.includes("newsquiz:migrate") === true;
  const logs: string[] = [];
  const log = (line: string): void => {
    logs.push(line);
    if (verbose) console.error(line.trimEnd());
  };
  const factory = providerOfUrl(options.url) === "postgresql" ? new TrackedPgFactory(options.url) : new TrackedSqliteFactory(options.url);
  let engine: SchemaEngine | undefined;
  try {
    engine = await engineBindings.SchemaEngine.new(
      { datamodels: [[options.schema.path, options.schema.content]] },
      log,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await work({ engine, logs });
  } catch (error) {
    throw toEngineError(error);
  } finally {
    engine?.free();
    await factory.disposeAll();
  }
}

/** The engine rejects with plain objects or strings; turn them into an Error a person can read. */
function toEngineError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (typeof error === "string") return new SchemaEngineError(error);
  if (error && typeof error === "object") {
    const record = error as Record<string, unknown>;
    const message = typeof record.message === "string" ? record.message : JSON.stringify(error);
    const code = typeof record.error_code === "string" ? `${record.error_code}: ` : "";
    return new SchemaEngineError(`${code}${message}`);
  }
  return new SchemaEngineError(String(error));
}
