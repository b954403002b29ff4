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
