/**
 * The Content-Security-Policy and Permissions-Policy of every page. Pure, so unit tests read the same
 * policy the proxy sends (src/proxy.ts makes a nonce per request and passes it here).
 */

/**
 * Scripts: only those carrying this response's nonce (Next puts it on its own scripts and chunks; the
 * layout on the theme script), and what they load ('strict-dynamic': Turbopack's chunk loader). Never
 * 'unsafe-eval' (the development server alone needs it, for its source maps). Styles: the app's own
 * stylesheet only; no inline styles and no style attributes (shapes are CSS classes, bar widths SVG
 * attributes), so no 'unsafe-inline' anywhere.
 */
export function contentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Powerful features no page of newsquiz uses, switched off for it and anything it might embed. */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** A nonce: 16 random bytes from the platform's CSPRNG, base64 (what a CSP nonce-source accepts). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
