/** Longest name a person may give (sign-up, profile). */
export const MAX_NAME_LENGTH = 100;
/** The longest address SMTP can deliver to (RFC 5321's path limit less the angle brackets). */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_IMAGE_URL_LENGTH = 2048;
/**
 * Sign-ins (and sign-ups) one address may make per minute, across all accounts: a class signs in together
 * from one school address, so this is well above what one person needs.
 */
export const ACCOUNT_REQUESTS_PER_ADDRESS_PER_MINUTE = 60;

export type AccountFieldProblem = "NAME_TOO_LONG" | "EMAIL_TOO_LONG" | "IMAGE_TOO_LONG";

/**
 * The first field of a sign-up or profile-update body that is too long, or null when all fit (better-auth
 * validates the fields' types and formats itself; it has no length limits). Browser-safe: no dependencies.
 */
export function accountFieldProblem(body: unknown): AccountFieldProblem | null {
  if (typeof body !== "object" || body === null) return null;
  const { name, email, image } = body as Record<string, unknown>;
  if (typeof name === "string" && name.length > MAX_NAME_LENGTH) return "NAME_TOO_LONG";
  if (typeof email === "string" && email.length > MAX_EMAIL_LENGTH) return "EMAIL_TOO_LONG";
  if (typeof image === "string" && image.length > MAX_IMAGE_URL_LENGTH) return "IMAGE_TOO_LONG";
  return null;
}
