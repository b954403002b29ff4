import { z } from "zod";
import { slugSchema } from "@newsquiz/article";
import { createTRPCRouter, guestProcedure, publicProcedure } from "../trpc";
import { getProgress, saveProgress } from "../progress/reading-progress";

export const getProgressInput = z.object({ slug: slugSchema });
export const saveProgressInput = z.object({
  slug: slugSchema,
  paragraph: z.number().int().min(0).max(10_000),
  ratio: z.number().min(0).max(1),
  finished: z.boolean().optional(),
});

export const progressRouter = createTRPCRouter({
  get: publicProcedure.input(getProgressInput).query(({ ctx, input }) => getProgress(ctx.db, { userId: ctx.user?.id ?? null, slug: input.slug })),
  save: guestProcedure.input(saveProgressInput).mutation(({ ctx, input }) => saveProgress(ctx.db, ctx.user.id, input)),
});
