/** Stand-in origin for resolving a path when the page's own origin is not known (server render). */
const PLACEHOLDER_ORIGIN = "http://newsquiz.invalid";

/** Characters on which browsers and URL parsers disagree ("\" is read as "/", tabs and newlines are dropped). */
const AMBIGUOUS = /[\u0000-\u001f\u007f\\]/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "\\"; // malformed escapes: refuse
  }
}

/**
 * Where to go after signing in or up: `next` only when it is a path on this site, else "/". The path is
 * resolved with `new URL` against `origin` (the current page's origin) and must keep that origin; raw or
 * percent-encoded backslashes and control characters are refused outright, and so is anything that would
 * read as "//host" (a protocol-relative address) once resolved or decoded. Returns the resolved path, never
 * the raw input.
 */
export function safeNext(next: string | null | undefined, origin: string = PLACEHOLDER_ORIGIN): string {
  if (!next || !next.startsWith("/") || next.length > 2000) return "/";
  const plain = decoded(next);
  if (AMBIGUOUS.test(next) || AMBIGUOUS.test(plain) || plain.startsWith("//")) return "/";
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(next, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//") || decoded(url.pathname).startsWith("//")) return "/";
  return path;
}
