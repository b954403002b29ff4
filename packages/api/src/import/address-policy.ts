import ipaddr from "ipaddr.js";

/** The verdict on one IP address: may the server open a connection to it? */
export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

/** IPv6 global unicast (2000::/3): the only IPv6 space handed out for public hosts. */
const globalUnicast6 = ipaddr.IPv6.parse("2000::");

function v4FromBits(parts: number[]): ipaddr.IPv4 {
  // parts are four bytes
  return ipaddr.IPv4.parse(parts.join("."));
}

/** The IPv4 address an IPv6 transition form carries, or undefined when it carries none. */
function embeddedIPv4(address: ipaddr.IPv6, range: string): ipaddr.IPv4 | undefined {
  const bytes = address.toByteArray();
  switch (range) {
    case "ipv4Mapped": // ::ffff:a.b.c.d
    case "rfc6145": // ::ffff:0:a.b.c.d
    case "rfc6052": // NAT64 64:ff9b::a.b.c.d (and the local-use 64:ff9b:1::/48)
      return v4FromBits(bytes.slice(12, 16));
    case "6to4": // 2002:aabb:ccdd::
      return v4FromBits(bytes.slice(2, 6));
    default:
      return undefined;
  }
}

function checkIPv4(address: ipaddr.IPv4): AddressVerdict {
  const range = address.range();
  return range === "unicast" ? { allowed: true } : { allowed: false, reason: `${address.toString()} is ${range}` };
}

/**
 * Whether the server may connect to `address` (an IPv4 or IPv6 literal, brackets allowed).
 * Only public unicast space passes: loopback, private, link-local, carrier-grade NAT, multicast,
 * unique-local, unspecified, broadcast and reserved ranges are refused, as is anything that does
 * not parse. IPv6 forms that carry an IPv4 address (IPv4-mapped, NAT64, 6to4) are unwrapped and
 * the IPv4 address is judged; Teredo and the deprecated IPv4-compatible ::a.b.c.d are refused.
 */
export function checkAddress(address: string): AddressVerdict {
  const literal = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  // isValid accepts shorthand IPv4 such as "127.1"; parse() normalises it, which is what a socket would do too.
  if (!ipaddr.isValid(literal)) return { allowed: false, reason: `${address} is not an IP address` };
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(literal);
  } catch {
    return { allowed: false, reason: `${address} is not an IP address` };
  }
  if (parsed.kind() === "ipv4") return checkIPv4(parsed as ipaddr.IPv4);

  const v6 = parsed as ipaddr.IPv6;
  if (v6.zoneId) return { allowed: false, reason: `${address} has a zone index` };
  const range = v6.range();
  const inner = embeddedIPv4(v6, range);
  if (inner) return checkIPv4(inner);
  if (range !== "unicast") return { allowed: false, reason: `${address} is ${range}` };
  if (!v6.match(globalUnicast6, 3)) return { allowed: false, reason: `${address} is not global unicast` };
  return { allowed: true };
}

export function isAddressAllowed(address: string): boolean {
  return checkAddress(address).allowed;
}

/**
 * Hosts the fetcher may reach even though their addresses are not public, as "host" or "host:port"
 * entries (lower-case, IPv6 in brackets). Meant for tests that serve pages on 127.0.0.1; empty in production.
 */
export type AllowHosts = readonly string[];

/** Reads NEWSQUIZ_IMPORT_ALLOW_HOSTS (comma or space separated "host[:port]") into an allow-list. */
export function importAllowListFromEnv(env: Record<string, string | undefined>): string[] {
  const raw = env.NEWSQUIZ_IMPORT_ALLOW_HOSTS ?? "";
  return raw
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry.length > 0);
}

/** Whether `url`'s host (with or without its port) is on the allow-list. */
export function isHostAllowListed(url: URL, allowHosts: AllowHosts | undefined): boolean {
  if (!allowHosts || allowHosts.length === 0) return false;
  const hostname = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowHosts.some((entry) => {
    const normalized = entry.toLowerCase();
    return normalized === hostname || normalized === `${hostname}:${port}` || normalized === url.host.toLowerCase();
  });
}
