/**
 * Migrations without the Prisma CLI's native engine (see README.md):
 *   migrate.ts deploy          apply pending migrations to DATABASE_URL (SQLite or PostgreSQL), import the sample and the starter library
 *   migrate.ts create <name>   write prisma/migrations/<ts>_<name>/ and prisma/postgresql/migrations/<ts>_<name>/
 *                              for schema.prisma's changes (PostgreSQL's needs NEWSQUIZ_TEST_POSTGRES_URL)
 *   migrate.ts check           apply all migrations to fresh databases; exit 1 if a schema differs (both providers;
 *                              PostgreSQL needs NEWSQUIZ_TEST_POSTGRES_URL, and is required when CI=true)
 *   migrate.ts sync-schema     write prisma/postgresql/schema.prisma from prisma/schema.prisma
 * Options: --verbose prints the schema engine's logs; --schema <path> uses another schema.prisma (its
 * migrations folder beside it; SQLite only), e.g. for tests on a copy.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureStarterLibrary } from "../src/starter-library";
import { createDb } from "../src/client";
import { backfillSearchText } from "../src/search-text";
import { readDbEnv } from "../src/env";
import { checkMigrations, createMigrations, deployMigrations } from "../src/migrate/migrations";
import { redactUrl } from "../src/provider/provider";
import { writePostgresSchema } from "../src/provider/schema-files";

const USAGE = "Usage: migrate.ts deploy | create <name> | check | sync-schema  [--verbose] [--schema <path>]";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { verbose: { type: "boolean", default: false }, schema: { type: "string" } },
  });
  const options = { verbose: values.verbose, schemaPath: values.schema ? path.resolve(values.schema) : undefined };
  const env = readDbEnv();
  const postgresServerUrl = env.NEWSQUIZ_TEST_POSTGRES_URL;
  const [command, name] = positionals;
  switch (command) {
    case "deploy": {
      const { url, applied } = await deployMigrations(options);
      console.log(
        applied.length > 0
          ? `Applied ${applied.length} migration(s) to ${redactUrl(url)}:\n  ${applied.join("\n  ")}`
          : `Database ${redactUrl(url)} is up to date.`,
      );
      const db = createDb({ url });
      try {
        const { sample, texts } = await ensureStarterLibrary(db);
        console.log(`Sample article "${sample.article.slug}": ${sample.status}.`);
        const counts = new Map<string, number>();
        for (const { status } of texts) counts.set(status, (counts.get(status) ?? 0) + 1);
        console.log(`Starter library (${texts.length} texts): ${[...counts].map(([status, n]) => `${n} ${status}`).join(", ")}.`);
        for (const { slug, status } of texts) if (status === "slug-taken") console.warn(`  "${slug}" is skipped: an imported article already has that address.`);
        const filled = await backfillSearchText(db);
        if (filled > 0) console.log(`Search text filled in for ${filled} article(s).`);
      } finally {
        await db.$disconnect();
      }
      return 0;
    }
    case "create": {
      if (!name) {
        console.error(`A migration name is required.\n${USAGE}`);
        return 2;
      }
      if (writePostgresSchema()) console.log("Updated prisma/postgresql/schema.prisma from prisma/schema.prisma.");
      const { sqlite, postgresql } = await createMigrations(name, { ...options, postgresServerUrl });
      for (const [label, result] of [["SQLite", sqlite], ["PostgreSQL", postgresql]] as const) {
        if (!result) {
          console.error(`${label}: not written — set NEWSQUIZ_TEST_POSTGRES_URL to a PostgreSQL server and run create again.`);
          continue;
        }
        console.log(result.file ? `${label}: created ${result.file}` : `${label}: the schema has no changes that need a migration.`);
        for (const warning of result.warnings) console.warn(`${label} warning: ${warning}`);
      }
      return postgresql ? 0 : 1;
    }
    case "check": {
      let failed = false;
      const providers: Array<"sqlite" | "postgresql"> = ["sqlite"];
      if (options.schemaPath) console.warn("PostgreSQL: not checked (--schema names a SQLite schema copy).");
      else if (postgresServerUrl) providers.push("postgresql");
      else if (env.CI === "true") {
        console.error("PostgreSQL: NEWSQUIZ_TEST_POSTGRES_URL is not set; CI must check both providers.");
        failed = true;
      } else console.warn("PostgreSQL: skipped (set NEWSQUIZ_TEST_POSTGRES_URL to check its migrations too).");
      for (const provider of providers) {
        const label = provider === "sqlite" ? "SQLite" : "PostgreSQL";
        const { applied, drift } = await checkMigrations({ ...options, provider, postgresServerUrl });
        if (drift) {
          console.error(
            `${label}: the schema has changes that no migration contains. Run \`pnpm --filter @newsquiz/db run migrate:create <name>\`.\n` +
              `The missing migration would be:\n${drift}`,
          );
          failed = true;
        } else console.log(`${label} OK: ${applied.length} migration(s) apply cleanly and match the schema.`);
      }
      return failed ? 1 : 0;
    }
    case "sync-schema": {
      console.log(writePostgresSchema() ? "Wrote prisma/postgresql/schema.prisma." : "prisma/postgresql/schema.prisma is up to date.");
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

// Exit explicitly: the schema engine can leave a timer running that would keep the process alive.
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exit(1);
  },
);
