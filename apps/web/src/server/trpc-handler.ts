import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@newsquiz/api";
import { answerTrpcBatch, createServerContext, limitTrpcRequest, MAX_TRPC_BATCH_CALLS, type TrpcBatchAnswer, type TrpcBatchRequest } from "@newsquiz/api/server";
import { changesArticles } from "./article-changing-calls";
import { publishRevalidation, revalidateEverywhere } from "./shared-cache-tags";

/** Paths that show articles: the library and every article page. */
const ARTICLE_PATHS = [{ path: "/" }, { path: "/articles/[slug]", type: "page" as const }];

/** Every answer is this visitor's own (their session, their attempts): never stored by a browser or proxy. */
const ANSWER_HEADERS = { "cache-control": "private, no-store" };

function logInternalError({ error, path }: { error: { code: string; cause?: unknown }; path?: string | undefined }): void {
  if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
}

/**
 * One tRPC request (`/api/trpc/...`) answered: the request limits, the session (and its renewed cookies), the
 * procedures, and the revalidation of article pages after an article changed. Served by Next's route
 * (src/app/api/trpc/[trpc]/route.ts, `inNextRequest`) and, for what `answerDirectTrpc` leaves to it, by
 * server.cts directly (src/server/direct-trpc.ts) — the same function on the same instance of the API either way.
 */
export async function handleTrpcRequest(incoming: Request, { inNextRequest }: { inNextRequest: boolean }): Promise<Response> {
  // Batch size and body size are checked before tRPC parses anything (400 / 413 with a readable message).
  const req = await limitTrpcRequest(incoming, "/api/trpc");
  if (req instanceof Response) return req;
  let articlesChanged = false;
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    maxBatchSize: MAX_TRPC_BATCH_CALLS,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createServerContext({ headers: req.headers, resHeaders }),
    responseMeta({ paths, type, errors }) {
      if (type === "mutation" && errors.length === 0 && paths?.some(changesArticles)) articlesChanged = true;
      return { headers: ANSWER_HEADERS };
    },
    onError: logInternalError,
  });
  // On every node (shared through the database), and recorded before this response reaches the reader. Outside
  // a Next request (server.cts never sends these calls here, but should one arrive) the database record alone
  // does it: every node's cache handler, this one's too, reads it before it serves a cached page.
  if (articlesChanged) await (inNextRequest ? revalidateEverywhere(ARTICLE_PATHS) : publishRevalidation(ARTICLE_PATHS));
  return response;
}

/**
 * A tRPC request server.cts has read itself, answered without building a fetch Request and Response around
 * it when it is a batch as the app's client sends one (@newsquiz/api's answerTrpcBatch: the same context,
 * procedures, error shapes, headers and statuses). Everything else — anything over a limit, anything tRPC
 * refuses, calls that change articles — goes through `handleTrpcRequest` as a Request, unchanged.
 */
export async function answerDirectTrpc(req: TrpcBatchRequest, toRequest: () => Request): Promise<TrpcBatchAnswer | Response> {
  const answer = await answerTrpcBatch(req, {
    router: appRouter,
    endpoint: "/api/trpc",
    createContext: createServerContext,
    responseMeta: () => ({ headers: ANSWER_HEADERS }),
    onError: logInternalError,
    leaveToFetchHandler: changesArticles,
  });
  return answer ?? handleTrpcRequest(toRequest(), { inNextRequest: false });
}
