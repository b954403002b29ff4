/**
 * The PostgreSQL submit writes with one statement (`writeGradingAsOneStatement`) where SQLite writes a batch in one
 * transaction (`writeGradingAsBatch`). These tests hold the statement to the batch: the same grading stores the same
 * rows, of two concurrent submits of one attempt exactly one grades it, and a submit that loses the claim changes
 * nothing at all. The statement is PostgreSQL's own SQL, so they run in `test:postgres` (NEWSQUIZ_TEST_DB=postgresql);
 * the batch and the router's submit tests run on both databases (routers/quiz-router.test.ts).
 */
import { describe, expect, it } from "vitest";
import { createDb, type Db } from "@newsquiz/db";
import { sampleArticle } from "@newsquiz/article/samples";
import { testProvider } from "@newsquiz/db/testing";
import { gradeAnswer } from "@newsquiz/quiz";
import { useTestApi } from "../test-api";
import { getAttempt, loadOwnAttempt } from "./get-attempt";
import { readStoredQuiz, type StoredQuestion } from "./stored-quiz";
import { gradeAttempt, submitAttempt, writeGradingAsBatch, writeGradingAsOneStatement, type Grading } from "./submit-attempt";

const api = useTestApi();
const DAY_MS = 86_400_000;

/** An attempt on the sample's shared first quiz by a new reader, and its questions with their keys. */
async function newAttempt(): Promise<{ userId: string; attemptId: string; quizId: string; startedAt: Date; questions: StoredQuestion[] }> {
  const v = api.visitor();
  const { id } = await (await v.caller()).quiz.start({ slug: sampleArticle().slug });
  const row = await api.db.attempt.findUniqueOrThrow({ where: { id }, include: { quiz: true } });
  return { userId: row.userId, attemptId: id, quizId: row.quizId, startedAt: row.startedAt, questions: readStoredQuiz(row.quiz) };
}

function response(q: StoredQuestion, right: boolean): string {
  if (!q.options) return right ? q.key.answer : "zeppelin marmalade";
  const option = q.options.find((o) => gradeAnswer(q.key, o).correct === right);
  if (option === undefined) throw new Error(`no ${right ? "right" : "wrong"} option`);
  return option;
}

type Pattern = Array<"right" | "wrong" | "blank">;

/** Saves the pattern's answers (a blank question gets no answer row) and returns the attempt. */
async function answered(pattern: Pattern): Promise<Awaited<ReturnType<typeof newAttempt>>> {
  const attempt = await newAttempt();
  for (const [i, q] of attempt.questions.entries()) {
    const kind = pattern[i % pattern.length];
    if (kind === "blank") continue;
    await api.db.answer.create({ data: { attemptId: attempt.attemptId, questionId: q.id, response: response(q, kind === "right") } });
  }
  return attempt;
}

/** Everything a submit may write for a reader: the attempt, its answers by question, the reader's review queue. */
async function storedFor(userId: string, attemptId: string) {
  const attempt = await api.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { submittedAt: true, durationMs: true, score: true, total: true } });
  const answers = await api.db.answer.findMany({ where: { attemptId }, select: { questionId: true, response: true, correct: true }, orderBy: { questionId: "asc" } });
  const review = await api.db.reviewItem.findMany({ where: { userId }, select: { id: true, questionKey: true, quizId: true, box: true, dueAt: true, lastAnsweredAt: true }, orderBy: { questionKey: "asc" } });
  return { attempt, answers, review };
}

/** A review row's id as the grading that wrote it named it ("new 3" = the grading's fourth mistake), or as it was. */
function reviewIdsOf(review: Array<{ id: string }>, grading: Grading): string[] {
  return review.map((r) => {
    const i = grading.mistakes.findIndex((m) => m.id === r.id);
    return i >= 0 ? `new ${i}` : r.id;
  });
}

/** Waits until `count` statements on the test database wait for a lock (a row another transaction holds). */
async function lockWaiters(count: number): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    const [{ waiting }] = await api.db.$queryRaw<[{ waiting: number }]>`
      SELECT count(*)::int AS "waiting" FROM pg_stat_activity WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'`;
    if (waiting >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${count} statements never waited for the attempt's row`);
}

describe.runIf(testProvider() === "postgresql")("the PostgreSQL submit's one statement", () => {
  it("stores what the batch stores for the same grading: the claim, each answer's correct, the review queue (box, due, ids)", async () => {
    const patterns: Pattern[] = [["right"], ["wrong"], ["blank"], ["right", "wrong", "blank", "right"], ["wrong", "right"]];
    for (const pattern of patterns) {
      const viaBatch = await answered(pattern);
      const viaStatement = await answered(pattern);
      // Both readers already have the quiz's second question queued (box 3, due later, an old id) and an
      // unrelated question: the upsert must move the one back to box 1 keeping its id, and leave the other.
      const second = viaBatch.questions[1]!.key.questionKey;
      for (const { userId, quizId } of [viaBatch, viaStatement]) {
        await api.db.reviewItem.createMany({
          data: [
            { id: `old-${userId}`, userId, questionKey: second, quizId, box: 3, dueAt: new Date("2030-01-01T00:00:00Z"), lastAnsweredAt: new Date("2026-01-01T00:00:00Z") },
            { id: `other-${userId}`, userId, questionKey: "elsewhere:q", quizId, box: 2, dueAt: new Date("2030-01-02T00:00:00Z"), lastAnsweredAt: new Date("2026-01-02T00:00:00Z") },
          ],
        });
      }
      const at = new Date(Math.max(viaBatch.startedAt.getTime(), viaStatement.startedAt.getTime()) + 83_456);
      const batchGrading = gradeAttempt(await loadOwnAttempt(api.db, viaBatch), viaBatch.userId, at);
      const statementGrading = gradeAttempt(await loadOwnAttempt(api.db, viaStatement), viaStatement.userId, at);

      expect(await writeGradingAsBatch(api.db, batchGrading)).toBe(true);
      expect(await writeGradingAsOneStatement(api.db, statementGrading)).toBe(true);

      const fromBatch = await storedFor(viaBatch.userId, viaBatch.attemptId);
      const fromStatement = await storedFor(viaStatement.userId, viaStatement.attemptId);
      // the answers' question ids are the shared quiz's, so the two attempts' rows line up
      // (each attempt's duration runs from its own start)
      const withoutDuration = ({ durationMs: _, ...rest }: typeof fromBatch.attempt) => rest;
      expect(withoutDuration(fromStatement.attempt)).toEqual(withoutDuration(fromBatch.attempt));
      expect(fromBatch.attempt.durationMs).toBe(batchGrading.durationMs);
      expect(fromStatement.answers).toEqual(fromBatch.answers);
      const comparable = (stored: typeof fromBatch, grading: Grading, userId: string) =>
        stored.review.map((r, i) => ({ ...r, id: reviewIdsOf(stored.review, grading)[i]!.replace(userId, "<reader>") }));
      expect(comparable(fromStatement, statementGrading, viaStatement.userId)).toEqual(comparable(fromBatch, batchGrading, viaBatch.userId));

      // and what was stored is what the grading said, not merely the same mistake twice
      expect(fromStatement.attempt).toEqual({ submittedAt: at, durationMs: statementGrading.durationMs, score: statementGrading.score, total: statementGrading.total });
      expect(fromStatement.answers.filter((a) => a.correct === true)).toHaveLength(statementGrading.rightIds.length);
      expect(fromStatement.answers.filter((a) => a.correct === false)).toHaveLength(statementGrading.wrongIds.length);
      expect(fromStatement.answers.every((a) => a.correct !== null)).toBe(true);
      const missed = new Set(statementGrading.mistakes.map((m) => m.questionKey));
      expect(fromStatement.review.filter((r) => missed.has(r.questionKey))).toHaveLength(missed.size);
      for (const r of fromStatement.review) {
        if (missed.has(r.questionKey)) expect(r).toMatchObject({ box: 1, quizId: viaStatement.quizId, dueAt: new Date(at.getTime() + DAY_MS), lastAnsweredAt: at });
        else expect(r.box).toBeGreaterThan(1); // a row queued before, not missed now: left as it was
      }
      // a question queued before keeps its row's id; a new one gets the grading's id
      if (missed.has(second)) expect(fromStatement.review.find((r) => r.questionKey === second)?.id).toBe(`old-${viaStatement.userId}`);
      expect(fromStatement.review.find((r) => r.questionKey === "elsewhere:q")).toMatchObject({ box: 2, id: `other-${viaStatement.userId}` });
    }
  });

  it("a submit that lost the claim (graded on a read from before it) changes nothing", async () => {
    const attempt = await answered(["right", "wrong", "blank"]);
    const stale = await loadOwnAttempt(api.db, attempt);
    const winner = gradeAttempt(stale, attempt.userId, new Date(attempt.startedAt.getTime() + 40_000));
    expect(await writeGradingAsOneStatement(api.db, winner)).toBe(true);
    const stored = await storedFor(attempt.userId, attempt.attemptId);

    // the loser grades other answers on the same stale read, at another time
    const loser = gradeAttempt(
      { ...stale, answers: stale.answers.map((a) => ({ ...a, response: "zeppelin marmalade" })) },
      attempt.userId,
      new Date(attempt.startedAt.getTime() + 50_000),
    );
    expect(loser.mistakes.length).toBeGreaterThan(winner.mistakes.length);
    expect(await writeGradingAsOneStatement(api.db, loser)).toBe(false);
    expect(await storedFor(attempt.userId, attempt.attemptId)).toEqual(stored);
  });

  it("sends the writes as one statement (no batch of them)", async () => {
    const seen: string[] = [];
    const traced = createDb({ url: api.testDb.url, poolSize: 1, onQuery: (event) => seen.push(event.query.trim()) });
    try {
      const attempt = await answered(["right", "wrong"]);
      await submitAttempt(traced, attempt, () => new Date(attempt.startedAt.getTime() + 10_000));
      expect(seen.filter((q) => !/^SELECT\b/.test(q))).toEqual([expect.stringMatching(/^WITH "claim" AS \(\s*UPDATE "Attempt"/)]);
      expect((await api.db.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } })).submittedAt).not.toBeNull();
    } finally {
      await traced.$disconnect();
    }
  });

  it("takes two round trips, a read and the write, and its results show the reader's flags as a fresh read does", async () => {
    const seen: string[] = [];
    const traced = createDb({ url: api.testDb.url, poolSize: 1, onQuery: (event) => seen.push(event.query.trim()) });
    try {
      const attempt = await answered(["right", "wrong", "blank"]);
      // flags the reader left on two of these questions (by their stable keys) in an earlier attempt
      const [first, second] = attempt.questions;
      await api.db.questionFlag.createMany({
        data: [
          { userId: attempt.userId, questionKey: first!.key.questionKey, reason: "ambiguous" },
          { userId: attempt.userId, questionKey: second!.key.questionKey, reason: "unclear" },
        ],
      });
      const result = await submitAttempt(traced, attempt, () => new Date(attempt.startedAt.getTime() + 10_000));
      expect(seen).toEqual([expect.stringMatching(/^SELECT a\."id"[\s\S]*json_agg/), expect.stringMatching(/^WITH "claim" AS \(\s*UPDATE "Attempt"/)]);
      expect(result.questions.map((q) => q.flag)).toEqual(attempt.questions.map((_, i) => (i === 0 ? "ambiguous" : i === 1 ? "unclear" : null)));
      expect(result).toEqual(await getAttempt(api.db, { userId: attempt.userId, attemptId: attempt.attemptId }));
    } finally {
      await traced.$disconnect();
    }
  });

  it("of two concurrent submits of one attempt on two clients, exactly one grades it and the other writes nothing", async () => {
    // Both submits read and grade the attempt, then their statements wait behind a lock on the attempt's row that
    // this test holds, so both are in flight on PostgreSQL at once. Between the two reads the reader changes an
    // answer, so the two gradings differ: whatever the loser wrote would show. The first to wait claims the row
    // when the lock goes; the second then tests its claim again on the row the first committed, and must lose.
    const attempt = await answered(["wrong", "right", "right", "blank"]);
    const first = attempt.questions[0]!;
    const other = createDb({ url: api.testDb.url, poolSize: 2 }); // a second server
    let releaseRow!: () => void;
    const rowReleased = new Promise<void>((resolve) => (releaseRow = resolve));
    let rowLocked!: () => void;
    const locked = new Promise<void>((resolve) => (rowLocked = resolve));
    const holder = api.db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "Attempt" WHERE "id" = ${attempt.attemptId} FOR UPDATE`;
        rowLocked();
        await rowReleased;
      },
      { timeout: 30_000 },
    );
    try {
      await locked;
      const earlyAt = new Date(attempt.startedAt.getTime() + 70_000);
      const early = submitAttempt(other, attempt, () => earlyAt);
      await lockWaiters(1);
      await api.db.answer.update({ where: { attemptId_questionId: { attemptId: attempt.attemptId, questionId: first.id } }, data: { response: response(first, true) } });
      const lateAt = new Date(attempt.startedAt.getTime() + 80_000);
      const late = submitAttempt(api.db, attempt, () => lateAt);
      await lockWaiters(2);
      releaseRow();
      await holder;
      const [earlyView, lateView] = await Promise.all([early, late]);

      const stored = await storedFor(attempt.userId, attempt.attemptId);
      // Both callers are told the one stored result. (The winner's view shows the responses it graded; the
      // loser's, read back, the first answer as changed after the winner read it.)
      const graded = (view: typeof earlyView) => ({ ...view, questions: view.questions.map(({ response: _, ...q }) => q) });
      expect(graded(earlyView)).toEqual(graded(lateView));
      const winnerAt = stored.attempt.submittedAt!;
      expect([earlyAt, lateAt]).toContainEqual(winnerAt);
      const winnerReadFirstWrong = winnerAt.getTime() === earlyAt.getTime(); // the early one read the first answer wrong
      const score = attempt.questions.filter((q, i) => (i === 0 ? !winnerReadFirstWrong : i % 4 === 1 || i % 4 === 2)).length;
      expect(stored.attempt).toEqual({ submittedAt: winnerAt, durationMs: winnerAt.getTime() - attempt.startedAt.getTime(), score, total: attempt.questions.length });
      expect(earlyView.score).toBe(score);
      expect(stored.answers.find((a) => a.questionId === first.id)?.correct).toBe(!winnerReadFirstWrong);
      expect(stored.answers.filter((a) => a.correct === true)).toHaveLength(score);
      // the queue holds the winner's mistakes only, with the winner's times
      const missed = attempt.questions.filter((q, i) => (i === 0 ? winnerReadFirstWrong : i % 4 === 0 || i % 4 === 3)).map((q) => q.key.questionKey);
      expect(stored.review.map((r) => r.questionKey).sort()).toEqual(missed.sort());
      for (const r of stored.review) expect(r).toMatchObject({ box: 1, dueAt: new Date(winnerAt.getTime() + DAY_MS), lastAnsweredAt: winnerAt });
    } finally {
      releaseRow();
      await holder.catch(() => undefined);
      await other.$disconnect();
    }
  });
});

describe.runIf(testProvider() === "sqlite")("the SQLite submit", () => {
  it("writes its batch (the one-statement path is PostgreSQL's; see test:postgres)", async () => {
    const seen: string[] = [];
    const traced: Db = createDb({ url: api.testDb.url, onQuery: (event) => seen.push(event.query.trim()) });
    try {
      const attempt = await answered(["right", "wrong", "blank"]);
      await submitAttempt(traced, attempt, () => new Date(attempt.startedAt.getTime() + 10_000));
      expect(seen.filter((q) => !/^SELECT\b/.test(q)).map((q) => q.split(/\s+/)[0])).toEqual(["UPDATE", "UPDATE", "UPDATE", "INSERT"]);
    } finally {
      await traced.$disconnect();
    }
  });
});
