import type { Article } from "@newsquiz/article";
import type { Db } from "@newsquiz/db";
import { ENGINE_VERSION } from "@newsquiz/quiz";
import { UserFacingError } from "../errors";
import { createQuizForArticle, FIRST_QUIZ_SEED, readStoredQuiz } from "../quizzes";

export interface FirstQuiz {
  /** Questions in the quiz that is ready (0 when the engine found nothing to ask). */
  questionCount: number;
  /** Why there is no quiz, in the engine's words. */
  reason?: string;
}

/**
 * Makes sure an imported article's shared first quiz is stored, so the quiz page starts it at once: the
 * same quiz the quiz-taking code looks for (seed FIRST_QUIZ_SEED, current engine, made after the article's
 * last change, no creator), made with its createQuizForArticle. An article the engine finds no question in
 * is still imported; the reason is returned.
 */
export async function ensureFirstQuiz(db: Db, article: Article & { id: string }): Promise<FirstQuiz> {
  const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { updatedAt: true } });
  const existing = await db.quiz.findFirst({
    where: { articleId: article.id, engineVersion: ENGINE_VERSION, seed: FIRST_QUIZ_SEED, createdById: null, createdAt: { gte: row.updatedAt } },
    orderBy: { createdAt: "desc" },
  });
  if (existing) return { questionCount: readStoredQuiz(existing).length };
  try {
    const quiz = await createQuizForArticle(db, article, { seed: FIRST_QUIZ_SEED, createdById: null });
    return { questionCount: readStoredQuiz(quiz).length };
  } catch (error) {
    if (error instanceof UserFacingError) return { questionCount: 0, reason: error.message };
    throw error;
  }
}
