import { createTRPCRouter, publicProcedure } from "../trpc";

export const sessionRouter = createTRPCRouter({
  /** Who is using the app: null for a visitor who has not done anything yet. */
  me: publicProcedure.query(({ ctx }) => ctx.user),
});
