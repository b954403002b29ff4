import { dbProvider, Prisma, type Db } from "@newsquiz/db";
import type { ArticleSummary, ScoreTotals } from "./article-summaries";
import { MAX_ATTEMPTS } from "./list-attempts";
import { currentStreakIfKnown, localDayOf, type LocalDay, type Streak } from "./streak";

/**
 * The scores page's sums, added up by the database: one row per article instead of every attempt in memory
 * (a reader with thousands of attempts made each /scores request hold them all, ~100–200 MB of heap under 20
 * connections; apps/web/README.md, Memory), over the same attempts as before: the reader's newest MAX_ATTEMPTS
 * submitted ones. sum-scores.test.ts holds it to the rules as they were written in JavaScript over those rows:
 * totals over every attempt; per article its count, best, last (newest attempt; same instant: the larger id) and
 * the rounded average of its percentages; articles most recently tried first.
 *
 * One SQL text for SQLite and PostgreSQL (quoted identifiers, integer arithmetic, a window function both have).
 * A percentage is `round(100 × score / total)` in integers, `(200 × score + total) / (2 × total)`, as `percentOf`.
 */
export async function sumScores(db: Db, userId: string): Promise<{ totals: ScoreTotals; articles: ArticleSummary[] }> {
  const rows = await db.$queryRaw<ArticleSumRow[]>`
    WITH "recent" AS (
      SELECT a."id", a."submittedAt", a."score", a."total", a."durationMs", q."articleId",
             CASE WHEN a."total" > 0 THEN (200 * a."score" + a."total") / (2 * a."total") ELSE 0 END AS "percent"
      FROM "Attempt" a
      JOIN "Quiz" q ON q."id" = a."quizId"
      WHERE a."userId" = ${userId} AND a."submittedAt" IS NOT NULL AND a."score" IS NOT NULL
      ORDER BY a."submittedAt" DESC, a."id" DESC
      LIMIT ${MAX_ATTEMPTS}
    ), "ranked" AS (
      SELECT "recent".*, ROW_NUMBER() OVER (PARTITION BY "articleId" ORDER BY "submittedAt" DESC, "id" DESC) AS "newest"
      FROM "recent"
    )
    SELECT ar."slug", ar."headline", ar."deletedAt",
           COUNT(*) AS "attempts",
           MAX(r."percent") AS "best",
           SUM(r."percent") AS "percentSum",
           SUM(r."score") AS "correct",
           SUM(r."total") AS "questions",
           SUM(COALESCE(r."durationMs", 0)) AS "timeMs",
           MAX(CASE WHEN r."newest" = 1 THEN r."percent" END) AS "last",
           MAX(CASE WHEN r."newest" = 1 THEN r."submittedAt" END) AS "lastAt",
           MAX(CASE WHEN r."newest" = 1 THEN r."id" END) AS "lastAttemptId"
    FROM "ranked" r
    JOIN "Article" ar ON ar."id" = r."articleId"
    GROUP BY ar."id", ar."slug", ar."headline", ar."deletedAt"`;
  const articles = rows
    .map((row) => {
      const attempts = Number(row.attempts);
      return {
        summary: {
          articleSlug: row.slug,
          articleHeadline: row.headline,
          articleRemoved: row.deletedAt !== null,
          attempts,
          best: Number(row.best),
          last: Number(row.last),
          average: Math.round(Number(row.percentSum) / attempts),
          lastAt: dateOf(row.lastAt),
          lastAttemptId: row.lastAttemptId,
        } satisfies ArticleSummary,
        percentSum: Number(row.percentSum),
        correct: Number(row.correct),
        questions: Number(row.questions),
        timeMs: Number(row.timeMs),
      };
    })
    // most recent first; two articles last tried at the same instant: the later attempt id first (as the attempts are listed)
    .sort((a, b) => b.summary.lastAt.getTime() - a.summary.lastAt.getTime() || (a.summary.lastAttemptId < b.summary.lastAttemptId ? 1 : -1));
  const attempts = articles.reduce((s, a) => s + a.summary.attempts, 0);
  return {
    totals: {
      attempts,
      articles: articles.length,
      average: attempts ? Math.round(articles.reduce((s, a) => s + a.percentSum, 0) / attempts) : null,
      best: attempts ? Math.max(...articles.map((a) => a.summary.best)) : null,
      correct: articles.reduce((s, a) => s + a.correct, 0),
      questions: articles.reduce((s, a) => s + a.questions, 0),
      timeMs: articles.reduce((s, a) => s + a.timeMs, 0),
    },
    articles: articles.map((a) => a.summary),
  };
}

/** One article's row of sumScores' statement, as either database hands it back. */
interface ArticleSumRow {
  slug: string;
  headline: string;
  deletedAt: Date | string | null;
  attempts: bigint | number;
  best: bigint | number;
  percentSum: bigint | number;
  correct: bigint | number;
  questions: bigint | number;
  timeMs: bigint | number;
  last: bigint | number;
  /** SQLite hands an expression's date back as its stored ISO text, PostgreSQL as a Date. */
  lastAt: Date | string;
  lastAttemptId: string;
}

const dateOf = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

const DAY_MS = 86_400_000;
/** How far back the streak's quiz days are read first, then further (the last: all of them), until the streak's start is among them. */
export const STREAK_READS_DAYS = [64, 512, null] as const;

/**
 * The reader's current streak, reading only the quiz days it needs: the submit minutes of the last 64 days (one
 * row per minute with a submit, not per attempt), then of 512, then all, until the walk back from today has
 * ended inside what was read. Whole minutes are safe to turn into local days: every time zone's offset since
 * 1972 is a whole number of minutes, so no minute straddles a local midnight.
 */
export async function readStreak(db: Db, userId: string, timeZone: string, now: Date): Promise<Streak> {
  const today = localDayOf(now, timeZone);
  for (const days of STREAK_READS_DAYS) {
    const since = days === null ? null : new Date(now.getTime() - days * DAY_MS);
    const quizDays = new Set<LocalDay>();
    for (const minute of await submitMinutes(db, userId, since)) quizDays.add(localDayOf(new Date(minute * 60_000), timeZone));
    // the day `since` falls on may have quizzes before it that were not read
    const streak = currentStreakIfKnown([...quizDays], today, since === null ? null : localDayOf(since, timeZone));
    if (streak) return streak;
  }
  throw new Error("unreachable: the last read has every quiz day");
}

/** The distinct minutes (since 1970, UTC) in which the reader submitted an attempt at or after `since` (all when null). */
export async function submitMinutes(db: Db, userId: string, since: Date | null): Promise<number[]> {
  const minute =
    dbProvider(db) === "postgresql"
      ? Prisma.sql`CAST(FLOOR(EXTRACT(EPOCH FROM "submittedAt") / 60) AS BIGINT)`
      : // SQLite keeps a DateTime as ISO-8601 text ("2026-12-03T12:34:56.789Z"); strftime('%s') reads it as UTC
        Prisma.sql`CAST(strftime('%s', "submittedAt") AS INTEGER) / 60`;
  const after = since === null ? Prisma.sql`"submittedAt" IS NOT NULL` : Prisma.sql`"submittedAt" >= ${since}`;
  const rows = await db.$queryRaw<Array<{ minute: bigint | number }>>`
    SELECT DISTINCT ${minute} AS "minute" FROM "Attempt"
    WHERE "userId" = ${userId} AND ${after} AND "score" IS NOT NULL`;
  return rows.map((row) => Number(row.minute));
}
