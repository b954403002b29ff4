import type { Article } from "@newsquiz/article";
import type { Db } from "@newsquiz/db";
import { ENGINE_VERSION } from "@newsquiz/quiz";
import { NoQuizError } from "../errors";
import { FIRST_QUIZ_SEED, noQuizReason, prepareQuiz, readStoredQuiz, recordNoQuiz, storeQuiz, type PreparedQuiz } from "../quizzes";

export interface FirstQuiz {
  /** Questions in the quiz that is ready (0 when the engine found nothing to ask). */
  questionCount: number;
  /** Why there is no quiz, in the engine's words. */
  reason?: string;
}

/** The first quiz made and ready to store, or why the engine found nothing to ask. */
export type PreparedFirstQuiz = { prepared: PreparedQuiz } | { prepared: null; reason: string };

/**
 * Makes an article's shared first quiz (seed FIRST_QUIZ_SEED, no creator) with the engine, in a worker under
 * the time limit, without storing it. An article the engine finds no question in can still be imported: the
 * reason is returned. A text that hits the time limit throws QuizTimeoutError (nothing is stored for it).
 */
export async function prepareFirstQuiz(article: Article): Promise<PreparedFirstQuiz> {
  try {
    return { prepared: await prepareQuiz(article, { seed: FIRST_QUIZ_SEED }) };
  } catch (error) {
    // "no questions in this text" (nothing is excluded here); a timeout or a busy pool is thrown on.
    if (error instanceof NoQuizError) return { prepared: null, reason: error.message };
    throw error;
  }
}

export function firstQuizFacts(quiz: PreparedFirstQuiz): FirstQuiz {
  return quiz.prepared ? { questionCount: quiz.prepared.questions.length } : { questionCount: 0, reason: quiz.reason };
}

/**
 * Makes sure an already stored article's shared first quiz is stored, so the quiz page starts it at once: the
 * same quiz the quiz-taking code looks for (seed FIRST_QUIZ_SEED, current engine, made after the article's
 * last change, no creator).
 */
export async function ensureFirstQuiz(db: Db, article: Article & { id: string }): Promise<FirstQuiz> {
  const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { updatedAt: true } });
  const existing = await db.quiz.findFirst({
    where: { articleId: article.id, engineVersion: ENGINE_VERSION, seed: FIRST_QUIZ_SEED, createdById: null, createdAt: { gte: row.updatedAt } },
    orderBy: { createdAt: "desc" },
  });
  if (existing) return { questionCount: readStoredQuiz(existing).length };
  const known = await noQuizReason(db, { id: article.id, updatedAt: row.updatedAt });
  if (known !== null) return { questionCount: 0, reason: known };
  const quiz = await prepareFirstQuiz(article);
  if (quiz.prepared) await storeQuiz(db, article.id, quiz.prepared, null);
  else await recordNoQuiz(db, { id: article.id, updatedAt: row.updatedAt }, quiz.reason);
  return firstQuizFacts(quiz);
}
