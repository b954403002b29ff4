import { createLimiter, waitText } from "../create-limiter";

/** Wrong passwords allowed from one address on one account before it has to wait. */
export const FREE_FAILED_SIGN_INS = 5;
/** The first wait; each further failure doubles it, up to MAX_SIGN_IN_WAIT_S. */
export const FIRST_SIGN_IN_WAIT_S = 30;
export const MAX_SIGN_IN_WAIT_S = 15 * 60;
/** Failures are forgotten this long after the first one (or at once on a successful sign-in). */
export const SIGN_IN_FAILURE_MEMORY_S = 24 * 60 * 60;

/** What a person who must wait is told. */
export function signInLockedMessage(retryAfterMs: number): string {
  return `Too many wrong passwords for this account from your network. Try again in ${waitText(retryAfterMs)}.`;
}

export interface SignInAttempt {
  /** The client's address (better-auth's `getIP`; null when none can be trusted). */
  address: string | null;
  email: string;
}

export interface SignInLimiterOptions {
  freeFailures?: number;
  firstWaitS?: number;
  maxWaitS?: number;
}

/** How long a key must wait after its `failures`-th failure (0 while failures are still free). */
export function signInWaitS(failures: number, { freeFailures = FREE_FAILED_SIGN_INS, firstWaitS = FIRST_SIGN_IN_WAIT_S, maxWaitS = MAX_SIGN_IN_WAIT_S }: SignInLimiterOptions = {}): number {
  if (failures < freeFailures) return 0;
  return Math.min(maxWaitS, firstWaitS * 2 ** (failures - freeFailures));
}

/**
 * Slows password guessing without handing anyone a way to lock someone else out: failures are counted per
 * address *and* account, so wrong passwords typed elsewhere never stop the owner signing in from their own
 * network. After FREE_FAILED_SIGN_INS failures that pair waits 30 s, then 1, 2, 4, 8 and at most 15 minutes
 * per further failure; a successful sign-in clears it. (better-auth's own limiter also caps requests per
 * address across all accounts.)
 */
export function createSignInLimiter(options: SignInLimiterOptions = {}) {
  const maxWaitS = options.maxWaitS ?? MAX_SIGN_IN_WAIT_S;
  const failures = createLimiter({ keyPrefix: "sign-in-failures", points: 1, durationS: SIGN_IN_FAILURE_MEMORY_S });
  const waits = createLimiter({ keyPrefix: "sign-in-wait", points: 1, durationS: maxWaitS });
  const keyOf = ({ address, email }: SignInAttempt) => `${address ?? "unknown-address"}|${email.trim().toLowerCase()}`;
  return {
    /**
     * Milliseconds this address must still wait before trying this account again (0: it may try now).
     * A number rather than a thrown error class: the limiter is shared through globalThis by code that
     * Next.js may bundle more than once, where `instanceof` across copies fails.
     */
    async waitMs(attempt: SignInAttempt): Promise<number> {
      const wait = await waits.get(keyOf(attempt));
      return wait && wait.consumedPoints > 1 ? Math.max(0, wait.msBeforeNext) : 0;
    },
    /** Counts a wrong password; from the free limit on, starts this pair's (growing) wait. */
    async failed(attempt: SignInAttempt): Promise<void> {
      const key = keyOf(attempt);
      const count = (await failures.penalty(key, 1)).consumedPoints;
      const waitS = signInWaitS(count, options);
      if (waitS > 0) await waits.block(key, waitS);
    },
    async succeeded(attempt: SignInAttempt): Promise<void> {
      const key = keyOf(attempt);
      await Promise.all([failures.delete(key), waits.delete(key)]);
    },
  };
}
export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
