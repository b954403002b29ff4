import type { EnvSource } from "@newsquiz/db";
import { readApiEnv } from "../env";
import { createRateLimiter, importAllowListFromEnv, type ImportRateLimiter, type SafeFetchOptions } from "../import";

/** Imports (paste, upload, address, each feed item) one person may start per window. */
export const IMPORTS_PER_WINDOW = 20;
/** Feed listings one person may ask for per window (they fetch a page but store nothing). */
export const FEED_PREVIEWS_PER_WINDOW = 20;
export const IMPORT_WINDOW_MS = 10 * 60 * 1000;

/** One limiter per server process, keyed by user id (a guest is a user too). */
export const importLimiter: ImportRateLimiter = createRateLimiter({ limit: IMPORTS_PER_WINDOW, windowMs: IMPORT_WINDOW_MS });
export const feedPreviewLimiter: ImportRateLimiter = createRateLimiter({ limit: FEED_PREVIEWS_PER_WINDOW, windowMs: IMPORT_WINDOW_MS });

/**
 * How the server fetches pages: the safeFetch defaults (10 s, 2 MB, public addresses only) plus the
 * allow-list from NEWSQUIZ_IMPORT_ALLOW_HOSTS, which is empty unless a test sets it. Read on every call,
 * so a test can set the variable before it imports.
 */
export function fetchOptionsFromEnv(env?: EnvSource): Pick<SafeFetchOptions, "allowHosts"> {
  const { NEWSQUIZ_IMPORT_ALLOW_HOSTS } = readApiEnv(env);
  return { allowHosts: importAllowListFromEnv({ NEWSQUIZ_IMPORT_ALLOW_HOSTS }) };
}
