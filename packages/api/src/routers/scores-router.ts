import { createTRPCRouter, publicProcedure } from "../trpc";
import { exportAttemptsCsv, getScoresOverview } from "../scores/get-scores-overview";
import { tzInput } from "../scores/streak";

export { tzInput as scoresInput };

export const scoresRouter = createTRPCRouter({
  /** Totals, streak, chart, per-article summaries and attempts of the visitor (empty for a new visitor). */
  overview: publicProcedure.input(tzInput).query(({ ctx, input }) => getScoresOverview(ctx.db, ctx.user?.id ?? null, input.tz)),
  /** Every attempt of the visitor as CSV text with a header line. */
  csv: publicProcedure.input(tzInput).query(({ ctx, input }) => exportAttemptsCsv(ctx.db, ctx.user?.id ?? null, input.tz)),
});
