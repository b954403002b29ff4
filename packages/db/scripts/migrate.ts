/**
 * Migrations without the Prisma CLI's native engine (see README.md):
 *   migrate.ts deploy          apply pending migrations to DATABASE_URL, enable WAL, import the sample article
 *   migrate.ts create <name>   write prisma/migrations/<timestamp>_<name>/migration.sql for schema.prisma's changes
 *   migrate.ts check           apply all migrations to a fresh database; exit 1 if schema.prisma differs
 * Options: --verbose prints the schema engine's logs; --schema <path> uses another schema.prisma (its
 * migrations folder beside it), e.g. for tests on a copy.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureSampleArticle } from "../src/articles";
import { createDb } from "../src/client";
import { checkMigrations, createMigration, deployMigrations } from "../src/migrate/migrations";

const USAGE = "Usage: migrate.ts deploy | create <name> | check  [--verbose] [--schema <path>]";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { verbose: { type: "boolean", default: false }, schema: { type: "string" } },
  });
  const options = { verbose: values.verbose, schemaPath: values.schema ? path.resolve(values.schema) : undefined };
  const [command, name] = positionals;
  switch (command) {
    case "deploy": {
      const { url, applied } = await deployMigrations(options);
      console.log(
        applied.length > 0
          ? `Applied ${applied.length} migration(s) to ${url}:\n  ${applied.join("\n  ")}`
          : `Database ${url} is up to date.`,
      );
      const db = createDb({ url });
      try {
        const { status, article } = await ensureSampleArticle(db);
        console.log(`Sample article "${article.slug}": ${status}.`);
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
      const result = await createMigration(name, options);
      if (!result.name) {
        console.log("schema.prisma has no changes that need a migration.");
        return 0;
      }
      console.log(`Created ${result.file}`);
      for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
      return 0;
    }
    case "check": {
      const { applied, drift } = await checkMigrations(options);
      if (drift) {
        console.error(
          "schema.prisma has changes that no migration contains. Run `pnpm --filter @newsquiz/db run migrate:create <name>`.\n" +
            `The missing migration would be:\n${drift}`,
        );
        return 1;
      }
      console.log(`OK: ${applied.length} migration(s) apply cleanly and match schema.prisma.`);
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
