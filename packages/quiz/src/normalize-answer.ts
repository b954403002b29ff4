/**
 * Normalisation used to compare a typed (cloze) answer with the expected words:
 * case, accents, punctuation, thousands separators, number words and month abbreviations do not matter.
 * "10,000" = "10000" = "ten thousand"; "Oct. 8" = "October 8" = "october 8th".
 */

/** A word table without a prototype: "constructor" or "toString" looked up in a plain object finds Object's own. */
const table = <T,>(entries: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, entries);

const SMALL: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES: Record<string, number> = table({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 });

/** A news wire's abbreviations and the words they stand for. */
const WIRE_WORDS: Record<string, string> = table({ pct: "percent", mln: "million", bln: "billion", dlrs: "dollars", dlr: "dollar", stg: "sterling", cts: "cents" });
const WIRE_HINT = /\b(?:pct|mln|bln|dlrs?|stg|cts)\b/;
const WIRE_WORD = /\b(?:pct|mln|bln|dlrs?|stg|cts)\b/g;

const MONTHS: Record<string, string> = table({
  jan: "january", feb: "february", mar: "march", apr: "april", jun: "june", jul: "july", aug: "august",
  sep: "september", sept: "september", oct: "october", nov: "november", dec: "december",
});

/** The value of a run of English number words ("twenty one thousand"), or undefined if the words are not one. */
export function wordsToNumber(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    if (w === "and" && seen) continue;
    const small = SMALL[w];
    const scale = SCALES[w];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
    } else {
      const n = Number(w);
      if (!Number.isFinite(n) || w === "") return undefined;
      current += n;
      seen = true;
    }
  }
  return seen ? total + current : undefined;
}

const cache = new Map<string, string>();

/** Lower-case, strip accents and punctuation, unify numbers and months. Memoised (the quiz maker asks often). */
export function normalizeAnswer(text: string): string {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(text);
  if (cache.size > 20_000) cache.clear();
  cache.set(text, out);
  return out;
}

const paddedCache = new Map<string, string>();

/** `normalizeAnswer` with a space either side, for whole-word `includes` tests. Memoised like it. */
export function normalizePadded(text: string): string {
  let hit = paddedCache.get(text);
  if (hit === undefined) {
    hit = ` ${normalizeAnswer(text)} `;
    if (paddedCache.size > 20_000) paddedCache.clear();
    paddedCache.set(text, hit);
  }
  return hit;
}

/** Forgets memoised results (each quiz starts afresh, so timings are honest and memory stays bounded). */
export function clearNormalizeCache(): void {
  cache.clear();
  paddedCache.clear();
}

/** A character that canonical decomposition may change: anything but ASCII and the general punctuation of U+2010–2027. */
const MAY_DECOMPOSE = /[^\x00-\x7F\u2010-\u2027]/;

const NON_ASCII = /[^\x00-\x7F]/;
const DIGITS_RE = /^\d+(\.\d+)?$/;
const DIGIT_RE = /\d/;
/** Whitespace other than the plain space (`\s` minus " "): where it is absent, words split on " " alone. */
const OTHER_SPACE = /[^\S ]/;
/** The words normalizeUncached's loop does more with than keep: months, number and scale words, articles. */
const SPECIAL_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(SMALL), ...Object.keys(SCALES), "the", "a", "an"]);

/** Whether a word starts with an ASCII digit (what `/^\d/` tests, without a pattern per word). */
function digitStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function normalizeUncached(text: string): string {
  // accents off ("é" -> "e"); most news text has none, and the decomposition is the slow part
  let s = (MAY_DECOMPOSE.test(text) ? text.normalize("NFD").replace(/\p{M}/gu, "") : text).toLowerCase();
  // each rewrite below runs only where what it matches can stand (a cheap `includes` or one test first): this runs on
  // every prompt and sentence of a quiz, and most hold no curly quote, "%", "per cent", "'s" or "."
  // (every curly quotation mark is outside ASCII, as is "´"; none of the rewrites brings a character outside ASCII in)
  const nonAscii = NON_ASCII.test(s);
  if (nonAscii || s.includes("`")) s = s.replace(/[’‘`´]/g, "'").replace(/[“”]/g, '"');
  if (s.includes("%")) s = s.replace(/%/g, " percent ");
  if (s.includes("per cent")) s = s.replace(/\bper cent\b/g, "percent");
  // a news wire's abbreviations ("25 pct", "100 mln dlrs", "1.2 bln stg") are the words a reader types
  if (WIRE_HINT.test(s)) s = s.replace(WIRE_WORD, (w) => WIRE_WORDS[w] ?? w);
  // (both only where there is a digit: most words and names have none)
  if (DIGIT_RE.test(s)) {
    s = s.replace(/(\d),(?=\d{3}\b)/g, "$1"); // 10,000 -> 10000
    s = s.replace(/(\d)(st|nd|rd|th)\b/g, "$1"); // 8th -> 8
  }
  if (s.includes("'s")) s = s.replace(/'s\b/g, "");
  // keep the decimal point for now; a run of marks is one space (words are split on runs of spaces below)
  // (in ASCII text the letters and digits are [a-zA-Z0-9], and the ASCII pattern is several times faster)
  s = nonAscii && NON_ASCII.test(s) ? s.replace(/[^\p{L}\p{N}.\s]+/gu, " ") : s.replace(/[^a-zA-Z0-9.\s]+/g, " ");
  if (s.includes(".")) s = s.replace(/\.(?!\d)|(?<!\d)\./g, " ");
  // (split on " " where no other whitespace stands: the same words as splitting on `\s+`, without the pattern; and
  // empty words to drop only where a space opens or closes the text or follows another)
  const words = OTHER_SPACE.test(s) ? s.split(/\s+/).filter((w) => w !== "") : s === "" || s.startsWith(" ") || s.endsWith(" ") || s.includes("  ") ? s.split(" ").filter((w) => w !== "") : s.split(" ");
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // most words are none of the kinds below: kept as they are, with one look-up instead of four
    if (!SPECIAL_WORDS.has(w) && !digitStart(w)) {
      out.push(w);
      continue;
    }
    const month = MONTHS[w];
    if (month) {
      out.push(month);
      continue;
    }
    // a run of number words or digits followed by scale words: "ten thousand", "1.5 million", "26 million"
    if (SMALL[w] !== undefined || SCALES[w] !== undefined || DIGITS_RE.test(w)) {
      let j = i;
      const run: string[] = [];
      while (j < words.length) {
        const x = words[j] as string;
        const isNum = SMALL[x] !== undefined || SCALES[x] !== undefined || DIGITS_RE.test(x);
        const isJoiner = x === "and" && run.length > 0 && j + 1 < words.length && SMALL[words[j + 1] as string] !== undefined;
        if (!isNum && !isJoiner) break;
        // two bare digit groups in a row ("8 13") are two numbers, not one
        if (digitStart(x) && run.length > 0 && digitStart(run[run.length - 1] as string)) break;
        run.push(x);
        j++;
      }
      const value = wordsToNumber(run);
      if (value !== undefined && run.length > 0) {
        out.push(String(value));
        i = j - 1;
        continue;
      }
    }
    if (w === "the" || w === "a" || w === "an") {
      if (out.length === 0) continue;
    }
    out.push(w);
  }
  return out.join(" ");
}

const ORDINALS: Record<string, string> = {
  first: "1", second: "2", third: "3", fourth: "4", fifth: "5", sixth: "6", seventh: "7", eighth: "8", ninth: "9", tenth: "10",
  eleventh: "11", twelfth: "12", thirteenth: "13", fourteenth: "14", fifteenth: "15", sixteenth: "16", seventeenth: "17",
  eighteenth: "18", nineteenth: "19", twentieth: "20",
};
/** Thousands grouped by spaces ("10 000", also no-break and thin spaces): one to three digits, then groups of three. */
const SPACED_THOUSANDS = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)/g;

/**
 * The form a typed answer is compared in: `normalizeAnswer`, with thousands grouped by spaces joined
 * ("10 000" = "10000") and ordinal words as numbers ("second" = "2nd"). Only for grading: the quiz maker's
 * whole-word searches keep `normalizeAnswer`, where "second" must stay a word.
 */
export function gradingForm(text: string): string {
  const joined = text.replace(SPACED_THOUSANDS, (m) => m.replace(/[ \u00a0\u2009\u202f]/g, ""));
  return normalizeAnswer(joined)
    .split(" ")
    .map((w) => ORDINALS[w] ?? w)
    .join(" ");
}

/**
 * True when a typed response matches one of the accepted answers after normalisation (`gradingForm`), or — for an
 * answer of words only, ten letters or more — is one slip away from it past its first three letters (a letter left
 * out, added, changed or two swapped: "hematopoesis" for "hematopoiesis", "Raisinghami"): a reader who took in the term
 * is not marked wrong for its spelling. Shorter words and figures must match: one letter tells "afferent" from
 * "efferent", "1968" from "1969".
 */
export function answersMatch(response: string, accepted: readonly string[]): boolean {
  const r = gradingForm(response);
  if (r === "") return false;
  return accepted.some((a) => {
    const key = gradingForm(a);
    if (key === r) return true;
    return /^[\p{L} '-]+$/u.test(key) && key.replace(/[^\p{L}]/gu, "").length >= 10 && key.slice(0, 3) === r.slice(0, 3) && oneSlipApart(key, r);
  });
}

/** Whether two strings differ by one letter inserted, deleted or changed, or by two neighbours swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
