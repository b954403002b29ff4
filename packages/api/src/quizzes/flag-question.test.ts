import { describe, expect, it } from "vitest";
import { upsertArticle } from "@newsquiz/db";
import { failInsertsInto } from "@newsquiz/db/testing";
import { useSharedLimitStore } from "../create-limiter";
import { UserFacingError } from "../errors";
import { sampleArticle } from "@newsquiz/article/samples";
import { useTestApi } from "../test-api";
import type { TestVisitor } from "../testing";
import { readStoredQuiz, type StoredQuestion } from "./stored-quiz";
import { createUserRateLimiter } from "./user-rate-limit";

// What the mutation run of flag-question.ts, get-attempt.ts and user-rate-limit.ts found untested: which question a
// flag lands on, whose flags a reader's results show, what a flag count counts, and the messages a reader reads.
// Every test takes a copy of the sample of its own, so no flag from another test can count here.
const sample = sampleArticle();
const api = useTestApi();

let copies = 0;
async function ownCopy(name: string): Promise<string> {
  const slug = `flag-${name}-${++copies}`;
  await upsertArticle(api.db, { ...sample, slug }, { ownerId: null, contentHash: slug });
  return slug;
}

/** Starts `v`'s first quiz on `slug` (the article's shared one) and submits it unanswered. */
async function submitted(v: TestVisitor, slug: string): Promise<{ id: string; key: StoredQuestion[] }> {
  const { id } = await (await v.caller()).quiz.start({ slug });
  await (await v.caller()).attempt.submit({ attemptId: id });
  const attempt = await api.db.attempt.findUniqueOrThrow({ where: { id }, include: { quiz: true } });
  return { id, key: readStoredQuiz(attempt.quiz) };
}

async function flagsShown(v: TestVisitor, attemptId: string) {
  const result = await (await v.caller()).attempt.get({ attemptId });
  if (result.status !== "submitted") throw new Error("not submitted");
  return result.questions.map((q) => q.flag);
}

describe("flagging a question", () => {
  it("lands on the question the reader flagged, and the results show it there only", async () => {
    const slug = await ownCopy("which");
    const v = await api.account();
    const { id, key } = await submitted(v, slug);
    const third = key[2]!;
    const flag = await (await v.caller()).attempt.flag({ attemptId: id, questionId: third.id, reason: "ambiguous" });
    expect(flag).toEqual({ questionId: third.id, reason: "ambiguous", flaggedBy: 1 });
    expect(await flagsShown(v, id)).toEqual(key.map((q) => (q.id === third.id ? "ambiguous" : null)));
    const stored = await api.db.questionFlag.findMany({ where: { questionKey: { in: key.map((q) => q.key.questionKey) } } });
    expect(stored.map((f) => [f.questionKey, f.reason])).toEqual([[third.key.questionKey, "ambiguous"]]);
  });

  it("counts each reader once per question, and only the flags of that question", async () => {
    const slug = await ownCopy("count");
    const [a, b] = [await api.account(), await api.account()];
    const mine = await submitted(a, slug);
    const theirs = await submitted(b, slug);
    const [q1, q2] = [mine.key[0]!, mine.key[1]!];
    // the two readers share the article's first quiz, so the same question has the same id for both
    expect(theirs.key.map((q) => q.id)).toEqual(mine.key.map((q) => q.id));

    expect((await (await a.caller()).attempt.flag({ attemptId: mine.id, questionId: q1.id, reason: "wrong-answer" })).flaggedBy).toBe(1);
    // flagging again changes the reason, never the count
    expect((await (await a.caller()).attempt.flag({ attemptId: mine.id, questionId: q1.id, reason: "unclear" })).flaggedBy).toBe(1);
    expect((await (await b.caller()).attempt.flag({ attemptId: theirs.id, questionId: q1.id, reason: "ambiguous" })).flaggedBy).toBe(2);
    // another question's count starts at one, whatever the first question has
    expect((await (await b.caller()).attempt.flag({ attemptId: theirs.id, questionId: q2.id, reason: "unclear" })).flaggedBy).toBe(1);
    expect(await api.db.questionFlag.count({ where: { questionKey: q1.key.questionKey } })).toBe(2);

    // each reader's results show their own flags: not the other reader's reason, not the other reader's questions
    const aShown = await flagsShown(a, mine.id);
    expect(aShown.slice(0, 2)).toEqual(["unclear", null]);
    const bShown = await flagsShown(b, theirs.id);
    expect(bShown.slice(0, 2)).toEqual(["ambiguous", "unclear"]);
  });

  it("says why a flag is refused before the quiz is submitted, and that an unknown question was not found", async () => {
    const slug = await ownCopy("refused");
    const v = await api.account();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const q = (await api.db.attempt.findUniqueOrThrow({ where: { id }, include: { quiz: true } })).quiz;
    const first = readStoredQuiz(q)[0]!;
    await expect((await v.caller()).attempt.flag({ attemptId: id, questionId: first.id, reason: "unclear" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Questions can be flagged from the results, once the quiz is submitted.",
    });
    await (await v.caller()).attempt.submit({ attemptId: id });
    await expect((await v.caller()).attempt.flag({ attemptId: id, questionId: "qnothere", reason: "unclear" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This question was not found.",
    });
    expect(await api.db.questionFlag.count({ where: { quizId: q.id } })).toBe(0);
  });
});

describe("a per-reader limit", () => {
  it("allows exactly `limit` actions per reader, then says how long to wait; other readers keep theirs", async () => {
    const limiter = createUserRateLimiter({ limit: 3, windowMs: 10 * 60 * 1000, what: "flags" });
    for (let i = 0; i < 3; i++) await limiter.consume("reader-a");
    await expect(limiter.consume("reader-a")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS", message: "Too many flags; try again in 10 minutes." });
    await limiter.consume("reader-b");
    // forgetting a reader's count gives them the whole limit again
    await limiter.reset("reader-a");
    for (let i = 0; i < 3; i++) await limiter.consume("reader-a");
    await expect(limiter.consume("reader-a")).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
  });

  it("names the wait in the limiter's own window", async () => {
    const limiter = createUserRateLimiter({ limit: 1, windowMs: 90_000, what: "new quizzes" });
    await limiter.consume("reader");
    await expect(limiter.consume("reader")).rejects.toMatchObject({ message: "Too many new quizzes; try again in 2 minutes." });
  });

  it("reports a failing limit store as a server error, never as \"too many\"", async () => {
    const limiter = createUserRateLimiter({ limit: 3, windowMs: 60_000, what: "flags" });
    useSharedLimitStore(api.db);
    const restore = await failInsertsInto(api.testDb, "RateLimitCounter", "limit store down");
    try {
      const error: unknown = await limiter.consume("reader").then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(UserFacingError);
    } finally {
      await restore();
      useSharedLimitStore(null);
    }
  });
});

describe("reading an attempt", () => {
  it("tells a visitor without a session that the attempt was not found", async () => {
    const slug = await ownCopy("stranger");
    const owner = api.visitor();
    const { id } = await (await owner.caller()).quiz.start({ slug });
    await expect((await api.visitor().caller()).attempt.get({ attemptId: id })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This quiz attempt was not found.",
    });
  });
});
