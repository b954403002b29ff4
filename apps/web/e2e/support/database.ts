import path from "node:path";

/**
 * Where the browser tests' database lives, for playwright.config.ts (which makes it fresh for every run)
 * and for the specs that read it. SQLite by default; `E2E_DATABASE=postgresql` uses a throw-away database
 * `<name>_e2e_<port>` on the server of NEWSQUIZ_TEST_POSTGRES_URL.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const e2eDataDir = path.resolve(import.meta.dirname, "..", "..", "test-results", `e2e-data-${E2E_PORT}`);

export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE !== "postgresql") return `file:${path.join(e2eDataDir, "e2e.db")}`;
  return postgresTestDatabaseUrl(`e2e_${E2E_PORT}`);
}

/** `<NEWSQUIZ_TEST_POSTGRES_URL's database>_<suffix>` on that server (made fresh by `reset-test-database`). */
export function postgresTestDatabaseUrl(suffix: string): string {
  const server = process.env.NEWSQUIZ_TEST_POSTGRES_URL;
  if (!server) throw new Error("PostgreSQL browser tests need NEWSQUIZ_TEST_POSTGRES_URL (a PostgreSQL server whose role may create databases)");
  const url = new URL(server);
  url.pathname = `/${url.pathname.slice(1)}_${suffix}`;
  return url.toString();
}
