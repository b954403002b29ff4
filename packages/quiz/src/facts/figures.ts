/**
 * The figures of a sentence, read once the same way for every test that compares them (a product the reader works out,
 * an even series, a close comparison, an option nearest a figure of the prompt): where each stands, its value as
 * written and with its scale, its unit, and whether it is a year.
 *
 * Read: "$1,000", "45%", "8.1 percent", "162 million", "2 trillion", counts in words from two to twenty ("four", and
 * "four-household"). Not read here: news amounts with a letter of scale ("$850m", "£1.2bn" — `AMOUNT` in make-quiz.ts,
 * where "m" is never metres), dates with a month, spans.
 */

import { wordsToNumber } from "../normalize-answer";

export type FigureUnit = "money" | "percent" | "plain";

export interface Figure {
  /** Where the figure starts in the text (its currency sign, if any). */
  at: number;
  /** The value as written: 45 for "45%", 162 for "162 million", 4 for "four". */
  value: number;
  /** With its scale: 1.62e8 for "162 million", 0.45 for "45%" (a share as a fraction). */
  scaled: number;
  unit: FigureUnit;
  /** A count written in words ("four"). */
  word: boolean;
  /** Four digits with no unit, scale or comma, from 1000 to 2099: read as a year, not a quantity. */
  year: boolean;
}

/** A word or letter of scale and what it multiplies by ("million", "m", "bn", "k"), for every reader of amounts. */
export const SCALES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, mln: 1e6, bn: 1e9, billion: 1e9, bln: 1e9, tn: 1e12, trillion: 1e12 };

// (no figure inside a word, a longer number or a decimal: "B52", "1.5" read whole, not "5"; a comma after the digits
// ends the figure: "in 2019, …" is a year; "8.1 percentage points" is a share)
const FIGURE =
  /(?<![\p{L}\p{N}.,])([$£€]\s?)?(\d(?:[\d,]*\d)?(?:\.\d+)?)(\s*(?:%|percent(?:age points?)?\b|per cent\b|pct\b)|\s+(?:thousand|million|billion|trillion|mln|bln)\b)?(?![\p{N}]|[.,]\d)|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)(?:-(?=\p{L})|\b)/giu;

/** Every figure of `text`, in order. */
export function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index ?? 0;
    if (m[4] !== undefined) {
      const n = wordsToNumber([m[4].toLowerCase()]) ?? Number.NaN;
      out.push({ at, value: n, scaled: n, unit: "plain", word: true, year: false });
      continue;
    }
    const digits = m[2] as string;
    const value = Number(digits.replace(/,/g, ""));
    const scale = m[3]?.trim().toLowerCase();
    const percent = scale !== undefined && /^(?:%|per|pct)/.test(scale);
    const unit: FigureUnit = m[1] !== undefined ? "money" : percent ? "percent" : "plain";
    const year = unit === "plain" && scale === undefined && /^(?:1\d{3}|20\d{2})$/.test(digits);
    out.push({ at, value, scaled: scale === undefined ? value : percent ? value / 100 : value * (SCALES[scale] ?? 1), unit, word: false, year });
  }
  return out;
}
