import { describe, expect, it } from "vitest";
import { attemptsToCsv, csvField, csvFileName, CSV_COLUMNS } from "./attempts-csv";
import type { AttemptRow } from "./list-attempts";

/**
 * A minimal RFC 4180 reader written from the RFC's grammar, independent of the writer, to check that
 * what the export writes reads back to the same values.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (quoted) {
      if (c === '"' && next === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && next === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === '"' || c === "\r" || c === "\n") {
      throw new Error(`Bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length) throw new Error("The last line has no CRLF");
  return rows;
}

const row = (over: Partial<AttemptRow>): AttemptRow => ({
  id: "cattempt1",
  articleSlug: "a-story",
  articleHeadline: "A story",
  articleRemoved: false,
  submittedAt: new Date("2026-11-25T23:30:00Z"),
  score: 7,
  total: 10,
  percent: 70,
  durationMs: 95_400,
  ...over,
});

describe("attempts CSV", () => {
  it("has a header and one CRLF-ended line per attempt", () => {
    const csv = attemptsToCsv([row({})], "UTC");
    expect(csv).toBe(
      "attempt_id,submitted_at,local_date,article,article_slug,article_removed,score,total,percent,duration_seconds\r\n" +
        "cattempt1,2026-11-25T23:30:00.000Z,2026-11-25,A story,a-story,false,7,10,70,95\r\n",
    );
    expect(parseCsv(attemptsToCsv([], "UTC"))).toEqual([[...CSV_COLUMNS]]);
  });

  it("round-trips a headline with commas, quotes and a line break", () => {
    const headline = 'Seoul says "about 3,000" soldiers, not 1,500,\nmay be sent';
    const csv = attemptsToCsv([row({ articleHeadline: headline, articleRemoved: true, durationMs: null })], "UTC");
    expect(csv).toContain('"Seoul says ""about 3,000"" soldiers, not 1,500,\nmay be sent"');
    const [header, line] = parseCsv(csv);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(line?.[3]).toBe(headline);
    expect(line?.[5]).toBe("true");
    expect(line?.[9]).toBe("");
  });

  it("writes the local date in the reader's time zone", () => {
    const [, line] = parseCsv(attemptsToCsv([row({})], "Asia/Tokyo"));
    expect(line?.[1]).toBe("2026-11-25T23:30:00.000Z");
    expect(line?.[2]).toBe("2026-11-26");
  });

  it("defuses headlines a spreadsheet would run as formulas", () => {
    expect(csvField('=HYPERLINK("http://x","click")', { text: true })).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvField("+1 in polls", { text: true })).toBe("'+1 in polls");
    expect(csvField("@home", { text: true })).toBe("'@home");
    expect(csvField("-2+3+cmd|' /C calc'!A0", { text: true })).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvField("\t=1+1", { text: true })).toBe("'\t=1+1");
    expect(csvField("\r=1+1", { text: true })).toBe(`"'\r=1+1"`); // a CR also needs quoting
    // numbers are not free text: a negative number stays a number
    expect(csvField("-5", {})).toBe("-5");
    expect(csvField(-5)).toBe("-5");
    // only the start counts
    expect(csvField("Polls: +1 for Kim", { text: true })).toBe("Polls: +1 for Kim");
    expect(csvField("Plain, with comma", { text: true })).toBe('"Plain, with comma"');
  });

  it("names the file after the day of the export", () => {
    expect(csvFileName(new Date("2026-11-25T23:30:00Z"), "Asia/Tokyo")).toBe("newsquiz-scores-2026-11-26.csv");
  });
});
