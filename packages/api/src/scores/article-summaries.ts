import { percentOf, type AttemptRow } from "./list-attempts";

/** How a reader did on one article over all their attempts (percentages). */
export interface ArticleSummary {
  articleSlug: string;
  articleHeadline: string;
  articleRemoved: boolean;
  attempts: number;
  /** Best and last score in percent, and the average of all attempts' percentages, rounded. */
  best: number;
  last: number;
  average: number;
  lastAt: Date;
  /** The last attempt, to open its review. */
  lastAttemptId: string;
}

/**
 * Groups attempts (newest first, as listAttempts returns them) by article. Articles come back in order of
 * their most recent attempt.
 */
export function summarizeArticles(attempts: readonly AttemptRow[]): ArticleSummary[] {
  const groups = new Map<string, AttemptRow[]>();
  for (const a of attempts) {
    const list = groups.get(a.articleSlug);
    if (list) list.push(a);
    else groups.set(a.articleSlug, [a]);
  }
  const summaries: ArticleSummary[] = [];
  for (const list of groups.values()) {
    const newest = list.reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a));
    const sum = list.reduce((s, a) => s + a.percent, 0);
    summaries.push({
      articleSlug: newest.articleSlug,
      articleHeadline: newest.articleHeadline,
      articleRemoved: newest.articleRemoved,
      attempts: list.length,
      best: Math.max(...list.map((a) => a.percent)),
      last: newest.percent,
      average: Math.round(sum / list.length),
      lastAt: newest.submittedAt,
      lastAttemptId: newest.id,
    });
  }
  return summaries.sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}

/** Totals over every attempt: the tiles at the top of the scores page. */
export interface ScoreTotals {
  attempts: number;
  articles: number;
  /** Average and best percentage; null without attempts. */
  average: number | null;
  best: number | null;
  /** Questions answered right / asked, over every attempt. */
  correct: number;
  questions: number;
  /** Total time spent in quizzes, ms. */
  timeMs: number;
}

export function totalsOf(attempts: readonly AttemptRow[]): ScoreTotals {
  const correct = attempts.reduce((s, a) => s + a.score, 0);
  const questions = attempts.reduce((s, a) => s + a.total, 0);
  return {
    attempts: attempts.length,
    articles: new Set(attempts.map((a) => a.articleSlug)).size,
    average: attempts.length ? Math.round(attempts.reduce((s, a) => s + a.percent, 0) / attempts.length) : null,
    best: attempts.length ? Math.max(...attempts.map((a) => a.percent)) : null,
    correct,
    questions,
    timeMs: attempts.reduce((s, a) => s + (a.durationMs ?? 0), 0),
  };
}

export { percentOf };
