import { Prisma, type Db } from "@newsquiz/db";
import { ENGINE_VERSION } from "@newsquiz/quiz";

type DbOrTx = Db | Prisma.TransactionClient;

/** An article as a verdict is about it: which one, and its text's last change. */
export interface VerdictArticle {
  id: string;
  updatedAt: Date;
}

/**
 * Records that the running engine finds nothing to ask about the article as it is now (its `updatedAt`), so that
 * no page, list or web node has to run the engine again to learn it. Several nodes recording the same verdict at
 * once is fine: the last write wins, and they agree.
 */
export async function recordNoQuiz(db: DbOrTx, article: VerdictArticle, reason: string): Promise<void> {
  const data = { articleUpdatedAt: article.updatedAt, reason, createdAt: new Date() };
  try {
    await db.noQuizVerdict.upsert({
      where: { articleId_engineVersion: { articleId: article.id, engineVersion: ENGINE_VERSION } },
      create: { articleId: article.id, engineVersion: ENGINE_VERSION, ...data },
      update: data,
    });
  } catch (error) {
    // another node created the row between the upsert's read and its insert: the same verdict is stored
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return;
    throw error;
  }
}

/**
 * Which of these articles have a current "no quiz" verdict: made by the running engine, for the article as it is
 * now. A verdict of another engine version or of an earlier text is stale and does not count. One indexed read.
 */
export async function articlesWithNoQuiz(db: DbOrTx, articles: readonly VerdictArticle[]): Promise<Set<string>> {
  if (articles.length === 0) return new Set();
  const rows = await db.noQuizVerdict.findMany({
    where: { articleId: { in: articles.map((a) => a.id) }, engineVersion: ENGINE_VERSION },
    select: { articleId: true, articleUpdatedAt: true },
  });
  const verdictTime = new Map(rows.map((row) => [row.articleId, row.articleUpdatedAt.getTime()]));
  return new Set(articles.filter((a) => verdictTime.get(a.id) === a.updatedAt.getTime()).map((a) => a.id));
}

/**
 * Which of these articles have a current shared quiz stored — the "ready" verdict: made by the running engine for no
 * one in particular (the shared first quiz) since the article's last change. One indexed read.
 */
export async function articlesWithCurrentQuiz(db: DbOrTx, articles: readonly VerdictArticle[]): Promise<Set<string>> {
  if (articles.length === 0) return new Set();
  const quizzes = await db.quiz.findMany({
    where: { articleId: { in: articles.map((a) => a.id) }, engineVersion: ENGINE_VERSION, createdById: null },
    select: { articleId: true, createdAt: true },
  });
  const updatedAt = new Map(articles.map((a) => [a.id, a.updatedAt.getTime()]));
  return new Set(quizzes.filter((q) => q.createdAt.getTime() >= (updatedAt.get(q.articleId) ?? Infinity)).map((q) => q.articleId));
}

/** The engine's reason when the article, as it is now, has a current "no quiz" verdict (see articlesWithNoQuiz); else null. */
export async function noQuizReason(db: DbOrTx, article: VerdictArticle): Promise<string | null> {
  const row = await db.noQuizVerdict.findUnique({
    where: { articleId_engineVersion: { articleId: article.id, engineVersion: ENGINE_VERSION } },
    select: { articleUpdatedAt: true, reason: true },
  });
  return row && row.articleUpdatedAt.getTime() === article.updatedAt.getTime() ? row.reason : null;
}
