import { z } from "zod";
import { parseTrustedProxies } from "./net/client-address";
import { dbEnvSchema, parseEnv, type EnvSource } from "@newsquiz/db";

/**
 * The environment variables the api package reads (the database's own are in @newsquiz/db's
 * `dbEnvSchema`). This file and its db twin are the only places that read `process.env` (eslint enforces
 * it); everything else asks them. The README's configuration table lists every variable.
 */
export const apiEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"], { error: "NODE_ENV must be development, production or test" }).default("development"),
  BETTER_AUTH_SECRET: z
    .string()
    .min(
      32,
      "BETTER_AUTH_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`); or leave it unset and newsquiz generates one and keeps it in the database",
    )
    .optional(),
  BETTER_AUTH_URL: z
    .url({ protocol: /^https?$/, error: "BETTER_AUTH_URL must be the app's public address, like https://quiz.example.org" })
    // (Only judged once it is an http(s) URL: the check above already named anything else.)
    .refine((url) => !URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol) || (new URL(url).pathname === "/" && !new URL(url).search), {
      message: "BETTER_AUTH_URL must be an address without a path, like https://quiz.example.org",
    })
    .transform((url) => new URL(url).origin)
    .optional(),
  NEWSQUIZ_FLAG_THRESHOLD: z.coerce
    .number({ error: "NEWSQUIZ_FLAG_THRESHOLD must be a whole number" })
    .int("NEWSQUIZ_FLAG_THRESHOLD must be a whole number")
    .min(1, "NEWSQUIZ_FLAG_THRESHOLD must be at least 1")
    .max(1000, "NEWSQUIZ_FLAG_THRESHOLD must be at most 1000")
    .default(3),
  NEWSQUIZ_QUIZ_TIME_LIMIT_S: z.coerce
    .number({ error: "NEWSQUIZ_QUIZ_TIME_LIMIT_S must be a number of seconds" })
    .min(1, "NEWSQUIZ_QUIZ_TIME_LIMIT_S must be at least 1 second")
    .max(300, "NEWSQUIZ_QUIZ_TIME_LIMIT_S must be at most 300 seconds")
    .default(10),
  NEWSQUIZ_TRUSTED_PROXIES: z
    .string()
    .optional()
    .refine((value) => {
      try {
        parseTrustedProxies(value);
        return true;
      } catch {
        return false;
      }
    }, "NEWSQUIZ_TRUSTED_PROXIES must be addresses or CIDR ranges separated by commas, like 10.0.0.5, 10.1.0.0/16"),
  NEWSQUIZ_IMPORT_ALLOW_HOSTS: z
    .string()
    .regex(/^[\w.:[\]\s,-]*$/, "NEWSQUIZ_IMPORT_ALLOW_HOSTS must be a list of host or host:port entries, separated by commas or spaces")
    .optional(),
});
export type ApiEnv = z.infer<typeof apiEnvSchema>;

/** Every variable the server reads: the database's and the api's, checked together at boot. */
export const serverEnvSchema = dbEnvSchema.extend(apiEnvSchema.shape);
export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** A configuration the app cannot run with; `problems` has one line per bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Invalid environment: ${problems.join("; ")}`);
  }

  /** The message printed when the server refuses to start. */
  report(): string {
    return [
      "newsquiz cannot start: fix these environment variables (see Configuration in README.md), then start again.",
      ...this.problems.map((problem) => `  - ${problem}`),
    ].join("\n");
  }
}

function read<T extends z.ZodObject>(schema: T, env: EnvSource): z.infer<T> {
  const parsed = parseEnv(schema, env);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  return parsed.data;
}

/** The api's variables, validated; throws ConfigError naming every bad one. */
export function readApiEnv(env: EnvSource = process.env): ApiEnv {
  return read(apiEnvSchema, env);
}

/** All of the server's variables (database + api), validated; throws ConfigError naming every bad one. */
export function readServerEnv(env: EnvSource = process.env): ServerEnv {
  return read(serverEnvSchema, env);
}
