import { createLimiter, isOverLimit, waitText } from "../create-limiter";
import { UserFacingError } from "../errors";
import { createUserRateLimiter, type UserRateLimiter } from "../quizzes/user-rate-limit";

/** Join attempts (right or wrong codes) per address per window: enough for a class behind one school address, far too few to guess a code. */
export const JOINS_PER_ADDRESS = 60;
export const JOIN_WINDOW_S = 10 * 60;
const joinLimiter = createLimiter({ keyPrefix: "class joins", points: JOINS_PER_ADDRESS, durationS: JOIN_WINDOW_S });

/** Counts one join attempt from `address` (or, without one, the user); TOO_MANY_REQUESTS past the limit. */
export async function consumeJoinAttempt(key: string): Promise<void> {
  try {
    await joinLimiter.consume(key, 1);
  } catch (rejection) {
    if (isOverLimit(rejection)) {
      throw new UserFacingError("TOO_MANY_REQUESTS", `Too many tries at a class code from your network; try again in ${waitText(rejection.msBeforeNext)}.`);
    }
    throw rejection;
  }
}

/** Forgets an address's join attempts (tests). */
export async function resetJoinAttempts(key: string): Promise<void> {
  await joinLimiter.delete(key);
}

/** Classes and assignments a teacher may make per window (an assignment runs the quiz engine once). */
export const classWriteLimiter: UserRateLimiter = createUserRateLimiter({ limit: 60, windowMs: 10 * 60 * 1000, what: "new classes and assignments" });
