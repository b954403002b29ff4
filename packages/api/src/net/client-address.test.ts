import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress } from "./client-address";

const lb = parseTrustedProxies("127.0.0.1, 10.0.0.0/8");

describe("the client address", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.1", trustedProxies: [] })).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "::ffff:203.0.113.9", forwardedFor: undefined, trustedProxies: [] })).toBe("203.0.113.9");
  });

  it("is taken from X-Forwarded-For only when the connection comes from a trusted proxy", () => {
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.1", trustedProxies: lb })).toBe("198.51.100.1");
    // an untrusted peer cannot pretend to be someone else
    expect(resolveClientAddress({ peer: "203.0.113.9", forwardedFor: "198.51.100.1", trustedProxies: lb })).toBe("203.0.113.9");
  });

  it("walks back through trusted hops only: a value the client wrote before the proxy is ignored", () => {
    // client 198.51.100.7 sent "X-Forwarded-For: 1.1.1.1"; the proxy 10.1.2.3 appended the real address
    const forwardedFor = "1.1.1.1, 198.51.100.7, 10.1.2.3";
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor, trustedProxies: lb })).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: ["1.1.1.1", "198.51.100.7"], trustedProxies: lb })).toBe("198.51.100.7");
  });

  it("stops at a malformed hop and never returns something that is not an address", () => {
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "<script>, nonsense", trustedProxies: lb })).toBe("127.0.0.1");
    expect(resolveClientAddress({ peer: undefined, forwardedFor: "198.51.100.1", trustedProxies: lb })).toBe("unknown");
  });

  it("reads addresses, CIDR ranges and IPv6 in NEWSQUIZ_TRUSTED_PROXIES, and rejects the rest", () => {
    const trusted = parseTrustedProxies("::1, fd00::/8");
    expect(resolveClientAddress({ peer: "::1", forwardedFor: "2001:db8::5", trustedProxies: trusted })).toBe("2001:db8::5");
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/NEWSQUIZ_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/NEWSQUIZ_TRUSTED_PROXIES/);
  });
});
