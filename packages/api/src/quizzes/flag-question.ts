import { z } from "zod";
import type { Db } from "@newsquiz/db";
import { notFound, UserFacingError } from "../errors";
import { loadOwnAttempt } from "./get-attempt";
import { readStoredQuiz } from "./stored-quiz";
import { createUserRateLimiter, type UserRateLimiter } from "./user-rate-limit";

/** Flags one reader may give per window (a quiz has 10 questions; this is several quizzes' worth). */
export const FLAGS_PER_WINDOW = 30;
export const FLAG_WINDOW_MS = 10 * 60 * 1000;
export type FlagRateLimiter = UserRateLimiter;
/** One limiter per server process, keyed by user id. */
export const flagLimiter: FlagRateLimiter = createUserRateLimiter({ limit: FLAGS_PER_WINDOW, windowMs: FLAG_WINDOW_MS, what: "flags" });

export const flagReasonSchema = z.enum(["wrong-answer", "ambiguous", "unclear"]);
export type FlagReason = z.infer<typeof flagReasonSchema>;
/** How each reason reads to a person. */
export const FLAG_REASON_LABELS: Record<FlagReason, string> = {
  "wrong-answer": "The right answer is wrong",
  ambiguous: "More than one answer fits",
  unclear: "The question is unclear",
};

export interface FlagQuestionInput {
  attemptId: string;
  questionId: string;
  reason: FlagReason;
}

export interface FlagView {
  questionId: string;
  reason: FlagReason;
  /** How many readers have flagged this question (on any quiz of the article). */
  flaggedBy: number;
}

/**
 * Flags a question of the user's submitted attempt. One flag per reader per question (the database's unique
 * (questionKey, userId); flagging again changes the reason), at most FLAGS_PER_WINDOW per reader per window.
 * Flags count per stable question key, so they add up across quizzes and readers: on a public article a
 * question flagged by NEWSQUIZ_FLAG_THRESHOLD signed-in accounts (not guests) is replaced in new quizzes; on a
 * private article the owner's flag decides; a reader's own flagged questions leave their next quizzes.
 */
export async function flagQuestion(db: Db, userId: string, input: FlagQuestionInput, limiter: FlagRateLimiter = flagLimiter): Promise<FlagView> {
  const reason = flagReasonSchema.parse(input.reason);
  await limiter.consume(userId);
  return db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(tx, { userId, attemptId: input.attemptId });
    if (!attempt.submittedAt) throw new UserFacingError("CONFLICT", "Questions can be flagged from the results, once the quiz is submitted.");
    const question = readStoredQuiz(attempt.quiz).find((q) => q.id === input.questionId);
    if (!question) throw notFound("This question");
    const questionKey = question.key.questionKey;
    await tx.questionFlag.upsert({
      where: { questionKey_userId: { questionKey, userId } },
      create: { questionKey, userId, quizId: attempt.quizId, reason },
      update: { reason, quizId: attempt.quizId },
    });
    const flaggedBy = await tx.questionFlag.count({ where: { questionKey } });
    return { questionId: question.id, reason, flaggedBy };
  });
}
