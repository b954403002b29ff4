import { createLimiter, isOverLimit, waitText } from "../create-limiter";

/**
 * New guests one address may start per window. A guest is a real user row, made on a visitor's first write
 * (reading progress, a quiz) or by a POST to /api/auth/sign-in/anonymous; a classroom behind one address
 * needs room for every pupil, a script making endless users does not get it.
 */
export const GUESTS_PER_ADDRESS = 60;
export const GUEST_WINDOW_S = 60 * 60;

/** What a visitor refused a guest identity is told. */
export function tooManyGuestsMessage(retryAfterMs: number): string {
  return `Too many new guests from your network. Try again in ${waitText(retryAfterMs)}, or sign in.`;
}

export function createGuestLimiter({ points = GUESTS_PER_ADDRESS, durationS = GUEST_WINDOW_S } = {}) {
  const limiter = createLimiter({ keyPrefix: "guests", points, durationS });
  return {
    /**
     * Counts one new guest from `address`: 0 when it may be made, else the milliseconds until one may (a
     * number, not an error class: see `waitMs` in sign-in-limits.ts).
     */
    async consume(address: string | null): Promise<number> {
      try {
        await limiter.consume(address ?? "unknown-address");
        return 0;
      } catch (error) {
        if (isOverLimit(error)) return Math.max(1, error.msBeforeNext);
        throw error;
      }
    },
  };
}
export type GuestLimiter = ReturnType<typeof createGuestLimiter>;
