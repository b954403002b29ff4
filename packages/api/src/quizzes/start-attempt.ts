import type { Db } from "@newsquiz/db";
import { ENGINE_VERSION, type QuizDifficulty } from "@newsquiz/quiz";
import { getArticle } from "../articles/get-article";
import { createQuizForArticle, excludedQuestionKeys } from "./create-quiz";
import { attemptView, loadOwnAttempt, type InProgressAttemptView } from "./get-attempt";
import { FIRST_QUIZ_SEED, readQuizConfig, type QuizConfig } from "./quiz-config";
import { readStoredQuiz } from "./stored-quiz";
import { createUserRateLimiter, type UserRateLimiter } from "./user-rate-limit";
import { openAssignmentFor, startAssignmentAttempt } from "../classes/assignments";

export interface StartAttemptInput {
  slug: string;
  /** "Another quiz on this article": a new variant (new seed), dropping any attempt still in progress. */
  fresh?: boolean;
  /**
   * Easier or harder questions than the default mix ("mixed"): the quiz is one of the shared variants made with that
   * difficulty (an easy and a hard variant of the same seed are different rows). Ignored when an attempt in progress
   * is resumed or a class assignment is due (the teacher's setting applies).
   */
  difficulty?: QuizDifficulty;
}

/** The in-progress attempt of the user on the article, if any (the newest). */
async function findOpenAttempt(db: Db, userId: string, articleId: string) {
  return db.attempt.findFirst({
    where: { userId, submittedAt: null, quiz: { articleId } },
    orderBy: { startedAt: "desc" },
    select: { id: true },
  });
}

/** Seeds of the shared variants an article's later quizzes are drawn from (seed 1 is the first quiz). */
export const VARIANT_SEEDS: readonly number[] = [2, 3, 4, 5, 6, 7, 8, 9];
/** Fresh quizzes one reader may start per window (each may run the engine once per variant). */
export const FRESH_QUIZZES_PER_WINDOW = 20;
export const FRESH_WINDOW_MS = 10 * 60 * 1000;
export const freshQuizLimiter: UserRateLimiter = createUserRateLimiter({ limit: FRESH_QUIZZES_PER_WINDOW, windowMs: FRESH_WINDOW_MS, what: "new quizzes" });

/** The variant seed (of this difficulty) this reader has not had on the article yet, else the one they had longest ago. */
async function nextVariantSeed(db: Db, { userId, articleId, difficulty }: { userId: string; articleId: string; difficulty: QuizDifficulty }): Promise<number> {
  const attempts = await db.attempt.findMany({
    where: { userId, quiz: { articleId, difficulty } },
    select: { startedAt: true, quiz: { select: { seed: true } } },
    orderBy: { startedAt: "asc" },
  });
  const lastTaken = new Map<number, number>();
  for (const a of attempts) lastTaken.set(a.quiz.seed, a.startedAt.getTime());
  const untaken = VARIANT_SEEDS.find((seed) => !lastTaken.has(seed));
  if (untaken !== undefined) return untaken;
  return [...VARIANT_SEEDS].sort((a, b) => (lastTaken.get(a) ?? 0) - (lastTaken.get(b) ?? 0))[0] ?? VARIANT_SEEDS[0]!;
}

/**
 * The stored shared quiz of the article for `seed` and `difficulty` (current engine, made after the article's last
 * change) that holds none of the `exclude`d questions, or null.
 */
async function storedVariant(
  db: Db,
  { articleId, seed, difficulty, exclude }: { articleId: string; seed: number; difficulty: QuizDifficulty; exclude: ReadonlySet<string> },
) {
  const articleRow = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { updatedAt: true } });
  const rows = await db.quiz.findMany({
    where: { articleId, engineVersion: ENGINE_VERSION, seed, difficulty, createdById: null, createdAt: { gte: articleRow.updatedAt } },
    orderBy: { createdAt: "desc" },
    take: 5,
  });
  return rows.find((row) => !readStoredQuiz(row).some((q) => exclude.has(q.key.questionKey))) ?? null;
}

/**
 * Deletes the article's quiz rows nobody took and nobody can be given again: made by an older engine or before
 * the article last changed, or an older copy of a seed (of the same difficulty) that has a newer row. Rows with attempts (or review
 * items) are kept: scores and the review queue read them; so is `keep`, the quiz a start has just picked. Runs
 * whenever a new quiz row is stored, so an article holds at most about one row per variant seed beyond those that
 * were taken.
 */
export async function deleteUnusedQuizzes(db: Db, articleId: string, keep?: string): Promise<number> {
  const articleRow = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { updatedAt: true } });
  const unused = await db.quiz.findMany({
    where: { articleId, attempts: { none: {} }, reviewItems: { none: {} }, ...(keep ? { id: { not: keep } } : {}) },
    select: { id: true, seed: true, difficulty: true, engineVersion: true, createdAt: true },
  });
  // an easy, a mixed and a hard variant of one seed are different quizzes: each keeps its newest row
  const variantOf = (row: { seed: number; difficulty: string }) => `${row.seed}:${row.difficulty}`;
  const newestBySeed = new Map<string, Date>();
  for (const row of await db.quiz.findMany({ where: { articleId, engineVersion: ENGINE_VERSION }, select: { seed: true, difficulty: true, createdAt: true } })) {
    const seen = newestBySeed.get(variantOf(row));
    if (!seen || row.createdAt > seen) newestBySeed.set(variantOf(row), row.createdAt);
  }
  const stale = unused.filter(
    (row) =>
      row.engineVersion !== ENGINE_VERSION ||
      row.createdAt < articleRow.updatedAt ||
      (newestBySeed.get(variantOf(row)) ?? row.createdAt) > row.createdAt,
  );
  if (stale.length === 0) return 0;
  const { count } = await db.quiz.deleteMany({ where: { id: { in: stale.map((r) => r.id) }, attempts: { none: {} } } });
  return count;
}

/**
 * Starts (or resumes) a quiz on an article for a user.
 * - An attempt still in progress is resumed, so a reload or a lost connection continues where the reader was.
 * - A reader's first quiz on an article is the article's shared first quiz (seed FIRST_QUIZ_SEED, made once),
 *   unless it holds questions excluded by flags; later quizzes, and `fresh`, take the next of VARIANT_SEEDS the
 *   reader has not had (else the one had longest ago), reusing its stored row when it holds no excluded question.
 * - `difficulty` "easy" or "hard" skips the shared first quiz (it is a mixed one) and takes the next variant made
 *   with that difficulty; variants are stored and reused per difficulty.
 * - `fresh` is limited to FRESH_QUIZZES_PER_WINDOW per reader per window.
 * - `fresh` deletes the user's unsubmitted attempts on the article first (they never counted anywhere).
 */
export async function startAttempt(db: Db, userId: string, input: StartAttemptInput, config: QuizConfig = readQuizConfig()): Promise<InProgressAttemptView> {
  const article = await getArticle(db, { slug: input.slug, userId });
  const difficulty = input.difficulty ?? "mixed";
  if (input.fresh) {
    await freshQuizLimiter.consume(userId);
    await db.attempt.deleteMany({ where: { userId, submittedAt: null, quiz: { articleId: article.id } } });
  } else {
    const open = await findOpenAttempt(db, userId, article.id);
    if (open) return (await attemptView(db, await loadOwnAttempt(db, { userId, attemptId: open.id }))) as InProgressAttemptView;
    // An article assigned to the reader's class and not done yet: their own variant of the assignment's quiz.
    const assignment = await openAssignmentFor(db, { userId, articleId: article.id });
    if (assignment) return (await attemptView(db, await loadOwnAttempt(db, { userId, attemptId: await startAssignmentAttempt(db, { userId, assignment }) }))) as InProgressAttemptView;
  }

  const exclude = await excludedQuestionKeys(db, article, userId, config.flagThreshold);
  const before = await db.attempt.count({ where: { userId, quiz: { articleId: article.id } } });
  let quiz = null;
  let made = false;
  if (!input.fresh && before === 0 && difficulty === "mixed") {
    const articleRow = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { updatedAt: true } });
    const shared = await db.quiz.findFirst({
      where: { articleId: article.id, engineVersion: ENGINE_VERSION, seed: FIRST_QUIZ_SEED, createdById: null, createdAt: { gte: articleRow.updatedAt } },
      orderBy: { createdAt: "desc" },
    });
    if (shared && !readStoredQuiz(shared).some((q) => exclude.has(q.key.questionKey))) quiz = shared;
    else if (exclude.size === 0) {
      quiz = await createQuizForArticle(db, article, { seed: FIRST_QUIZ_SEED, createdById: null });
      made = true;
    }
  }
  if (!quiz) {
    // Later quizzes and `fresh`: one of a few shared variants, stored once and reused by every reader.
    const seed = await nextVariantSeed(db, { userId, articleId: article.id, difficulty });
    quiz = await storedVariant(db, { articleId: article.id, seed, difficulty, exclude });
    made = quiz === null;
    quiz ??= await createQuizForArticle(db, article, { seed, difficulty, createdById: null, excludeQuestionKeys: exclude, neverEmpty: article.ownerId === null });
  }
  // never the quiz just picked: even one that reads as outdated (a worker bundle built by an older engine) is about
  // to get its attempt
  if (made) await deleteUnusedQuizzes(db, article.id, quiz.id);
  const total = readStoredQuiz(quiz).length;
  const attempt = await db.attempt.create({ data: { quizId: quiz.id, userId, total } });
  return (await attemptView(db, await loadOwnAttempt(db, { userId, attemptId: attempt.id }))) as InProgressAttemptView;
}

/** The user's attempt in progress on the article, or null (for the quiz page to render it without writing). */
export async function findOpenAttemptView(db: Db, { userId, slug }: { userId: string | null; slug: string }): Promise<InProgressAttemptView | null> {
  const article = await getArticle(db, { slug, userId });
  if (!userId) return null;
  const open = await findOpenAttempt(db, userId, article.id);
  return open ? ((await attemptView(db, await loadOwnAttempt(db, { userId, attemptId: open.id }))) as InProgressAttemptView) : null;
}
