import { noncePolicy } from "./page-csp.mjs";

/**
 * The Content-Security-Policy and Permissions-Policy of every page. Pure, so unit tests read the same
 * policy the proxy sends (src/proxy.ts makes a nonce per request and passes it here).
 */

/**
 * A page rendered per request: scripts only with this response's nonce (and the theme script by its hash).
 * Pages served from Next's cache get the hash policy of src/lib/page-csp.mjs instead; both are described there.
 */
export function contentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  return noncePolicy(nonce, { development });
}

/** Powerful features no page of newsquiz uses (permissions-policy.mjs, plain JavaScript for next.config.mjs). */
export { PERMISSIONS_POLICY } from "./permissions-policy.mjs";

/** A nonce: 16 random bytes from the platform's CSPRNG, base64 (what a CSP nonce-source accepts). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
