import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { acceptsGzip, DIRECT_TRPC_HEADER, registerDirectTrpc, registeredDirectTrpc, serveDirect, servesDirect, type DirectTrpc } from "./direct-trpc";

describe("which requests server.cts answers itself", () => {
  it("takes the quiz's calls: a submit, reads, batches of them, GET and POST", () => {
    expect(servesDirect("POST", "/api/trpc/attempt.submit?batch=1")).toBe(true);
    expect(servesDirect("GET", "/api/trpc/session.me")).toBe(true);
    expect(servesDirect("GET", `/api/trpc/quiz.get,progress.get?batch=1&input=${encodeURIComponent('{"0":{"json":{"slug":"a"}}}')}`)).toBe(true);
    expect(servesDirect("GET", "/api/trpc/session.me%2Creview.dueCount?batch=1")).toBe(true);
    // a feed preview reads a feed; it changes no article
    expect(servesDirect("POST", "/api/trpc/import.feedPreview?batch=1")).toBe(true);
  });

  it("leaves every call that changes articles to Next (it revalidates the pages), alone or in a batch, however spelled", () => {
    for (const path of ["import.paste", "import.file", "import.url", "import.feedItem", "import.delete", "session.me,import.paste", "%69mport.delete", "session.me%2Cimport.url"]) {
      expect(servesDirect("POST", `/api/trpc/${path}?batch=1`), path).toBe(false);
    }
  });

  it("leaves anything unusual to Next: other methods, other paths, what Next would redirect or refuse", () => {
    expect(servesDirect("PUT", "/api/trpc/session.me")).toBe(false);
    expect(servesDirect("OPTIONS", "/api/trpc/session.me")).toBe(false);
    expect(servesDirect("HEAD", "/api/trpc/session.me")).toBe(false);
    expect(servesDirect(undefined, "/api/trpc/session.me")).toBe(false);
    for (const url of ["/api/trpc/", "/api/trpc", "/api/trpc/session.me/", "/api//trpc/session.me", "/api/trpc/../auth/x", "/api/auth/get-session", "/api/trpc/a%E0%A4%A", "/", undefined]) {
      expect(servesDirect("GET", url), String(url)).toBe(false);
    }
  });
});

describe("Accept-Encoding", () => {
  it("allows gzip when the client lists it (or anything) with a weight above zero", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, GZIP;q=0.5")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("br")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("registering the handler", () => {
  it("is shared through globalThis (Next's bundle and server.cts each load this module)", () => {
    const api: DirectTrpc = { answer: () => Promise.resolve(new Response("")), maxBodyBytes: 1 };
    registerDirectTrpc(api);
    expect(registeredDirectTrpc()).toBe(api);
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("newsquiz.directTrpc")]).toBe(api);
  });
});

/** A handler that answers everything through the Request server.cts builds (what the batch path leaves to tRPC's fetch handler). */
function viaRequest(maxBodyBytes: number, handle: (req: Request) => Promise<Response>): DirectTrpc {
  return { maxBodyBytes, answer: (_read, toRequest) => handle(toRequest()) };
}

/** A real node:http server that answers through serveDirect with `api`, as server.cts does. */
let server: Server | undefined;
async function serve(api: DirectTrpc): Promise<string> {
  server = createServer((req, res) => {
    req.headers["x-forwarded-for"] = "203.0.113.9"; // as server.cts decides it before dispatching
    void serveDirect(api, req, res, { origin: "http://127.0.0.1:3000", port: 3000 });
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

/** One request with node:http (fetch would decompress and hide the encoding). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? "GET", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

describe("answering through the registered handler", () => {
  it("hands the handler the request as Next would, and sends its answer with every header a response carries", async () => {
    let seen: { method: string; url: string; body: string; headers: Record<string, string> } | undefined;
    const url = await serve(
      viaRequest(1024, async (req) => {
        seen = { method: req.method, url: req.url, body: await req.text(), headers: Object.fromEntries(req.headers) };
        const headers = new Headers({ "content-type": "application/json", "cache-control": "private, no-store" });
        headers.append("set-cookie", "better-auth.session_token=abc; Path=/; HttpOnly");
        headers.append("set-cookie", "better-auth.session_data=xyz; Path=/; HttpOnly");
        return new Response('{"ok":true}', { status: 201, headers });
      }),
    );
    const res = await send(`${url}/api/trpc/attempt.submit?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: "better-auth.session_token=abc", host: "quiz.example:8080" },
      body: '{"0":{"json":{"attemptId":"a1"}}}',
    });
    expect(seen).toMatchObject({ method: "POST", url: "http://127.0.0.1:3000/api/trpc/attempt.submit?batch=1", body: '{"0":{"json":{"attemptId":"a1"}}}' });
    expect(seen!.headers).toMatchObject({
      cookie: "better-auth.session_token=abc",
      host: "quiz.example:8080",
      "x-forwarded-for": "203.0.113.9",
      "x-forwarded-host": "quiz.example:8080",
      "x-forwarded-port": "3000",
      "x-forwarded-proto": "http",
    });
    expect(res.status).toBe(201);
    expect(res.body.toString()).toBe('{"ok":true}');
    expect(res.headers["set-cookie"]).toEqual(["better-auth.session_token=abc; Path=/; HttpOnly", "better-auth.session_data=xyz; Path=/; HttpOnly"]);
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(res.headers["permissions-policy"]).toContain("camera=()");
    expect(res.headers[DIRECT_TRPC_HEADER]).toBe("direct");
    expect(res.headers["content-length"]).toBe(String(res.body.byteLength));
  });

  it("keeps the forwarded scheme a trusted proxy set (https stays https)", async () => {
    let proto: string | null = null;
    const url = await serve(viaRequest(1024, (req) => ((proto = req.headers.get("x-forwarded-proto")), Promise.resolve(new Response("{}")))));
    await send(`${url}/api/trpc/session.me`, { headers: { "x-forwarded-proto": "https" } });
    expect(proto).toBe("https");
  });

  it("reads a body only just past the handler's limit, and closes the connection after the handler's answer", async () => {
    let received = -1;
    let readBody: Uint8Array | null | undefined;
    const url = await serve({
      maxBodyBytes: 100_000,
      answer: async (read, toRequest) => {
        readBody = read.body;
        received = (await toRequest().arrayBuffer()).byteLength;
        return new Response("too large", { status: 413 });
      },
    });
    const res = await send(`${url}/api/trpc/attempt.submit?batch=1`, { method: "POST", body: Buffer.alloc(3 * 1024 * 1024, 97) });
    expect(res.status).toBe(413);
    expect(received).toBeGreaterThan(100_000);
    expect(received).toBeLessThan(100_000 + 200 * 1024);
    expect(res.headers.connection).toBe("close");
    expect(readBody).toBeNull(); // the batch path never sees a body over the limit
  });

  it("gzips a large answer for a client that accepts it, and leaves small ones and other clients alone", async () => {
    const large = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => `question ${i}`) });
    const url = await serve(viaRequest(1024, (req) => Promise.resolve(new Response(req.url.includes("small") ? "{}" : large, { headers: { vary: "trpc-accept" } }))));
    const zipped = await send(`${url}/api/trpc/review.list`, { headers: { "accept-encoding": "gzip, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("trpc-accept, Accept-Encoding");
    expect(zipped.body.byteLength).toBeLessThan(large.length);
    expect(gunzipSync(zipped.body).toString()).toBe(large);
    const plain = await send(`${url}/api/trpc/review.list`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(large);
    const small = await send(`${url}/api/trpc/small.call`, { headers: { "accept-encoding": "gzip" } });
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it("answers a handler that fails with a readable 500 in tRPC's shape, with the response headers", async () => {
    const url = await serve({ maxBodyBytes: 1024, answer: () => Promise.reject(new Error("database gone")) });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const res = await send(`${url}/api/trpc/session.me`);
      expect(res.status).toBe(500);
      expect(JSON.parse(res.body.toString())).toMatchObject({ error: { json: { message: "Something went wrong on our side. Please try again." } } });
      expect(res.body.toString()).not.toContain("database gone");
      expect(res.headers["x-content-type-options"]).toBe("nosniff");
      expect(res.headers["cache-control"]).toBe("private, no-store");
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });

  it("hands the batch path the request as read (method, path, the headers Next would add, the body) and writes its answer", async () => {
    let seen: { method: string; url: string; body: string | null; headers: Record<string, string> } | undefined;
    const url = await serve({
      maxBodyBytes: 1024,
      answer: (read) => {
        seen = { method: read.method, url: read.url, body: read.body && Buffer.from(read.body).toString(), headers: Object.fromEntries(read.headers) };
        return Promise.resolve({
          status: 207,
          headers: { "content-type": "application/json", "cache-control": "private, no-store", vary: "trpc-accept, accept", "content-length": "999" },
          setCookies: ["a=1; Path=/", "b=2; Path=/"],
          body: JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => `question ${i}`) }),
        });
      },
    });
    const plain = await send(`${url}/api/trpc/attempt.submit?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: "c=1", host: "quiz.example:8080" },
      body: '{"0":{"json":{"attemptId":"a1"}}}',
    });
    expect(seen).toMatchObject({ method: "POST", url: "/api/trpc/attempt.submit?batch=1", body: '{"0":{"json":{"attemptId":"a1"}}}' });
    expect(seen!.headers).toMatchObject({ cookie: "c=1", "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "quiz.example:8080", "x-forwarded-port": "3000", "x-forwarded-proto": "http" });
    expect(plain.status).toBe(207);
    expect(plain.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    expect(plain.headers["cache-control"]).toBe("private, no-store");
    expect(plain.headers["x-content-type-options"]).toBe("nosniff");
    expect(plain.headers["x-frame-options"]).toBe("DENY");
    expect(plain.headers[DIRECT_TRPC_HEADER]).toBe("direct");
    expect(plain.headers["content-length"]).toBe(String(plain.body.byteLength));
    expect(JSON.parse(plain.body.toString())).toMatchObject({ items: expect.any(Array) });
    const zipped = await send(`${url}/api/trpc/session.me?batch=1`, { headers: { "accept-encoding": "gzip" } });
    expect(seen).toMatchObject({ method: "GET", body: null });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toBe("trpc-accept, accept, Accept-Encoding");
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
  });
});
