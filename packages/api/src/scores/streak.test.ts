import { describe, expect, it } from "vitest";
import { cachedTimeZoneCount, currentStreak, localDayOf, MAX_CACHED_TIME_ZONES, timeZoneSchema, tzInput } from "./streak";

// 2026-11-26 is a Thursday.
const today = "2026-11-26";
/** The calendar day `n` days before today. */
const ago = (n: number) => new Date(Date.UTC(2026, 10, 26 - n)).toISOString().slice(0, 10);
const daysAgo = (...ns: number[]) => ns.map(ago);

describe("current streak", () => {
  it("is zero without any quiz", () => {
    expect(currentStreak([], today)).toMatchObject({ days: 0, doneToday: false, from: null, to: null, forgiven: [] });
  });

  it("counts consecutive quiz days up to today, several quizzes on one day counting once", () => {
    const s = currentStreak([...daysAgo(0, 1, 2, 3), ago(0), ago(2)], today);
    expect(s).toMatchObject({ days: 4, doneToday: true, from: ago(3), to: today, forgiven: [] });
  });

  it("keeps yesterday's streak alive while today is not over", () => {
    expect(currentStreak(daysAgo(1, 2, 3), today)).toMatchObject({ days: 3, doneToday: false, to: ago(1), forgiven: [] });
  });

  it("forgives one missed day and says which", () => {
    const s = currentStreak(daysAgo(0, 1, 3, 4, 5), today);
    expect(s).toMatchObject({ days: 5, from: ago(5), forgiven: [ago(2)] });
  });

  it("forgives yesterday when today is not done yet, and says missing today would end it", () => {
    const s = currentStreak(daysAgo(2, 3), today);
    expect(s).toMatchObject({ days: 2, doneToday: false, forgiven: [ago(1)], atRisk: true });
    expect(currentStreak(daysAgo(1, 2), today).atRisk).toBe(false);
  });

  it("ends at two missed days in a row", () => {
    expect(currentStreak(daysAgo(0, 3, 4), today)).toMatchObject({ days: 1, from: today, forgiven: [] });
    // Nothing today, yesterday or the day before: no streak at all.
    expect(currentStreak(daysAgo(3, 4, 5), today).days).toBe(0);
  });

  it("ends at a second missed day within 7 days, even across a week boundary", () => {
    // Missed 2 and 5 days ago (3 days apart): the older miss ends the streak.
    expect(currentStreak(daysAgo(0, 1, 3, 4, 6, 7), today)).toMatchObject({ days: 4, from: ago(4), forgiven: [ago(2)] });
    // Missed on Sunday and Monday (calendar weeks would forgive both; a rolling week does not).
    const monday = "2026-11-23";
    const sunday = "2026-11-22";
    const quizDays = daysAgo(0, 1, 2, 5, 6, 7).filter((d) => d !== monday && d !== sunday);
    expect(currentStreak(quizDays, today)).toMatchObject({ days: 3, from: ago(2) });
  });

  it("forgives again once 7 days have passed since the last forgiven day", () => {
    // Misses 2 and 9 days ago: exactly 7 days apart, both forgiven.
    const quizDays = daysAgo(0, 1, 3, 4, 5, 6, 7, 8, 10, 11);
    expect(currentStreak(quizDays, today)).toMatchObject({ days: 10, from: ago(11), forgiven: [ago(2), ago(9)] });
    // Misses 2 and 8 days ago: 6 apart, the streak stops after 7 days ago.
    const tooClose = daysAgo(0, 1, 3, 4, 5, 6, 7, 9, 10);
    expect(currentStreak(tooClose, today)).toMatchObject({ days: 7, from: ago(7), forgiven: [ago(2)] });
  });

  it("does not list a forgiven day before the streak's first quiz", () => {
    expect(currentStreak(daysAgo(0, 1), today)).toMatchObject({ days: 2, forgiven: [] });
  });

  it("ignores days after today (a clock ahead) and crosses months and leap days", () => {
    expect(currentStreak(["2026-11-27", ...daysAgo(0)], today).days).toBe(1);
    expect(currentStreak(["2024-02-28", "2024-02-29", "2024-03-01"], "2024-03-01").days).toBe(3);
    expect(currentStreak(["2025-12-31", "2026-01-01"], "2026-01-02")).toMatchObject({ days: 2, doneToday: false });
  });

  it("rejects a malformed day", () => {
    expect(() => currentStreak(["26/11/2026"], today)).toThrow(/Not a calendar day/);
  });
});

describe("days in the reader's time zone", () => {
  it("puts a quiz on the reader's own calendar day", () => {
    const lateUtc = new Date("2026-11-25T23:30:00Z");
    expect(localDayOf(lateUtc, "UTC")).toBe("2026-11-25");
    expect(localDayOf(lateUtc, "Asia/Tokyo")).toBe("2026-11-26");
    expect(localDayOf(new Date("2026-11-26T03:00:00Z"), "America/Los_Angeles")).toBe("2026-11-25");
  });

  it("changes a streak when the same instants are seen from another time zone", () => {
    // Quizzes at 23:30 UTC on the 24th and 00:30 UTC on the 26th: two days apart in UTC, consecutive in Los Angeles.
    const instants = [new Date("2026-11-24T23:30:00Z"), new Date("2026-11-26T00:30:00Z")];
    const now = new Date("2026-11-26T01:00:00Z");
    const inZone = (tz: string) => currentStreak(instants.map((i) => localDayOf(i, tz)), localDayOf(now, tz));
    expect(inZone("UTC")).toMatchObject({ days: 2, forgiven: ["2026-11-25"] });
    expect(inZone("America/Los_Angeles")).toMatchObject({ days: 2, forgiven: [] });
  });

  it("accepts IANA names and defaults to UTC; rejects unknown or odd names readably", () => {
    expect(timeZoneSchema.parse("Europe/Berlin")).toBe("Europe/Berlin");
    expect(tzInput.parse(undefined)).toEqual({ tz: "UTC" });
    expect(tzInput.parse({})).toEqual({ tz: "UTC" });
    expect(timeZoneSchema.safeParse("Mars/Olympus_Mons").error?.issues[0]?.message).toBe("Unknown time zone.");
    expect(timeZoneSchema.safeParse("Europe/Berlin; DROP").success).toBe(false);
    expect(timeZoneSchema.safeParse("A".repeat(65)).success).toBe(false);
  });
});

describe("the time-zone cache", () => {
  /** Every upper/lower-case spelling of a name, up to `limit` of them. */
  function spellings(name: string, limit: number): string[] {
    const out: string[] = [];
    const letters = [...name].map((ch, i) => ({ ch, i })).filter(({ ch }) => ch.toLowerCase() !== ch.toUpperCase());
    for (let mask = 0; mask < 2 ** letters.length && out.length < limit; mask++) {
      const chars = [...name];
      letters.forEach(({ ch, i }, bit) => (chars[i] = mask & (1 << bit) ? ch.toUpperCase() : ch.toLowerCase()));
      out.push(chars.join(""));
    }
    return out;
  }

  it("keeps one entry per zone however a visitor spells it (?tz=eUrOpE/bErLiN)", () => {
    const instant = new Date("2026-11-25T23:30:00Z");
    localDayOf(instant, "Europe/Berlin");
    const before = cachedTimeZoneCount();
    const names = spellings("Europe/Berlin", 3000);
    expect(names).toHaveLength(3000);
    for (const name of names) expect(localDayOf(instant, name)).toBe("2026-11-26");
    expect(cachedTimeZoneCount()).toBe(before);
    expect(timeZoneSchema.parse("eUrOpE/bErLiN")).toBe("Europe/Berlin");
  });

  it("never holds more than MAX_CACHED_TIME_ZONES zones", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    for (const zone of zones) localDayOf(new Date(0), zone);
    expect(cachedTimeZoneCount()).toBeLessThanOrEqual(MAX_CACHED_TIME_ZONES);
  });
});
