import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import ipaddr from "ipaddr.js";
import { checkAddress, isHostAllowListed, type AllowHosts } from "./address-policy";
import { ImportError } from "./import-error";

export const DEFAULT_FETCH_TIMEOUT_MS = 10_000;
export const DEFAULT_FETCH_MAX_BYTES = 2 * 1024 * 1024;
export const MAX_REDIRECTS = 5;

/** One address a host name resolves to (the shape node:dns/promises `lookup(host, { all: true })` returns). */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Resolves a host name to all its addresses. Tests inject a stub so no real DNS is queried. */
export type HostLookup = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export type FetchAccept = "html" | "feed";

export interface SafeFetchOptions {
  /** "host" or "host:port" entries that may be reached although their addresses are not public (tests only). */
  allowHosts?: AllowHosts;
  /** Total time for all redirects and the body, in milliseconds. */
  timeoutMs?: number;
  /** Largest body accepted after decompression, in bytes. */
  maxBytes?: number;
  /** Which content types count as a success: web pages or news feeds. */
  accept?: FetchAccept;
  lookup?: HostLookup;
  /** Cancels the fetch from outside (for example when the client disconnects). */
  signal?: AbortSignal;
}

export interface SafeFetchResult {
  /** The address the body came from, after redirects. */
  url: string;
  status: number;
  /** The media type without parameters, lower-case. */
  contentType: string;
  body: string;
}

const acceptedTypes: Record<FetchAccept, readonly string[]> = {
  html: ["text/html", "application/xhtml+xml"],
  feed: ["application/rss+xml", "application/atom+xml", "application/xml", "text/xml"],
};

const acceptHeaders: Record<FetchAccept, string> = {
  html: "text/html,application/xhtml+xml;q=0.9",
  feed: "application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8",
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

const defaultLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return String(Number(seconds.toFixed(seconds < 1 ? 2 : 1)));
}

/** Parses and vets the scheme and credentials of one hop's address. */
function parseHopUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = base ? new URL(raw, base) : new URL(raw);
  } catch {
    throw new ImportError("not-allowed", "This is not a valid web address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ImportError("not-allowed");
  if (url.username || url.password) throw new ImportError("not-allowed");
  url.hash = "";
  return url;
}

/** Resolves the hop's host and returns the one address to connect to, after vetting every address. */
async function resolveHop(url: URL, options: SafeFetchOptions): Promise<ResolvedAddress> {
  const hostname = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: readonly ResolvedAddress[];
  if (ipaddr.isValid(hostname)) {
    addresses = [{ address: hostname, family: ipaddr.parse(hostname).kind() === "ipv6" ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.lookup ?? defaultLookup)(hostname);
    } catch (cause) {
      throw new ImportError("fetch-failed", "This address could not be found", { cause });
    }
  }
  const first = addresses[0];
  if (!first) throw new ImportError("fetch-failed", "This address could not be found");
  if (!isHostAllowListed(url, options.allowHosts)) {
    for (const { address } of addresses) {
      if (!checkAddress(address).allowed) throw new ImportError("not-allowed");
    }
  }
  return first;
}

/** A lookup that always answers with the vetted address, so the socket cannot be re-pointed by DNS rebinding. */
function pinnedLookup(target: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

function request(url: URL, target: ResolvedAddress, accept: FetchAccept, signal: AbortSignal) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const req = transport.request(url, {
      method: "GET",
      // A fresh connection per hop: a pooled socket could belong to an address vetted under other rules.
      agent: false,
      lookup: pinnedLookup(target),
      signal,
      headers: {
        accept: acceptHeaders[accept],
        "accept-encoding": "gzip, deflate, br",
        "user-agent": "newsquiz-importer/0.1 (+self-hosted reading quiz)",
      },
    });
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
}

function decodedStream(response: http.IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  switch (encoding) {
    case "":
    case "identity":
      return response;
    case "gzip":
    case "x-gzip":
      return response.pipe(createGunzip());
    case "deflate":
      return response.pipe(createInflate());
    case "br":
      return response.pipe(createBrotliDecompress());
    default:
      response.destroy();
      throw new ImportError("fetch-failed", `The page could not be fetched (unknown encoding ${encoding.slice(0, 40)})`);
  }
}

async function readBody(response: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new ImportError("too-large");
  }
  const stream = decodedStream(response);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) throw new ImportError("too-large");
      chunks.push(buffer);
    }
  } finally {
    // Stops the download when we gave up early (too large, aborted); a no-op after a full read.
    response.destroy();
    if (stream !== response) stream.destroy();
  }
  return Buffer.concat(chunks, total);
}

/** The charset named by the Content-Type header, or by a <meta charset> / <?xml encoding?> near the start. */
function detectCharset(contentTypeHeader: string, bytes: Uint8Array): string {
  const fromHeader = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentTypeHeader)?.[1];
  if (fromHeader) return fromHeader;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  const fromXml = /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return fromMeta ?? fromXml ?? "utf-8";
}

function decodeBody(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder("utf-8");
  }
  return decoder.decode(bytes);
}

/**
 * Fetches a web page or feed for import without letting the server be used to reach private networks.
 *
 * - Only http: and https:, no credentials in the address.
 * - Every hop's host is resolved and refused if ANY of its addresses is not public unicast
 *   (see checkAddress); the connection then goes to the vetted address only (pinned lookup).
 * - Redirects are followed by hand, at most 5, each hop vetted again; allowHosts applies per hop.
 * - One deadline (timeoutMs) for the whole fetch; the body is streamed and cut off past maxBytes.
 * - Only HTML (accept "html") or RSS/Atom/XML (accept "feed") content types are accepted.
 *
 * Throws ImportError only.
 */
export async function safeFetch(rawUrl: string | URL, options: SafeFetchOptions = {}): Promise<SafeFetchResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_FETCH_MAX_BYTES;
  const accept = options.accept ?? "html";
  const timeoutMessage = `The page took longer than ${formatSeconds(timeoutMs)} s`;

  const controller = new AbortController();
  const aborted = new Promise<never>((_resolve, reject) => {
    controller.signal.addEventListener("abort", () => reject(new Error("aborted")), { once: true });
  });
  aborted.catch(() => undefined);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  else options.signal?.addEventListener("abort", onOuterAbort, { once: true });

  try {
    let url = parseHopUrl(String(rawUrl));
    for (let hop = 0; ; hop += 1) {
      const target = await Promise.race([resolveHop(url, options), aborted]);
      const response = await Promise.race([request(url, target, accept, controller.signal), aborted]);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;

      if (redirectStatuses.has(status) && location) {
        response.destroy();
        if (hop >= MAX_REDIRECTS) throw new ImportError("too-many-redirects");
        url = parseHopUrl(location, url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new ImportError("http-status", `The page could not be fetched (HTTP ${status})`);
      }
      const contentTypeHeader = response.headers["content-type"] ?? "";
      const contentType = (contentTypeHeader.split(";")[0] ?? "").trim().toLowerCase();
      if (!acceptedTypes[accept].includes(contentType)) {
        response.destroy();
        throw new ImportError(accept === "html" ? "not-a-page" : "not-a-feed");
      }
      const bytes = await Promise.race([readBody(response, maxBytes), aborted]);
      return { url: url.toString(), status, contentType, body: decodeBody(bytes, detectCharset(contentTypeHeader, bytes)) };
    }
  } catch (error) {
    if (timedOut) throw new ImportError("timeout", timeoutMessage, { cause: error });
    if (error instanceof ImportError) throw error;
    if (controller.signal.aborted) throw new ImportError("fetch-failed", "The fetch was cancelled", { cause: error });
    throw new ImportError("fetch-failed", "The page could not be fetched", { cause: error });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
}
