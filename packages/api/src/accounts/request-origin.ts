/**
 * Where a request says it was sent, for when BETTER_AUTH_URL is unset and the app must work however it is
 * reached (localhost, 127.0.0.1, [::1], a LAN address, a name).
 *
 * The scheme: `x-forwarded-proto` (Next.js sets it from the connection unless a proxy in front already did),
 * else the request URL's. A client that lies about it only hurts itself: claiming https over plain http gets
 * it Secure cookies its browser will not send back. The host: the `Host` header, which a browser always sets
 * to the address in its location bar and which another site's page cannot change — so trusting the origin
 * made from it still refuses cross-site requests (better-auth compares it with the request's `Origin`).
 */
export function requestProtocol(source: Request | Headers): "http" | "https" {
  const headers = source instanceof Headers ? source : source.headers;
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded === "https" || forwarded === "http") return forwarded;
  if (!(source instanceof Headers)) {
    try {
      return new URL(source.url).protocol === "https:" ? "https" : "http";
    } catch {
      return "http";
    }
  }
  return "http";
}

/** `<scheme>://<host>` of the request as its sender addressed it, or null without a usable host. */
export function requestOrigin(source: Request | Headers): string | null {
  const headers = source instanceof Headers ? source : source.headers;
  let host = headers.get("host");
  if (!host && !(source instanceof Headers)) {
    try {
      host = new URL(source.url).host;
    } catch {
      host = null;
    }
  }
  if (!host) return null;
  try {
    const url = new URL(`${requestProtocol(source)}://${host}`);
    // A Host header with a path, credentials or a query is not an address a browser would send.
    const plain = !url.username && !url.password && url.pathname === "/" && !url.search && !url.hash && !/[/?#@\\]/.test(host);
    return plain ? url.origin : null;
  } catch {
    return null;
  }
}
