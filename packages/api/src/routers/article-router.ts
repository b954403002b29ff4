import { z } from "zod";
import { slugSchema } from "@newsquiz/article";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { listArticles } from "../articles/list-articles";
import { getArticle } from "../articles/get-article";

export const listArticlesInput = z.object({ search: z.string().trim().max(200).optional() }).optional();
export const articleBySlugInput = z.object({ slug: slugSchema });

export const articleRouter = createTRPCRouter({
  list: publicProcedure.input(listArticlesInput).query(({ ctx, input }) => listArticles(ctx.db, ctx.user?.id ?? null, input?.search)),
  bySlug: publicProcedure.input(articleBySlugInput).query(async ({ ctx, input }) => {
    const { id: _id, ownerId, ...article } = await getArticle(ctx.db, input.slug, ctx.user?.id ?? null);
    return { ...article, imported: ownerId !== null };
  }),
});
