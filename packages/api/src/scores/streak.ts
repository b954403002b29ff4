import { z } from "zod";

/**
 * Quiz streaks, counted in the reader's own calendar days.
 *
 * The rule (stated on the scores page as STREAK_RULE):
 * - a streak counts the days on which the reader finished at least one quiz;
 * - walking back from today, a day without a quiz ends the streak, except that one missed day in any
 *   7 days is forgiven (two forgiven days must be at least 7 days apart — a rolling window, so there is no
 *   "Sunday + Monday" loophole as with calendar weeks);
 * - today is never a missed day: the day is not over yet.
 * A forgiven day keeps the streak going but does not add to it.
 */
export const STREAK_RULE =
  "Your streak counts the days you finished a quiz. One missed day in any 7 days is forgiven; a second missed day within a week ends the streak. Today only counts as missed once it is over.";

/** Days between two forgiven days, at least. */
export const FORGIVENESS_WINDOW_DAYS = 7;

/** A calendar day, "YYYY-MM-DD". */
export type LocalDay = string;

const DAY_MS = 86_400_000;
const localDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Whether the runtime knows an IANA time zone name ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    // A cached formatter: making one per check costs ~0.25 ms and native memory (see dayFormatter).
    dayFormatter(name);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone name from the browser; UTC when absent. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_+\-/]+$/, "Time zone must be an IANA name like Europe/Berlin.")
  .refine(isTimeZone, "Unknown time zone.")
  // one name per zone from here on: the runtime's own spelling ("europe/berlin" → "Europe/Berlin")
  .transform((name) => dayFormatter(name).resolvedOptions().timeZone);
export const tzInput = z.object({ tz: timeZoneSchema.default("UTC") }).default({ tz: "UTC" });

/** At most this many formatters are kept (there are about 600 IANA zones; the oldest is dropped past it). */
export const MAX_CACHED_TIME_ZONES = 1000;
/**
 * Day formatters, made once per zone: an Intl.DateTimeFormat costs ~0.25 ms to make and holds ICU's native
 * tables until V8 collects it, so one per call grew the server's memory by hundreds of MB under load.
 * Keyed by the zone the runtime resolves a name to ("eUrOpE/bErLiN" → "Europe/Berlin"), so
 * every spelling of a zone shares one entry and a visitor cannot grow the cache by varying the case.
 */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  const cached = dayFormatters.get(timeZone);
  if (cached) return cached;
  const made = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hourCycle: "h23" });
  const resolved = made.resolvedOptions().timeZone;
  const shared = dayFormatters.get(resolved);
  if (shared) return shared;
  if (dayFormatters.size >= MAX_CACHED_TIME_ZONES) {
    const oldest = dayFormatters.keys().next().value;
    if (oldest !== undefined) dayFormatters.delete(oldest);
  }
  dayFormatters.set(resolved, made);
  return made;
}

/** How many zones the day-formatter cache holds (for tests). */
export function cachedTimeZoneCount(): number {
  return dayFormatters.size;
}

/** The calendar day an instant falls on in a time zone. */
export function localDayOf(instant: Date, timeZone: string): LocalDay {
  const f = dayFormatter(timeZone);
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function dayNumber(day: LocalDay): number {
  if (!localDayPattern.test(day)) throw new RangeError(`Not a calendar day: ${day}`);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function dayFromNumber(n: number): LocalDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export interface Streak {
  /** Days with a finished quiz in the current streak (0 = no streak). */
  days: number;
  /** Whether a quiz was finished today. */
  doneToday: boolean;
  /** The missed days the streak forgave, newest first. */
  forgiven: LocalDay[];
  /** First and last quiz day of the streak; null without a streak. */
  from: LocalDay | null;
  to: LocalDay | null;
  /**
   * Whether missing today would end the streak (a day was forgiven within the last 6 days, or none is left):
   * lets the page say "finish a quiz today to keep it".
   */
  atRisk: boolean;
}

/**
 * The current streak, given the calendar days (in the reader's time zone) on which quizzes were finished
 * and today's calendar day there. Days may repeat and come in any order; days after today are ignored.
 */
export function currentStreak(quizDays: readonly LocalDay[], today: LocalDay): Streak {
  return walkStreak(quizDays, today).streak;
}

/**
 * The current streak from the quiz days of a recent stretch only: `knownAfter` is the last day that may be
 * incomplete (every quiz on the days after it is in `quizDays`, earlier ones may be missing; null: all are).
 * The streak, or null when it reaches back to `knownAfter` and older days are needed to tell where it began.
 */
export function currentStreakIfKnown(quizDays: readonly LocalDay[], today: LocalDay, knownAfter: LocalDay | null): Streak | null {
  const { streak, endedAt } = walkStreak(quizDays, today);
  if (knownAfter === null) return streak;
  return endedAt !== null && endedAt > dayNumber(knownAfter) ? streak : null;
}

/** The walk back from today; `endedAt` is the missed day that ended it, null when the quiz days ran out first. */
function walkStreak(quizDays: readonly LocalDay[], today: LocalDay): { streak: Streak; endedAt: number | null } {
  const todayN = dayNumber(today);
  const done = new Set(quizDays.map(dayNumber).filter((n) => n <= todayN));
  const forgiven: number[] = [];
  let days = 0;
  let first: number | null = null;
  let last: number | null = null;
  let endedAt: number | null = null;
  const earliest = done.size ? Math.min(...done) : todayN;
  for (let n = todayN; n >= earliest; n--) {
    if (done.has(n)) {
      days++;
      last ??= n;
      first = n;
      continue;
    }
    if (n === todayN) continue; // today is not over
    const lastForgiven = forgiven.at(-1);
    if (lastForgiven === undefined || lastForgiven - n >= FORGIVENESS_WINDOW_DAYS) forgiven.push(n);
    else {
      endedAt = n;
      break;
    }
  }
  // A forgiven day only counts if a quiz day lies before it (inside the streak).
  const kept = first === null ? [] : forgiven.filter((n) => n > first);
  const doneToday = done.has(todayN);
  // If today ends without a quiz, it needs forgiving: possible only when no forgiven day is within 6 days.
  const newest = kept[0];
  const atRisk = days > 0 && !doneToday && newest !== undefined && todayN - newest < FORGIVENESS_WINDOW_DAYS;
  return {
    streak: {
      days,
      doneToday,
      forgiven: kept.map(dayFromNumber),
      from: first === null ? null : dayFromNumber(first),
      to: last === null ? null : dayFromNumber(last),
      atRisk,
    },
    endedAt,
  };
}
