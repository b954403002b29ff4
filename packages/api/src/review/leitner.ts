import type { Prisma } from "@newsquiz/db";

/** Days until a review item in box 1..5 is due again. */
export const LEITNER_INTERVAL_DAYS = [1, 2, 4, 8, 16] as const;
export const LEITNER_BOXES = LEITNER_INTERVAL_DAYS.length;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Right moves a question up a box (box 5 stays in 5), wrong sends it back to box 1. */
export function scheduleAfterAnswer(box: number, correct: boolean, now: Date): { box: number; dueAt: Date } {
  const next = correct ? Math.min(Math.max(box, 1) + 1, LEITNER_BOXES) : 1;
  const days = LEITNER_INTERVAL_DAYS[next - 1] ?? LEITNER_INTERVAL_DAYS[0];
  return { box: next, dueAt: new Date(now.getTime() + days * DAY_MS) };
}

/**
 * Puts the questions a reader got wrong in a quiz into their review queue (box 1, due tomorrow).
 * A question already in the queue goes back to box 1. Call inside the submit transaction.
 */
export async function enqueueMistakes(tx: Prisma.TransactionClient, { userId, quizId }: { userId: string; quizId: string }, questionIds: readonly string[], now: Date): Promise<void> {
  const { box, dueAt } = scheduleAfterAnswer(1, false, now);
  for (const questionKey of questionIds) {
    await tx.reviewItem.upsert({
      where: { userId_questionKey: { userId, questionKey } },
      create: { userId, questionKey, quizId, box, dueAt, lastAnsweredAt: now },
      update: { quizId, box, dueAt, lastAnsweredAt: now },
    });
  }
}
