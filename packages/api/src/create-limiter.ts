import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export interface LimiterOptions {
  /** Names this limiter's keys, so limiters sharing one store never count each other's. */
  keyPrefix: string;
  /** Points one key may consume per window. */
  points: number;
  /** Window length in seconds (counted from a key's first point). */
  durationS: number;
}

/** rate-limiter-flexible's common interface: consume, penalty, block, get, delete. */
export type Limiter = RateLimiterAbstract;

/**
 * Every rate limit in newsquiz is made here, so where the counts live is decided in one place. Today: in the
 * process's memory, so each web node counts on its own. A deployment with several nodes switches this
 * function to a shared store (rate-limiter-flexible's Prisma and PostgreSQL stores have the same interface),
 * and every limiter follows.
 */
export function createLimiter({ keyPrefix, points, durationS }: LimiterOptions): Limiter {
  if (!Number.isInteger(points) || points < 1) throw new RangeError("points must be a positive integer");
  if (!(durationS > 0)) throw new RangeError("durationS must be positive");
  return new RateLimiterMemory({ keyPrefix: `newsquiz-${keyPrefix}`, points, duration: Math.ceil(durationS) });
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
