import { z } from "zod";

/** Where environment variables are read from: `process.env` in the app, a plain object in tests. */
export type EnvSource = Record<string, string | undefined>;

/**
 * The environment variables this package reads. All optional:
 * - DATABASE_URL: `file:<path>` for SQLite (a relative path is taken from the repository root), or
 *   `postgresql://user:password@host:port/database` for PostgreSQL. Default: `file:<data dir>/newsquiz.db`.
 * - DATABASE_POOL_SIZE: PostgreSQL connections per process (default 10).
 * - NEWSQUIZ_TEST_POSTGRES_URL: for tests and migration tooling only, a PostgreSQL server (and a role that
 *   may CREATE DATABASE) on which throw-away databases are made.
 * - NEWSQUIZ_TEST_DB: `sqlite` (default) or `postgresql`: which database `createTestDb` makes.
 * - NEWSQUIZ_DATA_DIR: folder for the database and other local data. Default: `<repo root>/data`.
 * - DEBUG: `newsquiz:migrate` prints the schema engine's logs while migrating.
 */
export const dbEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((url) => url.startsWith("file:") || /^postgres(ql)?:\/\//.test(url), {
      message:
        "DATABASE_URL must be a SQLite URL like file:./data/newsquiz.db or a PostgreSQL URL like postgresql://user:password@localhost:5432/newsquiz",
    })
    .optional(),
  NEWSQUIZ_DATA_DIR: z.string().trim().min(1).optional(),
  DEBUG: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
  NEWSQUIZ_TEST_POSTGRES_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\//, "NEWSQUIZ_TEST_POSTGRES_URL must be a postgresql:// URL")
    .optional(),
  NEWSQUIZ_TEST_DB: z.enum(["sqlite", "postgresql"]).optional(),
  /** `true` in CI: `migrate:check` then insists on checking PostgreSQL too. */
  CI: z.string().optional(),
});
export type DbEnv = z.infer<typeof dbEnvSchema>;

export class DbConfigError extends Error {
  override name = "DbConfigError";
}

export type ParsedEnv<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/**
 * Validates the variables `schema` names (and only those) from `env`. Blank values count as unset, so
 * `X=` in a shell or an .env file means "use the default". Problems come back one readable line each,
 * starting with the variable's name; values are never repeated (they may be secrets).
 */
export function parseEnv<T extends z.ZodObject>(schema: T, env: EnvSource): ParsedEnv<z.infer<T>> {
  const input: EnvSource = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    input[key] = value === undefined || value.trim() === "" ? undefined : value;
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const name = issue.path.join(".");
    return !name || issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
  });
  return { ok: false, problems };
}

/** Reads and validates the database environment; throws a DbConfigError naming every bad variable. */
export function readDbEnv(env: EnvSource = process.env): DbEnv {
  const parsed = parseEnv(dbEnvSchema, env);
  if (!parsed.ok) throw new DbConfigError(`Invalid database environment: ${parsed.problems.join("; ")}`);
  return parsed.data;
}
