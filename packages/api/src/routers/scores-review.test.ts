import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TRPCError } from "@trpc/server";
import { upsertArticle, contentHashOf } from "@newsquiz/db";
import { sampleArticle } from "@newsquiz/article/samples";
import { useTestApi } from "../test-api";
import type { TestVisitor } from "../testing";
import { readStoredQuiz, startAttempt, saveAnswer, submitAttempt, type StoredQuestion } from "../quizzes";
import { answerReviewItem } from "../review/answer-review";
import { holdWrites } from "../review/review-race-worker";
import { startTestWorker } from "../test-worker";
import { countDueItems } from "../review/due-items";
import { CSV_COLUMNS } from "../scores/attempts-csv";

const sample = sampleArticle();
const DAY = 86_400_000;
const api = useTestApi();


// The clock of every test here: 10:00 UTC tomorrow, so "yesterday", "today" and "due tomorrow" never depend on
// the hour the suite runs (a run across midnight used to change the streak), and the clock is still later than
// the rows the database set-up stamped with the real time. Only Date is faked; timers run.
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY + DAY + 10 * 3_600_000);
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

/** A visitor who has become a guest (their first write), with their user id. */
async function guest(): Promise<{ v: TestVisitor; userId: string }> {
  const v = api.visitor();
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
  const view = await startAttempt(api.db, userId, { slug, fresh });
  const row = await api.db.attempt.findUniqueOrThrow({ where: { id: view.id }, include: { quiz: true } });
  const questions = readStoredQuiz(row.quiz);
  for (const [i, q] of questions.entries()) {
    await saveAnswer(api.db, userId, { attemptId: view.id, questionId: q.id, response: i < right ? q.key.answer : wrongResponse(q) });
  }
  await api.db.attempt.update({ where: { id: view.id }, data: { startedAt: new Date(at.getTime() - 90_000) } });
  const result = await submitAttempt(api.db, { userId, attemptId: view.id }, () => at);
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
    const v = api.visitor();
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
    const now = NOW.getTime();
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
    await upsertArticle(api.db, { ...sample, slug, headline }, { ownerId: userId, contentHash: contentHashOf(slug) });
    const taken = await takeQuiz(userId, slug, 1, new Date());
    await api.db.article.update({ where: { slug }, data: { deletedAt: new Date() } });

    const overview = await (await v.caller()).scores.overview({ tz: "UTC" });
    expect(overview.attempts[0]).toMatchObject({ id: taken.attemptId, articleHeadline: headline, articleRemoved: true, score: 1 });
    expect(overview.articles[0]).toMatchObject({ articleSlug: slug, articleRemoved: true });

    const { csv, rows, fileName } = await (await v.caller()).scores.csv({ tz: "UTC" });
    expect(rows).toBe(1);
    expect(fileName).toMatch(/^newsquiz-scores-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv).toContain(`"Seoul says ""about 3,000"" soldiers, not 1,500, went",${slug},true,1,`);
  });

  it("rejects an unknown time zone readably", async () => {
    const caller = await api.visitor().caller();
    const error = await caller.scores.overview({ tz: "Mars/Olympus" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", cause: { issues: [{ path: ["tz"], message: "Unknown time zone." }] } });
    expect(await codeOf(caller.scores.csv({ tz: "x".repeat(100) }))).toBe("BAD_REQUEST");
  });
});

describe("review", () => {
  it("has nothing due for a new visitor", async () => {
    const caller = await api.visitor().caller();
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
    expect(next.nextDueAt).toEqual(new Date(NOW.getTime() + DAY)); // due exactly one day after the submit
    expect(await api.db.reviewItem.count({ where: { userId } })).toBe(questions.length - 1);
  });

  it("asks due questions without revealing the answer, then grades, reveals and moves them through the boxes", async () => {
    const { v, userId } = await guest();
    const { questions } = await takeQuiz(userId, sample.slug, 0, new Date(NOW.getTime() - 2 * DAY));
    const caller = await v.caller();
    expect(await caller.review.dueCount()).toBe(questions.length);

    const next = await caller.review.next();
    expect(next.dueCount).toBe(questions.length);
    const item = next.item!;
    expect(item.article).toEqual({ slug: sample.slug, headline: sample.headline });
    expect(item.box).toBe(1);
    const question = questions.find((q) => q.prompt === item.question.prompt)!;
    expect(Object.keys(item.question).sort()).toEqual(question.options ? ["difficulty", "id", "kind", "options", "prompt", "type"] : ["difficulty", "id", "kind", "prompt", "type"]);
    // (a true/false statement as written is its evidence sentence: the prompt itself is left out of the search)
    const sent = JSON.stringify(next).replace(JSON.stringify(item.question.prompt), '""');
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
      articleHeadline: sample.headline,
      evidenceHref: `/articles/${sample.slug}#s-${question.key.evidence.paragraph}-${question.key.evidence.sentence}`,
    });
    expect(right.nextDueAt.getTime() - NOW.getTime()).toBe(2 * DAY);
    expect(await (await v.caller()).review.dueCount()).toBe(questions.length - 1);
    expect((await (await v.caller()).review.next()).item?.itemId).not.toBe(item.itemId);

    // Answering it again before it is due is refused.
    expect(await codeOf((await v.caller()).review.answer({ itemId: item.itemId, response: question.key.answer }))).toBe("CONFLICT");

    // Due again: right → box 3 (4 days); due again: wrong → from box 3 back to box 1 (1 day).
    const makeDue = () => api.db.reviewItem.update({ where: { id: item.itemId }, data: { dueAt: new Date(NOW.getTime() - 1000) } });
    await makeDue();
    const third = await (await v.caller()).review.answer({ itemId: item.itemId, response: question.key.answer });
    expect(third).toMatchObject({ correct: true, box: 3 });
    expect(third.nextDueAt.getTime() - NOW.getTime()).toBe(4 * DAY);
    await makeDue();
    const wrong = await (await v.caller()).review.answer({ itemId: item.itemId, response: wrongResponse(question) });
    expect(wrong).toMatchObject({ correct: false, box: 1, answer: question.key.answer });
    expect(wrong.nextDueAt.getTime() - NOW.getTime()).toBe(DAY);
    const stored = await api.db.reviewItem.findUniqueOrThrow({ where: { id: item.itemId } });
    expect(stored).toMatchObject({ box: 1, dueAt: wrong.nextDueAt });
  });

  it("finds only the reader's own review questions: another reader's ids are not found", async () => {
    const a = await guest();
    await takeQuiz(a.userId, sample.slug, 0, new Date(NOW.getTime() - 2 * DAY));
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
    expect(await api.db.reviewItem.findUniqueOrThrow({ where: { id: item.itemId } })).toMatchObject({ box: 1 });
  });

  it("moves an item once when two answers arrive at the same time from two servers", async () => {
    // The second answer comes from a worker thread with its own database client, as from a second app process;
    // both find the item due before either moves it (each holds its write until both have read).
    const { v, userId } = await guest();
    const { questions } = await takeQuiz(userId, sample.slug, 0, new Date(NOW.getTime() - 2 * DAY));
    const item = (await (await v.caller()).review.next()).item!;
    const question = questions.find((q) => q.prompt === item.question.prompt)!;
    const other = startTestWorker(new URL("../review/review-race-worker.ts", import.meta.url), "runReviewRace", {
      url: api.testDb.url,
      userId,
      itemId: item.itemId,
      response: "zeppelin marmalade",
      at: NOW.getTime(),
    });
    try {
      type Outcome = { result: { correct: boolean; box: number } } | { error: { message: string; code?: string } };
      let theirs: Outcome | undefined;
      const held = holdWrites(api.db, async () => {
        expect(await other.next()).toEqual({ arrived: true });
        other.send("go");
        // the other moves it first; this answer, which also found it due, writes second and must be refused
        theirs = (await other.next()) as Outcome;
      });
      const mine: Outcome = await answerReviewItem(held, { userId, itemId: item.itemId, response: question.key.answer }, NOW).then(
        (r) => ({ result: { correct: r.correct, box: r.box } }),
        (e: { message: string; code?: string }) => ({ error: { message: e.message, code: e.code } }),
      );
      expect(mine).toEqual({ error: { code: "CONFLICT", message: "This question was just answered in another tab." } });
      // exactly one moved it; the other was told it was just answered elsewhere
      const outcomes = [mine, theirs!];
      expect(outcomes.filter((o) => "result" in o)).toHaveLength(1);
      expect(outcomes.find((o) => "error" in o)).toEqual({ error: { code: "CONFLICT", message: "This question was just answered in another tab." } });
      const winner = outcomes.find((o) => "result" in o) as { result: { correct: boolean; box: number } };
      const stored = await api.db.reviewItem.findUniqueOrThrow({ where: { id: item.itemId } });
      expect(stored.box).toBe(winner.result.box);
      expect(stored.box).toBe(winner.result.correct ? 2 : 1);
    } finally {
      await other.terminate();
    }
  });

  it("asks the oldest due question first, ties in the quiz's question order, and shows the item's own question", async () => {
    const { v, userId } = await guest();
    const { questions } = await takeQuiz(userId, sample.slug, 0, new Date(NOW.getTime() - 2 * DAY));
    const items = await api.db.reviewItem.findMany({ where: { userId } });
    const itemOf = (i: number) => items.find((r) => r.questionKey === questions[i]!.key.questionKey)!;
    // every item due at the same instant: the quiz's order decides
    const first = (await (await v.caller()).review.next()).item!;
    expect(first.question.prompt).toBe(questions[0]!.prompt);
    expect(first).toMatchObject({ itemId: itemOf(0).id, box: 1, dueAt: itemOf(0).dueAt });
    // the third question made due earlier than the rest comes first, and it is its own question that is shown
    await api.db.reviewItem.update({ where: { id: itemOf(2).id }, data: { dueAt: new Date(NOW.getTime() - 3 * DAY) } });
    const oldest = (await (await v.caller()).review.next()).item!;
    expect(oldest.itemId).toBe(itemOf(2).id);
    expect(oldest.question.prompt).toBe(questions[2]!.prompt);
    // answering one moves that item only
    await (await v.caller()).review.answer({ itemId: oldest.itemId, response: questions[2]!.key.answer });
    const after = await api.db.reviewItem.findMany({ where: { userId } });
    expect(after.filter((r) => r.box === 2).map((r) => r.id)).toEqual([itemOf(2).id]);
    expect(after.filter((r) => r.box === 1)).toHaveLength(items.length - 1);
    expect((await (await v.caller()).review.next()).item!.question.prompt).toBe(questions[0]!.prompt);
  });

  it("says when the reader's own next question comes up: not a due one, not another reader's, not a removed article's", async () => {
    const { v, userId } = await guest();
    const { questions } = await takeQuiz(userId, sample.slug, 0, NOW); // all due tomorrow
    const keyOf = (i: number) => questions[i]!.key.questionKey;
    const at = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
    await api.db.reviewItem.update({ where: { userId_questionKey: { userId, questionKey: keyOf(0) } }, data: { dueAt: at(-1) } }); // due now
    // the soonest to come is the last question's, so taking the first future row in storage order would be wrong
    await api.db.reviewItem.update({ where: { userId_questionKey: { userId, questionKey: keyOf(questions.length - 1) } }, data: { dueAt: at(3) } });
    // another reader's item comes up sooner, and so does an item of this reader's removed article
    const other = await guest();
    const theirs = await takeQuiz(other.userId, sample.slug, 0, NOW);
    await api.db.reviewItem.updateMany({ where: { userId: other.userId }, data: { dueAt: at(1) } });
    const gone = `next-due-gone-${userId.slice(0, 8).toLowerCase()}`;
    await upsertArticle(api.db, { ...sample, slug: gone }, { ownerId: userId, contentHash: contentHashOf(gone) });
    await takeQuiz(userId, gone, 0, NOW);
    const goneArticle = await api.db.article.update({ where: { slug: gone }, data: { deletedAt: NOW } });
    await api.db.reviewItem.updateMany({ where: { userId, quiz: { articleId: goneArticle.id } }, data: { dueAt: at(2) } });

    const next = await (await v.caller()).review.next();
    expect(next.dueCount).toBe(1);
    expect(next.item?.question.prompt).toBe(questions[0]!.prompt);
    expect(next.nextDueAt).toEqual(at(3));
    expect(theirs.questions.length).toBeGreaterThan(0);
  });

  it("skips review items whose question can no longer be found, past a page of them, to the next good one", async () => {
    const { v, userId } = await guest();
    const { questions, quizId } = await takeQuiz(userId, sample.slug, 0, new Date(NOW.getTime() - 2 * DAY));
    const article = await api.db.article.findUniqueOrThrow({ where: { slug: sample.slug } });
    // 21 items older than the good ones (more than one page of 20) whose quiz no longer holds their question …
    await api.db.reviewItem.createMany({
      data: Array.from({ length: 21 }, (_, i) => ({
        userId,
        questionKey: `${article.id}:gone-${i}`,
        quizId,
        dueAt: new Date(NOW.getTime() - 5 * DAY),
        lastAnsweredAt: NOW,
      })),
    });
    // … and one whose stored quiz is damaged
    const damaged = await api.db.quiz.create({ data: { articleId: article.id, engineVersion: "damaged", seed: 999, questions: "{not json", answerKey: "{" } });
    await api.db.reviewItem.create({ data: { userId, questionKey: `${article.id}:damaged`, quizId: damaged.id, dueAt: new Date(NOW.getTime() - 6 * DAY), lastAnsweredAt: NOW } });
    const next = await (await v.caller()).review.next();
    expect(next.dueCount).toBe(questions.length + 22);
    expect(next.item?.question.prompt).toBe(questions[0]!.prompt);
    // answering a lost question says it was not found
    const lost = await api.db.reviewItem.findFirstOrThrow({ where: { userId, questionKey: `${article.id}:gone-0` } });
    await expect((await v.caller()).review.answer({ itemId: lost.id, response: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This review question was not found.",
    });
    const broken = await api.db.reviewItem.findFirstOrThrow({ where: { userId, quizId: damaged.id } });
    await expect((await v.caller()).review.answer({ itemId: broken.id, response: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("limits review input", async () => {
    const { v } = await guest();
    expect(await codeOf((await v.caller()).review.answer({ itemId: "../../etc", response: "x" }))).toBe("BAD_REQUEST");
    expect(await codeOf((await v.caller()).review.answer({ itemId: "c".repeat(65), response: "x" }))).toBe("BAD_REQUEST");
    expect(await codeOf((await v.caller()).review.answer({ itemId: "cabc", response: "x".repeat(201) }))).toBe("BAD_REQUEST");
  });

  it("counts an item due at exactly this instant as due, and one a millisecond later as not yet", async () => {
    const { v, userId } = await guest();
    await takeQuiz(userId, sample.slug, 0, new Date(NOW.getTime() - 2 * DAY));
    const item = (await (await v.caller()).review.next()).item!;
    const question = (await api.db.reviewItem.findUniqueOrThrow({ where: { id: item.itemId } }));
    const dueAt = new Date(NOW.getTime() + 3 * DAY);
    await api.db.reviewItem.updateMany({ where: { userId }, data: { dueAt } });
    const before = new Date(dueAt.getTime() - 1);
    expect(await countDueItems(api.db, userId, before)).toBe(0);
    await expect(answerReviewItem(api.db, { userId, itemId: item.itemId, response: "x" }, before)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This question is not due for review yet — it has already been answered in this round.",
    });
    expect(await countDueItems(api.db, userId, dueAt)).toBeGreaterThan(0);
    const answered = await answerReviewItem(api.db, { userId, itemId: item.itemId, response: "zeppelin marmalade" }, dueAt);
    expect(answered).toMatchObject({ correct: false, box: 1, nextDueAt: new Date(dueAt.getTime() + DAY) });
    expect(question.box).toBe(1);
  });

  it("keeps an item in the last box (5) when answered right there, due again in 16 days", async () => {
    const { v, userId } = await guest();
    const { questions } = await takeQuiz(userId, sample.slug, 0, new Date(NOW.getTime() - 2 * DAY));
    const item = (await (await v.caller()).review.next()).item!;
    const question = questions.find((q) => q.prompt === item.question.prompt)!;
    await api.db.reviewItem.update({ where: { id: item.itemId }, data: { box: 5 } });
    const result = await (await v.caller()).review.answer({ itemId: item.itemId, response: question.key.answer });
    expect(result).toMatchObject({ correct: true, box: 5, nextDueAt: new Date(NOW.getTime() + 16 * DAY) });
    expect(await api.db.reviewItem.findUniqueOrThrow({ where: { id: item.itemId } })).toMatchObject({ box: 5, lastAnsweredAt: NOW });
  });

  it("stops asking questions of a deleted article", async () => {
    const { v, userId } = await guest();
    const slug = `gone-${userId.slice(0, 8).toLowerCase()}`;
    await upsertArticle(api.db, { ...sample, slug, headline: "Gone soon" }, { ownerId: userId, contentHash: contentHashOf(slug) });
    await takeQuiz(userId, slug, 0, new Date(NOW.getTime() - 2 * DAY));
    const item = (await (await v.caller()).review.next()).item!;
    expect(item.article.slug).toBe(slug);
    await api.db.article.update({ where: { slug }, data: { deletedAt: new Date() } });
    expect(await (await v.caller()).review.dueCount()).toBe(0);
    expect((await (await v.caller()).review.next()).item).toBeNull();
    expect(await codeOf((await v.caller()).review.answer({ itemId: item.itemId, response: "x" }))).toBe("NOT_FOUND");
  });
});
