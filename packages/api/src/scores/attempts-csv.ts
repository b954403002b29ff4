import { localDayOf } from "./streak";
import type { AttemptRow } from "./list-attempts";

/** Columns of the export, in order. */
export const CSV_COLUMNS = [
  "attempt_id",
  "submitted_at",
  "local_date",
  "article",
  "article_slug",
  "article_removed",
  "score",
  "total",
  "percent",
  "duration_seconds",
] as const;

/** Characters that make a spreadsheet read a cell as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, RFC 4180: a field holding a comma, a double quote, CR or LF is wrapped in double quotes and
 * its quotes doubled. Free text that a spreadsheet would run as a formula (starting with = + - @, tab, CR)
 * gets a leading apostrophe, as OWASP advises, so opening the export cannot run anything.
 */
export function csvField(value: string | number | boolean | null, { text = false } = {}): string {
  if (value === null) return "";
  let s = String(value);
  if (text && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV of all attempts with a header line; CRLF line ends (RFC 4180). `timeZone` decides local_date. */
export function attemptsToCsv(attempts: readonly AttemptRow[], timeZone: string): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const a of attempts) {
    lines.push(
      [
        csvField(a.id),
        csvField(a.submittedAt.toISOString()),
        csvField(localDayOf(a.submittedAt, timeZone)),
        csvField(a.articleHeadline, { text: true }),
        csvField(a.articleSlug),
        csvField(a.articleRemoved),
        csvField(a.score),
        csvField(a.total),
        csvField(a.percent),
        csvField(a.durationMs === null ? null : Math.round(a.durationMs / 1000)),
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** A file name for the download, with the day of the export: newsquiz-scores-2026-11-26.csv. */
export function csvFileName(now: Date, timeZone: string): string {
  return `newsquiz-scores-${localDayOf(now, timeZone)}.csv`;
}
