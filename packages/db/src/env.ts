import { z } from "zod";

/**
 * The environment variables this package reads. Both are optional:
 * - DATABASE_URL: `file:<path>` for SQLite (a relative path is taken from the repository root).
 *   Default: `file:<data dir>/newsquiz.db`.
 * - NEWSQUIZ_DATA_DIR: folder for the database and other local data. Default: `<repo root>/data`.
 */
export const dbEnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((url) => url.startsWith("file:"), {
      message:
        "DATABASE_URL must be a SQLite URL like file:./data/newsquiz.db (PostgreSQL support comes later; see packages/db/README.md)",
    })
    .optional(),
  NEWSQUIZ_DATA_DIR: z.string().trim().min(1).optional(),
});
export type DbEnv = z.infer<typeof dbEnvSchema>;

export class DbConfigError extends Error {
  override name = "DbConfigError";
}

/** Reads and validates the database environment; empty strings count as unset. */
export function readDbEnv(env: NodeJS.ProcessEnv = process.env): DbEnv {
  const input = {
    DATABASE_URL: env.DATABASE_URL || undefined,
    NEWSQUIZ_DATA_DIR: env.NEWSQUIZ_DATA_DIR || undefined,
  };
  const parsed = dbEnvSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new DbConfigError(`Invalid database environment: ${problems}`);
  }
  return parsed.data;
}
