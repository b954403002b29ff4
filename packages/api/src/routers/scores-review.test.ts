import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import { upsertArticle, contentHashOf } from "@newsquiz/db";
import { sampleArticle } from "@newsquiz/article/samples";
import { createTestAuth, TestVisitor } from "../testing";
import type { Auth } from "../auth";
import { readStoredQuiz, startAttempt, saveAnswer, submitAttempt, type StoredQuestion } from "../quizzes";
import { CSV_COLUMNS } from "../scores/attempts-csv";

const sample = sampleArticle();
const DAY = 86_400_000;
let testDb: TestDb;
let auth: Auth;

beforeAll(async () => {
  testDb = await createTestDb({ withSample: true });
  auth = createTestAuth(testDb.db);
});
afterAll(async () => {
  await testDb.cleanup();
});

/** A visitor who has become a guest (their first write), with their user id. */
async function guest(): Promise<{ v: TestVisitor; userId: string }> {
  const v = new TestVisitor(testDb.db, auth);
  await (await v.caller()).progress.save({ slug: sample.slug, paragraph: 0, ratio: 0 });
  const me = await (await v.caller()).session.me();
  return { v, userId: me!.id };
}

function wrongResponse(q: StoredQuestion): string {
  if (q.type === "true-false") return q.key.answer === "true" ? "False" : "True";
  return q.options?.find((o) => o !== q.key.answer) ?? "zzz not it";
}

/**
 * Takes a quiz through the quiz domain (start, answer, submit) as the web app does: the first `right`
 * questions answered right, the rest wrong, submitted at `at`.
 */
async function takeQuiz(userId: string, slug: string, right: number, at: Date, fresh = false) {
  const view = await startAttempt(testDb.db, userId, { slug, fresh });
  const row = await testDb.db.attempt.findUniqueOrThrow({ where: { id: view.id }, include: { quiz: true } });
  const questions = readStoredQuiz(row.quiz);
  for (const [i, q] of questions.entries()) {
    await saveAnswer(testDb.db, userId, { attemptId: view.id, questionId: q.id, response: i < right ? q.key.answer : wrongResponse(q) });
  }
  await testDb.db.attempt.update({ where: { id: view.id }, data: { startedAt: new Date(at.getTime() - 90_000) } });
  const result = await submitAttempt(testDb.db, { userId, attemptId: view.id }, () => at);
  return { attemptId: view.id, quizId: row.quizId, questions, result };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return (error as TRPCError).code;
}

describe("scores.overview and scores.csv", () => {
  it("are empty for a new visitor and create no identity", async () => {
    const v = new TestVisitor(testDb.db, auth);
    const overview = await (await v.caller()).scores.overview({ tz: "Europe/Berlin" });
    expect(overview).toMatchObject({ timeZone: "Europe/Berlin", attempts: [], articles: [], chart: [], totals: { attempts: 0, average: null } });
    expect(overview.streak).toMatchObject({ days: 0 });
    expect(overview.streak.rule).toMatch(/One missed day in any 7 days is forgiven/);
    const csv = await (await v.caller()).scores.csv();
    expect(csv).toMatchObject({ rows: 0, csv: `${CSV_COLUMNS.join(",")}\r\n` });
    expect(await (await v.caller()).session.me()).toBeNull();
  });

  it("lists every attempt with article, date, score and time; summarises per article; charts oldest first", async () => {
    const { v, userId } = await guest();
    const now = Date.now();
    const first = await takeQuiz(userId, sample.slug, 2, new Date(now - 2 * DAY));
    const second = await takeQuiz(userId, sample.slug, 99, new Date(now - 1 * DAY), true);
    const total = first.questions.length;
    expect(total).toBeGreaterThanOrEqual(4);
    const overview = await (await v.caller()).scores.overview({ tz: "UTC" });

    expect(overview.attempts.map((a) => a.id)).toEqual([second.attemptId, first.attemptId]);
    expect(overview.attempts[1]).toMatchObject({
      articleSlug: sample.slug,
      articleHeadline: sample.headline,
      articleRemoved: false,
      score: 2,
      total,
      percent: Math.round((2 / total) * 100),
      durationMs: 90_000,
    });
    expect(overview.attempts[0]).toMatchObject({ score: second.questions.length, percent: 100 });
    expect(overview.articles).toEqual([
      expect.objectContaining({
        articleSlug: sample.slug,
        attempts: 2,
        best: 100,
        last: 100,
        average: Math.round((100 + Math.round((2 / total) * 100)) / 2),
        lastAttemptId: second.attemptId,
      }),
    ]);
    expect(overview.chart.map((p) => p.attemptId)).toEqual([first.attemptId, second.attemptId]);
    expect(overview.totals).toMatchObject({ attempts: 2, articles: 1, best: 100 });
    // Quizzes yesterday and the day before; today not over yet.
    expect(overview.streak).toMatchObject({ days: 2, doneToday: false });
  });

  it("never shows one reader's attempts to another", async () => {
    const a = await guest();
    await takeQuiz(a.userId, sample.slug, 1, new Date());
    const b = await guest();
    const other = await (await b.v.caller()).scores.overview({ tz: "UTC" });
    expect(other.attempts).toEqual([]);
    expect((await (await b.v.caller()).scores.csv({ tz: "UTC" })).rows).toBe(0);
    expect((await (await a.v.caller()).scores.overview({ tz: "UTC" })).attempts).toHaveLength(1);
  });

  it("keeps the scores of a deleted article, marked removed, and exports a tricky headline intact", async () => {
    const { v, userId } = await guest();
    const headline = 'Seoul says "about 3,000" soldiers, not 1,500, went';
    const slug = `removed-${userId.slice(0, 8).toLowerCase()}`;
    await upsertArticle(testDb.db, { ...sample, slug, headline }, { ownerId: userId, contentHash: contentHashOf(slug) });
    const taken = await takeQuiz(userId, slug, 1, new Date());
    await testDb.db.article.update({ where: { slug }, data: { deletedAt: new Date() } });

    const overview = await (await v.caller()).scores.overview({ tz: "UTC" });
    expect(overview.attempts[0]).toMatchObject({ id: taken.attemptId, articleHeadline: headline, articleRemoved: true, score: 1 });
    expect(overview.articles[0]).toMatchObject({ articleSlug: slug, articleRemoved: true });

    const { csv, rows, fileName } = await (await v.caller()).scores.csv({ tz: "UTC" });
    expect(rows).toBe(1);
    expect(fileName).toMatch(/^newsquiz-scores-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain(`"Seoul says ""about 3,000"" soldiers, not 1,500, went",${slug},true,1,`);
  });

  it("rejects an unknown time zone readably", async () => {
    const caller = await new TestVisitor(testDb.db, auth).caller();
    const error = await caller.scores.overview({ tz: "Mars/Olympus" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", cause: { issues: [{ path: ["tz"], message: "Unknown time zone." }] } });
    expect(await codeOf(caller.scores.csv({ tz: "x".repeat(100) }))).toBe("BAD_REQUEST");
  });
});

describe("review", () => {
  it("has nothing due for a new visitor", async () => {
    const caller = await new TestVisitor(testDb.db, auth).caller();
    expect(await caller.review.dueCount()).toBe(0);
    expect(await caller.review.next()).toEqual({ item: null, dueCount: 0, nextDueAt: null });
    expect(await codeOf(caller.review.answer({ itemId: "cabc", response: "x" }))).toBe("UNAUTHORIZED");
  });

  it("queues wrong answers for tomorrow, not today", async () => {
    const { v, userId } = await guest();
    const { questions } = await takeQuiz(userId, sample.slug, 1, new Date());
    const caller = await v.caller();
    expect(await caller.review.dueCount()).toBe(0);
    const next = await caller.review.next();
    expect(next.item).toBeNull();
    expect(next.nextDueAt!.getTime() - Date.now()).toBeGreaterThan(DAY - 60_000);
    expect(await testDb.db.reviewItem.count({ where: { userId } })).toBe(questions.length - 1);
  });

  it("asks due questions without revealing the answer, then grades, reveals and moves them through the boxes", async () => {
    const { v, userId } = await guest();
    const { questions } = await takeQuiz(userId, sample.slug, 0, new Date(Date.now() - 2 * DAY));
    const caller = await v.caller();
    expect(await caller.review.dueCount()).toBe(questions.length);

    const next = await caller.review.next();
    expect(next.dueCount).toBe(questions.length);
    const item = next.item!;
    expect(item.article).toEqual({ slug: sample.slug, headline: sample.headline });
    expect(item.box).toBe(1);
    const question = questions.find((q) => q.prompt === item.question.prompt)!;
    expect(Object.keys(item.question).sort()).toEqual(question.options ? ["id", "kind", "options", "prompt", "type"] : ["id", "kind", "prompt", "type"]);
    const sent = JSON.stringify(next);
    for (const secret of ["answer", "evidence", "explanation", "questionKey", question.key.explanation, question.key.evidence.text]) {
      expect(sent).not.toContain(secret);
    }

    // Right: up to box 2, due in 2 days; the evidence comes back with the result.
    const right = await (await v.caller()).review.answer({ itemId: item.itemId, response: question.key.answer });
    expect(right).toMatchObject({
      correct: true,
      box: 2,
      answer: question.key.answer,
      explanation: question.key.explanation,
      evidence: question.key.evidence,
      articleSlug: sample.slug,
      evidenceHref: `/articles/${sample.slug}#s-${question.key.evidence.paragraph}-${question.key.evidence.sentence}`,
    });
    expect(Math.round((right.nextDueAt.getTime() - Date.now()) / DAY)).toBe(2);
    expect(await (await v.caller()).review.dueCount()).toBe(questions.length - 1);
    expect((await (await v.caller()).review.next()).item?.itemId).not.toBe(item.itemId);

    // Answering it again before it is due is refused.
    expect(await codeOf((await v.caller()).review.answer({ itemId: item.itemId, response: question.key.answer }))).toBe("CONFLICT");

    // Due again: right → box 3 (4 days); due again: wrong → back to box 1 (1 day).
    const makeDue = () => testDb.db.reviewItem.update({ where: { id: item.itemId }, data: { dueAt: new Date(Date.now() - 1000) } });
    await makeDue();
    const third = await (await v.caller()).review.answer({ itemId: item.itemId, response: question.key.answer });
    expect(third).toMatchObject({ correct: true, box: 3 });
    expect(Math.round((third.nextDueAt.getTime() - Date.now()) / DAY)).toBe(4);
    await makeDue();
    const wrong = await (await v.caller()).review.answer({ itemId: item.itemId, response: wrongResponse(question) });
    expect(wrong).toMatchObject({ correct: false, box: 1, answer: question.key.answer });
    expect(Math.round((wrong.nextDueAt.getTime() - Date.now()) / DAY)).toBe(1);
    const stored = await testDb.db.reviewItem.findUniqueOrThrow({ where: { id: item.itemId } });
    expect(stored).toMatchObject({ box: 1, dueAt: wrong.nextDueAt });
  });

  it("finds only the reader's own review questions: another reader's ids are not found", async () => {
    const a = await guest();
    await takeQuiz(a.userId, sample.slug, 0, new Date(Date.now() - 2 * DAY));
    const item = (await (await a.v.caller()).review.next()).item!;
    const b = await guest();
    const bCaller = await b.v.caller();
    expect(await bCaller.review.dueCount()).toBe(0);
    expect((await bCaller.review.next()).item).toBeNull();
    await expect((await b.v.caller()).review.answer({ itemId: item.itemId, response: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This review question was not found.",
    });
    expect(await codeOf((await b.v.caller()).review.answer({ itemId: "cnosuchitem000", response: "x" }))).toBe("NOT_FOUND");
    // B's attempt did not move A's item.
    expect(await testDb.db.reviewItem.findUniqueOrThrow({ where: { id: item.itemId } })).toMatchObject({ box: 1 });
  });

  it("moves an item once when two answers arrive at the same time", async () => {
    const { v, userId } = await guest();
    await takeQuiz(userId, sample.slug, 0, new Date(Date.now() - 2 * DAY));
    const item = (await (await v.caller()).review.next()).item!;
    const [a, b] = await Promise.allSettled([
      (await v.caller()).review.answer({ itemId: item.itemId, response: "first" }),
      (await v.caller()).review.answer({ itemId: item.itemId, response: "second" }),
    ]);
    expect([a.status, b.status].sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = [a, b].find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
  });

  it("limits review input", async () => {
    const { v } = await guest();
    expect(await codeOf((await v.caller()).review.answer({ itemId: "../../etc", response: "x" }))).toBe("BAD_REQUEST");
    expect(await codeOf((await v.caller()).review.answer({ itemId: "c".repeat(65), response: "x" }))).toBe("BAD_REQUEST");
    expect(await codeOf((await v.caller()).review.answer({ itemId: "cabc", response: "x".repeat(201) }))).toBe("BAD_REQUEST");
  });

  it("stops asking questions of a deleted article", async () => {
    const { v, userId } = await guest();
    const slug = `gone-${userId.slice(0, 8).toLowerCase()}`;
    await upsertArticle(testDb.db, { ...sample, slug, headline: "Gone soon" }, { ownerId: userId, contentHash: contentHashOf(slug) });
    await takeQuiz(userId, slug, 0, new Date(Date.now() - 2 * DAY));
    const item = (await (await v.caller()).review.next()).item!;
    expect(item.article.slug).toBe(slug);
    await testDb.db.article.update({ where: { slug }, data: { deletedAt: new Date() } });
    expect(await (await v.caller()).review.dueCount()).toBe(0);
    expect((await (await v.caller()).review.next()).item).toBeNull();
    expect(await codeOf((await v.caller()).review.answer({ itemId: item.itemId, response: "x" }))).toBe("NOT_FOUND");
  });
});
