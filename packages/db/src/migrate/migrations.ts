/**
 * Prisma-compatible migrations without the Prisma CLI: `prisma/migrations/<timestamp>_<name>/migration.sql`
 * plus `migration_lock.toml`, applied and recorded in Prisma's `_prisma_migrations` table by Prisma's own
 * schema engine (wasm). The stock `prisma migrate deploy` accepts the same folder and database.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import type { MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm";
import { ensureParentDir, resolveDatabaseUrl, sqliteFilePath } from "../paths";
import { SchemaEngineError, withSchemaEngine } from "./schema-engine";

const PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const LOCKFILE = "migration_lock.toml";
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface MigrationPaths {
  /** Default: packages/db/prisma/schema.prisma. */
  schemaPath?: string;
  /** Default: the `migrations` folder beside the schema. */
  migrationsDir?: string;
  /** Print the schema engine's logs. */
  verbose?: boolean;
}

function resolvePaths(options: MigrationPaths): { schemaPath: string; migrationsDir: string } {
  const schemaPath = options.schemaPath ?? path.join(PACKAGE_DIR, "prisma", "schema.prisma");
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
  /** `file:` URL; default DATABASE_URL or `file:<data dir>/newsquiz.db`. */
  url?: string;
}

export interface DeployResult {
  url: string;
  /** Migrations applied by this run (empty when the database was up to date). */
  applied: string[];
}

/**
 * Applies the pending migrations to the database (creating the file and its folder if needed),
 * records them in `_prisma_migrations`, then switches the database to WAL mode.
 */
export async function deployMigrations(options: DeployOptions = {}): Promise<DeployResult> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const filePath = sqliteFilePath(options.url ?? resolveDatabaseUrl());
  const url = `file:${filePath}`;
  ensureParentDir(filePath);
  const { appliedMigrationNames } = await withSchemaEngine(
    { url, schema: readSchema(schemaPath), verbose: options.verbose },
    ({ engine }) => engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters: NO_FILTER }),
  );
  const sqlite = new Database(filePath);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  return { url, applied: appliedMigrationNames };
}

/** A fresh SQLite file in a new temp folder; `remove()` deletes the folder. */
function tempDatabase(prefix: string): { url: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { url: `file:${path.join(dir, "migrate.db")}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
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

/**
 * Writes a new migration that takes the database from the current migrations to schema.prisma.
 * Works on a throw-away database (never the real one); the engine replays the history into an
 * in-memory shadow database to compute the difference.
 */
export async function createMigration(name: string, options: MigrationPaths = {}): Promise<CreateMigrationResult> {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(name)) {
    throw new MigrationError(`Migration name "${name}" should be letters, digits, "_" or "-" (e.g. add_quiz_tags)`);
  }
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const schema = readSchema(schemaPath);
  const temp = tempDatabase("newsquiz-migrate-");
  try {
    return await withSchemaEngine({ url: temp.url, schema, verbose: options.verbose }, async ({ engine }) => {
      // The engine insists on this order (createMigration alone fails: "shadow DB must be provided").
      await engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters: NO_FILTER });
      const diagnostic = await engine.devDiagnostic({
        migrationsList: readMigrationList(migrationsDir),
        filters: NO_FILTER,
      });
      if (diagnostic.action.tag === "reset") {
        throw new MigrationError(`The migration history is inconsistent: ${diagnostic.action.reason}`);
      }
      const loss = await engine.evaluateDataLoss({
        migrationsList: readMigrationList(migrationsDir),
        schema: { files: [schema] },
        filters: NO_FILTER,
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
        filters: NO_FILTER,
      });
      const warnings = loss.warnings.map((warning) => warning.message);
      if (created.migrationScript === null) return { name: null, file: null, warnings };
      const folder = path.join(migrationsDir, created.generatedMigrationName);
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
      return { name: created.generatedMigrationName, file, warnings };
    });
  } finally {
    temp.remove();
  }
}

export interface CheckResult {
  /** Migrations applied to the fresh database. */
  applied: string[];
  /** SQL that would bring the migrated database to schema.prisma; null when there is no drift. */
  drift: string | null;
}

/**
 * Applies every migration to a fresh temporary database and compares the result with schema.prisma.
 * `drift` is the SQL a missing migration would contain.
 */
export async function checkMigrations(options: MigrationPaths = {}): Promise<CheckResult> {
  const { schemaPath, migrationsDir } = resolvePaths(options);
  const schema = readSchema(schemaPath);
  const temp = tempDatabase("newsquiz-check-");
  try {
    return await withSchemaEngine({ url: temp.url, schema, verbose: options.verbose }, async ({ engine }) => {
      const migrationsList = readMigrationList(migrationsDir);
      if (migrationsList.migrationDirectories.length === 0) {
        throw new MigrationError(`No migrations found in ${migrationsDir}`);
      }
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      const diff = await engine.diff({
        from: { tag: "migrations", ...readMigrationList(migrationsDir) },
        to: { tag: "schemaDatamodel", files: [schema] },
        script: true,
        exitCode: true,
        filters: NO_FILTER,
      });
      const drift = diff.exitCode === 0 ? null : (diff.stdout ?? "").trim() || "(the engine reported a difference)";
      return { applied: appliedMigrationNames, drift };
    });
  } finally {
    temp.remove();
  }
}

export { SchemaEngineError };
