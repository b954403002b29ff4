import { randomInt } from "node:crypto";
import { starterLibrarySlugs, type Db } from "@newsquiz/db";
import { articlesWithCurrentQuiz, articlesWithNoQuiz } from "./no-quiz-verdicts";
import { quizAvailability } from "./quiz-availability";

/** Most articles one run looks at (the sample and the starter library are 35). */
export const AHEAD_OF_READERS_LIMIT = 100;

export interface VerdictsAheadResult {
  /** Articles whose verdict was already stored (a current shared first quiz, or a current "no quiz"). */
  known: number;
  /** Verdicts worked out in this run. */
  ready: number;
  none: number;
  /** The engine could not say (time limit, busy pool, an error): left for a reader's page to work out. */
  unknown: number;
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Works out, ahead of readers, whether each of these public articles has a quiz (default: the sample and the
 * starter library, the texts every visitor's library starts with), so the library can mark the ones with none
 * before anyone opens them. Meant to run in the background after a server starts: each article whose verdict
 * is not stored yet goes through quizAvailability — the engine in the fenced worker pool, under the time limit,
 * never on the calling thread — one at a time, so it never takes more than one worker from readers. Bounded by
 * AHEAD_OF_READERS_LIMIT. Several nodes starting together take the articles in their own random order, and each
 * article is looked up again just before the engine runs on it, so they mostly share the work instead of
 * repeating it. Errors are counted as "unknown", never thrown: a verdict left unknown is worked out by the first
 * reader's page, as before.
 */
export async function workOutVerdictsAhead(db: Db, slugs: string[] = starterLibrarySlugs()): Promise<VerdictsAheadResult> {
  const rows = await db.article.findMany({
    where: { slug: { in: slugs.slice(0, AHEAD_OF_READERS_LIMIT) }, ownerId: null, deletedAt: null },
    select: { id: true, updatedAt: true },
  });
  const [ready, none] = await Promise.all([articlesWithCurrentQuiz(db, rows), articlesWithNoQuiz(db, rows)]);
  const open = rows.filter((row) => !ready.has(row.id) && !none.has(row.id));
  const result: VerdictsAheadResult = { known: rows.length - open.length, ready: 0, none: 0, unknown: 0 };
  for (const { id } of shuffled(open)) {
    try {
      const row = await db.article.findUnique({ where: { id } });
      if (!row || row.deletedAt) continue;
      result[await quizAvailability(db, row)] += 1;
    } catch (error) {
      console.error(`newsquiz: could not work out whether article ${id} has a quiz:`, error instanceof Error ? error.message : error);
      result.unknown += 1;
    }
  }
  return result;
}
