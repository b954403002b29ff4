/**
 * Prisma-compatible migrations without the Prisma CLI: `prisma/migrations/<timestamp>_<name>/migration.sql`
 * plus `migration_lock.toml`, applied and recorded in Prisma's `_prisma_migrations` table by Prisma's own
 * schema engine (wasm). The stock `prisma migrate deploy` accepts the same folder and database.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { ensureParentDir, resolveDatabaseUrl, sqliteFilePath } from "../paths";
import { providerOfUrl, type DbProvider } from "../provider/provider";
import { postgresSchemaDrift, schemaPathOf } from "../provider/schema-files";
import { SEARCH_INDEX_TABLES } from "../search-index";
import { createDatabase, databaseOf, dropDatabase, throwAwayName } from "./pg-engine-adapter";
import { SchemaEngineError, withSchemaEngine } from "./schema-engine";

const LOCKFILE = "migration_lock.toml";
/**
 * Tables Prisma Migrate leaves alone (the schema cannot model them): the search index (SQLite: the FTS5 table and
 * its shadow tables; PostgreSQL: the tsvector table), made by a hand-written migration. Without this, `check`
 * would call them drift and `create` would drop them. PostgreSQL wants them named with their schema.
 */
function filterFor(provider: DbProvider): SchemaFilter {
  return { externalTables: SEARCH_INDEX_TABLES[provider].map((table) => (provider === "postgresql" ? `public.${table}` : table)), externalEnums: [] };
}

export interface MigrationPaths {
  /** Default: the provider's schema (packages/db/prisma/schema.prisma, or prisma/postgresql/schema.prisma). */
  schemaPath?: string;
  /** Default: the `migrations` folder beside the schema. */
  migrationsDir?: string;
  /** Print the schema engine's logs. */
  verbose?: boolean;
}

function resolvePaths(provider: DbProvider, options: MigrationPaths): { schemaPath: string; migrationsDir: string } {
  const schemaPath = options.schemaPath ?? schemaPathOf(provider);
  const migrationsDir = options.migrationsDir ?? path.join(path.dirname(schemaPath), "migrations");
  return { schemaPath, migrationsDir };
}

function readSchema(schemaPath: string): { path: string; content: string } {
  return { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
}

/** Reads the migrations folder the way the Prisma CLI does (sorted folder names, missing folder = none). */
export function readMigrationList(migrationsDir: string): MigrationList {
  const lockPath = path.join(migrationsDir, LOCKFILE);
  const lockContent = existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null;
  const folders = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort((a, b) => a.localeCompare(b))
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: folders.map((folder) => {
      const file = path.join(migrationsDir, folder, "migration.sql");
      let content: { tag: "ok"; value: string } | { tag: "error"; value: string };
      try {
        content = { tag: "ok", value: readFileSync(file, "utf8") };
      } catch (error) {
        content = { tag: "error", value: error instanceof Error ? error.message : String(error) };
      }
      return { path: folder, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

export interface DeployOptions extends MigrationPaths {
  /** `file:` or `postgresql://` URL; default DATABASE_URL or `file:<data dir>/newsquiz.db`. */
  url?: string;
}

export interface DeployResult {
  url: string;
  /** Migrations applied by this run (empty when the database was up to date). */
  applied: string[];
}

/**
 * Applies the pending migrations of the URL's provider to the database and records them in
 * `_prisma_migrations`. SQLite: the file and its folder are created if needed, then WAL mode is switched
 * on. PostgreSQL: the database must exist (see the root README); the engine takes an advisory lock, so
 * several nodes starting at once apply each migration once.
 */
export async function deployMigrations(options: DeployOptions = {}): Promise<DeployResult> {
  const target = options.url ?? resolveDatabaseUrl();
  const provider = providerOfUrl(target);
  const { schemaPath, migrationsDir } = resolvePaths(provider, options);
  if (provider === "postgresql") {
    const { appliedMigrationNames } = await withSchemaEngine(
      { url: target, schema: readSchema(schemaPath), verbose: options.verbose },
      ({ engine }) => engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters: filterFor(provider) }),
    );
    return { url: target, applied: appliedMigrationNames };
  }
  const filePath = sqliteFilePath(target);
  const url = `file:${filePath}`;
  ensureParentDir(filePath);
  const { appliedMigrationNames } = await withSchemaEngine(
    { url, schema: readSchema(schemaPath), verbose: options.verbose },
    ({ engine }) => engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters: filterFor(provider) }),
  );
  const sqlite = new Database(filePath);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  return { url, applied: appliedMigrationNames };
}

export interface ProviderOptions {
  /** Which database's migrations (default SQLite). */
  provider?: DbProvider;
  /**
   * PostgreSQL only: a server URL whose role may CREATE DATABASE; throw-away databases named after its
   * database (`<name>_<purpose>_<random>`) are made there and dropped afterwards.
   */
  postgresServerUrl?: string;
}

/**
 * A fresh throw-away database: a SQLite file in a new temp folder, or a new PostgreSQL database on the
 * server; `remove()` deletes it.
 */
export async function tempDatabase(
  provider: DbProvider,
  purpose: string,
  postgresServerUrl?: string,
): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === "postgresql") {
    if (!postgresServerUrl) {
      throw new MigrationError(
        "A PostgreSQL server is needed for this (set NEWSQUIZ_TEST_POSTGRES_URL=postgresql://user:password@127.0.0.1:5432/<database>, a role that may create databases)",
      );
    }
    const name = throwAwayName(databaseOf(postgresServerUrl), purpose);
    const url = await createDatabase(postgresServerUrl, name);
    return { url, remove: () => dropDatabase(postgresServerUrl, name) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `newsquiz-${purpose}-`));
  return {
    url: `file:${path.join(dir, "migrate.db")}`,
    remove: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CreateMigrationResult {
  /** Folder name `<timestamp>_<name>`, or null when schema.prisma has no change to migrate. */
  name: string | null;
  /** Path of the written migration.sql, or null. */
  file: string | null;
  /** Data-loss warnings for databases that already hold data. */
  warnings: string[];
}

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface CreateMigrationOptions extends MigrationPaths, ProviderOptions {
  /** Use this folder name instead of the engine's `<timestamp>_<name>` (to give both providers one name). */
  folderName?: string;
}

/**
 * Writes a new migration that takes the provider's database from its current migrations to its schema.
 * Works on a throw-away database (never the real one); the engine replays the history into a shadow
 * database to compute the difference.
 */
export async function createMigration(name: string, options: CreateMigrationOptions = {}): Promise<CreateMigrationResult> {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(name)) {
    throw new MigrationError(`Migration name "${name}" should be letters, digits, "_" or "-" (e.g. add_quiz_tags)`);
  }
  const provider = options.provider ?? "sqlite";
  const { schemaPath, migrationsDir } = resolvePaths(provider, options);
  const schema = readSchema(schemaPath);
  const temp = await tempDatabase(provider, "migrate", options.postgresServerUrl);
  try {
    return await withSchemaEngine({ url: temp.url, schema, verbose: options.verbose }, async ({ engine }) => {
      // The engine insists on this order (createMigration alone fails: "shadow DB must be provided").
      await engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters: filterFor(provider) });
      const diagnostic = await engine.devDiagnostic({
        migrationsList: readMigrationList(migrationsDir),
        filters: filterFor(provider),
      });
      if (diagnostic.action.tag === "reset") {
        throw new MigrationError(`The migration history is inconsistent: ${diagnostic.action.reason}`);
      }
      const loss = await engine.evaluateDataLoss({
        migrationsList: readMigrationList(migrationsDir),
        schema: { files: [schema] },
        filters: filterFor(provider),
      });
      if (loss.unexecutableSteps.length > 0) {
        const steps = loss.unexecutableSteps.map((step) => step.message).join("\n");
        throw new MigrationError(`The schema change cannot be applied to a database with data:\n${steps}`);
      }
      const migrationsList = readMigrationList(migrationsDir);
      const created = await engine.createMigration({
        migrationsList,
        schema: { files: [schema] },
        migrationName: name,
        draft: false,
        filters: filterFor(provider),
      });
      const warnings = loss.warnings.map((warning) => warning.message);
      if (created.migrationScript === null) return { name: null, file: null, warnings };
      const folderName = options.folderName ?? created.generatedMigrationName;
      const folder = path.join(migrationsDir, folderName);
      if (existsSync(folder)) throw new MigrationError(`The migration folder already exists: ${folder}`);
      mkdirSync(folder, { recursive: true });
      const file = path.join(folder, `migration.${created.extension}`);
      writeFileSync(file, created.migrationScript, "utf8");
      writeFileSync(
        path.join(migrationsDir, LOCKFILE),
        "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n" +
          `provider = "${created.connectorType}"\n`,
        "utf8",
      );
      return { name: folderName, file, warnings };
    });
  } finally {
    await temp.remove();
  }
}

export interface CreatedMigrations {
  sqlite: CreateMigrationResult;
  /** Null when no PostgreSQL server was given (the PostgreSQL migration must then be made elsewhere). */
  postgresql: CreateMigrationResult | null;
}

/**
 * The migration for both providers under one folder name: SQLite's first, then PostgreSQL's (on a
 * throw-away database on `postgresServerUrl`), named like SQLite's.
 */
export async function createMigrations(name: string, options: MigrationPaths & { postgresServerUrl?: string } = {}): Promise<CreatedMigrations> {
  const sqlite = await createMigration(name, { ...options, provider: "sqlite" });
  if (!options.postgresServerUrl) return { sqlite, postgresql: null };
  const postgresql = await createMigration(name, {
    ...options,
    provider: "postgresql",
    schemaPath: undefined,
    migrationsDir: undefined,
    folderName: sqlite.name ?? undefined,
  });
  return { sqlite, postgresql };
}

export interface CheckResult {
  /** Migrations applied to the fresh database. */
  applied: string[];
  /** SQL that would bring the migrated database to schema.prisma; null when there is no drift. */
  drift: string | null;
}

/**
 * Applies every migration of the provider to a fresh temporary database and compares the result with its
 * schema. `drift` is the SQL a missing migration would contain. For PostgreSQL it first checks that
 * prisma/postgresql/schema.prisma is the copy derived from prisma/schema.prisma.
 */
export async function checkMigrations(options: MigrationPaths & ProviderOptions = {}): Promise<CheckResult> {
  const provider = options.provider ?? "sqlite";
  if (provider === "postgresql" && !options.schemaPath) {
    const stale = postgresSchemaDrift();
    if (stale) return { applied: [], drift: stale };
  }
  const { schemaPath, migrationsDir } = resolvePaths(provider, options);
  const schema = readSchema(schemaPath);
  const temp = await tempDatabase(provider, "check", options.postgresServerUrl);
  try {
    return await withSchemaEngine({ url: temp.url, schema, verbose: options.verbose }, async ({ engine }) => {
      const migrationsList = readMigrationList(migrationsDir);
      if (migrationsList.migrationDirectories.length === 0) {
        throw new MigrationError(`No migrations found in ${migrationsDir}`);
      }
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: filterFor(provider) });
      const diff = await engine.diff({
        from: { tag: "migrations", ...readMigrationList(migrationsDir) },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: true,
        filters: filterFor(provider),
      });
      const drift = diff.exitCode === 0 ? null : (diff.stdout ?? "").trim() || "(the engine reported a difference)";
      return { applied: appliedMigrationNames, drift };
    });
  } finally {
    await temp.remove();
  }
}

export { SchemaEngineError };
