import { describe, expect, it } from "vitest";
import { upsertArticle } from "@newsquiz/db";
import { sampleArticle } from "@newsquiz/article/samples";
import { ENGINE_VERSION } from "@newsquiz/quiz";
import { useTestApi } from "../test-api";
import type { TestVisitor } from "../testing";
import { getArticle } from "../articles/get-article";
import { createQuizForArticle } from "./create-quiz";
import { deleteUnusedQuizzes, VARIANT_SEEDS } from "./start-attempt";

// What the mutation run of start-attempt.ts (58 % before these tests) found untested: which stored quiz rows the
// clean-up deletes, which variant a reader gets next, and that readers share stored variants.
const sample = sampleArticle();
const api = useTestApi();

let copies = 0;
async function ownArticle(name: string) {
  const slug = `start-${name}-${++copies}`;
  await upsertArticle(api.db, { ...sample, slug }, { ownerId: null, contentHash: slug });
  return getArticle(api.db, { slug, userId: null });
}

/** Starts the reader's next quiz on the article (the first, then `fresh` ones), submits it and returns its seed. */
async function takeQuiz(v: TestVisitor, slug: string, fresh: boolean): Promise<{ seed: number; quizId: string }> {
  const { id } = await (await v.caller()).quiz.start({ slug, fresh });
  await (await v.caller()).attempt.submit({ attemptId: id });
  const row = await api.db.attempt.findUniqueOrThrow({ where: { id }, select: { quiz: { select: { seed: true, id: true } } } });
  return { seed: row.quiz.seed, quizId: row.quiz.id };
}

describe("starting quizzes", () => {
  it("clean-up deletes only the article's quiz rows nobody took and nobody can be given again", async () => {
    const article = await ownArticle("cleanup");
    const other = await ownArticle("cleanup-other");
    const make = (a: typeof article, seed: number) => createQuizForArticle(api.db, a, { seed, createdById: null });
    // a reader took a quiz that is now out of date: its row stays (scores and review read it). (First: starting a
    // quiz runs the clean-up itself.)
    const reader = api.visitor();
    const taken = await takeQuiz(reader, article.slug, false);
    await api.db.quiz.update({ where: { id: taken.quizId }, data: { engineVersion: "0.9.0" } });

    const at = (ms: number) => new Date(Date.now() + ms);

    const olderCopy = await make(article, 2);
    await api.db.quiz.update({ where: { id: olderCopy.id }, data: { createdAt: at(-60_000) } });
    const newest = await make(article, 2); // the newest row of seed 2: kept
    const oldEngine = await make(article, 3);
    await api.db.quiz.update({ where: { id: oldEngine.id }, data: { engineVersion: "0.9.0" } });
    const beforeChange = await make(article, 4);
    await api.db.quiz.update({ where: { id: beforeChange.id }, data: { createdAt: at(-3_600_000) } });
    await api.db.article.update({ where: { id: article.id }, data: { updatedAt: at(-1_800_000) } });
    const current = await make(article, 5); // current engine, after the change, the only row of its seed: kept
    const otherStale = await make(other, 3);
    await api.db.quiz.update({ where: { id: otherStale.id }, data: { engineVersion: "0.9.0" } });

    expect(await deleteUnusedQuizzes(api.db, article.id)).toBe(3);
    const left = new Set((await api.db.quiz.findMany({ where: { articleId: article.id }, select: { id: true } })).map((q) => q.id));
    expect(left).toEqual(new Set([newest.id, current.id, taken.quizId]));
    expect(await api.db.quiz.count({ where: { id: otherStale.id } })).toBe(1); // another article's rows are its own
    expect(await deleteUnusedQuizzes(api.db, article.id)).toBe(0);
    // the quiz a start has just picked is never deleted, even when it reads as outdated
    const picked = await make(article, 6);
    await api.db.quiz.update({ where: { id: picked.id }, data: { engineVersion: "0.9.0" } });
    expect(await deleteUnusedQuizzes(api.db, article.id, picked.id)).toBe(0);
    expect(await deleteUnusedQuizzes(api.db, article.id)).toBe(1);
    expect(ENGINE_VERSION).not.toBe("0.9.0");
  });

  it("a reader's retakes go through every variant once, then back to the one taken longest ago", async () => {
    const article = await ownArticle("variants");
    // another reader's quizzes on the article, and the reader's own on another article, do not count
    const someoneElse = api.visitor();
    await takeQuiz(someoneElse, article.slug, false);
    await takeQuiz(someoneElse, article.slug, true);
    const elsewhere = await ownArticle("variants-elsewhere");

    const reader = api.visitor();
    await takeQuiz(reader, elsewhere.slug, false);
    await takeQuiz(reader, elsewhere.slug, true);
    const seeds = [(await takeQuiz(reader, article.slug, false)).seed];
    for (let i = 0; i < VARIANT_SEEDS.length + 2; i++) seeds.push((await takeQuiz(reader, article.slug, true)).seed);
    expect(seeds).toEqual([1, ...VARIANT_SEEDS, VARIANT_SEEDS[0], VARIANT_SEEDS[1]]);
  });

  it("readers share a stored variant instead of storing a new quiz each", async () => {
    const article = await ownArticle("shared");
    const a = api.visitor();
    const b = api.visitor();
    await takeQuiz(a, article.slug, false);
    const aVariant = await takeQuiz(a, article.slug, true);
    const rows = await api.db.quiz.count({ where: { articleId: article.id } });
    await takeQuiz(b, article.slug, false);
    const bVariant = await takeQuiz(b, article.slug, true);
    expect(bVariant).toEqual(aVariant);
    expect(await api.db.quiz.count({ where: { articleId: article.id } })).toBe(rows);
  });
});
