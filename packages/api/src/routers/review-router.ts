import { z } from "zod";
import { createTRPCRouter, publicProcedure, userProcedure } from "../trpc";
import { countDueItems, nextReviewItem } from "../review/due-items";
import { answerReviewItem } from "../review/answer-review";
import { MAX_RESPONSE_LENGTH } from "../quizzes/quiz-config";

export const reviewItemIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a review question id.");

export const answerReviewInput = z.object({
  itemId: reviewItemIdSchema,
  /** An option's text, "true"/"false", or typed words for a cloze question. */
  response: z.string().max(MAX_RESPONSE_LENGTH, `An answer can be at most ${MAX_RESPONSE_LENGTH} characters.`),
});

export const reviewRouter = createTRPCRouter({
  /** Review questions due now (0 for a visitor without an identity). */
  dueCount: publicProcedure.query(({ ctx }) => countDueItems(ctx.db, ctx.user?.id ?? null)),
  /** The next due question (public part only) with its article, the due count and when the next one is due. */
  next: publicProcedure.query(({ ctx }) => nextReviewItem(ctx.db, ctx.user?.id ?? null)),
  /** Grades an answer, moves the question on the Leitner schedule, and reveals answer, explanation and evidence. */
  answer: userProcedure.input(answerReviewInput).mutation(({ ctx, input }) => answerReviewItem(ctx.db, { userId: ctx.user.id, itemId: input.itemId, response: input.response })),
});
