import type { Db } from "@newsquiz/db";
import type { PublicQuestion } from "@newsquiz/quiz";
import { publicQuestionOf, readStoredQuiz, type StoredQuestion } from "../quizzes/stored-quiz";

/**
 * Review items count as due when their time has come and their article still exists: questions from a
 * deleted article stay in the table (the scores keep them) but are no longer asked.
 */
function dueWhere(userId: string, now: Date) {
  return { userId, dueAt: { lte: now }, quiz: { article: { deletedAt: null } } };
}

/** How many review questions are due for a reader now. */
export async function countDueItems(db: Db, userId: string | null, now = new Date()): Promise<number> {
  if (!userId) return 0;
  return db.reviewItem.count({ where: dueWhere(userId, now) });
}

/** A due review question as sent before the reader answers: the public question only, never its key. */
export interface ReviewQuestion {
  itemId: string;
  box: number;
  dueAt: Date;
  question: PublicQuestion;
  article: { slug: string; headline: string };
}

export interface ReviewNext {
  /** The question to ask now; null when nothing is due. */
  item: ReviewQuestion | null;
  /** Due now, this one included. */
  dueCount: number;
  /** When the next question not yet due comes up (for "come back tomorrow"); null if the queue is empty. */
  nextDueAt: Date | null;
}

/**
 * The question a review item stands for, with its key: the item holds the stable question key and the
 * last quiz it was missed in. Null if that quiz no longer holds it or is damaged (the item is then skipped).
 */
export function findReviewQuestion(quiz: { id: string; questions: string; answerKey: string }, questionKey: string): StoredQuestion | null {
  try {
    return readStoredQuiz(quiz).find((q) => q.key.questionKey === questionKey) ?? null;
  } catch {
    return null;
  }
}

/** The next due review question of a reader (oldest due first), with the count and the next due time. */
export async function nextReviewItem(db: Db, userId: string | null, now = new Date()): Promise<ReviewNext> {
  if (!userId) return { item: null, dueCount: 0, nextDueAt: null };
  const where = dueWhere(userId, now);
  const [dueCount, upcoming] = await Promise.all([
    db.reviewItem.count({ where }),
    db.reviewItem.findFirst({
      where: { userId, dueAt: { gt: now }, quiz: { article: { deletedAt: null } } },
      orderBy: { dueAt: "asc" },
      select: { dueAt: true },
    }),
  ]);
  const nextDueAt = upcoming?.dueAt ?? null;
  // Read in small pages: a question that no longer resolves (a damaged quiz row) is skipped, not shown.
  const pageSize = 20;
  for (let skip = 0; skip < dueCount; skip += pageSize) {
    const rows = await db.reviewItem.findMany({
      where,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      skip,
      take: pageSize,
      select: {
        id: true,
        box: true,
        dueAt: true,
        questionKey: true,
        quiz: { select: { id: true, questions: true, answerKey: true, article: { select: { slug: true, headline: true } } } },
      },
    });
    for (const row of rows) {
      const found = findReviewQuestion(row.quiz, row.questionKey);
      if (!found) continue;
      const question = publicQuestionOf(found);
      return {
        item: { itemId: row.id, box: row.box, dueAt: row.dueAt, question, article: { slug: row.quiz.article.slug, headline: row.quiz.article.headline } },
        dueCount,
        nextDueAt,
      };
    }
  }
  return { item: null, dueCount: 0, nextDueAt };
}
