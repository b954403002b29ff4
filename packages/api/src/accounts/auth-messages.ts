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
};

export function authErrorMessage(error: { code?: string; status?: number; message?: string } | null | undefined): string {
  if (!error) return "Something went wrong. Please try again.";
  if (error.code && messages[error.code]) return messages[error.code]!;
  if (error.status === 429) return error.message && /account/i.test(error.message) ? error.message : "Too many attempts from this address. Wait a minute and try again.";
  return error.message || "Something went wrong. Please try again.";
}
