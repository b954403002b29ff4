import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkMigrations, createMigration, deployMigrations, readMigrationList } from "./migrations";

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const migrationsDir = path.join(packageDir, "prisma", "migrations");
const tempDirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-migrations-test-"));
  tempDirs.push(dir);
  return dir;
}

/** A copy of prisma/ (schema + migrations) to change without touching the real files. */
function copyOfPrismaFolder(): { schemaPath: string; migrationsDir: string } {
  const dir = tempDir();
  cpSync(path.join(packageDir, "prisma"), dir, { recursive: true });
  return { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
}

function addFieldToAttempt(schemaPath: string): void {
  const schema = readFileSync(schemaPath, "utf8");
  const changed = schema.replace(/(model Attempt \{\n)/, "$1  hintsUsed Int @default(0)\n");
  expect(changed).not.toBe(schema);
  writeFileSync(schemaPath, changed);
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("committed migrations", () => {
  const folders = readMigrationList(migrationsDir).migrationDirectories.map((entry) => entry.path);

  it("start with init and use Prisma's folder layout", () => {
    expect(folders[0]).toMatch(/^\d{14}_init$/);
    expect(readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
  });

  it("apply to a fresh database, creating every table and recording Prisma's checksum", async () => {
    const url = `file:${path.join(tempDir(), "nested", "fresh.db")}`;
    const { applied } = await deployMigrations({ url });
    expect(applied).toEqual(folders);

    const sqlite = new Database(url.slice("file:".length), { readonly: true });
    try {
      const tables = sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .all()
        .map((row) => (row as { name: string }).name);
      for (const table of ["user", "session", "account", "verification", "rateLimit", "Article", "ReadingProgress"]) {
        expect(tables).toContain(table);
      }
      for (const table of ["Quiz", "Attempt", "Answer", "QuestionFlag", "ReviewItem", "_prisma_migrations"]) {
        expect(tables).toContain(table);
      }
      const rows = sqlite
        .prepare("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name")
        .all() as { migration_name: string; checksum: string; finished_at: string | null }[];
      expect(rows.map((row) => row.migration_name)).toEqual(folders);
      for (const row of rows) {
        const file = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
        expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
        expect(row.finished_at).not.toBeNull();
      }
      expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    } finally {
      sqlite.close();
    }
  });

  it("deploying twice applies nothing the second time", async () => {
    const url = `file:${path.join(tempDir(), "twice.db")}`;
    expect((await deployMigrations({ url })).applied).toHaveLength(folders.length);
    expect((await deployMigrations({ url })).applied).toEqual([]);
    const sqlite = new Database(url.slice("file:".length), { readonly: true });
    try {
      expect(sqlite.prepare("SELECT count(*) AS n FROM _prisma_migrations").get()).toEqual({ n: folders.length });
    } finally {
      sqlite.close();
    }
  });

  it("match schema.prisma (check passes)", async () => {
    const result = await checkMigrations();
    expect(result.drift).toBeNull();
    expect(result.applied).toEqual(folders);
  });
});

describe("check and create on a changed schema (temp copy)", () => {
  it("check reports the SQL of the missing migration", async () => {
    const copy = copyOfPrismaFolder();
    addFieldToAttempt(copy.schemaPath);
    const { drift } = await checkMigrations(copy);
    expect(drift).toContain('"hintsUsed" INTEGER NOT NULL DEFAULT 0');
  });

  it("create writes that migration, after which check passes and deploy applies it", async () => {
    const copy = copyOfPrismaFolder();
    addFieldToAttempt(copy.schemaPath);
    const created = await createMigration("add_hints", copy);
    expect(created.name).toMatch(/^\d{14}_add_hints$/);
    expect(readFileSync(created.file ?? "", "utf8")).toContain('"hintsUsed"');
    expect(readdirSync(copy.migrationsDir).filter((name) => name.endsWith("_add_hints"))).toHaveLength(1);
    expect((await checkMigrations(copy)).drift).toBeNull();
    expect(await createMigration("again", copy)).toEqual({ name: null, file: null, warnings: [] });

    const url = `file:${path.join(tempDir(), "upgraded.db")}`;
    const { applied } = await deployMigrations({ url, ...copy });
    expect(applied.at(-1)).toBe(created.name);
  });

  it("the CLI's check exits 1 on drift and 0 without", async () => {
    const run = promisify(execFile);
    const script = path.join(packageDir, "scripts", "migrate.ts");
    const ok = await run(process.execPath, ["--import", "tsx/esm", script, "check"], { cwd: packageDir });
    expect(ok.stdout).toContain("SQLite OK");

    const copy = copyOfPrismaFolder();
    addFieldToAttempt(copy.schemaPath);
    const failed = await run(process.execPath, ["--import", "tsx/esm", script, "check", "--schema", copy.schemaPath], {
      cwd: packageDir,
    }).then(
      () => ({ code: 0, stderr: "" }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("migrate:create");
  }, 180_000); // two CLI runs, each checking SQLite and (with a server) PostgreSQL, on shared cores
});
