import { createLimiter, isOverLimit, waitText } from "../create-limiter";
import { UserFacingError } from "../errors";

export interface UserRateLimiter {
  /** Counts one action for `userId`; throws UserFacingError TOO_MANY_REQUESTS ("Too many flags; try again in 9 minutes"). */
  consume(userId: string): Promise<void>;
  /** Forgets `userId`'s count (tests). */
  reset(userId: string): Promise<void>;
}

/**
 * A per-reader limit (rate-limiter-flexible's fixed window, counted where `createLimiter` keeps every limit),
 * for quiz actions that cost the server or affect other readers: flags, and fresh quizzes.
 */
export function createUserRateLimiter({ limit, windowMs, what }: { limit: number; windowMs: number; what: string }): UserRateLimiter {
  const limiter = createLimiter({ keyPrefix: what, points: limit, durationS: Math.ceil(windowMs / 1000) });
  return {
    async consume(userId) {
      try {
        await limiter.consume(userId, 1);
      } catch (rejection) {
        if (isOverLimit(rejection)) {
          throw new UserFacingError("TOO_MANY_REQUESTS", `Too many ${what}; try again in ${waitText(rejection.msBeforeNext)}.`);
        }
        throw rejection;
      }
    },
    async reset(userId) {
      await limiter.delete(userId);
    },
  };
}
