import { createLimiter, isOverLimit, waitText } from "../create-limiter";
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

/**
 * A per-user import limit (a fixed window of `windowMs` allowing `limit` imports per key), on the store
 * `createLimiter` chooses.
 */
export function createRateLimiter({ limit, windowMs }: RateLimiterOptions): ImportRateLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("limit must be a positive integer");
  if (!(windowMs > 0)) throw new RangeError("windowMs must be positive");
  const limiter = createLimiter({ keyPrefix: "import", points: limit, durationS: Math.ceil(windowMs / 1000) });
  return {
    async consume(key) {
      try {
        await limiter.consume(key, 1);
      } catch (rejection) {
        if (isOverLimit(rejection)) {
          throw new ImportError("rate-limited", `Too many imports; try again in ${waitText(rejection.msBeforeNext)}`);
        }
        throw rejection;
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
