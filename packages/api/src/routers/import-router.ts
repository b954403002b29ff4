import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { slugSchema } from "@newsquiz/article";
import { createTRPCRouter, guestProcedure } from "../trpc";
import {
  addressImportInput,
  deleteArticle,
  feedItemInput,
  feedPreviewInput,
  feedPreviewLimiter,
  fetchOptionsFromEnv,
  fileImportInput,
  importFeedItem,
  importFromAddress,
  importLimiter,
  importPastedArticle,
  importUploadedFile,
  importUserError,
  pasteImportInput,
  previewFeed,
} from "../import-articles";

/** Every import call: a visitor becomes a guest, and the importers' errors reach them with their own words. */
const importProcedure = guestProcedure.use(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const userError = importUserError(result.error.cause);
    if (userError) throw new TRPCError({ code: userError.code, message: userError.message, cause: result.error.cause });
  }
  return result;
});

export const deleteArticleInput = z.object({ slug: slugSchema });

export const importRouter = createTRPCRouter({
  paste: importProcedure.input(pasteImportInput).mutation(async ({ ctx, input }) => {
    await importLimiter.consume(ctx.user.id);
    return importPastedArticle(ctx.db, ctx.user.id, input);
  }),
  file: importProcedure.input(fileImportInput).mutation(async ({ ctx, input }) => {
    await importLimiter.consume(ctx.user.id);
    return importUploadedFile(ctx.db, ctx.user.id, input);
  }),
  url: importProcedure.input(addressImportInput).mutation(async ({ ctx, input }) => {
    await importLimiter.consume(ctx.user.id);
    return importFromAddress(ctx.db, ctx.user.id, input.url, fetchOptionsFromEnv());
  }),
  feedPreview: importProcedure.input(feedPreviewInput).mutation(async ({ ctx, input }) => {
    await feedPreviewLimiter.consume(ctx.user.id);
    return previewFeed(input.url, fetchOptionsFromEnv());
  }),
  /** One ticked feed item; the browser calls it item by item and shows each result. */
  feedItem: importProcedure.input(feedItemInput).mutation(async ({ ctx, input }) => {
    await importLimiter.consume(ctx.user.id);
    return importFeedItem(ctx.db, ctx.user.id, input, fetchOptionsFromEnv());
  }),
  /** The owner removes an imported article (soft delete; past scores stay). */
  delete: importProcedure.input(deleteArticleInput).mutation(({ ctx, input }) => deleteArticle(ctx.db, { userId: ctx.user.id, slug: input.slug })),
});
