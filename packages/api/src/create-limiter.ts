import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@newsquiz/db";

export interface LimiterOptions {
  /** Names this limiter's keys, so limiters sharing one store never count each other's. */
  keyPrefix: string;
  /** Points one key may consume per window. */
  points: number;
  /** Window length in seconds (counted from a key's first point). */
  durationS: number;
}

/** rate-limiter-flexible's common interface, as newsquiz uses it: consume, penalty, block, get, delete. */
export type Limiter = Pick<RateLimiterAbstract, "consume" | "penalty" | "block" | "get" | "delete">;

/**
 * The chosen store lives on globalThis, not in this module: Next.js bundles this module more than once (the
 * server's boot in instrumentation, each route's chunks), and the store the boot chooses must reach the limiters
 * every copy makes (class joins, flags, fresh quizzes …), or those count in each copy's memory, per process.
 */
const globalForLimits = globalThis as typeof globalThis & { __newsquizLimitStore?: Db | null };

/**
 * Where every limit counts from now on: the database (table RateLimitCounter, through rate-limiter-flexible's
 * Prisma store, the same on SQLite and PostgreSQL) so that all web nodes count the same; null = this
 * process's memory. The server calls it once at start (`startServer`); tests that do not call it count in memory.
 */
export function useSharedLimitStore(db: Db | null): void {
  globalForLimits.__newsquizLimitStore = db;
}

/**
 * Every rate limit in newsquiz is made here, so where the counts live is decided in one place (see
 * useSharedLimitStore). Limiters are often made when a module loads, before the server has chosen the store,
 * so the store is picked on each call.
 */
export function createLimiter({ keyPrefix, points, durationS }: LimiterOptions): Limiter {
  if (!Number.isInteger(points) || points < 1) throw new RangeError("points must be a positive integer");
  if (!(durationS > 0)) throw new RangeError("durationS must be positive");
  const options = { keyPrefix: `newsquiz-${keyPrefix}`, points, duration: Math.ceil(durationS) };
  const memory = new RateLimiterMemory(options);
  const inDatabase = new WeakMap<Db, RateLimiterPrisma>();
  const current = (): Limiter => {
    const sharedStore = globalForLimits.__newsquizLimitStore ?? null;
    if (!sharedStore) return memory;
    let limiter = inDatabase.get(sharedStore);
    if (!limiter) {
      limiter = new RateLimiterPrisma({ ...options, storeClient: sharedStore, tableName: "rateLimitCounter" });
      inDatabase.set(sharedStore, limiter);
    }
    return limiter;
  };
  return {
    consume: (key, pointsToConsume, opts) => current().consume(key, pointsToConsume, opts),
    penalty: (key, pointsToAdd, opts) => current().penalty(key, pointsToAdd, opts),
    block: (key, secDuration, opts) => current().block(key, secDuration, opts),
    get: (key, opts) => current().get(key, opts),
    delete: (key, opts) => current().delete(key, opts),
  };
}

/** Whether a limiter's rejection is "over the limit" (rather than a store failure, which is rethrown). */
export function isOverLimit(error: unknown): error is RateLimiterRes {
  return error instanceof RateLimiterRes;
}

/** "30 seconds", "1 minute", "15 minutes", "2 hours": how long until a limit lifts, for a readable message. */
export function waitText(ms: number): string {
  // Whole seconds first, so 59.6 s left reads "1 minute", never "60 seconds".
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  if (seconds < 60) return plural(seconds, "second");
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return plural(minutes, "minute");
  return plural(Math.ceil(minutes / 60), "hour");
}
