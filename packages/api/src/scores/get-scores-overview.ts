import type { Db } from "@newsquiz/db";
import { summarizeArticles, totalsOf, type ArticleSummary, type ScoreTotals } from "./article-summaries";
import { attemptsToCsv, csvFileName } from "./attempts-csv";
import { listAttempts, type AttemptRow } from "./list-attempts";
import { currentStreak, localDayOf, STREAK_RULE, type Streak } from "./streak";

/** Attempts listed on the page (the CSV has all of them). */
export const LISTED_ATTEMPTS = 200;
/** Points on the chart: the most recent attempts. */
export const CHART_POINTS = 60;

export interface ChartPoint {
  attemptId: string;
  submittedAt: Date;
  localDay: string;
  percent: number;
  score: number;
  total: number;
  articleHeadline: string;
}

export interface ScoresOverview {
  timeZone: string;
  today: string;
  totals: ScoreTotals;
  streak: Streak & { rule: string };
  /** Oldest first, at most CHART_POINTS. */
  chart: ChartPoint[];
  articles: ArticleSummary[];
  /** Newest first, at most LISTED_ATTEMPTS. */
  attempts: (AttemptRow & { localDay: string })[];
}

/** Everything the scores page shows, for one reader (no reader yet: an empty overview). */
export async function getScoresOverview(db: Db, userId: string | null, timeZone: string, now = new Date()): Promise<ScoresOverview> {
  const all = userId ? await listAttempts(db, userId) : [];
  const today = localDayOf(now, timeZone);
  const withDay = all.map((a) => ({ ...a, localDay: localDayOf(a.submittedAt, timeZone) }));
  return {
    timeZone,
    today,
    totals: totalsOf(all),
    streak: { ...currentStreak(withDay.map((a) => a.localDay), today), rule: STREAK_RULE },
    chart: withDay
      .slice(0, CHART_POINTS)
      .reverse()
      .map((a) => ({
        attemptId: a.id,
        submittedAt: a.submittedAt,
        localDay: a.localDay,
        percent: a.percent,
        score: a.score,
        total: a.total,
        articleHeadline: a.articleHeadline,
      })),
    articles: summarizeArticles(all),
    attempts: withDay.slice(0, LISTED_ATTEMPTS),
  };
}

/** The CSV export of every attempt of a reader. */
export async function exportAttemptsCsv(db: Db, userId: string | null, timeZone: string, now = new Date()): Promise<{ fileName: string; csv: string; rows: number }> {
  const all = userId ? await listAttempts(db, userId) : [];
  return { fileName: csvFileName(now, timeZone), csv: attemptsToCsv(all, timeZone), rows: all.length };
}
