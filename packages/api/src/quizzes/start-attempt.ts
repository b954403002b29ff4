import { randomInt } from "node:crypto";
import type { Db } from "@newsquiz/db";
import { ENGINE_VERSION } from "@newsquiz/quiz";
import { getArticle } from "../articles/get-article";
import { createQuizForArticle, excludedQuestionKeys } from "./create-quiz";
import { attemptView, loadOwnAttempt, type InProgressAttemptView } from "./get-attempt";
import { FIRST_QUIZ_SEED, readQuizConfig, type QuizConfig } from "./quiz-config";
import { readStoredQuiz } from "./stored-quiz";

export interface StartAttemptInput {
  slug: string;
  /** "Another quiz on this article": a new variant (new seed), dropping any attempt still in progress. */
  fresh?: boolean;
}

/** The in-progress attempt of the user on the article, if any (the newest). */
async function findOpenAttempt(db: Db, userId: string, articleId: string) {
  return db.attempt.findFirst({
    where: { userId, submittedAt: null, quiz: { articleId } },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
}

/** A seed the user has not had on this article yet (and not the shared first seed). */
async function newSeed(db: Db, userId: string, articleId: string): Promise<number> {
  const taken = new Set(
    (await db.attempt.findMany({ where: { userId, quiz: { articleId } }, select: { quiz: { select: { seed: true } } } })).map((a) => a.quiz.seed),
  );
  taken.add(FIRST_QUIZ_SEED);
  let seed: number;
  do seed = randomInt(2, 2 ** 31 - 1);
  while (taken.has(seed));
  return seed;
}

/**
 * Starts (or resumes) a quiz on an article for a user.
 * - An attempt still in progress is resumed, so a reload or a lost connection continues where the reader was.
 * - A reader's first quiz on an article is the article's shared first quiz (seed FIRST_QUIZ_SEED, made once),
 *   unless it holds questions excluded by flags; later quizzes, and `fresh`, get a new seed.
 * - `fresh` deletes the user's unsubmitted attempts on the article first (they never counted anywhere).
 */
export async function startAttempt(db: Db, userId: string, input: StartAttemptInput, config: QuizConfig = readQuizConfig()): Promise<InProgressAttemptView> {
  const article = await getArticle(db, input.slug, userId);
  if (input.fresh) {
    await db.attempt.deleteMany({ where: { userId, submittedAt: null, quiz: { articleId: article.id } } });
  } else {
    const open = await findOpenAttempt(db, userId, article.id);
    if (open) return (await attemptView(db, await loadOwnAttempt(db, userId, open.id))) as InProgressAttemptView;
  }

  const exclude = await excludedQuestionKeys(db, article, userId, config.flagThreshold);
  const before = await db.attempt.count({ where: { userId, quiz: { articleId: article.id } } });
  let quiz = null;
  if (!input.fresh && before === 0) {
    const articleRow = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { updatedAt: true } });
    const shared = await db.quiz.findFirst({
      where: { articleId: article.id, engineVersion: ENGINE_VERSION, seed: FIRST_QUIZ_SEED, createdById: null, createdAt: { gte: articleRow.updatedAt } },
      orderBy: { createdAt: "desc" },
    });
    if (shared && !readStoredQuiz(shared).some((q) => exclude.has(q.key.questionKey))) quiz = shared;
    else if (exclude.size === 0) quiz = await createQuizForArticle(db, article, { seed: FIRST_QUIZ_SEED, createdById: null });
  }
  quiz ??= await createQuizForArticle(db, article, {
    seed: await newSeed(db, userId, article.id),
    createdById: userId,
    excludeQuestionKeys: exclude,
    neverEmpty: article.ownerId === null,
  });
  const total = readStoredQuiz(quiz).length;
  const attempt = await db.attempt.create({ data: { quizId: quiz.id, userId, total } });
  return (await attemptView(db, await loadOwnAttempt(db, userId, attempt.id))) as InProgressAttemptView;
}

/** The user's attempt in progress on the article, or null (for the quiz page to render it without writing). */
export async function findOpenAttemptView(db: Db, userId: string | null, slug: string): Promise<InProgressAttemptView | null> {
  const article = await getArticle(db, slug, userId);
  if (!userId) return null;
  const open = await findOpenAttempt(db, userId, article.id);
  return open ? ((await attemptView(db, await loadOwnAttempt(db, userId, open.id))) as InProgressAttemptView) : null;
}
