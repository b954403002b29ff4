import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { ImportError } from "./import-error";

export interface RateLimiterOptions {
  /** Imports allowed per window. */
  limit: number;
  /** Window length in milliseconds (rounded up to whole seconds). */
  windowMs: number;
}

export interface ImportRateLimiter {
  /** Counts one import for `key` (a user id); throws ImportError("rate-limited") when over the limit. */
  consume(key: string): Promise<void>;
  /** Forgets `key`'s count (for tests or an admin reset). */
  reset(key: string): Promise<void>;
}

function waitMessage(ms: number): string {
  // Round to whole seconds first, so 59.6 s left reads "1 minute", never "60 seconds".
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `Too many imports; try again in ${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many imports; try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/**
 * A per-user import limit held in memory (one process), built on rate-limiter-flexible's
 * RateLimiterMemory: a fixed window of `windowMs` allowing `limit` imports per key.
 */
export function createRateLimiter({ limit, windowMs }: RateLimiterOptions): ImportRateLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");
  if (!(windowMs > 0)) throw new RangeError("windowMs must be positive");
  const limiter = new RateLimiterMemory({
    keyPrefix: "newsquiz-import",
    points: limit,
    duration: Math.ceil(windowMs / 1000),
  });
  return {
    async consume(key) {
      try {
        await limiter.consume(key, 1);
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          throw new ImportError("rate-limited", waitMessage(rejection.msBeforeNext));
        }
        throw rejection;
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
