import { randomUUID } from "node:crypto";
import { Prisma, writeSqlBatch, type Db } from "@newsquiz/db";
import { gradeAnswer } from "@newsquiz/quiz";
import { scheduleAfterAnswer } from "../review/leitner";
import { attemptView, loadOwnAttempt, type SubmittedAttemptView } from "./get-attempt";
import { readStoredQuiz } from "./stored-quiz";

/**
 * Grades the user's attempt on the server and stores the result: each answer's `correct`, the score,
 * total, submittedAt and durationMs, and the questions answered wrong (or left blank) into the user's
 * review queue. Idempotent: submitting again returns the stored result unchanged. Someone else's attempt
 * is "not found".
 *
 * Fast and all-or-nothing: the attempt is read and graded outside any transaction, then every write goes
 * to the database as one batch in one short transaction (no round trips while it is open):
 * 1. the claim — the attempt's submittedAt, duration, score and total, only where submittedAt is still
 *    null, so of two concurrent submits exactly one claims it;
 * 2. the answers' `correct`, only where their attempt carries this claim's submittedAt (a losing
 *    concurrent submit writes nothing there);
 * 3. the review queue, one multi-row upsert (box 1, due tomorrow); a losing concurrent submit would only
 *    upsert the same questions again a few milliseconds apart.
 */
export async function submitAttempt(db: Db, { userId, attemptId }: { userId: string; attemptId: string }, now: () => Date = () => new Date()): Promise<SubmittedAttemptView> {
  const attempt = await loadOwnAttempt(db, { userId, attemptId });
  if (attempt.submittedAt) return (await attemptView(db, attempt)) as SubmittedAttemptView; // already graded: the stored result

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
  const submittedAt = now();
  const durationMs = Math.max(0, submittedAt.getTime() - attempt.startedAt.getTime());
  const score = rightIds.length;
  const total = questions.length;
  // Each write is one statement, all in one short transaction, run without Prisma's request pipeline
  // (`writeSqlBatch`, @newsquiz/db): a submit is the write readers wait on.
  const writes: Prisma.Sql[] = [
    Prisma.sql`UPDATE "Attempt" SET "submittedAt" = ${submittedAt}, "durationMs" = ${durationMs}, "score" = ${score}, "total" = ${total}
      WHERE "id" = ${attempt.id} AND "userId" = ${userId} AND "submittedAt" IS NULL`,
  ];
  if (rightIds.length) writes.push(markAnswers({ attemptId: attempt.id, submittedAt, answerIds: rightIds, correct: true }));
  if (wrongIds.length) writes.push(markAnswers({ attemptId: attempt.id, submittedAt, answerIds: wrongIds, correct: false }));
  if (wrongKeys.length) writes.push(enqueueMistakes({ userId, quizId: attempt.quizId, questionKeys: wrongKeys, now: submittedAt }));
  const [claimed] = await writeSqlBatch(db, writes);

  if (claimed === 0) return (await attemptView(db, await loadOwnAttempt(db, { userId, attemptId }))) as SubmittedAttemptView;
  const right = new Set(rightIds);
  // the row as now stored, so the view needs no second read
  return (await attemptView(db, {
    ...attempt,
    submittedAt,
    durationMs,
    score,
    total,
    answers: attempt.answers.map((a) => ({ ...a, correct: right.has(a.id) })),
  })) as SubmittedAttemptView;
}

/** Sets the answers' `correct`, only where their attempt carries this submit's claim (its submittedAt). */
function markAnswers(input: { attemptId: string; submittedAt: Date; answerIds: string[]; correct: boolean }): Prisma.Sql {
  return Prisma.sql`
    UPDATE "Answer" SET "correct" = ${input.correct}
    WHERE "id" IN (${Prisma.join(input.answerIds)}) AND "attemptId" = ${input.attemptId}
      AND EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${input.attemptId} AND "submittedAt" = ${input.submittedAt})`;
}

/**
 * The questions answered wrong go (back) to box 1 of the review queue, due a day later: one statement,
 * the same SQL on SQLite and PostgreSQL (quoted identifiers, ON CONFLICT … DO UPDATE with `excluded`).
 */
function enqueueMistakes(input: { userId: string; quizId: string; questionKeys: string[]; now: Date }): Prisma.Sql {
  const { box, dueAt } = scheduleAfterAnswer(1, false, input.now);
  // Ids that sort like the cuids Prisma makes (by time, then by question order), so the queue's id tie-break
  // keeps asking the questions of one quiz in the order they were asked.
  const stamp = input.now.getTime().toString(36).padStart(9, "0");
  const rows = input.questionKeys.map(
    (key, i) => Prisma.sql`(${`r${stamp}${i.toString(36).padStart(2, "0")}${randomUUID().replaceAll("-", "").slice(0, 12)}`}, ${input.userId}, ${key}, ${input.quizId}, ${box}, ${dueAt}, ${input.now})`,
  );
  return Prisma.sql`
    INSERT INTO "ReviewItem" ("id", "userId", "questionKey", "quizId", "box", "dueAt", "lastAnsweredAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("userId", "questionKey") DO UPDATE SET
      "quizId" = excluded."quizId", "box" = excluded."box", "dueAt" = excluded."dueAt", "lastAnsweredAt" = excluded."lastAnsweredAt"`;
}
