import { MAX_EMAIL_LENGTH, MAX_IMAGE_URL_LENGTH, MAX_NAME_LENGTH, type AccountFieldProblem } from "./account-fields";

export const accountFieldMessages: Record<AccountFieldProblem, string> = {
  NAME_TOO_LONG: `Use at most ${MAX_NAME_LENGTH} characters for your name.`,
  EMAIL_TOO_LONG: `Use an email address of at most ${MAX_EMAIL_LENGTH} characters.`,
  IMAGE_TOO_LONG: `Use a picture address of at most ${MAX_IMAGE_URL_LENGTH} characters.`,
};

/**
 * Readable messages for what better-auth answers. Wrong password and unknown email read the same, so the
 * sign-in form never tells which accounts exist; sign-up has to say an email is taken.
 */
const messages: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "Wrong email or password.",
  USER_ALREADY_EXISTS: "An account with this email already exists. Sign in instead.",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "An account with this email already exists. Sign in instead.",
  PASSWORD_TOO_SHORT: "Use at least 8 characters for your password.",
  PASSWORD_TOO_LONG: "Use at most 128 characters for your password.",
  INVALID_EMAIL: "Enter a valid email address.",
  INVALID_ORIGIN: "This page was opened from an address the server does not accept. Open the app at its own address and try again.",
  BODY_TOO_LARGE: "That request was too large. Shorten what you typed and try again.",
  ...accountFieldMessages,
};

/** Codes whose message the server writes itself (it says how long to wait). */
const serverWorded = new Set(["SIGN_IN_LOCKED", "TOO_MANY_GUESTS"]);

export function authErrorMessage(error: { code?: string; status?: number; message?: string } | null | undefined): string {
  if (!error) return "Something went wrong. Please try again.";
  if (error.code && serverWorded.has(error.code) && error.message) return error.message;
  if (error.code && messages[error.code]) return messages[error.code]!;
  if (error.status === 429) return "Too many attempts from this address. Wait a minute and try again.";
  return error.message || "Something went wrong. Please try again.";
}
