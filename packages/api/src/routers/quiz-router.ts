import { z } from "zod";
import { slugSchema } from "@newsquiz/article";
import { quizDifficultySchema } from "@newsquiz/quiz";
import { createTRPCRouter, guestProcedure, publicProcedure, userProcedure } from "../trpc";
import { findOpenAttemptView, startAttempt } from "../quizzes/start-attempt";
import { quizAvailabilityBySlug } from "../quizzes/quiz-availability";
import { getAttempt } from "../quizzes/get-attempt";
import { saveAnswer } from "../quizzes/save-answer";
import { submitAttempt } from "../quizzes/submit-attempt";
import { flagQuestion, flagReasonSchema } from "../quizzes/flag-question";
import { MAX_RESPONSE_LENGTH } from "../quizzes/quiz-config";

const idSchema = (what: string) =>
  z
    .string()
    .min(1, `${what} is missing.`)
    .max(64, `${what} is too long.`)
    .regex(/^[A-Za-z0-9_-]+$/, `${what} is not a valid id.`);

export const startQuizInput = z.object({
  slug: slugSchema,
  fresh: z.boolean().optional(),
  /** Easier or harder questions than the default mix (a retake "with harder questions"). */
  difficulty: quizDifficultySchema.default("mixed"),
});
export const currentQuizInput = z.object({ slug: slugSchema });
export const attemptIdInput = z.object({ attemptId: idSchema("The attempt id") });
export const answerInput = z.object({
  attemptId: idSchema("The attempt id"),
  questionId: idSchema("The question id"),
  response: z.string().max(MAX_RESPONSE_LENGTH, `An answer can be at most ${MAX_RESPONSE_LENGTH} characters.`),
});
export const flagInput = z.object({
  attemptId: idSchema("The attempt id"),
  questionId: idSchema("The question id"),
  reason: flagReasonSchema,
});

export const quizRouter = createTRPCRouter({
  /** Starts the reader's quiz on an article, or resumes the one in progress; `fresh` makes a new variant. */
  start: guestProcedure.input(startQuizInput).mutation(({ ctx, input }) => startAttempt(ctx.db, ctx.user.id, input)),
  /** The reader's attempt in progress on an article (questions + saved answers), or null. Never creates anything. */
  current: publicProcedure.input(currentQuizInput).query(({ ctx, input }) => findOpenAttemptView(ctx.db, { userId: ctx.user?.id ?? null, slug: input.slug })),
  /**
   * Whether the article has a quiz: "ready", "none" (the engine finds nothing it can ask fairly; asking again will
   * not change it) or "unknown" (the time limit or a busy server). Never starts an attempt; see quiz-availability.ts.
   */
  availability: publicProcedure.input(currentQuizInput).query(({ ctx, input }) => quizAvailabilityBySlug(ctx.db, { slug: input.slug, userId: ctx.user?.id ?? null })),
});

export const attemptRouter = createTRPCRouter({
  /** The reader's own attempt: questions while in progress, full results once submitted. */
  get: publicProcedure.input(attemptIdInput).query(({ ctx, input }) => getAttempt(ctx.db, { userId: ctx.user?.id ?? null, attemptId: input.attemptId })),
  answer: userProcedure.input(answerInput).mutation(({ ctx, input }) => saveAnswer(ctx.db, ctx.user.id, input)),
  submit: userProcedure.input(attemptIdInput).mutation(({ ctx, input }) => submitAttempt(ctx.db, { userId: ctx.user.id, attemptId: input.attemptId })),
  flag: userProcedure.input(flagInput).mutation(({ ctx, input }) => flagQuestion(ctx.db, ctx.user.id, input)),
});
