import { describe, expect, it } from "vitest";
import { checkAddress, importAllowListFromEnv, isAddressAllowed, isHostAllowListed } from "./address-policy";

describe("checkAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "cloud metadata (link-local)"],
    ["100.64.0.1", "carrier-grade NAT"],
    ["224.0.0.1", "multicast"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["192.0.2.10", "documentation (reserved)"],
    ["240.0.0.1", "reserved"],
    ["::1", "IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fc00::1", "unique-local"],
    ["fd12::1", "unique-local"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:10.0.0.1", "IPv4-mapped private"],
    ["[::ffff:7f00:1]", "IPv4-mapped loopback in brackets"],
    ["64:ff9b::7f00:1", "NAT64 of loopback"],
    ["64:ff9b::a9fe:a9fe", "NAT64 of the metadata address"],
    ["2002:7f00:1::", "6to4 of loopback"],
    ["2002:c0a8:101::1", "6to4 of 192.168.1.1"],
    ["2001::1", "Teredo"],
    ["::7f00:1", "IPv4-compatible loopback"],
    ["2001:db8::1", "documentation (reserved)"],
    ["fe80::1%eth0", "zone index"],
    ["localhost", "not an address"],
    ["", "empty"],
  ])("refuses %s (%s)", (address) => {
    expect(checkAddress(address).allowed).toBe(false);
  });

  it.each([
    ["93.184.216.34"],
    ["8.8.8.8"],
    ["2606:4700::1111"],
    ["2a00:1450:4001:80b::200e"],
    ["::ffff:93.184.216.34"],
    ["64:ff9b::5db8:d822"],
    ["2002:5db8:d822::1"],
  ])("allows public %s", (address) => {
    expect(isAddressAllowed(address)).toBe(true);
  });

  it("says why an address was refused", () => {
    expect(checkAddress("10.0.0.1")).toEqual({ allowed: false, reason: "10.0.0.1 is private" });
  });
});

describe("the allow-list", () => {
  it("is empty unless NEWSQUIZ_IMPORT_ALLOW_HOSTS is set", () => {
    expect(importAllowListFromEnv({})).toEqual([]);
    expect(importAllowListFromEnv({ NEWSQUIZ_IMPORT_ALLOW_HOSTS: "" })).toEqual([]);
    expect(importAllowListFromEnv({ NEWSQUIZ_IMPORT_ALLOW_HOSTS: "127.0.0.1:4123, Fixtures.Local  [::1]:80" })).toEqual([
      "127.0.0.1:4123",
      "fixtures.local",
      "[::1]:80",
    ]);
  });

  it("matches a host with its port, or a bare host on any port", () => {
    const list = ["127.0.0.1:4123", "fixtures.local", "[::1]:80"];
    expect(isHostAllowListed(new URL("http://127.0.0.1:4123/a"), list)).toBe(true);
    expect(isHostAllowListed(new URL("http://127.0.0.1:4124/a"), list)).toBe(false);
    expect(isHostAllowListed(new URL("http://127.0.0.2:4123/a"), list)).toBe(false);
    expect(isHostAllowListed(new URL("https://FIXTURES.local:8443/"), list)).toBe(true);
    expect(isHostAllowListed(new URL("http://[::1]/"), list)).toBe(true);
    expect(isHostAllowListed(new URL("http://127.0.0.1:4123/"), undefined)).toBe(false);
    expect(isHostAllowListed(new URL("http://127.0.0.1:4123/"), [])).toBe(false);
  });
});
