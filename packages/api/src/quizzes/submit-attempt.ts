import type { Db } from "@newsquiz/db";
import { gradeAnswer } from "@newsquiz/quiz";
import { enqueueMistakes } from "../review/leitner";
import { attemptView, loadOwnAttempt, type SubmittedAttemptView } from "./get-attempt";
import { readStoredQuiz } from "./stored-quiz";

/**
 * Grades the user's attempt on the server and stores the result, in one transaction: each answer's
 * `correct`, the score, total, submittedAt and durationMs, and the questions answered wrong (or left
 * blank) go into the user's review queue. Idempotent: submitting again returns the stored result
 * unchanged. Someone else's attempt is "not found".
 */
export async function submitAttempt(db: Db, userId: string, attemptId: string, now: () => Date = () => new Date()): Promise<SubmittedAttemptView> {
  const graded = await db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(tx, userId, attemptId);
    if (attempt.submittedAt) return null; // already graded: keep the stored result
    const submittedAt = now();
    // Claim the attempt first: the guard on submittedAt makes a concurrent second submit a no-op.
    const durationMs = Math.max(0, submittedAt.getTime() - attempt.startedAt.getTime());
    const claimed = await tx.attempt.updateMany({
      where: { id: attempt.id, userId, submittedAt: null },
      data: { submittedAt, durationMs },
    });
    if (claimed.count === 0) return null;
    const questions = readStoredQuiz(attempt.quiz);
    const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
    const wrongKeys: string[] = [];
    const rightIds: string[] = [];
    const wrongIds: string[] = [];
    for (const q of questions) {
      const answer = answers.get(q.id);
      const correct = answer ? gradeAnswer(q.key, answer.response).correct : false;
      if (!correct) wrongKeys.push(q.key.questionKey);
      if (answer) (correct ? rightIds : wrongIds).push(answer.id);
    }
    const score = rightIds.length;
    if (rightIds.length) await tx.answer.updateMany({ where: { id: { in: rightIds } }, data: { correct: true } });
    if (wrongIds.length) await tx.answer.updateMany({ where: { id: { in: wrongIds } }, data: { correct: false } });
    await tx.attempt.update({ where: { id: attempt.id }, data: { score, total: questions.length } });
    await enqueueMistakes(tx, userId, attempt.quizId, wrongKeys, submittedAt);
    const right = new Set(rightIds);
    // the row as now stored, so the view needs no second read
    return {
      ...attempt,
      submittedAt,
      durationMs,
      score,
      total: questions.length,
      answers: attempt.answers.map((a) => ({ ...a, correct: right.has(a.id) })),
    };
  });
  return (await attemptView(db, graded ?? (await loadOwnAttempt(db, userId, attemptId)))) as SubmittedAttemptView;
}
