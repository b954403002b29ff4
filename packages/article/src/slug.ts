/** What an article slug is, without zod: the browser checks addresses with this (zod stays out of its bundle). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest slug accepted (an address; slugify itself makes at most 80 characters, plus a suffix). */
export const SLUG_MAX_CHARS = 120;

export function isSlug(value: string): boolean {
  return value.length >= 1 && value.length <= SLUG_MAX_CHARS && SLUG_PATTERN.test(value);
}
