import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@newsquiz/api";
import { createServerContext, limitTrpcRequest, MAX_TRPC_BATCH_CALLS } from "@newsquiz/api/server";
import { changesArticles } from "./article-changing-calls";
import { publishRevalidation, revalidateEverywhere } from "./shared-cache-tags";

/** Paths that show articles: the library and every article page. */
const ARTICLE_PATHS = [{ path: "/" }, { path: "/articles/[slug]", type: "page" as const }];

/**
 * One tRPC request (`/api/trpc/...`) answered: the request limits, the session (and its renewed cookies), the
 * procedures, and the revalidation of article pages after an article changed. Served by Next's route
 * (src/app/api/trpc/[trpc]/route.ts, `inNextRequest`) and, for everything but article changes, by server.cts
 * directly (src/server/direct-trpc.ts) — the same function on the same instance of the API either way.
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
      // Every answer is this visitor's own (their session, their attempts): never stored by a browser or proxy.
      return { headers: { "cache-control": "private, no-store" } };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
  // On every node (shared through the database), and recorded before this response reaches the reader. Outside
  // a Next request (server.cts never sends these calls here, but should one arrive) the database record alone
  // does it: every node's cache handler, this one's too, reads it before it serves a cached page.
  if (articlesChanged) await (inNextRequest ? revalidateEverywhere(ARTICLE_PATHS) : publishRevalidation(ARTICLE_PATHS));
  return response;
}
