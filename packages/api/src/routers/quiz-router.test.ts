import { afterEach, describe, expect, it, vi } from "vitest";
import { failInsertsInto } from "@newsquiz/db/testing";
import { upsertArticle, type Prisma } from "@newsquiz/db";
import { sampleArticle } from "@newsquiz/article/samples";
import { gradeAnswer, makeQuiz } from "@newsquiz/quiz";
import { useTestApi } from "../test-api";
import { startTestWorker } from "../test-worker";
import type { TestVisitor } from "../testing";
import { readStoredQuiz, type StoredQuestion } from "../quizzes/stored-quiz";
import { FIRST_QUIZ_SEED, readQuizConfig } from "../quizzes/quiz-config";
import { submitAttempt } from "../quizzes/submit-attempt";
import { saveAnswer } from "../quizzes/save-answer";
import { MAX_RESPONSE_LENGTH } from "../quizzes/quiz-config";
import { LEITNER_INTERVAL_DAYS } from "../review/leitner";

const sample = sampleArticle();
const slug = sample.slug;
const api = useTestApi();
afterEach(() => {
  vi.unstubAllEnvs();
});

const visitor = () => api.visitor();
/** A visitor signed up as an account (not a guest). */
const account = () => api.account();
const DAY_MS = 86_400_000;
/** The first question of `v`'s shared first quiz on `slug`, after submitting it, flagged. */
async function flagFirst(v: TestVisitor, slug: string): Promise<StoredQuestion> {
  const { id } = await (await v.caller()).quiz.start({ slug });
  const q = (await keyOf(id))[0]!;
  await (await v.caller()).attempt.submit({ attemptId: id });
  await (await v.caller()).attempt.flag({ attemptId: id, questionId: q.id, reason: "wrong-answer" });
  return q;
}
async function copyOfSample(slug: string, ownerId: string | null = null) {
  return upsertArticle(api.db, { ...sample, slug }, { ownerId, contentHash: slug });
}

/** The stored questions (with their keys) behind an attempt: what only the server knows. */
async function keyOf(attemptId: string): Promise<StoredQuestion[]> {
  const attempt = await api.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { quiz: true } });
  return readStoredQuiz(attempt.quiz);
}

/** A wrong response to the question (an option that is not the answer, or made-up words). */
function wrongResponse(q: StoredQuestion): string {
  if (!q.options) return "zeppelin marmalade";
  const wrong = q.options.find((o) => !gradeAnswer(q.key, o).correct);
  if (!wrong) throw new Error("every option is right?");
  return wrong;
}
function rightResponse(q: StoredQuestion): string {
  if (!q.options) return q.key.answer;
  const right = q.options.find((o) => gradeAnswer(q.key, o).correct);
  if (!right) throw new Error("no option is right");
  return right;
}

/**
 * Fails if a response sent before submission holds anything from the answer key: its field names, any
 * explanation, the evidence offsets, the stable keys, or the engine's answer-derived question ids.
 */
function expectNoAnswerKey(response: unknown, questions: readonly StoredQuestion[]) {
  const json = JSON.stringify(response);
  for (const field of ['"answer"', '"answerKey"', '"accept"', '"evidence"', '"explanation"', '"questionKey"', '"correct"', '"evidenceHref"']) {
    expect(json, `field ${field} leaked`).not.toContain(field);
  }
  for (const q of questions) {
    expect(json).not.toContain(q.key.explanation);
    expect(json).not.toContain(q.key.questionKey.split(":")[1]);
    if (q.type === "cloze") expect(json).not.toContain(`"${q.key.answer}"`);
  }
}

describe("quiz.start", () => {
  it("gives a first-time visitor a guest identity and the first quiz's questions without their answers", async () => {
    const v = visitor();
    const started = await (await v.caller()).quiz.start({ slug });
    expect(v.cookieHeader()).toMatch(/session_token/);
    expect(started.status).toBe("in-progress");
    // the article's shared first quiz: as many questions as the engine makes for its seed, up to ten
    const expected = makeQuiz({ ...sample, slug }, { count: 10, seed: FIRST_QUIZ_SEED }).questions.length;
    expect(expected).toBeGreaterThanOrEqual(6);
    expect(started.total).toBe(expected);
    expect(started.questions).toHaveLength(expected);
    expect(started.article).toEqual({ slug, headline: sample.headline, deleted: false });
    expect(started.answers).toEqual({});
    const types = new Set(started.questions.map((q) => q.type));
    expect(types.has("choice")).toBe(true);
    for (const q of started.questions) {
      expect(Object.keys(q).sort()).toEqual(q.options ? ["difficulty", "id", "kind", "options", "prompt", "type"] : ["difficulty", "id", "kind", "prompt", "type"]);
    }
    expectNoAnswerKey(started, await keyOf(started.id));
  });

  it("resumes the attempt in progress, with the answers saved so far", async () => {
    const v = visitor();
    const first = await (await v.caller()).quiz.start({ slug });
    const key = await keyOf(first.id);
    const q0 = key[0]!;
    await (await v.caller()).attempt.answer({ attemptId: first.id, questionId: q0.id, response: wrongResponse(q0) });
    const again = await (await v.caller()).quiz.start({ slug });
    expect(again.id).toBe(first.id);
    expect(again.answers).toEqual({ [q0.id]: wrongResponse(q0) });
    const current = await (await v.caller()).quiz.current({ slug });
    expect(current?.id).toBe(first.id);
    expectNoAnswerKey(again, key);
    expectNoAnswerKey(current, key);
    expect(await (await visitor().caller()).quiz.current({ slug })).toBeNull();
  });

  it("shares the article's first quiz between readers, and gives a retake a new seed", async () => {
    const a = visitor();
    const b = visitor();
    const qa = await (await a.caller()).quiz.start({ slug });
    const qb = await (await b.caller()).quiz.start({ slug });
    const rows = await api.db.attempt.findMany({ where: { id: { in: [qa.id, qb.id] } }, include: { quiz: true } });
    expect(new Set(rows.map((r) => r.quizId)).size).toBe(1);
    expect(rows[0]?.quiz.seed).toBe(1);
    expect(rows[0]?.quiz.createdById).toBeNull();

    await (await a.caller()).attempt.submit({ attemptId: qa.id });
    const retake = await (await a.caller()).quiz.start({ slug, fresh: true });
    expect(retake.id).not.toBe(qa.id);
    const retakeRow = await api.db.attempt.findUniqueOrThrow({ where: { id: retake.id }, include: { quiz: true } });
    expect(retakeRow.quiz.seed).not.toBe(1);
    expect(retakeRow.quiz.createdById).toBeNull(); // a shared variant, stored once for every reader
    expect(retake.questions.map((q) => q.prompt)).not.toEqual(qa.questions.map((q) => q.prompt));
    // Taking the quiz again from the reader (not fresh) after a submitted attempt also gives a new variant.
    const c = visitor();
    const first = await (await c.caller()).quiz.start({ slug });
    await (await c.caller()).attempt.submit({ attemptId: first.id });
    const second = await (await c.caller()).quiz.start({ slug });
    const seeds = await api.db.attempt.findMany({ where: { id: { in: [first.id, second.id] } }, select: { quiz: { select: { seed: true } } } });
    expect(new Set(seeds.map((s) => s.quiz.seed)).size).toBe(2);
  });

  it("fresh drops the unsubmitted attempt instead of leaving two in progress", async () => {
    const v = visitor();
    const first = await (await v.caller()).quiz.start({ slug });
    const second = await (await v.caller()).quiz.start({ slug, fresh: true });
    expect(second.id).not.toBe(first.id);
    expect(await api.db.attempt.findUnique({ where: { id: first.id } })).toBeNull();
  });

  it("reuses a few stored variants for fresh quizzes instead of storing a quiz per call, and limits fresh per reader", async () => {
    const { VARIANT_SEEDS, FRESH_QUIZZES_PER_WINDOW, freshQuizLimiter } = await import("../quizzes/start-attempt");
    const slug = "fresh-variants-copy-of-the-sample";
    const row = await copyOfSample(slug);
    const readers = [visitor(), visitor()];
    const seeds: number[][] = [[], []];
    for (const [i, r] of readers.entries()) {
      for (let k = 0; k < VARIANT_SEEDS.length + 3; k++) {
        const { id } = await (await r.caller()).quiz.start({ slug, fresh: true });
        await (await r.caller()).attempt.submit({ attemptId: id });
        seeds[i]!.push((await api.db.attempt.findUniqueOrThrow({ where: { id }, include: { quiz: true } })).quiz.seed);
      }
      await freshQuizLimiter.reset((await (await r.caller()).session.me())!.id);
    }
    // each reader went through every variant before repeating one, and both share the same stored rows
    expect(new Set(seeds[0]!.slice(0, VARIANT_SEEDS.length))).toEqual(new Set(VARIANT_SEEDS));
    expect(await api.db.quiz.count({ where: { articleId: row.id } })).toBe(VARIANT_SEEDS.length);
    // an unused, superseded row is cleaned up when a new one is stored
    await api.db.article.update({ where: { id: row.id }, data: { headline: `${sample.headline} ` } });
    await (await readers[0]!.caller()).quiz.start({ slug, fresh: true });
    const unused = await api.db.quiz.count({ where: { articleId: row.id, attempts: { none: {} } } });
    expect(unused).toBeLessThanOrEqual(1);
    // the limit
    const greedy = visitor();
    for (let k = 0; k < FRESH_QUIZZES_PER_WINDOW; k++) await (await greedy.caller()).quiz.start({ slug, fresh: true });
    await expect((await greedy.caller()).quiz.start({ slug, fresh: true })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many new quizzes; try again in \d+ minutes?\.$/),
    });
    expect(await api.db.quiz.count({ where: { articleId: row.id } })).toBeLessThanOrEqual(2 * VARIANT_SEEDS.length + 1);
  });

  it("says an unknown or malformed article was not found / not valid", async () => {
    const caller = await visitor().caller();
    await expect(caller.quiz.start({ slug: "no-such-article" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.quiz.start({ slug: "../etc" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("attempt.answer", () => {
  it("saves a pick, replaces it on a second pick, and rejects what is not an option", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const key = await keyOf(id);
    const choice = key.find((q) => q.options)!;
    const saved = await (await v.caller()).attempt.answer({ attemptId: id, questionId: choice.id, response: choice.options![0]! });
    expectNoAnswerKey(saved, key);
    await (await v.caller()).attempt.answer({ attemptId: id, questionId: choice.id, response: choice.options![1]! });
    const stored = await api.db.answer.findMany({ where: { attemptId: id } });
    expect(stored.map((a) => a.response)).toEqual([choice.options![1]!]); // replaced, not kept
    expect((await (await v.caller()).attempt.get({ attemptId: id })).status).toBe("in-progress");
    await expect((await v.caller()).attempt.answer({ attemptId: id, questionId: choice.id, response: "Something else" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Please pick one of the question's options.",
    });
  });

  it("accepts true/false in any case and stores the option text", async () => {
    const v = visitor();
    let attemptId = "";
    let tf: StoredQuestion | undefined;
    // The first quiz and the variants have fixed seeds, so which of them holds a true/false question is
    // decided by the engine, not by luck: walk through them until one does.
    const { VARIANT_SEEDS } = await import("../quizzes/start-attempt");
    for (let i = 0; i <= VARIANT_SEEDS.length && !tf; i++) {
      attemptId = (await (await v.caller()).quiz.start({ slug, fresh: i > 0 })).id;
      tf = (await keyOf(attemptId)).find((q) => q.type === "true-false");
    }
    expect(tf, "no quiz of the sample holds a true/false question").toBeDefined();
    const saved = await (await v.caller()).attempt.answer({ attemptId, questionId: tf!.id, response: " true " });
    expect(saved.response).toBe("True");
  });

  it("has zod limits on ids and answer length, and a readable message for an empty answer", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const q = (await keyOf(id))[0]!;
    const c = await v.caller();
    await expect(c.attempt.answer({ attemptId: id, questionId: q.id, response: "x".repeat(201) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(c.attempt.answer({ attemptId: "a".repeat(65), questionId: q.id, response: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(c.attempt.answer({ attemptId: "../../x", questionId: q.id, response: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(c.attempt.answer({ attemptId: id, questionId: "", response: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(c.attempt.answer({ attemptId: id, questionId: "qnothere", response: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "This question was not found.",
    });
    const cloze = (await keyOf(id)).find((x) => !x.options);
    expect(cloze, "the sample's first quiz holds a typed (cloze) question").toBeDefined();
    await expect(c.attempt.answer({ attemptId: id, questionId: cloze!.id, response: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Please type an answer first.",
    });
    await expect(c.attempt.answer({ attemptId: id, questionId: cloze!.id, response: "x".repeat(201) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("saveAnswer", () => {
  it("stores a typed answer trimmed with its spaces collapsed, and an option in the option's own spelling", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const key = await keyOf(id);
    const userId = (await api.db.attempt.findUniqueOrThrow({ where: { id } })).userId;
    const cloze = key.find((q) => !q.options)!;
    const choice = key.find((q) => q.options && q.type === "choice")!;
    const typed = await saveAnswer(api.db, userId, { attemptId: id, questionId: cloze.id, response: "  New \t  York   City " });
    expect(typed.response).toBe("New York City");
    expect(typed.questionId).toBe(cloze.id);
    const option = choice.options![1]!;
    const picked = await saveAnswer(api.db, userId, { attemptId: id, questionId: choice.id, response: ` ${option.toUpperCase()} ` });
    expect(picked.response).toBe(option);
    const rows = await api.db.answer.findMany({ where: { attemptId: id }, orderBy: { questionId: "asc" } });
    expect(Object.fromEntries(rows.map((r) => [r.questionId, r.response]))).toEqual({ [cloze.id]: "New York City", [choice.id]: option });
    expect(rows.every((r) => r.answeredAt.getTime() === (r.questionId === cloze.id ? typed : picked).answeredAt.getTime())).toBe(true);
  });

  it("refuses a typed answer longer than the limit after trimming, with the limit in the message", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const cloze = (await keyOf(id)).find((q) => !q.options)!;
    const userId = (await api.db.attempt.findUniqueOrThrow({ where: { id } })).userId;
    await expect(saveAnswer(api.db, userId, { attemptId: id, questionId: cloze.id, response: "y".repeat(MAX_RESPONSE_LENGTH + 1) })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: `An answer can be at most ${MAX_RESPONSE_LENGTH} characters.`,
    });
    const exactly = await saveAnswer(api.db, userId, { attemptId: id, questionId: cloze.id, response: ` ${"y".repeat(MAX_RESPONSE_LENGTH)} ` });
    expect(exactly.response).toHaveLength(MAX_RESPONSE_LENGTH);
  });
});

describe("submitAttempt's clock", () => {
  it("times the attempt from its start to the submit, never below zero", async () => {
    const v = visitor();
    const started = await (await v.caller()).quiz.start({ slug, fresh: true });
    const row = await api.db.attempt.findUniqueOrThrow({ where: { id: started.id } });
    const result = await submitAttempt(api.db, { userId: row.userId, attemptId: started.id }, () => new Date(row.startedAt.getTime() + 42_000));
    expect(result.durationMs).toBe(42_000);
    expect((await api.db.attempt.findUniqueOrThrow({ where: { id: started.id } })).submittedAt).toEqual(new Date(row.startedAt.getTime() + 42_000));

    const again = await (await v.caller()).quiz.start({ slug, fresh: true });
    const againRow = await api.db.attempt.findUniqueOrThrow({ where: { id: again.id } });
    const early = await submitAttempt(api.db, { userId: againRow.userId, attemptId: again.id }, () => new Date(againRow.startedAt.getTime() - 5_000));
    expect(early.durationMs).toBe(0);
  });

  it("queues only the missed questions, each due one day after the submit", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug, fresh: true });
    const key = await keyOf(id);
    const row = await api.db.attempt.findUniqueOrThrow({ where: { id } });
    await (await v.caller()).attempt.answer({ attemptId: id, questionId: key[0]!.id, response: rightResponse(key[0]!) });
    await (await v.caller()).attempt.answer({ attemptId: id, questionId: key[1]!.id, response: wrongResponse(key[1]!) });
    const at = new Date(row.startedAt.getTime() + 60_000);
    const result = await submitAttempt(api.db, { userId: row.userId, attemptId: id }, () => at);
    expect(result.score).toBe(1);
    const review = await api.db.reviewItem.findMany({ where: { userId: row.userId } });
    expect(review.map((r) => r.questionKey).sort()).toEqual(key.slice(1).map((q) => q.key.questionKey).sort());
    expect(review.every((r) => r.dueAt.getTime() === at.getTime() + DAY_MS && r.box === 1 && r.quizId === row.quizId)).toBe(true);
  });
});

describe("attempt.submit", () => {
  it("grades on the server: score, time, and per question the answer, explanation and evidence linking to the reader", async () => {
    // another reader's answered attempt in progress: nothing of it may change
    const bystander = visitor();
    const theirs = await (await bystander.caller()).quiz.start({ slug });
    const theirQuestion = (await keyOf(theirs.id))[0]!;
    await (await bystander.caller()).attempt.answer({ attemptId: theirs.id, questionId: theirQuestion.id, response: rightResponse(theirQuestion) });
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const key = await keyOf(id);
    // right on all but the first two; the second is left blank
    for (const [i, q] of key.entries()) {
      if (i === 1) continue;
      await (await v.caller()).attempt.answer({ attemptId: id, questionId: q.id, response: i === 0 ? wrongResponse(q) : rightResponse(q) });
    }
    const result = await (await v.caller()).attempt.submit({ attemptId: id });
    expect(result.status).toBe("submitted");
    expect(result.score).toBe(key.length - 2);
    expect(result.total).toBe(key.length);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.questions[0]).toMatchObject({ correct: false, response: wrongResponse(key[0]!) });
    expect(result.questions[1]).toMatchObject({ correct: false, response: null });
    for (const [i, q] of result.questions.entries()) {
      const stored = key[i]!;
      expect(q.id).toBe(stored.id);
      expect(q.explanation).toBe(stored.key.explanation);
      const sentence = sample.paragraphs[q.evidence.paragraph]?.sentences[q.evidence.sentence];
      expect(sentence?.text).toBe(q.evidence.text);
      expect(q.evidenceHref).toBe(`/articles/${slug}#s-${q.evidence.paragraph}-${q.evidence.sentence}`);
    }
    // wrong and blank questions go to the review queue, box 1, due exactly one day after the submit
    const row = await api.db.attempt.findUniqueOrThrow({ where: { id } });
    const review = await api.db.reviewItem.findMany({ where: { userId: row.userId } });
    expect(review.map((r) => r.questionKey).sort()).toEqual([key[0]!.key.questionKey, key[1]!.key.questionKey].sort());
    expect(LEITNER_INTERVAL_DAYS[0]).toBe(1);
    for (const r of review) {
      expect(r.box).toBe(1);
      expect(r.dueAt.getTime() - row.submittedAt!.getTime()).toBe(DAY_MS);
      expect(r.lastAnsweredAt).toEqual(row.submittedAt);
    }
    const answers = await api.db.answer.findMany({ where: { attemptId: id } });
    expect(answers.filter((a) => a.correct === true)).toHaveLength(key.length - 2);
    expect(answers.filter((a) => a.correct === false)).toHaveLength(1);
    // once submitted, get returns the same results
    expect(await (await v.caller()).attempt.get({ attemptId: id })).toEqual(result);
    expect((await api.db.answer.findMany({ where: { attemptId: theirs.id } })).map((a) => a.correct)).toEqual([null]);
  });

  it("is idempotent: a double submit gives the same result and one graded attempt", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const key = await keyOf(id);
    for (const q of key.slice(0, 5)) await (await v.caller()).attempt.answer({ attemptId: id, questionId: q.id, response: rightResponse(q) });
    const r1 = await (await v.caller()).attempt.submit({ attemptId: id });
    const r2 = await (await v.caller()).attempt.submit({ attemptId: id });
    expect(r2).toEqual(r1);
    expect(r1.score).toBe(5);
  });

  it("of two concurrent submits on two database clients (two servers), exactly one grades the attempt", async () => {
    // The second submit runs on a worker thread with its own database client, as a second app process would.
    // Both read and grade the attempt before either writes (each holds its write transaction until both have
    // reached it), each with its own clock, so a claim that is not exclusive shows as two submit times.
    // Held through `$transaction`, the submits write with the batch (a proxy is no client `createDb` made, so it is
    // taken for SQLite's): the PostgreSQL submit's one statement races in quizzes/submit-attempt.test.ts.
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const key = await keyOf(id);
    for (const q of key.slice(0, 3)) await (await v.caller()).attempt.answer({ attemptId: id, questionId: q.id, response: rightResponse(q) });
    await (await v.caller()).attempt.answer({ attemptId: id, questionId: key[3]!.id, response: wrongResponse(key[3]!) });
    const row = await api.db.attempt.findUniqueOrThrow({ where: { id } });
    const other = startTestWorker(new URL("../quizzes/submit-race-worker.ts", import.meta.url), "runSubmitRace", {
      url: api.testDb.url,
      userId: row.userId,
      attemptId: id,
      at: row.startedAt.getTime() + 90_000,
    });
    let theirs: { result?: Awaited<ReturnType<typeof submitAttempt>>; error?: string } = {};
    try {
      const held = new Proxy(api.db, {
        get(target, prop, receiver) {
          if (prop !== "$transaction") return Reflect.get(target, prop, receiver);
          return async (writes: Prisma.PrismaPromise<unknown>[]) => {
            expect(await other.next()).toEqual({ arrived: true }); // the other submit has graded too
            other.send("go");
            // The other claims first and this one, graded on the same stale read, writes second: it must lose
            // and report what the winner stored.
            theirs = (await other.next()) as typeof theirs;
            return target.$transaction(writes);
          };
        },
      });
      const mine = await submitAttempt(held, { userId: row.userId, attemptId: id }, () => new Date(row.startedAt.getTime() + 60_000));
      expect(theirs.error).toBeUndefined();
      const stored = await api.db.attempt.findUniqueOrThrow({ where: { id }, include: { answers: true } });
      // both callers are told the one stored result
      expect(theirs.result).toEqual(mine);
      expect(mine.durationMs).toBe(90_000); // the winner's clock
      expect(stored.durationMs).toBe(mine.durationMs);
      expect(stored.score).toBe(3);
      expect(mine.score).toBe(3);
      expect(stored.answers.filter((a) => a.correct === true)).toHaveLength(3);
      expect(stored.answers.filter((a) => a.correct === false)).toHaveLength(1);
      // the review queue holds each missed question once (the losing submit may upsert the same rows again)
      const review = await api.db.reviewItem.findMany({ where: { userId: row.userId } });
      expect(review.map((r) => r.questionKey).sort()).toEqual(key.slice(3).map((q) => q.key.questionKey).sort());
      expect(review.every((r) => r.box === 1)).toBe(true);
    } finally {
      await other.terminate();
    }
  });

  it("keeps a submitted attempt as it is: answering again is refused and changes nothing", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const q = (await keyOf(id))[0]!;
    await (await v.caller()).attempt.answer({ attemptId: id, questionId: q.id, response: wrongResponse(q) });
    const result = await (await v.caller()).attempt.submit({ attemptId: id });
    await expect((await v.caller()).attempt.answer({ attemptId: id, questionId: q.id, response: rightResponse(q) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This quiz was already submitted, so its answers can no longer be changed.",
    });
    expect(await (await v.caller()).attempt.get({ attemptId: id })).toEqual(result);
  });

  it("writes the attempt, its answers and the review queue in one transaction", async () => {
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const key = await keyOf(id);
    await (await v.caller()).attempt.answer({ attemptId: id, questionId: key[0]!.id, response: wrongResponse(key[0]!) });
    await (await v.caller()).attempt.answer({ attemptId: id, questionId: key[1]!.id, response: rightResponse(key[1]!) });
    // make the review queue insert (the last write of submit) fail
    const restore = await failInsertsInto(api.testDb, "ReviewItem", "review queue unavailable");
    try {
      await expect((await v.caller()).attempt.submit({ attemptId: id })).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
      const row = await api.db.attempt.findUniqueOrThrow({ where: { id }, include: { answers: true } });
      expect(row.submittedAt).toBeNull();
      expect(row.score).toBeNull();
      expect(row.answers.map((a) => a.correct)).toEqual([null, null]);
    } finally {
      await restore();
    }
    const result = await (await v.caller()).attempt.submit({ attemptId: id });
    expect(result.score).toBe(1);
  });
});

describe("only the owner can read, answer, submit or flag an attempt", () => {
  it("gives another reader NOT_FOUND for every procedure, and a visitor without a session nothing either", async () => {
    const owner = visitor();
    const other = visitor();
    const { id } = await (await owner.caller()).quiz.start({ slug });
    const q = (await keyOf(id))[0]!;
    await (await other.caller()).quiz.start({ slug }); // the other reader is a real guest too
    const c = await other.caller();
    await expect(c.attempt.get({ attemptId: id })).rejects.toMatchObject({ code: "NOT_FOUND", message: "This quiz attempt was not found." });
    await expect(c.attempt.answer({ attemptId: id, questionId: q.id, response: rightResponse(q) })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(c.attempt.submit({ attemptId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await (await owner.caller()).attempt.submit({ attemptId: id });
    await expect(c.attempt.get({ attemptId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(c.attempt.flag({ attemptId: id, questionId: q.id, reason: "unclear" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(c.attempt.submit({ attemptId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const stranger = await visitor().caller();
    await expect(stranger.attempt.get({ attemptId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(stranger.attempt.answer({ attemptId: id, questionId: q.id, response: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(stranger.attempt.flag({ attemptId: id, questionId: q.id, reason: "unclear" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await api.db.answer.count({ where: { attemptId: id } })).toBe(0);
    expect(await api.db.questionFlag.count({ where: { quizId: (await api.db.attempt.findUniqueOrThrow({ where: { id } })).quizId } })).toBe(0);
  });
});

describe("flags", () => {
  it("are given from the results, one per reader per question, counted across readers", async () => {
    const a = visitor();
    const { id } = await (await a.caller()).quiz.start({ slug, fresh: true });
    const q = (await keyOf(id))[0]!;
    await expect((await a.caller()).attempt.flag({ attemptId: id, questionId: q.id, reason: "unclear" })).rejects.toMatchObject({ code: "CONFLICT" });
    await (await a.caller()).attempt.submit({ attemptId: id });
    const f1 = await (await a.caller()).attempt.flag({ attemptId: id, questionId: q.id, reason: "unclear" });
    const f2 = await (await a.caller()).attempt.flag({ attemptId: id, questionId: q.id, reason: "ambiguous" });
    expect(f2.flaggedBy).toBe(f1.flaggedBy);
    expect(f2.reason).toBe("ambiguous");
    const results = await (await a.caller()).attempt.get({ attemptId: id });
    expect(results.status === "submitted" && results.questions[0]?.flag).toBe("ambiguous");
    await expect((await a.caller()).attempt.flag({ attemptId: id, questionId: q.id, reason: "boring" as never })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("a question flagged by NEWSQUIZ_FLAG_THRESHOLD readers is no longer offered; a reader's own flags leave their next quiz", async () => {
    vi.stubEnv("NEWSQUIZ_FLAG_THRESHOLD", "2");
    // A copy of the sample of its own, so flags from other tests in this file cannot count here.
    const slug = "flag-threshold-copy-of-the-sample";
    await upsertArticle(api.db, { ...sample, slug }, { contentHash: "flag-threshold-test" });
    // two signed-in readers take the shared first quiz and flag its first question
    const readers = [await account(), await account()];
    let target: StoredQuestion | undefined;
    for (const [i, r] of readers.entries()) {
      const { id } = await (await r.caller()).quiz.start({ slug });
      const key = await keyOf(id);
      target ??= key[0];
      await (await r.caller()).attempt.submit({ attemptId: id });
      const flag = await (await r.caller()).attempt.flag({ attemptId: id, questionId: target!.id, reason: "wrong-answer" });
      expect(flag.flaggedBy).toBe(i + 1);
      if (i === 0) {
        // one flag, below the threshold of two: a new reader is still asked the question
        const below = visitor();
        const { id: belowId } = await (await below.caller()).quiz.start({ slug });
        expect((await keyOf(belowId)).map((x) => x.key.questionKey)).toContain(target!.key.questionKey);
      }
      // the reader who flagged it never gets it again
      const next = await (await r.caller()).quiz.start({ slug, fresh: true });
      expect((await keyOf(next.id)).map((x) => x.key.questionKey)).not.toContain(target!.key.questionKey);
    }
    // a new reader: the shared first quiz held the flagged question, so they get another quiz without it
    for (let i = 0; i < 3; i++) {
      const fresh = visitor();
      const { id } = await (await fresh.caller()).quiz.start({ slug });
      const key = await keyOf(id);
      expect(key.map((x) => x.key.questionKey)).not.toContain(target!.key.questionKey);
      // As many questions as the engine gives for this seed without the flagged one, up to 10: the engine
      // prefers fewer, better questions, so the sample can fall to 9 once a question is left out.
      const { quiz } = await api.db.attempt.findUniqueOrThrow({ where: { id }, include: { quiz: true } });
      const available = makeQuiz({ ...sample, slug }, { count: 11, seed: quiz.seed }).questions.filter((q) => `${quiz.articleId}:${q.id}` !== target!.key.questionKey);
      expect(key.length).toBe(Math.min(10, available.length));
      expect(key.length).toBeGreaterThanOrEqual(5);
    }
  });

  it("counts only signed-in accounts toward hiding a question: throwaway guests cannot remove it for everyone", async () => {
    vi.stubEnv("NEWSQUIZ_FLAG_THRESHOLD", "2");
    const slug = "flags-by-guests-copy-of-the-sample";
    await copyOfSample(slug);
    let target: StoredQuestion | undefined;
    for (let i = 0; i < 4; i++) target = await flagFirst(visitor(), slug); // four guests flag it
    const keysFor = async (v: TestVisitor) => (await keyOf((await (await v.caller()).quiz.start({ slug })).id)).map((q) => q.key.questionKey);
    expect(await keysFor(visitor())).toContain(target!.key.questionKey);
    await flagFirst(await account(), slug);
    expect(await keysFor(visitor())).toContain(target!.key.questionKey); // one account: below the threshold
    await flagFirst(await account(), slug);
    expect(await keysFor(visitor())).not.toContain(target!.key.questionKey);
    // one flag per account per question, enforced by the database
    const article = await api.db.article.findUniqueOrThrow({ where: { slug } });
    const someone = await api.db.questionFlag.findFirstOrThrow({ where: { questionKey: target!.key.questionKey } });
    await expect(
      api.db.questionFlag.create({ data: { questionKey: target!.key.questionKey, userId: someone.userId, reason: "unclear" } }),
    ).rejects.toMatchObject({ code: "P2002" }); // the unique constraint, not any error
    expect(target!.key.questionKey.startsWith(`${article.id}:`)).toBe(true);
  });

  it("never removes a public article's quiz: when accounts flag every question, the questions stay", async () => {
    vi.stubEnv("NEWSQUIZ_FLAG_THRESHOLD", "1");
    const slug = "all-flagged-copy-of-the-sample";
    const row = await copyOfSample(slug);
    const flagger = await api.db.user.create({ data: { id: "flagger-of-everything", name: "F", email: "f@example.com", isAnonymous: false } });
    const keys = new Set<string>();
    for (const seed of [1, ...Array.from({ length: 40 }, (_, i) => i + 2)]) {
      for (const q of makeQuiz({ ...sample, slug }, { count: 40, seed }).questions) keys.add(`${row.id}:${q.id}`);
    }
    await api.db.questionFlag.createMany({ data: [...keys].map((questionKey) => ({ questionKey, userId: flagger.id, reason: "unclear" })) });
    const v = visitor();
    const first = await (await v.caller()).quiz.start({ slug });
    expect(first.questions.length).toBeGreaterThan(0);
    const fresh = await (await v.caller()).quiz.start({ slug, fresh: true });
    expect(fresh.questions.length).toBeGreaterThan(0);
  });

  it("on a private article the owner's flag decides for its readers", async () => {
    const owner = await account();
    const ownerId = (await (await owner.caller()).session.me())!.id;
    const slug = "private-copy-of-the-sample";
    const row = await copyOfSample(slug, ownerId);
    const target = await flagFirst(owner, slug);
    // anyone reading the owner's article (a class, later) gets the owner's exclusions, whatever the threshold
    const { excludedQuestionKeys } = await import("../quizzes/create-quiz");
    expect(await excludedQuestionKeys(api.db, { id: row.id, ownerId }, "some-other-reader", 1000)).toEqual(new Set([target.key.questionKey]));
    // on the owner's next quiz it is gone too
    const next = await (await owner.caller()).quiz.start({ slug, fresh: true });
    expect((await keyOf(next.id)).map((q) => q.key.questionKey)).not.toContain(target.key.questionKey);
  });

  it("limits how many flags one reader gives in ten minutes", async () => {
    const { FLAGS_PER_WINDOW } = await import("../quizzes/flag-question");
    const v = await account();
    const { id } = await (await v.caller()).quiz.start({ slug });
    const q = (await keyOf(id))[0]!;
    await (await v.caller()).attempt.submit({ attemptId: id });
    for (let i = 0; i < FLAGS_PER_WINDOW; i++) await (await v.caller()).attempt.flag({ attemptId: id, questionId: q.id, reason: i % 2 ? "unclear" : "ambiguous" });
    await expect((await v.caller()).attempt.flag({ attemptId: id, questionId: q.id, reason: "unclear" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^Too many flags; try again in \d+ minutes?\.$/),
    });
  });

  it("the same fact and type keep one stable key across seeds, so flags add up across quizzes", async () => {
    const v = visitor();
    const keys: Set<string>[] = [];
    for (let i = 0; i < 3; i++) keys.push(new Set((await keyOf((await (await v.caller()).quiz.start({ slug, fresh: true })).id)).map((q) => q.key.questionKey)));
    const shared = [...keys[0]!].filter((k) => keys[1]!.has(k) || keys[2]!.has(k));
    expect(shared.length).toBeGreaterThan(0);
    const article = await api.db.article.findUniqueOrThrow({ where: { slug } });
    expect(shared.every((k) => k.startsWith(`${article.id}:`))).toBe(true);
  });
});

describe("deleted articles and config", () => {
  it("keeps the results of a deleted article, without a link to the reader, and offers no new quiz", async () => {
    await upsertArticle(api.db, { ...sample, slug: "sample-copy-to-delete" }, { ownerId: null, contentHash: "copy" });
    const v = visitor();
    const { id } = await (await v.caller()).quiz.start({ slug: "sample-copy-to-delete" });
    await (await v.caller()).attempt.submit({ attemptId: id });
    await api.db.article.update({ where: { slug: "sample-copy-to-delete" }, data: { deletedAt: new Date() } });
    const result = await (await v.caller()).attempt.get({ attemptId: id });
    expect(result.article.deleted).toBe(true);
    expect(result.status === "submitted" && result.questions.every((q) => q.evidenceHref === null)).toBe(true);
    await expect((await v.caller()).quiz.start({ slug: "sample-copy-to-delete", fresh: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads NEWSQUIZ_FLAG_THRESHOLD with zod: default 3, a readable error for a bad value", () => {
    expect(readQuizConfig({}).flagThreshold).toBe(3);
    expect(readQuizConfig({ NEWSQUIZ_FLAG_THRESHOLD: "5" }).flagThreshold).toBe(5);
    expect(() => readQuizConfig({ NEWSQUIZ_FLAG_THRESHOLD: "0" })).toThrow("NEWSQUIZ_FLAG_THRESHOLD must be at least 1");
    expect(() => readQuizConfig({ NEWSQUIZ_FLAG_THRESHOLD: "lots" })).toThrow(/NEWSQUIZ_FLAG_THRESHOLD/);
    expect(() => readQuizConfig({ NEWSQUIZ_FLAG_THRESHOLD: "2.5" })).toThrow("NEWSQUIZ_FLAG_THRESHOLD must be a whole number");
  });
});
