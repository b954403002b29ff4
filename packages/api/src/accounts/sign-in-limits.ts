import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/** Sign-in attempts allowed per account (email) in the window, whatever address they come from. */
export const ACCOUNT_SIGN_IN_LIMIT = 10;
export const ACCOUNT_SIGN_IN_WINDOW_S = 15 * 60;

export class TooManySignInsError extends Error {
  constructor(readonly retryAfterS: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterS / 60));
    super(`Too many sign-in attempts for this account. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
    this.name = "TooManySignInsError";
  }
}

/**
 * Counts sign-in attempts per account so that guessing one person's password from many addresses is slowed
 * down too (better-auth's own limiter counts per address). A successful sign-in clears the count.
 * In memory: each web node counts its own attempts (documented in the README).
 */
export function createAccountSignInLimiter(limit = ACCOUNT_SIGN_IN_LIMIT, windowS = ACCOUNT_SIGN_IN_WINDOW_S) {
  const limiter = new RateLimiterMemory({ points: limit, duration: windowS });
  const keyOf = (email: string) => email.trim().toLowerCase();
  return {
    async attempt(email: string): Promise<void> {
      try {
        await limiter.consume(keyOf(email));
      } catch (error) {
        if (error instanceof RateLimiterRes) throw new TooManySignInsError(Math.ceil(error.msBeforeNext / 1000));
        throw error;
      }
    },
    async succeeded(email: string): Promise<void> {
      await limiter.delete(keyOf(email));
    },
  };
}
export type AccountSignInLimiter = ReturnType<typeof createAccountSignInLimiter>;
