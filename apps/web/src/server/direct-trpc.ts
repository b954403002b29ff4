/**
 * tRPC answered by server.cts itself, before Next.js sees the request. Next's request path (routing, its
 * request and response wrappers, web streams, async hooks) cost more than the submit it carried: a tRPC call
 * that does nothing ran at 0.15× a bare node:http handler through Next (README.md, Performance).
 *
 * One instance of the API: Next's tRPC route (src/app/api/trpc/[trpc]/route.ts) registers its own handler here
 * when Next first loads it, and server.cts calls that very function — no second copy of the API, Prisma,
 * better-auth or the quiz engine is loaded into the server. Until the route has loaded (the server's first
 * tRPC request), and for every request this module does not take, Next answers as before.
 *
 * What goes direct: GET and POST to `/api/trpc/<procedures>` whose procedures do not change articles (those
 * revalidate Next's page cache, which needs a Next request: src/server/article-changing-calls.ts). A batch as
 * the app's client sends it is answered from the request as read here, without a fetch Request and Response
 * around it (@newsquiz/api's answerTrpcBatch); anything else becomes the Request Next would have built and goes
 * through tRPC's fetch handler (src/server/trpc-handler.ts). The rest of what Next gave these answers is done
 * here: the headers every response carries (src/lib/security-response-headers.mjs), the X-Forwarded-* headers
 * Next fills in, gzip as Next's compression does. The client address, the body and batch limits, the session and its cookies, the rate limits and the
 * cache-control are the handler's own (src/server/trpc-handler.ts), the same on both paths.
 *
 * No import of the API or of Next here: server.cts loads this file outside Next's bundles.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { SECURITY_RESPONSE_HEADERS } from "../lib/security-response-headers.mjs";
import type { TrpcBatchAnswer, TrpcBatchRequest } from "@newsquiz/api/server";
import { changesArticles } from "./article-changing-calls";

/** What Next's tRPC route registers for server.cts. */
export interface DirectTrpc {
  /**
   * Answers one tRPC request (the limits, the session, the procedures): a batch as the app's client sends it
   * from the request as read, anything else through the Request `toRequest` makes (src/server/trpc-handler.ts).
   */
  answer(req: TrpcBatchRequest, toRequest: () => Request): Promise<TrpcBatchAnswer | Response>;
  /** The largest body the handler reads: server.cts stops reading a body just past it. */
  maxBodyBytes: number;
}

/** The header that says an answer came through server.cts's direct path (the tests read it). */
export const DIRECT_TRPC_HEADER = "x-newsquiz-api";

// A global symbol: Next's bundle and server.cts each load their own copy of this module.
const REGISTRY = Symbol.for("newsquiz.directTrpc");
type Registry = { [REGISTRY]?: DirectTrpc };

export function registerDirectTrpc(api: DirectTrpc): void {
  (globalThis as Registry)[REGISTRY] = api;
}

export function registeredDirectTrpc(): DirectTrpc | undefined {
  return (globalThis as Registry)[REGISTRY];
}

/** `/api/trpc/` and procedure names (letters, digits, dots; commas between a batch's calls; %-escapes). */
const TRPC_PATH = /^\/api\/trpc\/([A-Za-z0-9.,%]+)$/;

/**
 * Whether server.cts answers this request itself. Anything unusual — another method, a path Next would
 * normalize or redirect, an escape that does not decode — is left to Next, which answers it as before.
 */
export function servesDirect(method: string | undefined, url: string | undefined): boolean {
  if (method !== "GET" && method !== "POST") return false;
  const queryAt = (url ?? "").indexOf("?");
  const pathname = queryAt < 0 ? (url ?? "") : (url ?? "").slice(0, queryAt);
  const procedures = TRPC_PATH.exec(pathname)?.[1];
  if (!procedures) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(procedures);
  } catch {
    return false;
  }
  return !decoded.split(",").some(changesArticles);
}

const gzip = promisify(gzipCallback);
/** Answers smaller than this go uncompressed (as with Next's `compression`: not worth a gzip header). */
const GZIP_THRESHOLD_BYTES = 1024;

export interface ServeOptions {
  /** The origin the server listens on (the request's URL; its host header is what the app reads). */
  origin: string;
  /** The port the server listens on, for X-Forwarded-Port as Next sets it. */
  port: number;
}

/** Answers a tRPC request through the registered handler, as Next's route would have answered it. */
export async function serveDirect(api: DirectTrpc, req: IncomingMessage, res: ServerResponse, options: ServeOptions): Promise<void> {
  try {
    const body = req.method === "POST" ? await readBodyJustPast(req, api.maxBodyBytes) : null;
    // The rest of an oversized body is never read: the connection closes after the answer.
    if (body?.overLimit) res.setHeader("connection", "close");
    const headers = requestHeaders(req, options.port);
    const url = req.url ?? "/";
    const answer = await api.answer({ method: req.method ?? "GET", url, headers, body: body?.overLimit ? null : (body?.bytes ?? null) }, () => {
      // Only for what the batch path leaves to tRPC's fetch handler: the request as Next would have built it.
      const aborted = new AbortController();
      res.once("close", () => {
        if (!res.writableFinished) aborted.abort();
      });
      return new Request(`${options.origin}${url}`, {
        method: req.method,
        headers,
        body: body && body.bytes.byteLength > 0 ? new Uint8Array(body.bytes) : null,
        signal: aborted.signal,
      });
    });
    if (answer instanceof Response) await writeResponse(req, res, answer);
    else await writeAnswer(req, res, answer);
  } catch (error) {
    console.error("tRPC (direct) failed:", error);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const message = JSON.stringify({ error: { json: { message: "Something went wrong on our side. Please try again.", code: -32603, data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 500 } } } });
    res.writeHead(500, { ...securityHeaders(), "content-type": "application/json", "cache-control": "private, no-store", "content-length": Buffer.byteLength(message) });
    res.end(message);
  }
}

/**
 * The body, read until it ends or just past `maxBytes` (then `overLimit`, and the rest is left unread): the
 * handler's own limit check then answers 413 as it does on Next's path, without the server holding more.
 */
function readBodyJustPast(req: IncomingMessage, maxBytes: number): Promise<{ bytes: Buffer; overLimit: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.byteLength;
      if (size > maxBytes) {
        req.off("data", onData).off("end", onEnd).off("error", reject);
        req.pause();
        resolve({ bytes: Buffer.concat(chunks), overLimit: true });
      }
    };
    const onEnd = () => resolve({ bytes: Buffer.concat(chunks), overLimit: false });
    req.on("data", onData).once("end", onEnd).once("error", reject);
  });
}

/** The request's headers as the handler sees them on Next's path (where Next fills in X-Forwarded-*). */
function requestHeaders(req: IncomingMessage, port: number): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const encrypted = "encrypted" in req.socket && Boolean(req.socket.encrypted);
  if (!headers.has("x-forwarded-host") && req.headers.host) headers.set("x-forwarded-host", req.headers.host);
  if (!headers.has("x-forwarded-port")) headers.set("x-forwarded-port", String(port));
  if (!headers.has("x-forwarded-proto")) headers.set("x-forwarded-proto", encrypted ? "https" : "http");
  return headers;
}

function securityHeaders(): Record<string, string> {
  return Object.fromEntries(SECURITY_RESPONSE_HEADERS.map(({ key, value }) => [key, value]));
}
const SECURITY_HEADERS = securityHeaders();

async function writeResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  await writeAnswer(req, res, { status: response.status, headers, setCookies: response.headers.getSetCookie(), body: Buffer.from(await response.arrayBuffer()) });
}

/** Writes an answer with the headers Next would have added (security headers, gzip from 1 KB). */
async function writeAnswer(req: IncomingMessage, res: ServerResponse, answer: { status: number; headers: Record<string, string>; setCookies: string[]; body: string | Buffer }): Promise<void> {
  let body = typeof answer.body === "string" ? Buffer.from(answer.body) : answer.body;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) if (name !== "content-length") headers[name] = value;
  if (answer.setCookies.length > 0) headers["set-cookie"] = answer.setCookies;
  Object.assign(headers, SECURITY_HEADERS);
  headers[DIRECT_TRPC_HEADER] = "direct";
  if (body.byteLength >= GZIP_THRESHOLD_BYTES && !headers["content-encoding"] && acceptsGzip(req.headers["accept-encoding"])) {
    body = await gzip(body);
    headers["content-encoding"] = "gzip";
    headers.vary = headers.vary ? `${String(headers.vary)}, Accept-Encoding` : "Accept-Encoding";
  }
  headers["content-length"] = String(body.byteLength);
  res.writeHead(answer.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

/** Whether an Accept-Encoding allows gzip (`gzip`, `gzip;q=0.5`, `*`; not `gzip;q=0`). */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [coding = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (coding !== "gzip" && coding !== "*") continue;
    const q = params.find((p) => p.startsWith("q="));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}
