import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, makeNonce, PERMISSIONS_POLICY } from "./security-headers";
import { THEME_SCRIPT_HASH } from "./page-csp.mjs";

describe("the Content-Security-Policy", () => {
  it("lets only scripts with the response's nonce run, and no inline style or eval", () => {
    const policy = contentSecurityPolicy("abc123==");
    const directives = Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["script-src"]).toEqual(["'self'", "'nonce-abc123=='", THEME_SCRIPT_HASH, "'strict-dynamic'"]);
    expect(directives["style-src"]).toEqual(["'self'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe");
  });

  it("allows eval only to the development server", () => {
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("n", { development: false })).not.toContain("'unsafe-eval'");
  });

  it("makes a different 16-byte base64 nonce every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, makeNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("the Permissions-Policy", () => {
  it("switches off camera, microphone, geolocation and payment", () => {
    for (const feature of ["camera=()", "microphone=()", "geolocation=()", "payment=()"]) expect(PERMISSIONS_POLICY).toContain(feature);
  });
});
