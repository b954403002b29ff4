/**
 * The database's sums (sum-scores.ts) against the rules written out in JavaScript over the attempts themselves —
 * the way the scores page computed them before — for readers with thousands of real rows on a database made by
 * the real migrations (SQLite, or PostgreSQL with NEWSQUIZ_TEST_DB=postgresql).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@newsquiz/db/testing";
import type { ArticleSummary, ScoreTotals } from "./article-summaries";
import { listAttempts, MAX_ATTEMPTS, percentOf, type AttemptRow } from "./list-attempts";
import { currentStreak, localDayOf } from "./streak";
import { readStreak, submitMinutes, sumScores } from "./sum-scores";

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The clock of these tests: an afternoon in UTC, so "today" differs across the zones below. */
const NOW = new Date(Date.UTC(2026, 5, 15, 14, 20, 0));
let testDb: TestDb;

/** A small seeded generator (the same rows on every run). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** Totals as the page computed them from the attempts (newest first). */
function totalsInJs(attempts: readonly AttemptRow[]): ScoreTotals {
  return {
    attempts: attempts.length,
    articles: new Set(attempts.map((a) => a.articleSlug)).size,
    average: attempts.length ? Math.round(attempts.reduce((s, a) => s + a.percent, 0) / attempts.length) : null,
    best: attempts.length ? Math.max(...attempts.map((a) => a.percent)) : null,
    correct: attempts.reduce((s, a) => s + a.score, 0),
    questions: attempts.reduce((s, a) => s + a.total, 0),
    timeMs: attempts.reduce((s, a) => s + (a.durationMs ?? 0), 0),
  };
}

/** Per-article summaries as the page computed them from the attempts (newest first): most recently tried first. */
function summariesInJs(attempts: readonly AttemptRow[]): ArticleSummary[] {
  const groups = new Map<string, AttemptRow[]>();
  for (const a of attempts) groups.set(a.articleSlug, [...(groups.get(a.articleSlug) ?? []), a]);
  return [...groups.values()]
    .map((list) => {
      const newest = list.reduce((a, b) => (b.submittedAt > a.submittedAt ? b : a));
      return {
        articleSlug: newest.articleSlug,
        articleHeadline: newest.articleHeadline,
        articleRemoved: newest.articleRemoved,
        attempts: list.length,
        best: Math.max(...list.map((a) => a.percent)),
        last: newest.percent,
        average: Math.round(list.reduce((s, a) => s + a.percent, 0) / list.length),
        lastAt: newest.submittedAt,
        lastAttemptId: newest.id,
      };
    })
    .sort((a, b) => b.lastAt.getTime() - a.lastAt.getTime());
}

/** The streak as the page computed it: every submitted attempt's local day. */
async function streakInJs(userId: string, timeZone: string) {
  const rows = await testDb.db.attempt.findMany({ where: { userId, submittedAt: { not: null }, score: { not: null } }, select: { submittedAt: true } });
  return currentStreak(rows.map((r) => localDayOf(r.submittedAt!, timeZone)), localDayOf(NOW, timeZone));
}

let articleIds: string[] = [];
let quizIds: string[] = [];
let attemptNumber = 0;

async function makeUser(id: string): Promise<string> {
  return (await testDb.db.user.create({ data: { id, name: id, email: `${id}@example.com` } })).id;
}

interface AttemptSpec {
  quiz: number;
  submittedAt: Date | null;
  score: number | null;
  total: number;
  durationMs: number | null;
}

async function addAttempts(userId: string, specs: AttemptSpec[]): Promise<void> {
  for (let i = 0; i < specs.length; i += 500) {
    await testDb.db.attempt.createMany({
      data: specs.slice(i, i + 500).map((a) => ({
        // ids in an order of their own, so ties on the submit instant are broken by the id, not by insertion
        id: `att${String((attemptNumber++ * 7919) % 100_003).padStart(6, "0")}${attemptNumber}`,
        userId,
        quizId: quizIds[a.quiz]!,
        startedAt: new Date((a.submittedAt ?? NOW).getTime() - 60_000),
        submittedAt: a.submittedAt,
        score: a.score,
        total: a.total,
        durationMs: a.durationMs,
      })),
    });
  }
}

beforeAll(async () => {
  testDb = await createTestDb({ withSample: false });
  const headlines = ["Seoul sends troops", 'A "quoted", tricky headline', "Rivers in spring", "Removed later", "Budget, again", "Moon landing"];
  articleIds = [];
  for (const [i, headline] of headlines.entries()) {
    const article = await testDb.db.article.create({
      data: { slug: `sum-${i}`, headline, paragraphs: "[]", relatedHeadlines: "[]", wordCount: 1, readingMinutes: 1, gradeLevel: 5, level: "Easy", contentHash: `sum-${i}`, deletedAt: i === 3 ? new Date(NOW.getTime() - DAY) : null },
    });
    articleIds.push(article.id);
  }
  // two quizzes for the first article: attempts of both count for it
  quizIds = [];
  for (const articleIndex of [0, 0, 1, 2, 3, 4, 5]) {
    quizIds.push((await testDb.db.quiz.create({ data: { articleId: articleIds[articleIndex]!, engineVersion: "test", seed: quizIds.length, questions: "[]", answerKey: "[]" } })).id);
  }
});
afterAll(async () => {
  await testDb.cleanup();
});

describe("percentOf", () => {
  it("rounds half up in whole numbers, without floating-point slips", () => {
    expect(percentOf(29, 200)).toBe(15); // Math.round(29 / 200 * 100) is 14: 14.499999999999998
    expect(percentOf(1, 8)).toBe(13);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(10, 10)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe("sumScores", () => {
  it("totals and per-article rows of a reader with more attempts than are counted equal the JavaScript rules over the same attempts", async () => {
    const userId = await makeUser("many-attempts");
    const next = random(42);
    const specs: AttemptSpec[] = [];
    for (let i = 0; i < MAX_ATTEMPTS + 300; i++) {
      const total = [0, 3, 5, 8, 10, 12, 40, 200][Math.floor(next() * 8)]!;
      // every 50th attempt shares its instant with the one before (ties across and within articles)
      const at = i % 50 === 1 ? specs[i - 1]!.submittedAt! : new Date(NOW.getTime() - Math.floor(next() * 700 * DAY));
      specs.push({ quiz: Math.floor(next() * quizIds.length), submittedAt: at, score: Math.floor(next() * (total + 1)), total, durationMs: next() < 0.1 ? null : Math.floor(next() * 600_000) });
    }
    specs.push({ quiz: 2, submittedAt: new Date(NOW.getTime() - 5 * MINUTE), score: 29, total: 200, durationMs: 1000 }); // 14.4999… in floating point
    // not scores: unfinished, or finished without a score
    specs.push({ quiz: 0, submittedAt: null, score: null, total: 5, durationMs: null }, { quiz: 1, submittedAt: new Date(NOW.getTime() - MINUTE), score: null, total: 5, durationMs: null });
    await addAttempts(userId, specs);
    // another reader's attempts never count
    await addAttempts(await makeUser("someone-else"), [{ quiz: 5, submittedAt: NOW, score: 3, total: 3, durationMs: 5 }]);

    const counted = await listAttempts(testDb.db, userId);
    expect(counted).toHaveLength(MAX_ATTEMPTS);
    const { totals, articles } = await sumScores(testDb.db, userId);
    expect(totals).toEqual(totalsInJs(counted));
    expect(articles).toEqual(summariesInJs(counted));
    expect(articles.map((a) => a.articleSlug)).toHaveLength(6);
    expect(articles.find((a) => a.articleSlug === "sum-3")).toMatchObject({ articleRemoved: true, articleHeadline: "Removed later" });
    expect(articles[0]).toMatchObject({ articleSlug: "sum-1", last: 15 });
  });

  it("adds up nothing for a reader without finished attempts", async () => {
    const userId = await makeUser("nothing-yet");
    await addAttempts(userId, [{ quiz: 0, submittedAt: null, score: null, total: 5, durationMs: null }]);
    expect(await sumScores(testDb.db, userId)).toEqual({ totals: { attempts: 0, articles: 0, average: null, best: null, correct: 0, questions: 0, timeMs: 0 }, articles: [] });
  });
});

describe("readStreak", () => {
  /** Attempts on days `ago` (0 = now) at a given UTC minute offset from NOW. */
  const onDays = (ago: number[], minutes = 0): AttemptSpec[] => ago.map((d) => ({ quiz: 1, submittedAt: new Date(NOW.getTime() - d * DAY + minutes * MINUTE), score: 1, total: 2, durationMs: 1 }));
  const range = (from: number, to: number, skip: number[] = []) => Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((d) => !skip.includes(d));
  const zones = ["UTC", "Asia/Kathmandu", "America/St_Johns", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin"];

  it("equals the streak over every quiz day, for streaks that end within the first read, after it, and never", async () => {
    const readers: Record<string, AttemptSpec[]> = {
      // a short streak with a forgiven day, older quizzes far behind it
      short: [...onDays(range(0, 9, [4])), ...onDays(range(40, 45)), ...onDays([300, 301])],
      // daily for 100 days (one forgiven day a week): more than the first read's 64 days
      "hundred-days": onDays(range(1, 100, range(1, 100).filter((d) => d % 8 === 0))),
      // daily for 600 days: more than the second read's 512, each day several times, near the local midnights
      "six-hundred-days": [...onDays(range(0, 599)), ...onDays(range(0, 599), -14 * 60 - 19), ...onDays(range(0, 599), 9 * 60 + 39)],
      // quizzes only long ago, and one in the future (ignored)
      "long-ago": [...onDays(range(200, 230)), ...onDays([-3])],
      none: [],
    };
    for (const [name, specs] of Object.entries(readers)) {
      const userId = await makeUser(`streak-${name}`);
      await addAttempts(userId, specs);
      for (const zone of zones) {
        expect({ name, zone, streak: await readStreak(testDb.db, userId, zone, NOW) }).toEqual({ name, zone, streak: await streakInJs(userId, zone) });
      }
    }
    const long = await readStreak(testDb.db, (await testDb.db.user.findUniqueOrThrow({ where: { id: "streak-six-hundred-days" } })).id, "UTC", NOW);
    expect(long.days).toBeGreaterThanOrEqual(600);
  });

  it("reads each minute with a submit once, and only from the day asked", async () => {
    const userId = await makeUser("minutes");
    const base = Math.floor(NOW.getTime() / MINUTE) * MINUTE;
    // three submits in one minute, one in the next, one 10 days ago, one 100 days ago
    const at = [base - 3 * MINUTE + 1_000, base - 3 * MINUTE + 30_500, base - 3 * MINUTE + 59_999, base - 2 * MINUTE, base - 10 * DAY, base - 100 * DAY];
    await addAttempts(userId, at.map((t) => ({ quiz: 0, submittedAt: new Date(t), score: 1, total: 1, durationMs: 1 })));
    const minutesOf = (times: number[]) => [...new Set(times.map((t) => Math.floor(t / MINUTE)))].sort((a, b) => a - b);
    expect((await submitMinutes(testDb.db, userId, null)).sort((a, b) => a - b)).toEqual(minutesOf(at));
    expect((await submitMinutes(testDb.db, userId, new Date(base - 64 * DAY))).sort((a, b) => a - b)).toEqual(minutesOf(at.slice(0, 5)));
    expect((await submitMinutes(testDb.db, userId, new Date(base - 2 * MINUTE))).sort((a, b) => a - b)).toEqual(minutesOf([base - 2 * MINUTE]));
  });
});
