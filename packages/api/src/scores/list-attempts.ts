import type { Db } from "@newsquiz/db";

/** One finished quiz attempt as the scores page and the CSV show it. */
export interface AttemptRow {
  id: string;
  articleSlug: string;
  articleHeadline: string;
  /** The article was deleted (imported articles can be): the score stays, the link to it does not. */
  articleRemoved: boolean;
  submittedAt: Date;
  score: number;
  total: number;
  /** Score as a whole percentage (0 when the quiz had no questions). */
  percent: number;
  durationMs: number | null;
}

/** At most this many attempts are read for one overview or export (years of daily quizzes). */
export const MAX_ATTEMPTS = 5000;

/**
 * A score as a whole percentage, `round(100 × score / total)` in integers (the database's sums use the same
 * formula, sum-scores.ts): no floating-point rounding, so 29 of 200 is 15 %, not the 14 that
 * `Math.round(29 / 200 * 100)` gives (14.499999999999998).
 */
export function percentOf(score: number, total: number): number {
  return total > 0 ? Math.floor((200 * score + total) / (2 * total)) : 0;
}

/**
 * The reader's submitted attempts, newest first, with their article: the newest `limit` (at most
 * MAX_ATTEMPTS). Unfinished attempts are not scores and are left out. Only the reader's own rows are read.
 */
export async function listAttempts(db: Db, userId: string, limit = MAX_ATTEMPTS): Promise<AttemptRow[]> {
  const rows = await db.attempt.findMany({
    where: { userId, submittedAt: { not: null }, score: { not: null } },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: Math.min(limit, MAX_ATTEMPTS),
    select: {
      id: true,
      submittedAt: true,
      score: true,
      total: true,
      durationMs: true,
      quiz: { select: { article: { select: { slug: true, headline: true, deletedAt: true } } } },
    },
  });
  return rows.map((r) => {
    const score = r.score ?? 0;
    return {
      id: r.id,
      articleSlug: r.quiz.article.slug,
      articleHeadline: r.quiz.article.headline,
      articleRemoved: r.quiz.article.deletedAt !== null,
      submittedAt: r.submittedAt ?? new Date(0),
      score,
      total: r.total,
      percent: percentOf(score, r.total),
      durationMs: r.durationMs,
    };
  });
}
