/** Longest slug produced, before the schema's hard limit of 120. */
export const MAX_SLUG_LENGTH = 80;

/**
 * URL slug from a headline: lower-case ASCII letters and digits joined by single hyphens, accents stripped,
 * apostrophes dropped ("won’t" → "wont"), cut on a word boundary at MAX_SLUG_LENGTH; "article" if nothing is left.
 */
export function slugify(headline: string, maxLength: number = MAX_SLUG_LENGTH): string {
  const words = headline
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let slug = "";
  for (const word of words) {
    const next = slug === "" ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      if (slug === "") slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug === "" ? "article" : slug;
}
