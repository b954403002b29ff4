/**
 * Test runs only: makes DATABASE_URL's database empty before migrations run on it. SQLite: deletes the file
 * (and its -wal/-shm). PostgreSQL: drops and re-creates the database, and refuses unless it is a throw-away
 * database on the test server (its name starts with NEWSQUIZ_TEST_POSTGRES_URL's database name and "_").
 */
import { rmSync } from "node:fs";
import { readDbEnv } from "../src/env";
import { createDatabase, databaseOf, dropDatabase } from "../src/migrate/pg-engine-adapter";
import { resolveDatabaseUrl, sqliteFilePath } from "../src/paths";
import { providerOfUrl } from "../src/provider/provider";

async function main(): Promise<void> {
  const url = resolveDatabaseUrl();
  if (providerOfUrl(url) === "sqlite") {
    const file = sqliteFilePath(url);
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(`${file}${suffix}`, { force: true });
    return;
  }
  const server = readDbEnv().NEWSQUIZ_TEST_POSTGRES_URL;
  const name = databaseOf(url);
  if (!server || !name.startsWith(`${databaseOf(server)}_`) || new URL(server).host !== new URL(url).host) {
    throw new Error(`Refusing to reset ${name}: only throw-away databases named <NEWSQUIZ_TEST_POSTGRES_URL's database>_… on that server`);
  }
  await dropDatabase(server, name);
  await createDatabase(server, name);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
