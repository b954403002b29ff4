import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGES_ROUTER_POLICY } from "../lib/page-csp.mjs";
import { addReaderPagePolicy } from "./reader-page-policy";

/** A real node:http server answering as Next would: a page, a page with its own policy, a 404 with its own. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    addReaderPagePolicy(req.url, res);
    if (req.url?.includes("has-policy")) res.setHeader("content-security-policy", "script-src 'nonce-abc'");
    if (req.url?.includes("explicit-head")) {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("page");
      return;
    }
    res.end("page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const policiesOf = async (path: string) => {
  const res = await fetch(base + path);
  await res.text();
  return res.headers.get("content-security-policy");
};

describe("the reader page's policy (server.cts)", () => {
  it("is added to a reader address's answer that has none, however its headers are written", async () => {
    expect(await policiesOf("/articles/some-slug")).toBe(PAGES_ROUTER_POLICY);
    expect(await policiesOf("/articles/some-slug?x=1")).toBe(PAGES_ROUTER_POLICY);
    expect(await policiesOf("/articles/explicit-head")).toBe(PAGES_ROUTER_POLICY);
  });

  it("leaves an answer that has a policy of its own alone (the not-found page, the owner's /own page)", async () => {
    expect(await policiesOf("/articles/has-policy")).toBe("script-src 'nonce-abc'");
  });

  it("is not added anywhere else", async () => {
    for (const path of ["/", "/articles/some-slug/quiz", "/articles", "/scores"]) expect(await policiesOf(path), path).toBeNull();
  });

  it("allows the theme script and same-origin files only", () => {
    expect(PAGES_ROUTER_POLICY).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(PAGES_ROUTER_POLICY).not.toMatch(/unsafe|nonce/);
  });
});
