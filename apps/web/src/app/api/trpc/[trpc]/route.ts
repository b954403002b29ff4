import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@newsquiz/api";
import { createServerContext, limitTrpcRequest, MAX_TRPC_BATCH_CALLS } from "@newsquiz/api/server";
import { revalidateEverywhere } from "@/server/shared-cache-tags";

/** Paths that show articles: the library and every article page. */
const ARTICLE_PATHS = [{ path: "/" }, { path: "/articles/[slug]", type: "page" as const }];

async function handler(incoming: Request): Promise<Response> {
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
      // An article imported, re-imported (edited) or deleted changes the library and the article pages.
      if (type === "mutation" && errors.length === 0 && paths?.some((p) => p.startsWith("import.") && p !== "import.feedPreview")) articlesChanged = true;
      // Every answer is this visitor's own (their session, their attempts): never stored by a browser or proxy.
      return { headers: { "cache-control": "private, no-store" } };
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
  // On every node (shared through the database), and recorded before this response reaches the reader.
  if (articlesChanged) await revalidateEverywhere(ARTICLE_PATHS);
  return response;
}

export { handler as GET, handler as POST };
