/**
 * The pages Next renders once and serves from its cache (`next build` lists them as static or ISR), each
 * declaring `dynamic = "error"` so the build fails if one starts reading the request. They carry the hash
 * policy stored with them (cache-handler.mjs); src/proxy.ts gives every other page a nonce policy.
 * e2e/security-headers.spec.ts checks this list against the build's prerender manifest, and that each page
 * has exactly one policy that lets all its scripts run.
 */
const CACHED_PATHS = new Set(["/", "/import", "/review"]);

/**
 * The library. The proxy's matcher leaves it out (the proxy only set its cache-control, which server.cts sets now:
 * src/server/library-page-headers.ts), so that the busiest page skips Next's proxy.
 */
export const LIBRARY_PAGE = "/";

/**
 * `/articles/<slug>`: a public article's reader page (a private one's owner is sent to `/own` first). A Pages
 * Router page (getStaticProps, which cannot read the request) sent without Next's scripts; its policy is added
 * by server.cts (src/server/reader-page-policy.ts), not stored with it.
 */
export const ARTICLE_PAGE = /^\/articles\/([^/]+)$/;

export function isCachedPage(pathname: string): boolean {
  return CACHED_PATHS.has(pathname) || ARTICLE_PAGE.test(pathname);
}
