/**
 * Limits on what one HTTP request may ask of the server, checked before anything is parsed: how many tRPC
 * calls a batch holds and how large a body is. Over a limit, the request is answered at once with a
 * readable message, and a body is never read past the limit.
 */
import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

/** Calls one tRPC request may carry (the app's own client batches at most this many: apps/web/src/trpc/react.tsx). */
export const MAX_TRPC_BATCH_CALLS = 10;
/** Largest tRPC request body: a 200 KB paste or upload (1,000,000 characters at most) fits with room to spare. */
export const MAX_TRPC_BODY_BYTES = 2 * 1024 * 1024;
/** Largest body the auth routes read: an email, a password and a name fit many times over. */
export const MAX_AUTH_BODY_BYTES = 16 * 1024;

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`);

/**
 * The request with its body read up to `maxBytes`, or `"too-large"` once it goes over: a declared
 * Content-Length over the limit is refused unread, a streamed body is cancelled at the first byte past it.
 */
export async function readBodyWithin(req: Request, maxBytes: number): Promise<Request | "too-large"> {
  if (!req.body) return req;
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return "too-large";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  return new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks), signal: req.signal });
}

/** A 413 for the auth routes, in better-auth's error shape (`{ code, message }`). */
export function authBodyTooLarge(): Response {
  return Response.json(
    { code: "BODY_TOO_LARGE", message: `Requests to sign in or sign up must be smaller than ${kb(MAX_AUTH_BODY_BYTES)}.` },
    { status: 413 },
  );
}

/** The procedure paths of a tRPC request: `/api/trpc/a,b,c?batch=1` → 3 calls. */
function trpcCalls(url: URL, endpoint: string): { paths: string[]; batch: boolean } {
  const raw = url.pathname.slice(endpoint.length + 1);
  let rest: string;
  try {
    rest = decodeURIComponent(raw);
  } catch {
    rest = raw; // A malformed escape: tRPC itself refuses it (400).
  }
  const batch = url.searchParams.get("batch") === "1";
  return { paths: batch ? rest.split(",") : [rest], batch };
}

type LimitCode = "BAD_REQUEST" | "PAYLOAD_TOO_LARGE";

/**
 * A tRPC error answer that tRPC clients read like any other (with the superjson transformer the app uses):
 * one error per call in a batch, so the message reaches whichever call the reader made.
 */
function trpcLimitResponse(calls: { paths: string[]; batch: boolean }, code: LimitCode, httpStatus: number, message: string): Response {
  const error = (path: string) => ({ error: { json: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus, path } } } });
  const body = calls.batch ? calls.paths.map(error) : error(calls.paths[0] ?? "");
  return Response.json(body, { status: httpStatus, headers: { "cache-control": "no-store" } });
}

/**
 * Checks a tRPC request against the batch and body limits. Returns the request to hand to tRPC (its body
 * already read, within the limit), or the 400 / 413 answer to send instead.
 */
export async function limitTrpcRequest(req: Request, endpoint = "/api/trpc"): Promise<Request | Response> {
  const calls = trpcCalls(new URL(req.url), endpoint);
  if (calls.paths.length > MAX_TRPC_BATCH_CALLS) {
    return trpcLimitResponse(
      calls,
      "BAD_REQUEST",
      400,
      `One request may hold at most ${MAX_TRPC_BATCH_CALLS} calls; this one held ${calls.paths.length}. Send them in smaller batches.`,
    );
  }
  const limited = await readBodyWithin(req, MAX_TRPC_BODY_BYTES);
  if (limited === "too-large") {
    return trpcLimitResponse(calls, "PAYLOAD_TOO_LARGE", 413, `This request is too large: the server reads at most ${kb(MAX_TRPC_BODY_BYTES)}. Send a shorter text or a smaller file.`);
  }
  return limited;
}
