import { initTRPC, TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sampleArticle } from "@newsquiz/article/samples";
import { appRouter } from "../root";
import { useTestApi } from "../test-api";
import { createContext } from "../trpc";
import type { TestVisitor } from "../testing";
import { answerTrpcBatch, type TrpcBatchAnswer, type TrpcBatchOptions } from "./answer-trpc-batch";
import { limitTrpcRequest, MAX_TRPC_BATCH_CALLS } from "./request-limits";

/**
 * The batch path must answer exactly as tRPC's fetch handler does (apps/web/src/server/trpc-handler.ts runs
 * either): every request below goes through both, and status, headers, cookies and body must be the same.
 */

interface Sent {
  method: "GET" | "POST";
  /** Path and query, e.g. `/api/trpc/a,b?batch=1`. */
  url: string;
  headers?: Record<string, string>;
  body?: string;
}
type Compared = { status: number; headers: Record<string, string>; setCookies: string[]; body: string };

const CACHE = { "cache-control": "private, no-store" };

/** Through tRPC's fetch handler, as apps/web's route answers (limits first). */
async function viaFetchHandler<TContext extends object>(sent: Sent, router: TrpcBatchOptions<TContext>["router"], context: TrpcBatchOptions<TContext>["createContext"]): Promise<Compared> {
  const req = await limitTrpcRequest(new Request(`http://127.0.0.1:3000${sent.url}`, { method: sent.method, headers: sent.headers, body: sent.body ?? null }), "/api/trpc");
  const res =
    req instanceof Response
      ? req
      : await fetchRequestHandler({
          endpoint: "/api/trpc",
          req,
          router,
          maxBatchSize: MAX_TRPC_BATCH_CALLS,
          createContext: ({ req: r, resHeaders }) => context({ headers: r.headers, resHeaders }),
          responseMeta: () => ({ headers: CACHE }),
        });
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  return { status: res.status, headers, setCookies: res.headers.getSetCookie(), body: await res.text() };
}

/** Through the batch path; null where it leaves the request to the fetch handler. */
function viaBatchPath<TContext extends object>(sent: Sent, router: TrpcBatchOptions<TContext>["router"], context: TrpcBatchOptions<TContext>["createContext"]): Promise<TrpcBatchAnswer | null> {
  return answerTrpcBatch(
    { method: sent.method, url: sent.url, headers: new Headers(sent.headers), body: sent.body === undefined ? null : Buffer.from(sent.body) },
    { router, endpoint: "/api/trpc", createContext: context, responseMeta: () => ({ headers: CACHE }) },
  );
}

const batchBody = (...inputs: unknown[]) => JSON.stringify(Object.fromEntries(inputs.map((input, i) => [i, superjson.serialize(input)])));
const batchQuery = (...inputs: unknown[]) => `input=${encodeURIComponent(batchBody(...inputs))}`;
const JSON_TYPE = { "content-type": "application/json" };

// A router of the app's shape (superjson, an error formatter) whose answers do not change between two calls.
const t = initTRPC.context<{ user: string | null }>().create({
  transformer: superjson,
  errorFormatter: ({ shape, error }) => ({ ...shape, data: { ...shape.data, stack: undefined, formatted: error.code } }),
});
const when = new Date("2026-12-04T10:00:00Z");
const router = t.router({
  echo: t.procedure.input(z.object({ text: z.string().max(5) })).query(({ input, ctx }) => ({ text: input.text, user: ctx.user, at: when, tags: new Set(["a"]) })),
  nothing: t.procedure.query(() => undefined),
  secret: t.procedure.query(({ ctx }) => {
    if (!ctx.user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in first." });
    return "s";
  }),
  crash: t.procedure.query(() => {
    throw new Error("database gone");
  }),
  stream: t.procedure.query(() => ({ later: Promise.resolve(1) })),
  save: t.procedure.input(z.object({ n: z.number().int() })).mutation(({ input }) => ({ doubled: input.n * 2, at: when })),
  nested: t.router({ deep: t.procedure.query(() => 42) }),
});
const context = ({ headers, resHeaders }: { headers: Headers; resHeaders: Headers }) => {
  resHeaders.append("set-cookie", "seen=1; Path=/");
  resHeaders.append("set-cookie", "again=2; Path=/");
  if (headers.get("cookie") === "broken") throw new Error("session store gone");
  return Promise.resolve({ user: headers.get("cookie") });
};

async function expectSameAnswer(sent: Sent): Promise<Compared> {
  const expected = await viaFetchHandler(sent, router, context);
  const answer = await viaBatchPath(sent, router, context);
  expect(answer).not.toBeNull();
  expect(answer).toEqual(expected);
  return expected;
}

describe("the batch path answers as tRPC's fetch handler", () => {
  it.each<[string, Sent]>([
    ["a query with a Date and a Set (superjson's meta)", { method: "GET", url: `/api/trpc/echo?batch=1&${batchQuery({ text: "hi" })}`, headers: { cookie: "u1" } }],
    ["a batch of queries, one nested, one without input", { method: "GET", url: `/api/trpc/echo,nested.deep,nothing?batch=1&${batchQuery({ text: "a" })}` }],
    ["a query without any input", { method: "GET", url: "/api/trpc/nested.deep?batch=1" }],
    ["a mutation", { method: "POST", url: "/api/trpc/save?batch=1", headers: JSON_TYPE, body: batchBody({ n: 21 }) }],
    ["a mutation with a charset in its content type", { method: "POST", url: "/api/trpc/save?batch=1", headers: { "content-type": "Application/JSON; charset=utf-8" }, body: batchBody({ n: 1 }) }],
  ])("%s", async (_name, sent) => {
    const { status } = await expectSameAnswer(sent);
    expect(status).toBe(200);
  });

  it.each<[string, Sent, number]>([
    ["input the schema refuses (400, the formatted zod error)", { method: "GET", url: `/api/trpc/echo?batch=1&${batchQuery({ text: "too long" })}` }, 400],
    ["a procedure that refuses (401)", { method: "GET", url: "/api/trpc/secret?batch=1" }, 401],
    ["a procedure that crashes (500, its message as tRPC gives it)", { method: "GET", url: "/api/trpc/crash?batch=1" }, 500],
    ["a batch whose calls end differently (207)", { method: "GET", url: `/api/trpc/echo,secret?batch=1&${batchQuery({ text: "ok" })}` }, 207],
    ["a context that fails (every call gets its error)", { method: "GET", url: "/api/trpc/echo,nothing?batch=1", headers: { cookie: "broken" } }, 500],
    ["an answer holding a promise (refused as tRPC refuses it)", { method: "GET", url: "/api/trpc/stream?batch=1" }, 415],
    ["a mutation's input of the wrong type", { method: "POST", url: "/api/trpc/save?batch=1", headers: JSON_TYPE, body: batchBody({ n: 1.5 }) }, 400],
  ])("%s", async (_name, sent, status) => {
    const expected = await expectSameAnswer(sent);
    expect(expected.status).toBe(status);
  });

  it("calls onError with each failing call, as the fetch handler's onError", async () => {
    const seen: string[] = [];
    await answerTrpcBatch(
      { method: "GET", url: `/api/trpc/echo,secret,crash?batch=1&${batchQuery({ text: "ok" })}`, headers: new Headers(), body: null },
      { router, endpoint: "/api/trpc", createContext: context, onError: ({ error, path }) => seen.push(`${path} ${error.code}`) },
    );
    expect(seen.sort()).toEqual(["crash INTERNAL_SERVER_ERROR", "secret UNAUTHORIZED"]);
  });

  it("hands responseMeta the paths, the type and the errors, and takes its headers and status", async () => {
    let meta: unknown;
    const answer = await answerTrpcBatch(
      { method: "POST", url: "/api/trpc/save,save?batch=1", headers: new Headers(JSON_TYPE), body: Buffer.from(batchBody({ n: 1 }, { n: 0.5 })) },
      {
        router,
        endpoint: "/api/trpc",
        createContext: context,
        responseMeta: ({ paths, type, errors }) => ((meta = { paths, type, errors: errors.map((e) => e.code) }), { headers: { "x-meta": "yes" }, status: 299 }),
      },
    );
    expect(meta).toEqual({ paths: ["save", "save"], type: "mutation", errors: ["BAD_REQUEST"] });
    expect(answer?.status).toBe(299);
    expect(answer?.headers["x-meta"]).toBe("yes");
  });
});

describe("what the batch path leaves to tRPC's fetch handler, having run nothing", () => {
  it.each<[string, Sent]>([
    ["a call that is not batched", { method: "GET", url: `/api/trpc/echo?input=${encodeURIComponent(JSON.stringify(superjson.serialize({ text: "a" })))}` }],
    ["an unknown procedure", { method: "GET", url: "/api/trpc/echo,missing?batch=1" }],
    ["a mutation asked for by GET", { method: "GET", url: "/api/trpc/save?batch=1" }],
    ["a query sent by POST", { method: "POST", url: "/api/trpc/echo?batch=1", headers: JSON_TYPE, body: batchBody({ text: "a" }) }],
    ["a body that is not JSON", { method: "POST", url: "/api/trpc/save?batch=1", headers: JSON_TYPE, body: "{nope" }],
    ["a body that is JSON but not an object", { method: "POST", url: "/api/trpc/save?batch=1", headers: JSON_TYPE, body: "[1]" }],
    ["a mutation without a body", { method: "POST", url: "/api/trpc/save?batch=1", headers: JSON_TYPE }],
    ["a mutation of another content type", { method: "POST", url: "/api/trpc/save?batch=1", headers: { "content-type": "text/plain" }, body: batchBody({ n: 1 }) }],
    ["input superjson cannot read", { method: "POST", url: "/api/trpc/save?batch=1", headers: JSON_TYPE, body: JSON.stringify({ 0: { json: { n: 1 }, meta: { values: { n: ["custom", "Unknown"] } } } }) }],
    ["a streaming client", { method: "GET", url: "/api/trpc/nothing?batch=1", headers: { "trpc-accept": "application/jsonl" } }],
    ["an escaped path", { method: "GET", url: "/api/trpc/nested%2Edeep?batch=1" }],
    ["more calls than a batch may hold", { method: "GET", url: `/api/trpc/${Array(MAX_TRPC_BATCH_CALLS + 1).fill("nothing").join(",")}?batch=1` }],
    ["another method", { method: "PUT" as "POST", url: "/api/trpc/save?batch=1", headers: JSON_TYPE, body: batchBody({ n: 1 }) }],
  ])("%s", async (_name, sent) => {
    let contexts = 0;
    const counting: typeof context = (opts) => (contexts++, context(opts));
    expect(await viaBatchPath(sent, router, counting)).toBeNull();
    expect(contexts).toBe(0);
  });

  it("leaves the paths its caller names (calls that change articles) to the fetch handler", async () => {
    const answer = await answerTrpcBatch(
      { method: "POST", url: "/api/trpc/save?batch=1", headers: new Headers(JSON_TYPE), body: Buffer.from(batchBody({ n: 1 })) },
      { router, endpoint: "/api/trpc", createContext: context, leaveToFetchHandler: (path) => path === "save" },
    );
    expect(answer).toBeNull();
  });
});

describe("the app's own calls, on a real database", () => {
  const api = useTestApi();
  const appContext = (v: TestVisitor) => (opts: { headers: Headers; resHeaders: Headers }) => createContext({ db: v.db, auth: v.auth, ...opts });
  const withCookies = (v: TestVisitor, headers: Record<string, string> = {}) => ({ ...headers, cookie: v.cookieHeader() });

  it("answers the reader's queries and refusals exactly as the fetch handler (session, errors, 404s)", async () => {
    const v = api.visitor();
    const started = await (await v.caller()).quiz.start({ slug: sampleArticle().slug });
    const requests: Sent[] = [
      { method: "GET", url: "/api/trpc/session.me?batch=1", headers: withCookies(v) },
      { method: "GET", url: `/api/trpc/attempt.get,quiz.current?batch=1&${batchQuery({ attemptId: started.id }, { slug: sampleArticle().slug })}`, headers: withCookies(v) },
      { method: "GET", url: `/api/trpc/attempt.get?batch=1&${batchQuery({ attemptId: "nobody-s-attempt" })}`, headers: withCookies(v) },
      { method: "POST", url: "/api/trpc/attempt.submit?batch=1", headers: withCookies(v, JSON_TYPE), body: batchBody({ attemptId: "not an id!" }) },
      { method: "POST", url: "/api/trpc/attempt.submit?batch=1", headers: withCookies(v, JSON_TYPE), body: batchBody({ attemptId: "unknownattempt" }) },
      // no session: the procedure for users refuses (401)
      { method: "POST", url: "/api/trpc/attempt.submit?batch=1", headers: JSON_TYPE, body: batchBody({ attemptId: started.id }) },
    ];
    for (const sent of requests) {
      const expected = await viaFetchHandler(sent, appRouter, appContext(v));
      expect(await viaBatchPath(sent, appRouter, appContext(v)), sent.url).toEqual(expected);
    }
  });

  it("submits a quiz with the same result, stored the same way", async () => {
    const v = api.visitor();
    const a = await (await v.caller()).quiz.start({ slug: sampleArticle().slug });
    const submit = (attemptId: string): Sent => ({ method: "POST", url: "/api/trpc/attempt.submit?batch=1", headers: withCookies(v, JSON_TYPE), body: batchBody({ attemptId }) });
    const expected = await viaFetchHandler(submit(a.id), appRouter, appContext(v));
    const b = await (await v.caller()).quiz.start({ slug: sampleArticle().slug, fresh: true });
    const answer = await viaBatchPath(submit(b.id), appRouter, appContext(v));
    expect(answer).not.toBeNull();
    // The two attempts differ only in their ids, times and (a fresh variant) their questions: compare the shape.
    const shape = (body: string) => {
      const [first] = JSON.parse(body) as [{ result: { data: { json: Record<string, unknown>; meta: unknown } } }];
      const { json, meta } = first.result.data;
      return { keys: Object.keys(json).sort(), submitted: Boolean(json.submittedAt), meta };
    };
    expect(answer!.status).toBe(expected.status);
    expect(answer!.headers).toEqual(expected.headers);
    expect(shape(answer!.body)).toEqual(shape(expected.body));
    const stored = await v.db.attempt.findUniqueOrThrow({ where: { id: b.id } });
    expect(stored.submittedAt).toBeInstanceOf(Date);
    expect(stored.score).not.toBeNull();
    // submitting again answers the stored result, the same through both paths
    expect(await viaBatchPath(submit(b.id), appRouter, appContext(v))).toEqual(await viaFetchHandler(submit(b.id), appRouter, appContext(v)));
  });
});
