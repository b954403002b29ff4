import { describe, expect, it } from "vitest";
import { upsertArticle } from "@newsquiz/db";
import { parseArticleText } from "@newsquiz/article";
import { sampleArticle } from "@newsquiz/article/samples";
import { makeQuiz } from "@newsquiz/quiz";
import { useTestApi } from "../test-api";
import { getArticle } from "../articles/get-article";
import { createQuizForArticle, excludedQuestionKeys, prepareQuiz } from "./create-quiz";
import { questionKeyOf, readStoredQuiz, StoredQuizError } from "./stored-quiz";

// What the mutation run of create-quiz.ts, stored-quiz.ts and get-attempt.ts found untested: whose flags leave a
// quiz (the threshold, guests, the owner of a private article, other articles), that a quiz keeps its length when
// questions are left out, the messages when no quiz can be made, what is stored for each question, damaged quiz
// rows, and how a true/false result reads. Every test builds the rows it needs on an article of its own.
const sample = sampleArticle();
const api = useTestApi();

let copies = 0;
async function ownArticle(name: string, ownerId: string | null = null) {
  const slug = `create-${name}-${++copies}`;
  await upsertArticle(api.db, { ...sample, slug }, { ownerId, contentHash: slug });
  return getArticle(api.db, { slug, userId: ownerId });
}
let users = 0;
async function user(kind: "account" | "guest") {
  const id = `create-${kind}-${++users}`;
  return (await api.db.user.create({ data: { id, name: kind, email: `${id}@example.com`, isAnonymous: kind === "guest" } })).id;
}
async function flag(userId: string, questionKey: string) {
  await api.db.questionFlag.create({ data: { questionKey, userId, reason: "wrong-answer" } });
}
const engineIds = (count: number, seed: number) => makeQuiz(sample, { count, seed }).questions.map((q) => q.id);

describe("excludedQuestionKeys", () => {
  it("on a public article: questions flagged by `threshold` accounts, guests never counted, plus the reader's own", async () => {
    const article = await ownArticle("public");
    const other = await ownArticle("public-other");
    const [a1, a2, a3, g1, g2, g3, reader] = [
      await user("account"),
      await user("account"),
      await user("account"),
      await user("guest"),
      await user("guest"),
      await user("guest"),
      await user("guest"),
    ];
    const key = (n: number) => questionKeyOf(article.id, `engine-q${n}`);
    await flag(a1, key(1)); // two accounts: at a threshold of two, out for everyone
    await flag(a2, key(1));
    await flag(a1, key(2)); // one account and three guests: stays
    for (const g of [g1, g2, g3]) await flag(g, key(2));
    await flag(reader, key(3)); // the reader's own flag: out for the reader only
    for (const a of [a1, a2, a3]) await flag(a, questionKeyOf(other.id, "engine-q4")); // another article's

    expect(await excludedQuestionKeys(api.db, article, reader, 2)).toEqual(new Set([key(1), key(3)]));
    expect(await excludedQuestionKeys(api.db, article, a3, 2)).toEqual(new Set([key(1)]));
    expect(await excludedQuestionKeys(api.db, article, null, 2)).toEqual(new Set([key(1)]));
    // one below the threshold: nobody else's flags count yet
    expect(await excludedQuestionKeys(api.db, article, reader, 3)).toEqual(new Set([key(3)]));
    expect(await excludedQuestionKeys(api.db, article, a1, 3)).toEqual(new Set([key(1), key(2)]));
  });

  it("on a private article: the owner's flags, whatever other accounts flagged, plus the reader's own", async () => {
    const owner = await user("account");
    const article = await ownArticle("private", owner);
    const [a1, a2, reader] = [await user("account"), await user("account"), await user("account")];
    const key = (n: number) => questionKeyOf(article.id, `engine-q${n}`);
    await flag(owner, key(1));
    await flag(a1, key(2));
    await flag(a2, key(2));
    await flag(reader, key(3));
    expect(await excludedQuestionKeys(api.db, article, reader, 1)).toEqual(new Set([key(1), key(3)]));
    expect(await excludedQuestionKeys(api.db, article, owner, 1)).toEqual(new Set([key(1)]));
  });
});

describe("making a quiz", () => {
  it("is the engine's quiz for the seed; with questions left out the engine is asked for more, so it keeps its length", async () => {
    const seed = 3;
    // The sample gives 7 questions at most, so a quiz of 4 shows the engine being asked for more.
    const whole = await prepareQuiz(sample, { seed });
    expect(whole.questions.map((q) => q.id)).toEqual(engineIds(10, seed));
    const short = await prepareQuiz(sample, { seed, count: 4 });
    expect(short.questions.map((q) => q.id)).toEqual(engineIds(4, seed));

    const left = new Set(engineIds(4, seed).slice(0, 2));
    const without = await prepareQuiz(sample, { seed, count: 4, exclude: left });
    const expected = engineIds(6, seed).filter((id) => !left.has(id));
    expect(expected).toHaveLength(4);
    expect(without.questions.map((q) => q.id)).toEqual(expected);
  });

  it("says when every question the article gives has been flagged, unless the quiz must never be empty", async () => {
    const seed = 4;
    const all = new Set(engineIds(40, seed));
    await expect(prepareQuiz(sample, { seed, exclude: all })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Every question this article gives has been flagged by readers, so there is no quiz to take.",
    });
    const kept = await prepareQuiz(sample, { seed, exclude: all, neverEmpty: true });
    expect(kept.questions.map((q) => q.id)).toEqual(engineIds(40, seed).slice(0, 10));
  });

  it("gives the engine's reason when the article has nothing to ask about", async () => {
    const article = parseArticleText("A quiet afternoon\n\nThe garden was calm and green.\n\nSome birds sang in the trees.");
    expect(makeQuiz(article, { count: 10, seed: 1 }).questions).toEqual([]);
    await expect(prepareQuiz(article, { seed: 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The article has no checkable facts (numbers, dates, names or quotations) to ask about.",
    });
  });

  it("a private article's reader gets a readable refusal when the owner flagged every question", async () => {
    const owner = await api.account();
    const ownerId = (await (await owner.caller()).session.me())!.id;
    const article = await ownArticle("all-flagged-private", ownerId);
    const keys = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) for (const id of engineIds(40, seed)) keys.add(questionKeyOf(article.id, id));
    await api.db.questionFlag.createMany({ data: [...keys].map((questionKey) => ({ questionKey, userId: ownerId, reason: "unclear" })) });
    await expect((await owner.caller()).quiz.start({ slug: article.slug })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Every question this article gives has been flagged by readers, so there is no quiz to take.",
    });
  });

  it("leaves out only this article's flagged questions: a flag on another copy of the same text does not count", async () => {
    const article = await ownArticle("copy-a");
    const copy = await ownArticle("copy-b");
    const seed = 5;
    const [first, second] = engineIds(10, seed);
    const quiz = await createQuizForArticle(api.db, article, {
      seed,
      createdById: null,
      excludeQuestionKeys: new Set([questionKeyOf(copy.id, first!), questionKeyOf(article.id, second!)]),
    });
    const keys = readStoredQuiz(quiz).map((q) => q.key.questionKey);
    expect(keys).toContain(questionKeyOf(article.id, first!));
    expect(keys).not.toContain(questionKeyOf(article.id, second!));
  });

  it("stores each question under a new opaque id, its stable key and answer server side only", async () => {
    const article = await ownArticle("stored");
    const seed = 6;
    const engine = makeQuiz(sample, { count: 10, seed });
    const quiz = await createQuizForArticle(api.db, article, { seed, createdById: null });
    expect(quiz).toMatchObject({ articleId: article.id, seed, engineVersion: engine.engineVersion, createdById: null });
    const stored = readStoredQuiz(quiz);
    const ids = stored.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, q] of stored.entries()) {
      const e = engine.questions[i]!;
      expect(q.id).toMatch(/^q[0-9a-f]{10}$/);
      expect(q.id).not.toBe(e.id);
      expect({ prompt: q.prompt, type: q.type, options: q.options }).toEqual({ prompt: e.prompt, type: e.type, options: e.options });
      expect(q.key).toEqual({ ...engine.answerKey[e.id], questionKey: questionKeyOf(article.id, e.id) });
    }
    expect(quiz.questions).not.toContain(engine.questions[0]!.id);
    expect(quiz.questions).not.toContain('"answer"');
  });
});

describe("a quiz's length", () => {
  it("is never longer than asked: left-out questions this seed does not give still ask the engine for more, and the quiz is cut", async () => {
    const seed = 3;
    const quiz = await prepareQuiz(sample, { seed, count: 4, exclude: new Set(["a-question-of-another-seed"]) });
    expect(quiz.questions.map((q) => q.id)).toEqual(engineIds(5, seed).slice(0, 4));
    // a quiz that must never be empty keeps the engine's first questions, no more than asked
    // (how many questions the engine is asked for changes which it picks: every id it gives at any count)
    const all = new Set(Array.from({ length: 40 }, (_, i) => engineIds(i + 1, seed)).flat());
    const kept = await prepareQuiz(sample, { seed, count: 4, exclude: all, neverEmpty: true });
    expect(kept.questions.map((q) => q.id)).toEqual(engineIds(Math.min(40, 4 + all.size), seed).slice(0, 4));
  });

  it("createQuizForArticle stores as many questions as asked", async () => {
    const article = await ownArticle("count");
    const quiz = await createQuizForArticle(api.db, article, { seed: 8, createdById: null, count: 3 });
    expect(readStoredQuiz(quiz).map((q) => q.key.questionKey)).toEqual(engineIds(3, 8).map((id) => questionKeyOf(article.id, id)));
  });
});

describe("reading a stored quiz", () => {
  it("refuses a damaged row with StoredQuizError, and reads a row again when its text changed", async () => {
    const article = await ownArticle("damaged");
    const row = await createQuizForArticle(api.db, article, { seed: 7, createdById: null });
    const questions = JSON.parse(row.questions) as { id: string }[];
    const answerKey = JSON.parse(row.answerKey) as Record<string, { questionKey: string }>;
    const first = questions[0]!.id;
    const damaged = (id: string, q: unknown, k: unknown) => () => readStoredQuiz({ id, questions: JSON.stringify(q), answerKey: JSON.stringify(k) });

    expect(() => readStoredQuiz(row)).not.toThrow();
    expect(damaged("no-answer", questions, { ...answerKey, [first]: undefined })).toThrow(new StoredQuizError("Quiz no-answer has no answer for question " + first + "."));
    expect(damaged("bad-question", [{ ...questions[0], type: "essay" }], answerKey)).toThrow(new StoredQuizError("Quiz bad-question is not stored in the expected shape."));
    expect(damaged("bad-key", questions, { ...answerKey, [first]: { ...answerKey[first], questionKey: "" } })).toThrow(StoredQuizError);
    expect(damaged("long-key", questions, { ...answerKey, [first]: { ...answerKey[first], questionKey: "k".repeat(201) } })).toThrow(StoredQuizError);
    expect(damaged("too-many", Array.from({ length: 41 }, () => questions[0]), answerKey)).toThrow(StoredQuizError);
    expect(damaged("forty", Array.from({ length: 40 }, () => questions[0]), answerKey)().length).toBe(40);

    // the same id with other text (a hand-edited row): the new text is read, never an older parse
    const fewer = { ...row, questions: JSON.stringify(questions.slice(1)) };
    expect(readStoredQuiz(fewer).map((q) => q.id)).toEqual(questions.slice(1).map((q) => q.id));
    const rekeyed = { ...row, answerKey: JSON.stringify({ ...answerKey, [first]: { ...answerKey[first], questionKey: `${article.id}:changed` } }) };
    expect(readStoredQuiz(rekeyed)[0]!.key.questionKey).toBe(`${article.id}:changed`);
    expect(readStoredQuiz(row)[0]!.key.questionKey).toBe(answerKey[first]!.questionKey);
  });
});

describe("the results of a true/false question", () => {
  it("show the answer and the reader's response as the options read, True or False", async () => {
    const v = await api.account();
    const slug = (await ownArticle("true-false")).slug;
    // which quiz of the sample holds a true/false question is decided by the engine (fixed seeds), not by luck
    let attemptId = "";
    let tf: ReturnType<typeof readStoredQuiz>[number] | undefined;
    for (let i = 0; i < 10 && !tf; i++) {
      attemptId = (await (await v.caller()).quiz.start({ slug, fresh: i > 0 })).id;
      const attempt = await api.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { quiz: true } });
      tf = readStoredQuiz(attempt.quiz).find((q) => q.type === "true-false");
    }
    expect(tf, "no quiz of the sample holds a true/false question").toBeDefined();
    const wrong = tf!.key.answer === "true" ? "false" : "true";
    await (await v.caller()).attempt.answer({ attemptId, questionId: tf!.id, response: ` ${wrong.toUpperCase()} ` });
    const result = await (await v.caller()).attempt.submit({ attemptId });
    const shown = result.questions.find((q) => q.id === tf!.id)!;
    const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
    expect(shown).toMatchObject({ answer: cap(tf!.key.answer), response: cap(wrong), correct: false });
    expect(shown.options).toEqual(["True", "False"]);
  });
});
