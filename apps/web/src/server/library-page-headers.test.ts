import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addLibraryPageHeaders } from "./library-page-headers";

/** A real node:http server answering as Next does for a page from its cache: its own cache-control unless one is set. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    addLibraryPageHeaders(req.url, res);
    if (!res.getHeader("Cache-Control")) res.setHeader("Cache-Control", "s-maxage=3600, stale-while-revalidate=31532400");
    res.end("page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const cacheControlOf = async (path: string) => {
  const res = await fetch(base + path);
  await res.text();
  return res.headers.get("cache-control");
};

describe("the library page's cache-control (server.cts)", () => {
  it("keeps the library private and unstored, with or without a query, where Next would let shared caches keep it for an hour", async () => {
    expect(await cacheControlOf("/")).toBe("private, no-store");
    expect(await cacheControlOf("/?_rsc=abc")).toBe("private, no-store");
  });

  it("leaves every other address to the proxy and Next", async () => {
    expect(await cacheControlOf("/library?q=korea")).toBe("s-maxage=3600, stale-while-revalidate=31532400");
    expect(await cacheControlOf("/articles/some-slug")).toBe("s-maxage=3600, stale-while-revalidate=31532400");
  });
});
