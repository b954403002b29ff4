import { randomUUID } from "node:crypto";
import { dbProvider, Prisma, writeSql, writeSqlBatch, type Db } from "@newsquiz/db";
import { gradeAnswer } from "@newsquiz/quiz";
import { scheduleAfterAnswer } from "../review/leitner";
import { attemptView, loadOwnAttempt, loadOwnAttemptInOneRead, PREPARED, type OwnAttempt, type QuestionFlagRow, type SubmittedAttemptView } from "./get-attempt";
import { readStoredQuiz } from "./stored-quiz";

/**
 * Grades the user's attempt on the server and stores the result: each answer's `correct`, the score,
 * total, submittedAt and durationMs, and the questions answered wrong (or left blank) into the user's
 * review queue. Idempotent: submitting again returns the stored result unchanged. Someone else's attempt
 * is "not found".
 *
 * Fast and all-or-nothing: the attempt is read and graded outside any transaction, then every write goes to
 * the database at once (`writeGrading`): the claim (submittedAt set only where it is still null, so of two
 * concurrent submits exactly one claims the attempt), the answers' `correct` and the review queue, each only
 * if this submit's claim succeeded. A submit that loses the claim returns what the winner stored.
 */
export async function submitAttempt(db: Db, { userId, attemptId }: { userId: string; attemptId: string }, now: () => Date = () => new Date()): Promise<SubmittedAttemptView> {
  // On PostgreSQL two round trips in all: this read (the answers with the attempt) and the write (which reads the
  // reader's flags for the view too).
  const attempt = dbProvider(db) === "postgresql" ? await loadOwnAttemptInOneRead(db, { userId, attemptId }) : await loadOwnAttempt(db, { userId, attemptId });
  if (attempt.submittedAt) return (await attemptView(db, attempt)) as SubmittedAttemptView; // already graded: the stored result

  const grading = gradeAttempt(attempt, userId, now());
  const { claimed, flags } = await writeGrading(db, grading);

  if (!claimed) return (await attemptView(db, await loadOwnAttempt(db, { userId, attemptId }))) as SubmittedAttemptView;
  const right = new Set(grading.rightIds);
  const { submittedAt, durationMs, score, total } = grading;
  // the row as now stored, so the view needs no second read
  return (await attemptView(db, {
    ...attempt,
    submittedAt,
    durationMs,
    score,
    total,
    answers: attempt.answers.map((a) => ({ ...a, correct: right.has(a.id) })),
  }, flags)) as SubmittedAttemptView;
}

/** Grades an attempt as read, submitted at `submittedAt`: what `writeGrading` stores. */
export function gradeAttempt(attempt: OwnAttempt, userId: string, submittedAt: Date): Grading {
  const questions = readStoredQuiz(attempt.quiz);
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const wrongKeys: string[] = [];
  const questionKeys: string[] = [];
  const rightIds: string[] = [];
  const wrongIds: string[] = [];
  for (const q of questions) {
    const answer = answers.get(q.id);
    const correct = answer ? gradeAnswer(q.key, answer.response).correct : false;
    questionKeys.push(q.key.questionKey);
    if (!correct) wrongKeys.push(q.key.questionKey);
    if (answer) (correct ? rightIds : wrongIds).push(answer.id);
  }
  return {
    userId,
    attemptId: attempt.id,
    quizId: attempt.quizId,
    submittedAt,
    durationMs: Math.max(0, submittedAt.getTime() - attempt.startedAt.getTime()),
    score: rightIds.length,
    total: questions.length,
    rightIds,
    wrongIds,
    mistakes: reviewItemsOf(wrongKeys, submittedAt),
    questionKeys,
  };
}

/** What a submit stores, worked out before any write. */
export interface Grading {
  userId: string;
  attemptId: string;
  quizId: string;
  submittedAt: Date;
  durationMs: number;
  score: number;
  total: number;
  /** The attempt's answers graded right, and wrong (a question left blank has no answer row). */
  rightIds: string[];
  wrongIds: string[];
  /** The review queue's rows for the questions answered wrong or left blank, in question order. */
  mistakes: Array<{ id: string; questionKey: string }>;
  /** Every question's stable key, in question order (the PostgreSQL statement reads the reader's flags on them). */
  questionKeys: string[];
}

/**
 * Stores a grading if this submit claims the attempt; whether it did. Each write runs without Prisma's request
 * pipeline (`@newsquiz/db`'s `writeSql` / `writeSqlBatch`): a submit is the write readers wait on.
 * - PostgreSQL: one statement (`gradingStatement`), one round trip and no interactive transaction — BEGIN, four
 *   statements and COMMIT were six round trips with a transaction open on a pooled connection.
 * - SQLite: one short transaction of up to four statements (`gradingBatch`), run on the connection without
 *   yielding, so nothing would be gained by one statement (and SQLite's WITH takes no UPDATE or INSERT).
 */
async function writeGrading(db: Db, grading: Grading): Promise<{ claimed: boolean; flags?: QuestionFlagRow[] }> {
  return dbProvider(db) === "postgresql" ? writeGradingStatement(db, grading) : { claimed: await writeGradingAsBatch(db, grading) };
}

/** The PostgreSQL write (`writeGrading`); exported for the tests that hold it to the batch's result. */
export async function writeGradingAsOneStatement(db: Db, grading: Grading): Promise<boolean> {
  return (await writeGradingStatement(db, grading)).claimed;
}

/** The PostgreSQL write and, in the same round trip, the reader's flags on the quiz's questions (for the view). */
async function writeGradingStatement(db: Db, grading: Grading): Promise<{ claimed: boolean; flags: QuestionFlagRow[] }> {
  // a named statement: its text is the same for every submit, planned once per pooled connection
  const [row] = await writeSql<{ claimed: boolean; flags: QuestionFlagRow[] }>(db, gradingStatement(grading), PREPARED);
  return { claimed: row?.claimed === true, flags: row?.flags ?? [] };
}

/** The SQLite write (`writeGrading`), all or nothing in one transaction. */
export async function writeGradingAsBatch(db: Db, grading: Grading): Promise<boolean> {
  const [claimed] = await writeSqlBatch(db, gradingBatch(grading));
  return claimed === 1;
}

/**
 * The batch, in order:
 * 1. the claim — the attempt's submittedAt, duration, score and total, only where submittedAt is still null,
 *    so of two concurrent submits exactly one claims it (its changed-row count says whether this one did);
 * 2. the answers' `correct`, only where their attempt carries this claim's submittedAt (a losing concurrent
 *    submit writes nothing there);
 * 3. the review queue, one multi-row upsert (box 1, due tomorrow); a losing concurrent submit would only
 *    upsert the same questions again a few milliseconds apart.
 */
function gradingBatch(g: Grading): Prisma.Sql[] {
  const writes: Prisma.Sql[] = [
    Prisma.sql`UPDATE "Attempt" SET "submittedAt" = ${g.submittedAt}, "durationMs" = ${g.durationMs}, "score" = ${g.score}, "total" = ${g.total}
      WHERE "id" = ${g.attemptId} AND "userId" = ${g.userId} AND "submittedAt" IS NULL`,
  ];
  if (g.rightIds.length) writes.push(markAnswers({ attemptId: g.attemptId, submittedAt: g.submittedAt, answerIds: g.rightIds, correct: true }));
  if (g.wrongIds.length) writes.push(markAnswers({ attemptId: g.attemptId, submittedAt: g.submittedAt, answerIds: g.wrongIds, correct: false }));
  if (g.mistakes.length) writes.push(enqueueMistakes({ userId: g.userId, quizId: g.quizId, mistakes: g.mistakes, now: g.submittedAt }));
  return writes;
}

/** Sets the answers' `correct`, only where their attempt carries this submit's claim (its submittedAt). */
function markAnswers(input: { attemptId: string; submittedAt: Date; answerIds: string[]; correct: boolean }): Prisma.Sql {
  return Prisma.sql`
    UPDATE "Answer" SET "correct" = ${input.correct}
    WHERE "id" IN (${Prisma.join(input.answerIds)}) AND "attemptId" = ${input.attemptId}
      AND EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${input.attemptId} AND "submittedAt" = ${input.submittedAt})`;
}

/**
 * The questions answered wrong go (back) to box 1 of the review queue, due a day later: one statement, the same
 * SQL on SQLite and PostgreSQL (quoted identifiers, ON CONFLICT … DO UPDATE with `excluded`). A row already
 * queued keeps its id.
 */
function enqueueMistakes(input: { userId: string; quizId: string; mistakes: Grading["mistakes"]; now: Date }): Prisma.Sql {
  const { box, dueAt } = scheduleAfterAnswer(1, false, input.now);
  const rows = input.mistakes.map((m) => Prisma.sql`(${m.id}, ${input.userId}, ${m.questionKey}, ${input.quizId}, ${box}, ${dueAt}, ${input.now})`);
  return Prisma.sql`
    INSERT INTO "ReviewItem" ("id", "userId", "questionKey", "quizId", "box", "dueAt", "lastAnsweredAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("userId", "questionKey") DO UPDATE SET
      "quizId" = excluded."quizId", "box" = excluded."box", "dueAt" = excluded."dueAt", "lastAnsweredAt" = excluded."lastAnsweredAt"`;
}

/**
 * The batch's writes as one PostgreSQL statement. Its data-modifying WITH parts run on one snapshot and do not
 * see each other's writes, so the answers and the review queue are conditioned on the claim's RETURNING rows,
 * never on reading the attempt again (which would still show submittedAt null):
 * - `claim`: the attempt, only where submittedAt is still null. Under READ COMMITTED a concurrent submit's
 *   claim of the same row makes this one wait for it and then test the WHERE again on the row it committed,
 *   so exactly one claims the attempt; the loser's `claim` returns no row.
 * - `graded`: the answers' `correct` (true for `rightIds`, false for `wrongIds`), only for the attempt `claim`
 *   returned — none for a loser.
 * - `queued`: the same review-queue upsert as the batch, only if `claim` returned a row — so unlike the batch,
 *   a losing submit does not upsert the winner's review rows again with its own times.
 * - `flags`: the reader's flags on the quiz's questions, read for the results view in the same round trip (the
 *   statement's snapshot: what a read right after the write would see, but for a flag made in between).
 * WITH parts that nobody reads still run to completion, and the statement is all or nothing: a failing
 * upsert leaves the attempt unclaimed. The lists go as array parameters (`unnest`, `= ANY`), so the SQL text is
 * the same for every submit.
 */
function gradingStatement(g: Grading): Prisma.Sql {
  const { box, dueAt } = scheduleAfterAnswer(1, false, g.submittedAt);
  return Prisma.sql`
    WITH "claim" AS (
      UPDATE "Attempt" SET "submittedAt" = ${g.submittedAt}, "durationMs" = ${g.durationMs}, "score" = ${g.score}, "total" = ${g.total}
      WHERE "id" = ${g.attemptId} AND "userId" = ${g.userId} AND "submittedAt" IS NULL
      RETURNING "id"
    ), "graded" AS (
      UPDATE "Answer" SET "correct" = ("Answer"."id" = ANY(${g.rightIds}::text[]))
      WHERE "Answer"."id" = ANY(${[...g.rightIds, ...g.wrongIds]}::text[]) AND "Answer"."attemptId" IN (SELECT "id" FROM "claim")
      RETURNING "Answer"."id"
    ), "queued" AS (
      INSERT INTO "ReviewItem" ("id", "userId", "questionKey", "quizId", "box", "dueAt", "lastAnsweredAt")
      SELECT "item"."id", ${g.userId}::text, "item"."questionKey", ${g.quizId}::text, ${box}::integer, ${dueAt}::timestamp(3), ${g.submittedAt}::timestamp(3)
      FROM unnest(${g.mistakes.map((m) => m.id)}::text[], ${g.mistakes.map((m) => m.questionKey)}::text[]) AS "item"("id", "questionKey")
      WHERE EXISTS (SELECT 1 FROM "claim")
      ON CONFLICT ("userId", "questionKey") DO UPDATE SET
        "quizId" = excluded."quizId", "box" = excluded."box", "dueAt" = excluded."dueAt", "lastAnsweredAt" = excluded."lastAnsweredAt"
      RETURNING "ReviewItem"."id"
    )
    SELECT EXISTS (SELECT 1 FROM "claim") AS "claimed",
      COALESCE((SELECT json_agg(json_build_object('questionKey', f."questionKey", 'reason', f."reason")) FROM "QuestionFlag" f
                WHERE f."userId" = ${g.userId} AND f."questionKey" = ANY(${g.questionKeys}::text[])), '[]'::json) AS "flags"`;
}

/**
 * New review-queue ids for the questions missed at `now`: ids that sort like the cuids Prisma makes (by time, then
 * by question order), so the queue's id tie-break keeps asking the questions of one quiz in the order they were
 * asked.
 */
function reviewItemsOf(questionKeys: string[], now: Date): Grading["mistakes"] {
  const stamp = now.getTime().toString(36).padStart(9, "0");
  return questionKeys.map((questionKey, i) => ({ id: `r${stamp}${i.toString(36).padStart(2, "0")}${randomUUID().replaceAll("-", "").slice(0, 12)}`, questionKey }));
}
