import { revalidatePath } from "next/cache";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@newsquiz/api";
import { createServerContext } from "@newsquiz/api/server";

const handler = (req: Request) =>
  fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ req, resHeaders }) => createServerContext({ headers: req.headers, resHeaders }),
    responseMeta({ paths, type, errors }) {
      // An article imported, re-imported (edited) or deleted changes the library and that article's page. On
      // every node: the revalidated tags are shared through the database (cache-handler.mjs).
      if (type === "mutation" && errors.length === 0 && paths?.some((p) => p.startsWith("import.") && p !== "import.feedPreview")) {
        revalidatePath("/");
        revalidatePath("/articles/[slug]", "page");
      }
      return {};
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });

export { handler as GET, handler as POST };
