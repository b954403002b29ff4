import { dateFormatter } from "./date-formatter";

/** The cookie holding the visitor's IANA time zone, set by the browser so server pages count days like the reader does. */
export const TIME_ZONE_COOKIE = "newsquiz-tz";

/** Date and time of an instant in a time zone: "Nov 26, 2026, 9:05 PM". */
export function formatDateTime(date: Date, timeZone: string): string {
  return dateFormatter("en-US", { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

/** A calendar day "2026-11-26" as "Nov 26" (with the year when it is not the reference day's year). */
export function formatDay(day: string, referenceDay?: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const sameYear = referenceDay?.slice(0, 4) === day.slice(0, 4);
  return dateFormatter("en-US", { month: "short", day: "numeric", year: sameYear ? undefined : "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A quiz's duration: "45 s", "3 min 05 s", "1 h 02 min"; "—" when unknown. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, "0")} s`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}
