import { TRPCError } from "@trpc/server";
import { createCaller } from "@newsquiz/api";
import { createServerContext } from "@newsquiz/api/server";
import { slugSchema } from "@newsquiz/article";
import type { ReaderArticle } from "@/components/reader/article-reader";

/** A public article as everyone sees it (no visitor: the page is the same for all), or null when there is none. */
export async function loadPublicArticle(slug: string): Promise<ReaderArticle | null> {
  if (!slugSchema.safeParse(slug).success) return null;
  const caller = createCaller(await createServerContext({ headers: new Headers(), resHeaders: new Headers() }));
  try {
    return await caller.article.bySlug({ slug });
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}
