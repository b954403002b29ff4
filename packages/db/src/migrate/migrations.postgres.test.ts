/**
 * The PostgreSQL migrations: one folder per SQLite migration, applied by the same wasm engine through
 * adapter-pg, with Prisma's bookkeeping, and the drift check. Needs a server: NEWSQUIZ_TEST_POSTGRES_URL
 * (CI sets it; without it this file is skipped and says so).
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { readDbEnv } from "../env";
import { derivePostgresSchema, postgresSchemaDrift, schemaPathOf } from "../provider/schema-files";
import { checkMigrations, deployMigrations, readMigrationList, tempDatabase } from "./migrations";

const serverUrl = readDbEnv().NEWSQUIZ_TEST_POSTGRES_URL;
const packageDir = path.resolve(import.meta.dirname, "../..");
const sqliteDir = path.join(packageDir, "prisma", "migrations");
const postgresDir = path.join(packageDir, "prisma", "postgresql", "migrations");
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function freshDatabase(): Promise<string> {
  const temp = await tempDatabase("postgresql", "mt", serverUrl);
  cleanups.push(temp.remove);
  return temp.url;
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const folders = (dir: string) => readMigrationList(dir).migrationDirectories.map((entry) => entry.path);

describe("committed PostgreSQL migrations (files)", () => {
  it("has one PostgreSQL migration, of the same name, for every SQLite migration", () => {
    expect(folders(postgresDir)).toEqual(folders(sqliteDir));
    expect(readFileSync(path.join(postgresDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("the PostgreSQL schema is the copy derived from schema.prisma", () => {
    expect(postgresSchemaDrift()).toBeNull();
    const source = readFileSync(schemaPathOf("sqlite"), "utf8");
    const derived = derivePostgresSchema(source);
    expect(derived).toContain('provider = "postgresql"');
    // Only the provider and the output folder differ: the models are the same text.
    expect(derived.slice(derived.indexOf("model User"))).toBe(source.slice(source.indexOf("model User")));
  });

  it("a stale PostgreSQL copy is reported", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-pg-schema-"));
    try {
      cpSync(path.join(packageDir, "prisma"), path.join(dir, "prisma"), { recursive: true });
      const source = path.join(dir, "prisma", "schema.prisma");
      writeFileSync(source, readFileSync(source, "utf8").replace(/(model Attempt \{\n)/, "$1  hintsUsed Int @default(0)\n"));
      expect(postgresSchemaDrift(dir)).toMatch(/run generate|pnpm --filter @newsquiz\/db run generate/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!serverUrl)("PostgreSQL migrations on a server (NEWSQUIZ_TEST_POSTGRES_URL)", () => {
  it("apply to a fresh database, creating every table and recording Prisma's checksums", async () => {
    const url = await freshDatabase();
    const { applied } = await deployMigrations({ url });
    expect(applied).toEqual(folders(postgresDir));
    const tables = (await query<{ tablename: string }>(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).map((r) => r.tablename);
    for (const table of ["user", "session", "account", "verification", "rateLimit", "Article", "Quiz", "Attempt", "Answer", "ReviewItem", "_prisma_migrations"]) {
      expect(tables).toContain(table);
    }
    const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      "SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(folders(postgresDir));
    for (const row of rows) {
      const file = readFileSync(path.join(postgresDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.finished_at).not.toBeNull();
    }
  });

  it("two nodes deploying at once apply each migration once", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([deployMigrations({ url }), deployMigrations({ url })]);
    expect([...a.applied, ...b.applied].sort()).toEqual(folders(postgresDir));
    const [{ n }] = (await query<{ n: string }>(url, "SELECT count(*) AS n FROM _prisma_migrations")) as [{ n: string }];
    expect(Number(n)).toBe(folders(postgresDir).length);
  });

  it("match the PostgreSQL schema (check passes) and a missing migration is reported", async () => {
    const ok = await checkMigrations({ provider: "postgresql", postgresServerUrl: serverUrl });
    expect(ok.drift).toBeNull();
    expect(ok.applied).toEqual(folders(postgresDir));

    const dir = mkdtempSync(path.join(os.tmpdir(), "newsquiz-pg-drift-"));
    try {
      cpSync(path.join(packageDir, "prisma", "postgresql"), dir, { recursive: true });
      const schemaPath = path.join(dir, "schema.prisma");
      writeFileSync(schemaPath, readFileSync(schemaPath, "utf8").replace(/(model Attempt \{\n)/, "$1  hintsUsed Int @default(0)\n"));
      const drift = await checkMigrations({ provider: "postgresql", postgresServerUrl: serverUrl, schemaPath });
      expect(drift.drift).toContain('"hintsUsed" INTEGER NOT NULL DEFAULT 0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("leaves no throw-away database behind", async () => {
    await checkMigrations({ provider: "postgresql", postgresServerUrl: serverUrl });
    const base = new URL(serverUrl ?? "").pathname.slice(1);
    const left = await query<{ datname: string }>(
      serverUrl ?? "",
      `SELECT datname FROM pg_database WHERE datname LIKE '${base}\\_check\\_%' OR datname LIKE '${base}\\_shadow\\_%'`,
    );
    expect(left).toEqual([]);
  });
});
