import type { Db } from "@newsquiz/db";
import type { ArticleSummary, ScoreTotals } from "./article-summaries";
import { attemptsToCsv, csvFileName } from "./attempts-csv";
import { listAttempts, type AttemptRow } from "./list-attempts";
import { currentStreak, localDayOf, STREAK_RULE, type Streak } from "./streak";
import { readStreak, sumScores } from "./sum-scores";

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

/**
 * Everything the scores page shows, for one reader (no reader yet: an empty overview). The totals, the
 * per-article table and the streak are summed up by the database (sum-scores.ts); only the attempts the page
 * lists are read as rows.
 */
export async function getScoresOverview(db: Db, userId: string | null, timeZone: string, now = new Date()): Promise<ScoresOverview> {
  const today = localDayOf(now, timeZone);
  if (!userId) return { timeZone, today, totals: sumsOfNothing, streak: { ...currentStreak([], today), rule: STREAK_RULE }, chart: [], articles: [], attempts: [] };
  const [listed, sums, streak] = await Promise.all([listAttempts(db, userId, LISTED_ATTEMPTS), sumScores(db, userId), readStreak(db, userId, timeZone, now)]);
  const withDay = listed.map((a) => ({ ...a, localDay: localDayOf(a.submittedAt, timeZone) }));
  return {
    timeZone,
    today,
    totals: sums.totals,
    streak: { ...streak, rule: STREAK_RULE },
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
    articles: sums.articles,
    attempts: withDay,
  };
}

const sumsOfNothing: ScoreTotals = { attempts: 0, articles: 0, average: null, best: null, correct: 0, questions: 0, timeMs: 0 };

/** The CSV export of every attempt of a reader. */
export async function exportAttemptsCsv(db: Db, userId: string | null, timeZone: string, now = new Date()): Promise<{ fileName: string; csv: string; rows: number }> {
  const all = userId ? await listAttempts(db, userId) : [];
  return { fileName: csvFileName(now, timeZone), csv: attemptsToCsv(all, timeZone), rows: all.length };
}
