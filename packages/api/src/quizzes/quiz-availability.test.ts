import { describe, expect, it } from "vitest";
import { upsertArticle } from "@newsquiz/db";
import { parseArticleText } from "@newsquiz/article";
import { NO_QUIZ_TEXT } from "@newsquiz/article/testing";
import { sampleArticle } from "@newsquiz/article/samples";
import { ENGINE_VERSION, makeQuiz } from "@newsquiz/quiz";
import { createEngineFence, useEngineFence } from "../engine/engine-fence";
import { useTestApi } from "../test-api";
import { FIRST_QUIZ_SEED } from "./quiz-config";
import { forgetQuizAvailability } from "./quiz-availability";

const api = useTestApi();

let copies = 0;
async function publicArticle(text: string | null) {
  const slug = `availability-${++copies}`;
  const article = text === null ? sampleArticle() : parseArticleText(text);
  const { id } = await upsertArticle(api.db, { ...article, slug }, { ownerId: null, contentHash: slug });
  return { slug, id, article };
}

describe("whether an article has a quiz", () => {
  it("a text with no figures, names or quotations has none: the page knows before anyone starts, and the refusal says there is nothing to retry", async () => {
    const quiet = await publicArticle(NO_QUIZ_TEXT);
    // the real engine, asked directly: no question at all on this text
    expect(makeQuiz(quiet.article, { count: 10, seed: FIRST_QUIZ_SEED }).questions).toEqual([]);
    const reader = api.visitor();
    expect(await (await reader.caller()).quiz.availability({ slug: quiet.slug })).toBe("none");
    // starting it anyway (the quiz page reached directly): a refusal the page can tell from one that can pass
    const start = await reader.httpMutation("quiz.start", { slug: quiet.slug });
    expect(start).toMatchObject({ status: 400, error: { code: "BAD_REQUEST", noQuiz: "no-questions" } });
    // no quiz was stored for it; the verdict was, for this engine and this text
    expect(await api.db.quiz.count({ where: { articleId: quiet.id } })).toBe(0);
    expect(await api.db.noQuizVerdict.findMany({ where: { articleId: quiet.id }, select: { engineVersion: true, reason: true } })).toEqual([
      { engineVersion: ENGINE_VERSION, reason: expect.any(String) },
    ]);
  });

  it("an article the engine can quiz has one, and its first quiz is stored so that starting it reuses it", async () => {
    const sample = await publicArticle(null);
    const reader = api.visitor();
    expect(await (await reader.caller()).quiz.availability({ slug: sample.slug })).toBe("ready");
    const stored = await api.db.quiz.findMany({ where: { articleId: sample.id }, select: { id: true, seed: true, engineVersion: true, createdById: true } });
    expect(stored).toEqual([{ id: expect.any(String), seed: FIRST_QUIZ_SEED, engineVersion: ENGINE_VERSION, createdById: null }]);
    const attempt = await (await reader.caller()).quiz.start({ slug: sample.slug });
    expect(attempt.questions.length).toBeGreaterThan(0);
    expect(await api.db.attempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { quizId: true } })).toEqual({ quizId: stored[0]!.id });
  });

  it("a page view after the first runs no engine: the verdict is remembered, or read from the stored quiz or the stored 'no quiz'", async () => {
    const quiet = await publicArticle(NO_QUIZ_TEXT);
    const sample = await publicArticle(null);
    const real = createEngineFence({ timeoutMs: 60_000 });
    let runs = 0;
    const restore = useEngineFence({ ...real, makeQuiz: (article, options) => (runs++, real.makeQuiz(article, options)), close: () => real.close() });
    try {
      const caller = await api.visitor().caller();
      for (let i = 0; i < 3; i++) expect(await caller.quiz.availability({ slug: quiet.slug })).toBe("none");
      for (let i = 0; i < 3; i++) expect(await caller.quiz.availability({ slug: sample.slug })).toBe("ready");
      expect(runs).toBe(2);
      // after a restart (nothing in memory): the stored first quiz still answers for the sample, the stored verdict for the quiet text
      forgetQuizAvailability();
      expect(await caller.quiz.availability({ slug: sample.slug })).toBe("ready");
      expect(await caller.quiz.availability({ slug: quiet.slug })).toBe("none");
      expect(runs).toBe(2);
      // page views at the same moment share one engine run
      const other = await publicArticle(NO_QUIZ_TEXT);
      expect(await Promise.all([1, 2, 3].map(() => caller.quiz.availability({ slug: other.slug })))).toEqual(["none", "none", "none"]);
      expect(runs).toBe(3);
    } finally {
      await restore();
    }
  });

  it("an article the visitor may not see is not found", async () => {
    await expect((await api.visitor().caller()).quiz.availability({ slug: "no-such-article" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
