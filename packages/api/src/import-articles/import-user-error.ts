import { ArticleParseError } from "@newsquiz/article";
import { ImportError } from "../import";
import { UserFacingError } from "../errors";

/**
 * The readable error for a failed import: the importers' ImportError and the article model's
 * ArticleParseError keep their messages ("This address is not allowed", "The file is too large", …);
 * a rate limit becomes TOO_MANY_REQUESTS, everything else the person can fix BAD_REQUEST.
 * Returns null for errors that are not the person's to fix.
 */
export function importUserError(error: unknown): UserFacingError | null {
  if (error instanceof ImportError) {
    return new UserFacingError(error.code === "rate-limited" ? "TOO_MANY_REQUESTS" : "BAD_REQUEST", error.message);
  }
  if (error instanceof ArticleParseError) return new UserFacingError("BAD_REQUEST", error.message);
  return null;
}
