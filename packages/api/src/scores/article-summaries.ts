/** How a reader did on one article over all their attempts (percentages). Summed up by the database: sum-scores.ts. */
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
