import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { upsertArticle } from "@newsquiz/db";
import { parseArticleText } from "@newsquiz/article";
import { sampleArticle } from "@newsquiz/article/samples";
import { difficultySchema, ENGINE_VERSION } from "@newsquiz/quiz";
import { useTestApi } from "../test-api";
import type { TestVisitor } from "../testing";
import { getArticle } from "../articles/get-article";
import { createQuizForArticle } from "./create-quiz";
import { deleteUnusedQuizzes, FRESH_QUIZZES_PER_WINDOW, freshQuizLimiter } from "./start-attempt";
import { readStoredQuiz } from "./stored-quiz";

// quiz.start with a difficulty: a retake "with harder questions" is a variant made with difficulty "hard", stored
// apart from the mixed variants of the same seed, and the browser sees each question's estimate but never its answer.
const sample = sampleArticle();
// a text with enough questions for a hard quiz to lean harder (on the sample, engine 2.5 finds seven: the hard and
// the mixed quiz of it come out alike)
const fillmore = parseArticleText(readFileSync(new URL("../../../article/samples/library/27-bio-fillmore.txt", import.meta.url), "utf8"));
const api = useTestApi();

let copies = 0;
async function ownArticle(name: string, text = sample) {
  const slug = `difficulty-${name}-${++copies}`;
  await upsertArticle(api.db, { ...text, slug }, { ownerId: null, contentHash: slug });
  return getArticle(api.db, { slug, userId: null });
}

async function quizRowOf(attemptId: string) {
  return (await api.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { quiz: true } })).quiz;
}

/** Starts and submits a quiz (answering nothing); returns the attempt id and its quiz row. */
async function takeQuiz(v: TestVisitor, slug: string, input: { fresh?: boolean; difficulty?: "easy" | "mixed" | "hard" }) {
  const started = await (await v.caller()).quiz.start({ slug, ...input });
  await (await v.caller()).attempt.submit({ attemptId: started.id });
  return { started, quiz: await quizRowOf(started.id) };
}

const RANK = { easy: 0, medium: 1, hard: 2 } as const;
const meanRank = (labels: readonly ("easy" | "medium" | "hard" | undefined)[]) => labels.reduce((a, d) => a + RANK[d ?? "medium"], 0) / labels.length;

describe("quiz.start with a difficulty", () => {
  it("gives a harder retake: a hard variant, its own stored row, with harder questions than the mixed quiz", async () => {
    const article = await ownArticle("retake", fillmore);
    const reader = await api.account();
    const first = await takeQuiz(reader, article.slug, {});
    expect(first.quiz.difficulty).toBe("mixed");
    const hard = await takeQuiz(reader, article.slug, { fresh: true, difficulty: "hard" });
    expect(hard.quiz.difficulty).toBe("hard");
    expect(hard.quiz.id).not.toBe(first.quiz.id);
    // what the reader notices: the questions lean harder than the ones of the ordinary quiz
    expect(meanRank(hard.started.questions.map((q) => q.difficulty))).toBeGreaterThan(meanRank(first.started.questions.map((q) => q.difficulty)));

    // an ordinary retake next is a mixed variant again, not the hard one
    const again = await takeQuiz(reader, article.slug, { fresh: true });
    expect(again.quiz.difficulty).toBe("mixed");
  });

  it("stores an easy and a hard quiz of the same article and seed as different rows, each reused by every reader", async () => {
    const article = await ownArticle("rows");
    const [a, b] = [await api.account(), await api.account()];
    const aHard = await takeQuiz(a, article.slug, { difficulty: "hard" });
    const bHard = await takeQuiz(b, article.slug, { difficulty: "hard" });
    // a first quiz asked hard skips the shared (mixed) first quiz and takes the first hard variant, shared
    expect(aHard.quiz.seed).toBe(2);
    expect(bHard.quiz.id).toBe(aHard.quiz.id);
    const aEasy = await takeQuiz(a, article.slug, { fresh: true, difficulty: "easy" });
    expect(aEasy.quiz.seed).toBe(2); // the reader's first easy variant: the same seed as their first hard one …
    expect(aEasy.quiz.id).not.toBe(aHard.quiz.id); // … but another row with other questions
    expect(aEasy.quiz.difficulty).toBe("easy");
    expect(readStoredQuiz(aEasy.quiz).map((q) => q.key.questionKey)).not.toEqual(readStoredQuiz(aHard.quiz).map((q) => q.key.questionKey));
    const rows = await api.db.quiz.findMany({ where: { articleId: article.id, seed: 2 }, select: { difficulty: true } });
    expect(rows.map((r) => r.difficulty).sort()).toEqual(["easy", "hard"]);
  });

  it("keeps the newest row of each difficulty of a seed when cleaning up", async () => {
    const article = await ownArticle("cleanup");
    const make = (difficulty: "easy" | "mixed" | "hard") => createQuizForArticle(api.db, article, { seed: 3, difficulty, createdById: null });
    const older = await make("hard");
    await api.db.quiz.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const easy = await make("easy");
    const hard = await make("hard");
    const mixed = await make("mixed");
    expect(await deleteUnusedQuizzes(api.db, article.id)).toBe(1);
    const left = await api.db.quiz.findMany({ where: { articleId: article.id }, select: { id: true } });
    expect(new Set(left.map((r) => r.id))).toEqual(new Set([easy.id, hard.id, mixed.id]));
    expect(easy.engineVersion).toBe(ENGINE_VERSION);
  });

  it("sends each question's estimated difficulty but none of its answer, and nothing for a quiz stored before labels", async () => {
    const article = await ownArticle("public");
    const reader = await api.account();
    const started = await (await reader.caller()).quiz.start({ slug: article.slug, difficulty: "hard" });
    const stored = readStoredQuiz(await quizRowOf(started.id));
    for (const q of started.questions) {
      expect(difficultySchema.safeParse(q.difficulty).success).toBe(true);
      expect(Object.keys(q).sort()).toEqual(q.options ? ["difficulty", "id", "kind", "options", "prompt", "type"] : ["difficulty", "id", "kind", "prompt", "type"]);
    }
    const json = JSON.stringify(started);
    for (const field of ['"answer"', '"answerKey"', '"accept"', '"evidence"', '"explanation"', '"questionKey"']) expect(json).not.toContain(field);
    for (const q of stored) expect(json).not.toContain(q.key.explanation);

    // a quiz stored before engine 2.2: its questions carry no estimate, and none is invented
    const row = await quizRowOf(started.id);
    const unlabelled = JSON.parse(row.questions) as Record<string, unknown>[];
    for (const q of unlabelled) delete q.difficulty;
    await api.db.quiz.update({ where: { id: row.id }, data: { questions: JSON.stringify(unlabelled) } });
    const resumed = await (await reader.caller()).quiz.start({ slug: article.slug });
    expect(resumed.id).toBe(started.id);
    expect(resumed.questions.every((q) => !("difficulty" in q))).toBe(true);
  });

  it("refuses a difficulty it does not know, and counts a harder retake in the limit on fresh quizzes", async () => {
    const article = await ownArticle("limit");
    const reader = await api.account();
    const bad = await (await reader.caller()).quiz.start({ slug: article.slug, difficulty: "brutal" as "hard" }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(TRPCError);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
    const me = await (await reader.caller()).session.me();
    for (let i = 0; i < FRESH_QUIZZES_PER_WINDOW; i++) await freshQuizLimiter.consume(me!.id);
    const refused = await (await reader.caller()).quiz.start({ slug: article.slug, fresh: true, difficulty: "hard" }).catch((e: unknown) => e);
    expect((refused as TRPCError).code).toBe("TOO_MANY_REQUESTS");
  });
});
