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
      // An article imported or deleted changes the library.
      if (type === "mutation" && errors.length === 0 && paths?.some((p) => p.startsWith("import.") && p !== "import.feedPreview")) revalidatePath("/");
      return {};
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });

export { handler as GET, handler as POST };
