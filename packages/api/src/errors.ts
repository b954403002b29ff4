/**
 * An error whose message is written for the person using newsquiz. The tRPC layer passes its message
 * through unchanged; anything else reaching the client is replaced by a generic message.
 */
export type UserErrorCode = "NOT_FOUND" | "BAD_REQUEST" | "FORBIDDEN" | "UNAUTHORIZED" | "CONFLICT" | "TOO_MANY_REQUESTS" | "UNPROCESSABLE_CONTENT";

export class UserFacingError extends Error {
  readonly code: UserErrorCode;
  constructor(code: UserErrorCode, message: string) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
  }
}

export const notFound = (what: string) => new UserFacingError("NOT_FOUND", `${what} was not found.`);

/**
 * Why there is no quiz to take on an article:
 * - "no-questions": the engine found no fact in the text it can ask about fairly (figures, dates, names, who said
 *   what). The engine is deterministic, so asking again gives the same answer: nothing to retry.
 * - "all-flagged": every question the text gives has been flagged (a private article's owner, or the reader).
 */
export type NoQuizReason = "no-questions" | "all-flagged";

/**
 * No quiz can be made on this article, and trying again will not change that. Carried to the browser as
 * `data.noQuiz` (the tRPC error formatter), so the quiz page can tell it from an error that can pass (network,
 * time-out, a busy server) without reading the message.
 */
export class NoQuizError extends UserFacingError {
  constructor(
    readonly reason: NoQuizReason,
    message: string,
  ) {
    super("BAD_REQUEST", message);
    this.name = "NoQuizError";
  }
}
