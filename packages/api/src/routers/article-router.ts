import { z } from "zod";
import { slugSchema } from "@newsquiz/article";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { articleKindSchema } from "@newsquiz/article";
import { librarySortSchema, listArticles, listArticlesPage, readerLibrary } from "../articles/list-articles";
import { getReaderArticle } from "../articles/get-article";

export const listArticlesInput = z.object({ search: z.string().trim().max(200).optional() }).optional();
export const articlePageInput = z.object({
  search: z.string().trim().max(200).optional(),
  kind: articleKindSchema.optional(),
  sort: librarySortSchema.default("newest"),
  page: z.number().int().min(1).max(100_000).default(1),
});
export const articleBySlugInput = z.object({ slug: slugSchema });

export const articleRouter = createTRPCRouter({
  list: publicProcedure.input(listArticlesInput).query(({ ctx, input }) => listArticles(ctx.db, ctx.user?.id ?? null, input?.search)),
  /** A page of the library for this visitor (their imports and progress included). */
  page: publicProcedure.input(articlePageInput).query(({ ctx, input }) => listArticlesPage(ctx.db, { viewerId: ctx.user?.id ?? null, ...input })),
  /** A page of public articles only, the same for everyone (the static library page). */
  publicPage: publicProcedure.input(articlePageInput).query(({ ctx, input }) => listArticlesPage(ctx.db, { viewerId: null, ...input })),
  /** The visitor's own part of the library: imports and reading progress (empty without a session). */
  mine: publicProcedure.query(({ ctx }) => (ctx.user ? readerLibrary(ctx.db, ctx.user.id) : { imported: [], progress: {} })),
  bySlug: publicProcedure.input(articleBySlugInput).query(({ ctx, input }) => getReaderArticle(ctx.db, { slug: input.slug, userId: ctx.user?.id ?? null })),
});
