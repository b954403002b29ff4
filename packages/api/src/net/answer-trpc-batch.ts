/**
 * A tRPC batch answered from a request already read into memory, without the fetch `Request` / `Response`
 * pair tRPC's adapters build around every call (undici's request, its body stream, an AbortSignal made
 * transferable, two derived signals, a response stream read back into a string): on a quiz submit that
 * plumbing cost about a fifth of the server's CPU (README.md, Performance).
 *
 * Only the shape the app's own client sends is taken (httpBatchLink: `?batch=1`, JSON, queries by GET and
 * mutations by POST, every procedure found); for it the answer is built the way tRPC 11.22.1's
 * `resolveResponse` builds a non-streaming batch answer, with tRPC's own functions (error shapes through the
 * router's error formatter, the transformer, the HTTP status of a batch, `vary`). Anything else — a path or
 * input tRPC would refuse, another content type, a streaming accept header, a body or batch over the limits —
 * answers `null` before anything runs, and the caller hands the request to tRPC's fetch handler as before,
 * so every refusal keeps the exact answer it had. answer-trpc-batch.test.ts holds both paths to the same
 * answers, so a tRPC upgrade that changes the format fails there.
 */
import type { AnyTRPCRouter } from "@trpc/server";
// tRPC's own building blocks of `resolveResponse` (exact version pinned in package.json; see the test).
import {
  getErrorShape,
  getHTTPStatusCode,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  isAsyncIterable,
  isObject,
  isPromise,
  transformTRPCResponse,
  TRPCError,
  type AnyProcedure,
  type TRPCResponse,
} from "@trpc/server/unstable-core-do-not-import";
import { MAX_TRPC_BATCH_CALLS, MAX_TRPC_BODY_BYTES } from "./request-limits";

/** One request as the web server read it: method, path and query, headers, the whole body. */
export interface TrpcBatchRequest {
  method: string;
  /** The request target: `/api/trpc/a,b?batch=1&input=…`. */
  url: string;
  headers: Headers;
  body: Uint8Array | null;
}

/** The answer to write: status, headers (lower-case names), the Set-Cookie lines, the JSON body. */
export interface TrpcBatchAnswer {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
}

export interface TrpcBatchOptions<TContext> {
  router: AnyTRPCRouter;
  /** The endpoint's path, `/api/trpc`. */
  endpoint: string;
  /** The context of the request; its Set-Cookie lines go on `resHeaders` (as tRPC's fetch adapter gives them). */
  createContext(opts: { headers: Headers; resHeaders: Headers }): Promise<TContext>;
  /** Headers (and a status) for the answer, after every call has run, as tRPC's `responseMeta`. */
  responseMeta?(opts: { paths: string[]; type: "query" | "mutation"; errors: TRPCError[] }): { headers?: Record<string, string>; status?: number };
  onError?(opts: { error: TRPCError; path: string; type: "query" | "mutation"; input: unknown }): void;
  /** Paths that must not be answered here (the caller answers them elsewhere). */
  leaveToFetchHandler?(path: string): boolean;
}

interface Call {
  path: string;
  procedure: AnyProcedure;
  input: unknown;
}

/**
 * The calls of a request this module answers, or null when tRPC's fetch handler must answer it. Nothing has
 * run yet when it says null.
 */
async function callsOf<TContext>(req: TrpcBatchRequest, opts: TrpcBatchOptions<TContext>): Promise<{ calls: Call[]; type: "query" | "mutation" } | null> {
  const type = req.method === "POST" ? "mutation" : req.method === "GET" ? "query" : null;
  if (!type) return null;
  const queryAt = req.url.indexOf("?");
  const pathname = queryAt < 0 ? req.url : req.url.slice(0, queryAt);
  if (!pathname.startsWith(`${opts.endpoint}/`) || pathname.includes("%")) return null;
  const search = new URLSearchParams(queryAt < 0 ? "" : req.url.slice(queryAt + 1));
  if (search.get("batch") !== "1" || search.has("connectionParams")) return null;
  const paths = pathname.slice(opts.endpoint.length + 1).split(",");
  if (paths.length > MAX_TRPC_BATCH_CALLS || paths.some((p) => p === "" || opts.leaveToFetchHandler?.(p))) return null;
  // A streaming client (httpBatchStreamLink, subscriptions) gets tRPC's streaming answers.
  if (req.headers.get("trpc-accept") !== null || (req.headers.get("accept") ?? "").split(",").some((t) => t.trim() === "application/jsonl")) return null;
  const contentType = req.headers.get("content-type")?.toLowerCase().split(";", 1)[0]?.trim();
  let rawInputs: string | null;
  if (type === "mutation") {
    if (contentType !== "application/json" || !req.body || req.body.byteLength === 0 || req.body.byteLength > MAX_TRPC_BODY_BYTES) return null;
    rawInputs = Buffer.from(req.body.buffer, req.body.byteOffset, req.body.byteLength).toString("utf8");
  } else {
    if (contentType !== undefined && contentType !== "application/json") return null;
    rawInputs = search.get("input");
  }
  let parsed: unknown;
  try {
    parsed = rawInputs === null ? undefined : JSON.parse(rawInputs);
  } catch {
    return null; // tRPC answers a body that is not JSON with its own 400s
  }
  if (parsed !== undefined && !isObject(parsed)) return null;
  const inputs = parsed;
  const transformer = opts.router._def._config.transformer;
  const calls: Call[] = [];
  for (const [index, path] of paths.entries()) {
    const procedure = await getProcedureAtPath(opts.router, path);
    if (!procedure || procedure._def.type !== type) return null;
    const raw = inputs?.[index];
    let input: unknown;
    try {
      input = raw === undefined ? undefined : transformer.input.deserialize(raw);
    } catch {
      return null;
    }
    calls.push({ path, procedure, input });
  }
  return { calls, type };
}

/** Data tRPC refuses to send in a plain (non-streaming) answer: async iterables, objects holding promises. */
function isDataStream(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (isAsyncIterable(value)) return true;
  return Object.values(value).some((v) => isPromise(v) || isAsyncIterable(v));
}

/**
 * Answers a well-formed tRPC batch (see the module's comment), or returns null — having run nothing — for the
 * caller to hand to tRPC's fetch handler.
 */
export async function answerTrpcBatch<TContext>(req: TrpcBatchRequest, opts: TrpcBatchOptions<TContext>): Promise<TrpcBatchAnswer | null> {
  const found = await callsOf(req, opts);
  if (!found) return null;
  const { calls, type } = found;
  const config = opts.router._def._config;
  const resHeaders = new Headers();
  let ctx: TContext | undefined;
  let contextError: TRPCError | undefined;
  try {
    ctx = await opts.createContext({ headers: req.headers, resHeaders });
  } catch (cause) {
    contextError = getTRPCErrorFromUnknown(cause);
  }
  const inputRead = calls.map(() => false);
  const results = await Promise.all(
    calls.map(async (call, batchIndex): Promise<[TRPCError, undefined] | [undefined, { data: unknown }]> => {
      try {
        if (contextError) throw contextError;
        const data: unknown = await call.procedure({
          path: call.path,
          getRawInput: async () => {
            inputRead[batchIndex] = true;
            return call.input;
          },
          ctx,
          type,
          // No procedure of the app reads its signal (a client that leaves does not stop a submit or an import
          // midway on either path): none is made, which was part of the fetch Request's cost.
          signal: undefined,
          batchIndex,
        });
        if (isDataStream(data)) {
          throw new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink" });
        }
        return [undefined, { data }];
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        opts.onError?.({ error, path: call.path, type, input: inputRead[batchIndex] ? call.input : undefined });
        return [error, undefined];
      }
    }),
  );
  const responses: TRPCResponse[] = results.map(([error, result], index) => {
    const call = calls[index]!;
    if (error) return { error: getErrorShape({ config, ctx, error, input: inputRead[index] ? call.input : undefined, path: call.path, type }) };
    return { result: { data: result!.data } };
  });
  const errors = results.flatMap(([error]) => (error ? [error] : []));
  const meta = opts.responseMeta?.({ paths: calls.map((c) => c.path), type, errors }) ?? {};
  for (const [name, value] of Object.entries(meta.headers ?? {})) resHeaders.set(name, value);
  const headers: Record<string, string> = { "content-type": "application/json", vary: "trpc-accept, accept" };
  // as tRPC appends the context's and responseMeta's headers to its own
  resHeaders.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  });
  return {
    status: meta.status ?? getHTTPStatusCode(responses),
    headers,
    setCookies: resHeaders.getSetCookie(),
    body: JSON.stringify(transformTRPCResponse(config, responses)),
  };
}
