import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ImportError } from "./import-error";
import { importFromUrl } from "./import-from-url";
import { fetchFeed } from "./parse-feed";
import { safeFetch, type HostLookup } from "./safe-fetch";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** Every request the local server saw, by path. */
let seen: string[] = [];
let server: http.Server;
let port = 0;
let origin = "";

function html(res: http.ServerResponse, body: string, type = "text/html; charset=utf-8") {
  res.writeHead(200, { "content-type": type });
  res.end(body);
}

function route(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://localhost");
  seen.push(url.pathname);
  const redirect = (location: string, status = 302) => {
    res.writeHead(status, { location });
    res.end();
  };
  const chain = /^\/chain\/(\d+)$/.exec(url.pathname);
  if (chain) {
    const left = Number(chain[1]);
    return left === 0 ? html(res, fixture("og-only-news-page.html")) : redirect(`/chain/${left - 1}`, 301);
  }
  switch (url.pathname) {
    case "/article":
      return html(res, fixture("cluttered-news-page.html"));
    case "/payload":
      return html(res, fixture("payload-page.html"));
    case "/xhtml":
      return html(res, "<html><body><p>x</p></body></html>", "application/xhtml+xml");
    case "/redirect-relative":
      return redirect("/payload", 307);
    case "/redirect-loopback":
      return redirect(`http://127.0.0.2:${port}/article`);
    case "/redirect-mapped":
      return redirect(`http://[::ffff:127.0.0.1]:${port}/article`);
    case "/redirect-mapped-hex":
      return redirect(`http://[::ffff:7f00:1]:${port}/article`);
    case "/redirect-nat64":
      return redirect(`http://[64:ff9b::7f00:1]:${port}/article`);
    case "/redirect-nat64-metadata":
      return redirect("http://[64:ff9b::a9fe:a9fe]/latest/meta-data/");
    case "/redirect-named":
      return redirect(`http://private.test:${port}/article`);
    case "/redirect-ftp":
      return redirect("ftp://example.com/file");
    case "/loop":
      return redirect("/loop");
    case "/hang":
      return; // never answers
    case "/slow-body":
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>");
      return; // never finishes
    case "/big":
      res.writeHead(200, { "content-type": "text/html" });
      for (let i = 0; i < 64; i++) res.write(`<p>${"x".repeat(1023)}</p>`);
      return res.end();
    case "/big-declared":
      res.writeHead(200, { "content-type": "text/html", "content-length": String(10 * 1024 * 1024) });
      return res.end();
    case "/gzip":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      return res.end(gzipSync(fixture("og-only-news-page.html")));
    case "/gzip-bomb":
      res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" });
      return res.end(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20)));
    case "/latin1":
      res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
      return res.end(Buffer.from("<p>Caf\xe9 cr\xe8me</p>", "latin1"));
    case "/json":
      res.writeHead(200, { "content-type": "application/json" });
      return res.end('{"a":1}');
    case "/no-type":
      res.writeHead(200);
      return res.end("<p>hi</p>");
    case "/feed.xml":
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      return res.end(fixture("rss-2.xml"));
    default:
      res.writeHead(404, { "content-type": "text/html" });
      return res.end("<h1>Not found</h1>");
  }
}

beforeAll(async () => {
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  seen = [];
});

/** Resolves only *.test names to fixed addresses, so no query ever leaves the machine. */
function stubLookup(table: Record<string, string[]>, calls: string[] = []): HostLookup {
  return async (hostname) => {
    calls.push(hostname);
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`stub: no such host ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
}

const refusedLookup: HostLookup = async () => {
  throw new Error("the test must not resolve names");
};

async function failure(run: Promise<unknown>): Promise<ImportError> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected the fetch to fail");
}

const allow = () => ({ allowHosts: [`127.0.0.1:${port}`], lookup: refusedLookup });

describe("safeFetch refuses addresses it must not reach", () => {
  it("refuses the loopback server without the allow-list, before connecting", async () => {
    const error = await failure(safeFetch(`${origin}/article`, { lookup: refusedLookup }));
    expect(error.code).toBe("not-allowed");
    expect(error.message).toBe("This address is not allowed");
    expect(seen).toEqual([]);
  });

  it.each([
    "http://localhost:1/",
    "http://[::1]:1/",
    "http://[::ffff:127.0.0.1]:1/",
    "http://0x7f000001:1/",
    "http://127.1:1/",
    "http://10.0.0.1/",
    "http://169.254.169.254/latest/meta-data/",
    "file:///etc/passwd",
    "ftp://example.com/",
    "gopher://example.com/",
    "http://user:pass@example.test/",
  ])("refuses %s", async (url) => {
    const error = await failure(safeFetch(url, { lookup: stubLookup({ localhost: ["127.0.0.1"] }) }));
    expect(error.code).toBe("not-allowed");
  });

  it("refuses a name if any of its addresses is private", async () => {
    const calls: string[] = [];
    const lookup = stubLookup({ "mixed.test": ["93.184.216.34", "127.0.0.1"] }, calls);
    const error = await failure(safeFetch("http://mixed.test/", { lookup }));
    expect(error.message).toBe("This address is not allowed");
    expect(calls).toEqual(["mixed.test"]);
  });

  it("refuses a name that resolves to a NAT64 form of loopback", async () => {
    const error = await failure(safeFetch("http://nat64.test/", { lookup: stubLookup({ "nat64.test": ["64:ff9b::7f00:1"] }) }));
    expect(error.code).toBe("not-allowed");
  });

  it("reports a name that does not resolve", async () => {
    const error = await failure(safeFetch("http://nowhere.test/", { lookup: stubLookup({}) }));
    expect(error.code).toBe("fetch-failed");
  });

  it("refuses a malformed address", async () => {
    const error = await failure(safeFetch("not a url"));
    expect(error.code).toBe("not-allowed");
  });
});

describe("safeFetch with the allow-list", () => {
  it("fetches a page from an allowed host", async () => {
    const result = await safeFetch(`${origin}/article`, allow());
    expect(result.status).toBe(200);
    expect(result.contentType).toBe("text/html");
    expect(result.url).toBe(`${origin}/article`);
    expect(result.body).toContain("green corridor");
  });

  it("connects to the address it vetted, resolving the name once (no DNS rebinding)", async () => {
    const calls: string[] = [];
    const lookup = stubLookup({ "fixtures.test": ["127.0.0.1"] }, calls);
    const result = await safeFetch(`http://fixtures.test:${port}/article`, { allowHosts: [`fixtures.test:${port}`], lookup });
    expect(result.body).toContain("green corridor");
    expect(calls).toEqual(["fixtures.test"]);
  });

  it("follows a relative redirect on the same allowed host", async () => {
    const result = await safeFetch(`${origin}/redirect-relative`, allow());
    expect(result.url).toBe(`${origin}/payload`);
    expect(seen).toEqual(["/redirect-relative", "/payload"]);
  });

  it("refuses a redirect to a loopback address that is not on the allow-list", async () => {
    const error = await failure(safeFetch(`${origin}/redirect-loopback`, allow()));
    expect(error.message).toBe("This address is not allowed");
    expect(seen).toEqual(["/redirect-loopback"]);
  });

  it.each(["/redirect-mapped", "/redirect-mapped-hex", "/redirect-nat64", "/redirect-nat64-metadata"])(
    "refuses a redirect to an IPv6 literal that embeds a private IPv4 address (%s)",
    async (path) => {
      // loopback (127.0.0.1) is on the allow-list by its IPv4 spelling only; its IPv4-mapped and NAT64 forms
      // must be vetted as the address they embed, not waved through as public IPv6
      const error = await failure(safeFetch(`${origin}${path}`, allow()));
      expect(error.code).toBe("not-allowed");
      expect(error.message).toBe("This address is not allowed");
      expect(seen).toEqual([path]);
    },
  );

  it("refuses a redirect to a name that resolves to a private address", async () => {
    const lookup = stubLookup({ "private.test": ["192.168.1.20"] });
    const error = await failure(safeFetch(`${origin}/redirect-named`, { allowHosts: [`127.0.0.1:${port}`], lookup }));
    expect(error.code).toBe("not-allowed");
    expect(seen).toEqual(["/redirect-named"]);
  });

  it("refuses a redirect to another scheme", async () => {
    const error = await failure(safeFetch(`${origin}/redirect-ftp`, allow()));
    expect(error.code).toBe("not-allowed");
  });

  it("follows at most 5 redirects", async () => {
    const ok = await safeFetch(`${origin}/chain/5`, allow());
    expect(ok.url).toBe(`${origin}/chain/0`);
    const error = await failure(safeFetch(`${origin}/chain/6`, allow()));
    expect(error.message).toBe("Too many redirects");
    expect(seen.filter((path) => path.startsWith("/chain/6") || path === "/chain/0")).toEqual(["/chain/0", "/chain/6"]);
    const loop = await failure(safeFetch(`${origin}/loop`, allow()));
    expect(loop.code).toBe("too-many-redirects");
  });

  it("gives up on a server that never answers", async () => {
    const error = await failure(safeFetch(`${origin}/hang`, { ...allow(), timeoutMs: 150 }));
    expect(error.code).toBe("timeout");
    expect(error.message).toBe("The page took longer than 0.15 s");
  });

  it("counts the body against the same deadline", async () => {
    const error = await failure(safeFetch(`${origin}/slow-body`, { ...allow(), timeoutMs: 150 }));
    expect(error.code).toBe("timeout");
  });

  it("gives up after 10 s by default, and says so", async () => {
    // Only the deadline's timer is faked: the request really reaches the local server, which never answers.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      let settled = false;
      const pending = failure(safeFetch(`${origin}/hang`, allow())).finally(() => (settled = true));
      // wait for the request itself (vi.waitFor would move the faked clock on while it polls)
      while (!seen.includes("/hang")) await new Promise((resolve) => setImmediate(resolve));
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(9_999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      const error = await pending;
      expect(error.code).toBe("timeout");
      expect(error.message).toBe("The page took longer than 10 s");
    } finally {
      vi.useRealTimers();
    }
  });

  it("stops reading a body past maxBytes", async () => {
    const error = await failure(safeFetch(`${origin}/big`, { ...allow(), maxBytes: 16 * 1024 }));
    expect(error.message).toBe("The page is too large");
    const declared = await failure(safeFetch(`${origin}/big-declared`, allow()));
    expect(declared.code).toBe("too-large");
  });

  it("limits the decompressed size, not the compressed one", async () => {
    const page = await safeFetch(`${origin}/gzip`, allow());
    expect(page.body).toContain("Heatwave closes schools");
    const bomb = await failure(safeFetch(`${origin}/gzip-bomb`, allow()));
    expect(bomb.code).toBe("too-large");
  });

  it("decodes the charset the server names", async () => {
    const page = await safeFetch(`${origin}/latin1`, allow());
    expect(page.body).toBe("<p>Café crème</p>");
  });

  it("accepts only web pages for pages and only feeds for feeds", async () => {
    expect((await failure(safeFetch(`${origin}/json`, allow()))).message).toBe("This address did not return a web page");
    expect((await failure(safeFetch(`${origin}/no-type`, allow()))).code).toBe("not-a-page");
    expect((await safeFetch(`${origin}/xhtml`, allow())).contentType).toBe("application/xhtml+xml");
    expect((await failure(safeFetch(`${origin}/article`, { ...allow(), accept: "feed" }))).code).toBe("not-a-feed");
    expect((await safeFetch(`${origin}/feed.xml`, { ...allow(), accept: "feed" })).contentType).toBe("application/rss+xml");
  });

  it("reports the HTTP status of a failed page", async () => {
    const error = await failure(safeFetch(`${origin}/missing`, allow()));
    expect(error.message).toBe("The page could not be fetched (HTTP 404)");
  });

  it("stops when the caller cancels", async () => {
    const controller = new AbortController();
    const pending = safeFetch(`${origin}/hang`, { ...allow(), signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).code).toBe("fetch-failed");
  });
});

describe("importFromUrl and fetchFeed", () => {
  it("imports the article of a page", async () => {
    const draft = await importFromUrl(`${origin}/article`, allow());
    expect(draft.headline).toBe("City council approves “green corridor” plan for riverside");
    expect(draft.paragraphs).toHaveLength(5);
    expect(draft.url).toBe("https://riverside-daily.example/local/2024/10/green-corridor-plan");
  });

  it("records the address after redirects when the page names none", async () => {
    const draft = await importFromUrl(`${origin}/redirect-relative`, allow());
    expect(draft.headline).toBe("Harbour reopens after storm");
    expect(draft.url).toBe(`${origin}/payload`);
  });

  it("refuses without the allow-list", async () => {
    expect((await failure(importFromUrl(`${origin}/article`, { lookup: refusedLookup }))).code).toBe("not-allowed");
  });

  it("fetches and parses a feed, resolving links against the feed address", async () => {
    const feed = await fetchFeed(`${origin}/feed.xml`, allow());
    expect(feed.items.map((item) => item.link)).toEqual([
      "https://riverside-daily.example/local/2024/10/green-corridor-plan",
      "https://riverside-daily.example/local/2024/10/bus-fares",
      "https://riverside-daily.example/local/2024/10/library",
    ]);
  });
});
