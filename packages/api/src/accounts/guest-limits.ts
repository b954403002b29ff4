import { createLimiter, isOverLimit, waitText } from "../create-limiter";

/**
 * New guests one address may start per window. A guest is a real user row, made on a visitor's first write
 * (reading progress, a quiz) or by a POST to /api/auth/sign-in/anonymous; a classroom behind one address
 * needs room for every pupil, a script making endless users does not get it.
 */
export const GUESTS_PER_ADDRESS = 60;
export const GUEST_WINDOW_S = 60 * 60;

export class TooManyGuestsError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`Too many new guests from your network. Try again in ${waitText(retryAfterMs)}, or sign in.`);
    this.name = "TooManyGuestsError";
  }
}

export function createGuestLimiter({ points = GUESTS_PER_ADDRESS, durationS = GUEST_WINDOW_S } = {}) {
  const limiter = createLimiter({ keyPrefix: "guests", points, durationS });
  return {
    /** Counts one new guest from `address`; throws TooManyGuestsError over the limit. */
    async consume(address: string | null): Promise<void> {
      try {
        await limiter.consume(address ?? "unknown-address");
      } catch (error) {
        if (isOverLimit(error)) throw new TooManyGuestsError(error.msBeforeNext);
        throw error;
      }
    },
  };
}
export type GuestLimiter = ReturnType<typeof createGuestLimiter>;
