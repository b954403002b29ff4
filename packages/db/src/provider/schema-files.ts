/**
 * One schema, two providers. `prisma/schema.prisma` is the only file anyone edits (provider "sqlite");
 * `prisma/postgresql/schema.prisma` is derived from it with the provider and the client's output folder
 * changed, and committed so the stock Prisma CLI can use it (`--schema prisma/postgresql/schema.prisma`).
 * `migrate:check` fails when the committed copy differs from what this function derives.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DbProvider } from "./provider";

export const DB_PACKAGE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The schema file and migrations folder of each provider. */
export function schemaPathOf(provider: DbProvider, packageDir = DB_PACKAGE_DIR): string {
  return provider === "sqlite"
    ? path.join(packageDir, "prisma", "schema.prisma")
    : path.join(packageDir, "prisma", "postgresql", "schema.prisma");
}

const DERIVED_HEADER =
  "// GENERATED from ../schema.prisma by `pnpm --filter @newsquiz/db run generate`: edit that file, not this one.\n";

/** The PostgreSQL schema text derived from the SQLite source text. */
export function derivePostgresSchema(source: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/src\/generated\/prisma"/;
  if (!provider.test(source) || !output.test(source)) {
    throw new Error('schema.prisma must keep `provider = "sqlite"` and `output = "../src/generated/prisma"` (the PostgreSQL copy is derived from them)');
  }
  return DERIVED_HEADER + source.replace(provider, '$1"postgresql"').replace(output, '$1"../../src/generated/prisma-postgresql"');
}

/** Writes prisma/postgresql/schema.prisma from prisma/schema.prisma; returns true when it changed. */
export function writePostgresSchema(packageDir = DB_PACKAGE_DIR): boolean {
  const target = schemaPathOf("postgresql", packageDir);
  const next = derivePostgresSchema(readFileSync(schemaPathOf("sqlite", packageDir), "utf8"));
  let current: string | null = null;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = null;
  }
  if (current === next) return false;
  writeFileSync(target, next, "utf8");
  return true;
}

/** Null when the committed PostgreSQL schema is what the source derives; else a message saying what to run. */
export function postgresSchemaDrift(packageDir = DB_PACKAGE_DIR): string | null {
  const expected = derivePostgresSchema(readFileSync(schemaPathOf("sqlite", packageDir), "utf8"));
  let actual = "";
  try {
    actual = readFileSync(schemaPathOf("postgresql", packageDir), "utf8");
  } catch {
    actual = "";
  }
  return actual === expected
    ? null
    : "prisma/postgresql/schema.prisma is not the copy derived from prisma/schema.prisma. Run `pnpm --filter @newsquiz/db run generate` and commit it.";
}
