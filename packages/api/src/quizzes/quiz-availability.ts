import { z } from "zod";
import { toArticle, type ArticleRow, type Db } from "@newsquiz/db";
import { getVisibleArticleRow } from "../articles/get-article";
import { UserFacingError } from "../errors";
import { prepareFirstQuiz } from "../import-articles/create-first-quiz";
import { storeQuiz } from "./create-quiz";
import { articlesWithCurrentQuiz, noQuizReason, recordNoQuiz } from "./no-quiz-verdicts";

/**
 * Whether an article has a quiz, for the pages that offer it:
 * - "ready": the engine makes questions on it (its shared first quiz is stored, so "Take the quiz" starts at once);
 * - "none": the engine finds nothing in the text it can ask fairly — asking again gives the same answer (the
 *   engine is deterministic), so the page explains instead of offering the quiz;
 * - "unknown": the engine could not say just now (the time limit, a busy server): the page offers the quiz as
 *   before, and the quiz page says what happened, with "Try again".
 */
export const quizAvailabilitySchema = z.enum(["ready", "none", "unknown"]);
export type QuizAvailability = z.infer<typeof quizAvailabilitySchema>;

/** Verdicts this process has already read or worked out, by article and the article's last change (bounded; oldest out first). */
const VERDICT_CACHE_SIZE = 2000;
const verdicts = new Map<string, Exclude<QuizAvailability, "unknown">>();
/** Verdicts being worked out: page views of one article at the same moment wait for the one engine run. */
const pending = new Map<string, Promise<QuizAvailability>>();

function remember(key: string, verdict: Exclude<QuizAvailability, "unknown">): void {
  if (verdicts.size >= VERDICT_CACHE_SIZE && !verdicts.has(key)) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(key, verdict);
}

/** For tests: forget the verdicts of this process (as after a restart). */
export function forgetQuizAvailability(): void {
  verdicts.clear();
}

/**
 * Whether the article (its stored row) has a quiz. Worked out once per article text and engine version, for every
 * web node: a verdict this process already knows is read from memory; otherwise the database answers with two
 * indexed reads — a stored shared quiz of the current engine made after the article's last change says "ready", a
 * current "no quiz" verdict (no-quiz-verdicts.ts: same engine, same `updatedAt`) says "none". Only when neither is
 * there does the engine run — through the fence (a worker thread, under the time limit), never on the request
 * thread — for the article's shared first quiz (seed FIRST_QUIZ_SEED, the quiz a first-time reader is given): stored
 * as `quiz.start` would have stored it when there are questions, recorded as a "no quiz" verdict when there are none.
 */
export async function quizAvailability(db: Db, row: ArticleRow): Promise<QuizAvailability> {
  const key = `${row.id}@${row.updatedAt.getTime()}`;
  const known = verdicts.get(key);
  if (known) return known;
  const inFlight = pending.get(key);
  if (inFlight) return inFlight;
  const work = workOut(db, row, key).finally(() => pending.delete(key));
  pending.set(key, work);
  return work;
}

async function workOut(db: Db, row: ArticleRow, key: string): Promise<QuizAvailability> {
  const [ready, none] = await Promise.all([articlesWithCurrentQuiz(db, [row]), noQuizReason(db, row)]);
  if (ready.has(row.id)) {
    remember(key, "ready");
    return "ready";
  }
  if (none !== null) {
    remember(key, "none");
    return "none";
  }
  try {
    // the same first quiz an import makes (prepareFirstQuiz: no questions is an answer, not an error)
    const first = await prepareFirstQuiz(toArticle(row));
    if (!first.prepared) {
      await recordNoQuiz(db, row, first.reason);
      remember(key, "none");
      return "none";
    }
    await storeQuiz(db, row.id, first.prepared, null);
    remember(key, "ready");
    return "ready";
  } catch (error) {
    // the time limit or a busy pool: not known now; the quiz page tells the reader (and lets them try again)
    if (error instanceof UserFacingError) return "unknown";
    throw error;
  }
}

/** Whether the article at `slug`, as this visitor may see it, has a quiz (NOT_FOUND as getArticle). */
export async function quizAvailabilityBySlug(db: Db, { slug, userId }: { slug: string; userId: string | null }): Promise<QuizAvailability> {
  return quizAvailability(db, await getVisibleArticleRow(db, { slug, userId }));
}
