import { describe, expect, it } from "vitest";
import { createDb, upsertArticle } from "@newsquiz/db";
import { parseArticleText } from "@newsquiz/article";
import { NO_QUIZ_TEXT } from "@newsquiz/article/testing";
import { SAMPLE_ARTICLE_TEXT } from "@newsquiz/article/samples";
import { ENGINE_VERSION } from "@newsquiz/quiz";
import { createEngineFence, useEngineFence, type EngineFence } from "../engine/engine-fence";
import { useTestApi } from "../test-api";
import { TestVisitor } from "../testing";
import { forgetQuizAvailability } from "./quiz-availability";
import { workOutVerdictsAhead } from "./work-out-verdicts-ahead";

const api = useTestApi();
const QUIET_HEADLINE = "A quiet afternoon in the garden";

/** The real engine in its worker pool, counting how often it is asked for a quiz. */
async function countingEngine<T>(run: (runs: () => number) => Promise<T>): Promise<T> {
  const real = createEngineFence({ timeoutMs: 60_000 });
  let runs = 0;
  const counting: EngineFence = { ...real, makeQuiz: (article, options) => (runs++, real.makeQuiz(article, options)), close: () => real.close() };
  const restore = useEngineFence(counting);
  try {
    return await run(() => runs);
  } finally {
    await restore();
  }
}

describe("a text with no quiz, in the lists that offer quizzes", () => {
  it("is listed as having no quiz as soon as it is imported, in the reader's imports and in their library; a text with a quiz is not", async () => {
    const reader = api.visitor();
    const quiet = await (await reader.caller()).import.paste({ text: NO_QUIZ_TEXT });
    expect(quiet.questionCount).toBe(0);
    // a new context per request, as a browser's (the first import made the visitor a guest)
    const caller = await reader.caller();
    const quizzable = await caller.import.paste({ text: SAMPLE_ARTICLE_TEXT });
    expect(quizzable.questionCount).toBeGreaterThan(0);

    // nothing else has run: the lists read what the import recorded, with no engine run
    await countingEngine(async (runs) => {
      const mine = await caller.article.mine();
      expect(mine.imported.map((c) => [c.slug, c.noQuiz])).toEqual([
        [quizzable.slug, false],
        [quiet.slug, true],
      ]);
      const library = await caller.article.page({ kind: "other" });
      expect(library.cards.map((c) => [c.slug, c.noQuiz])).toEqual([
        [quizzable.slug, false],
        [quiet.slug, true],
      ]);
      // the reader's page agrees, also after a restart (nothing in this process's memory)
      forgetQuizAvailability();
      expect(await caller.quiz.availability({ slug: quiet.slug })).toBe("none");
      expect(runs()).toBe(0);
    });
  });

  it("is seen by every web node and after a restart: the verdict is in the database, worked out once", async () => {
    const { id } = await upsertArticle(api.db, { ...parseArticleText(NO_QUIZ_TEXT), slug: "verdict-shared" }, { ownerId: null, contentHash: "verdict-shared" });
    const otherNode = createDb({ url: api.testDb.url, poolSize: 2 });
    try {
      await countingEngine(async (runs) => {
        const caller = await api.visitor().caller();
        // not known yet: the library says nothing (it never runs the engine)
        expect((await caller.article.page({ search: QUIET_HEADLINE })).cards.find((c) => c.slug === "verdict-shared")?.noQuiz).toBe(false);
        expect(runs()).toBe(0);
        // one node's reader page works it out ...
        expect(await caller.quiz.availability({ slug: "verdict-shared" })).toBe("none");
        expect(runs()).toBe(1);
        // ... and another node, which has nothing in memory, reads it
        forgetQuizAvailability();
        const other = await new TestVisitor(otherNode, api.auth).caller();
        expect(await other.quiz.availability({ slug: "verdict-shared" })).toBe("none");
        expect((await other.article.publicPage({ search: QUIET_HEADLINE })).cards.find((c) => c.slug === "verdict-shared")?.noQuiz).toBe(true);
        expect(runs()).toBe(1);
      });
      expect(await api.db.noQuizVerdict.findMany({ where: { articleId: id }, select: { engineVersion: true } })).toEqual([{ engineVersion: ENGINE_VERSION }]);
    } finally {
      await otherNode.$disconnect();
    }
  });

  it("is stale once the engine is another version or the text is edited: not shown until worked out again", async () => {
    const reader = api.visitor();
    const quiet = await (await reader.caller()).import.paste({ text: NO_QUIZ_TEXT });
    const caller = await reader.caller();
    const card = async () => (await caller.article.mine()).imported.find((c) => c.slug === quiet.slug)!;
    expect((await card()).noQuiz).toBe(true);
    const article = await api.db.article.findUniqueOrThrow({ where: { slug: quiet.slug } });

    // a verdict made by another engine version (as after an upgrade of @newsquiz/quiz) says nothing about this one
    await api.db.noQuizVerdict.updateMany({ where: { articleId: article.id }, data: { engineVersion: "0.0.1-older" } });
    expect((await card()).noQuiz).toBe(false);
    forgetQuizAvailability();
    await countingEngine(async (runs) => {
      expect(await caller.quiz.availability({ slug: quiet.slug })).toBe("none");
      expect(runs()).toBe(1); // the running engine was asked again
    });
    expect((await card()).noQuiz).toBe(true);

    // the text changed (a re-import, a starter text updated on start): the verdict was about the old text
    await api.db.article.update({ where: { id: article.id }, data: { headline: "A quiet afternoon in the garden, again" } });
    expect((await card()).noQuiz).toBe(false);
    forgetQuizAvailability();
    await countingEngine(async (runs) => {
      expect(await caller.quiz.availability({ slug: quiet.slug })).toBe("none");
      expect(runs()).toBe(1);
    });
    expect((await card()).noQuiz).toBe(true);
  });

  it("is worked out ahead of readers for the starter library, once: later starts run no engine", async () => {
    const quiet = await upsertArticle(api.db, { ...parseArticleText(NO_QUIZ_TEXT), slug: "verdict-ahead-quiet" }, { ownerId: null, contentHash: "verdict-ahead-quiet" });
    const sample = await upsertArticle(api.db, { ...parseArticleText(SAMPLE_ARTICLE_TEXT), slug: "verdict-ahead-sample" }, { ownerId: null, contentHash: "verdict-ahead-sample" });
    const slugs = [quiet.slug, sample.slug, "not-in-this-database"];
    const listed = async () => {
      const cards = (await (await api.visitor().caller()).article.publicPage({ kind: "other", page: 1 })).cards;
      return Object.fromEntries(cards.filter((c) => slugs.includes(c.slug)).map((c) => [c.slug, c.noQuiz]));
    };
    expect(await listed()).toEqual({ [quiet.slug]: false, [sample.slug]: false });
    forgetQuizAvailability();
    await countingEngine(async (runs) => {
      expect(await workOutVerdictsAhead(api.db, slugs)).toEqual({ known: 0, ready: 1, none: 1, unknown: 0 });
      expect(runs()).toBe(2);
      forgetQuizAvailability();
      expect(await workOutVerdictsAhead(api.db, slugs)).toEqual({ known: 2, ready: 0, none: 0, unknown: 0 });
      expect(runs()).toBe(2);
    });
    expect(await listed()).toEqual({ [quiet.slug]: true, [sample.slug]: false });
  });
});
