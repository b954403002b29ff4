import ipaddr from "ipaddr.js";

/**
 * The one place that decides a request's client address (rate limits per address, better-auth's session
 * records). `X-Forwarded-For` is believed only as far as the hops that added it are trusted proxies
 * (NEWSQUIZ_TRUSTED_PROXIES: addresses or CIDR ranges, e.g. the load balancer); anyone else can write that
 * header, so without a trusted proxy in front the client is the connection's own address.
 *
 * The web server (apps/web/server.cts) calls `resolveClientAddress` for every request and passes the
 * result on in CLIENT_ADDRESS_HEADER, replacing whatever the client sent; code after it reads that
 * header through `clientAddressFromHeaders`.
 */
export const CLIENT_ADDRESS_HEADER = "x-newsquiz-client-address";

export type TrustedProxies = ReadonlyArray<[ipaddr.IPv4 | ipaddr.IPv6, number]>;

/** Normalises an address: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes IPv4; invalid gives null. */
function parseAddress(value: string | undefined | null): ipaddr.IPv4 | ipaddr.IPv6 | null {
  if (!value) return null;
  let text = value.trim();
  if (text.startsWith("[") && text.includes("]")) text = text.slice(1, text.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  if (!ipaddr.isValid(text)) return null;
  const parsed = ipaddr.parse(text);
  return parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed;
}

/** Parses NEWSQUIZ_TRUSTED_PROXIES (`10.0.0.5, 127.0.0.1/32, ::1`); throws on an entry it cannot read. */
export function parseTrustedProxies(list: string | undefined): TrustedProxies {
  if (!list?.trim()) return [];
  return list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (entry.includes("/")) {
        if (!ipaddr.isValidCIDR(entry)) throw new Error(`NEWSQUIZ_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
        return ipaddr.parseCIDR(entry);
      }
      const address = parseAddress(entry);
      if (!address) throw new Error(`NEWSQUIZ_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
      return [address, address.kind() === "ipv4" ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
    });
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, trusted: TrustedProxies): boolean {
  return trusted.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
}

export interface ResolveClientAddressInput {
  /** The TCP peer (`req.socket.remoteAddress`). */
  peer: string | undefined;
  /** The request's X-Forwarded-For header(s), as received. */
  forwardedFor: string | string[] | undefined;
  trustedProxies: TrustedProxies;
}

/**
 * The client's address: the peer, unless the peer is a trusted proxy; then X-Forwarded-For is read from
 * the right (the hop nearest to us) and the first address that is not a trusted proxy is the client.
 * A malformed entry stops the walk at the last address known good. "unknown" when there is no peer.
 */
export function resolveClientAddress({ peer, forwardedFor, trustedProxies }: ResolveClientAddressInput): string {
  let client = parseAddress(peer);
  if (!client) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (isTrusted(client, trustedProxies) && hops.length > 0) {
    const next = parseAddress(hops.pop());
    if (!next) break;
    client = next;
  }
  return client.toString();
}

/** The address resolved by the web server for this request (see CLIENT_ADDRESS_HEADER), or null. */
export function clientAddressFromHeaders(headers: Headers): string | null {
  return headers.get(CLIENT_ADDRESS_HEADER);
}
