import type { Fact } from "./find-facts";
import { figuresOf, SCALES } from "./facts/figures";
import { normalizeAnswer, normalizePadded, wordsToNumber } from "./normalize-answer";
import { capitalOf, countryNames, lookupPlace, placeCandidates } from "./places";
import type { Rng } from "./rng";
import { ORDINAL_WORDS, PRESIDENT_TERMS } from "./word-lists";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** English words for 0–999,999 (round forms only above 99: "three hundred", "two thousand"). */
export function numberToWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined;
  if (n < 20) return ONES[n];
  if (n < 100) return (TENS[Math.floor(n / 10)] ?? "") + (n % 10 ? `-${ONES[n % 10]}` : "");
  if (n < 1000 && n % 100 === 0) return `${ONES[n / 100]} hundred`;
  if (n < 100_000 && n % 1000 === 0) return `${numberToWords(n / 1000)} thousand`;
  if (n % 1_000_000 === 0 && n < 100_000_000) return `${numberToWords(n / 1_000_000)} million`;
  return undefined;
}

/** Rounds to `sig` significant figures. */
function roundSig(v: number, sig: number): number {
  if (v === 0) return 0;
  const p = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - sig + 1);
  return Math.round(v / p) * p;
}

/** How many zeros an integer ends in (0 for 0). */
function trailingZeros(v: number): number {
  let n = 0;
  for (let x = Math.round(Math.abs(v)); x !== 0 && x % 10 === 0; x /= 10) n++;
  return n;
}

function significantFigures(v: number): number {
  // "6.75" has three ("$9.45bn", not "$9bn", beside it); "60,000" has one
  if (!Number.isInteger(v)) return Math.max(1, Math.min(String(Math.abs(v)).replace(".", "").replace(/^0+/, "").length, 3));
  const s = String(Math.round(Math.abs(v))).replace(/0+$/, "");
  return Math.max(1, Math.min(s.length, 3));
}

/** Nearby values of the same roundness, on the side the hedge allows ("over 700": only larger). */
function candidateValues(f: Fact, forbidden: ReadonlySet<number>): number[] {
  const v = f.value ?? 0;
  const out: number[] = [];
  const add = (x: number): void => {
    if (!Number.isFinite(x) || x <= 0 || x === v || forbidden.has(x) || out.includes(x)) return;
    if (f.hedge === "min" && x < v) return;
    if (f.hedge === "max" && x > v) return;
    if (f.kind === "percent" && x > 100) return;
    // "around 7%" and a swapped "around 5%" are too close to call false (reading BG): an "about" figure's others lie
    // half as far again or more
    if (f.hedge === "about" && x > v / 1.5 && x < v * 1.5) return;
    out.push(x);
  };
  const isInt = Number.isInteger(v);
  // "after its second reading", "the fourth official": things counted in words are few, and a far one is absurd ("its
  // seventh reading", "the eighth official": readings W and X) — only the neighbours
  if (f.form === "ordinal-word") {
    for (const d of [1, -1, 2, -2]) add(v + d);
    return out;
  }
  if (isInt && v <= 12) {
    for (const d of [1, -1, 2, -2, 3, 4, -3, 5, 6]) add(v + d);
    add(v * 2);
  } else if (((f.form === "age" || f.form?.startsWith("age-")) && v < 120) || f.form === "ordinal" || f.form === "rank") {
    for (const d of [2, -2, 3, -3, 4, -4, 5, 6, -5]) add(v + d);
  } else if (isInt && v >= 1000 && v <= 2100 && !/,/.test(f.text)) {
    // "in 2014" read as a count: a year is only ever off by a few ("1010" beside 2014 is a joke option)
    for (const d of [1, -1, 2, -2, 3, -3, 4, 5, -4]) add(v + d);
  } else if (isInt && v >= 100) {
    // as precise as the answer: "60,760" among "88,200" and "29,400" is the only exact count, so every option keeps
    // the answer's trailing zeros and no more
    const zeros = trailingZeros(v);
    const unit = Math.pow(10, zeros);
    for (const k of [1.4, 0.6, 1.8, 0.75, 2.3, 0.45, 1.25, 2.7, 0.85, 3.3]) {
      let x = Math.round((v * k) / unit) * unit;
      // nudge off a rounder number by a digit taken from the value itself (deterministic)
      if (trailingZeros(x) > zeros) x += unit * (1 + (Math.floor(x / unit / 10) % 8));
      add(x);
    }
  } else {
    const sig = significantFigures(v);
    // not at neat multiples of the answer (13 among 26, 39 and 52 is the one they all divide by)
    for (const k of [1.4, 0.6, 1.8, 0.75, 2.3, 0.45, 1.25, 2.7, 0.85, 3.3]) add(roundSig(v * k, sig));
    // a large share has few multiples under 100%: without shares between it and 100 it is always the largest option ("The
    // U.S. dollar dominates …, being on one side of 88.3% of all transactions" among 39.7%, 66.2% and 75.1%, reading WH)
    // (none within three points of another: "73%" among "85%", "91%" and "92%" was the odd one out, reading YE)
    if (f.kind === "percent" && v > 60 && v < 100) {
      for (const k of [0.45, 0.7, 0.25]) {
        const x = roundSig(v + (100 - v) * k, sig);
        if (!out.some((y) => Math.abs(y - x) < 3)) add(x);
      }
    }
  }
  // "10 years" among "11", "12" and "13", or "110 days" among "60", "70" and "80": the one option of another roundness
  // stands out, so keep to the answer's number of significant digits wherever three such values exist
  if (isInt) {
    const digits = (x: number): number => String(Math.round(Math.abs(x))).replace(/0+$/, "").length;
    const same = out.filter((x) => digits(x) === digits(v));
    if (same.length >= 3) return same;
    if (v === 10 && f.form !== "age" && !f.form?.startsWith("age-")) return [5, 20, 15, 30, 40].filter((x) => !forbidden.has(x) && !(f.hedge === "min" && x < v) && !(f.hedge === "max" && x > v));
  }
  return out;
}

/** The fact's text with its number replaced by `x`, written the same way; an amount's conversions at the same rate. */
export function rewriteNumber(f: Fact, x: number): string | undefined {
  if (!f.flags.includes("converted")) return rewriteOne(f, x);
  // "$3.3bn (£1.8bn)" → "$4.1bn (£2.2bn)": the bracket's amounts scaled by the same ratio, each written as the article
  // writes it (its decimals and unit); none if one would need another unit ("£931m" → "£1,138m") or rounds to nothing
  const open = f.text.lastIndexOf("(");
  const head = f.text.slice(0, open).trimEnd();
  const main = rewriteOne({ ...f, text: head }, x);
  if (main === undefined || f.value === undefined || f.value === 0) return undefined;
  const ratio = x / f.value;
  let ok = true;
  const bracket = f.text.slice(open).replace(/\d[\d,]*(?:\.\d+)?/g, (n) => {
    const scaled = Number(n.replace(/,/g, "")) * ratio;
    // "£1bn" beside a swapped "2.03bn euros" is £1.4bn, not £1bn again (reading X): one decimal more when the article's
    // rounding would hide the change
    let decimals = /\.(\d+)$/.exec(n)?.[1]?.length ?? 0;
    if (Math.abs(Number(scaled.toFixed(decimals)) - scaled) > 0.1 * scaled && scaled < 10) decimals += 1;
    // "$239,850 (£125,000)" swapped: "(£93,751)" is a figure no writer rounds so, and "£36.4m" scaled to "£52.0m" a ".0"
    // no writer adds — both told readers the statement was made up (reading CF): a whole amount keeps the article's
    // roundness (its significant digits, two at least), and a decimal that comes out whole is written whole
    const whole = decimals === 0 ? roundSig(scaled, Math.max(2, significantFigures(Number(n.replace(/,/g, ""))))) : scaled;
    const shown = whole.toFixed(decimals).replace(/\.0+$/, "");
    if (Math.abs(Number(shown) - scaled) > 0.1 * scaled) ok = false;
    // ("£0.8bn": a writer says "£800m", as for the amount itself)
    if (Number(shown) < 1 && Number(n.replace(/,/g, "")) >= 1) ok = false;
    if (Number(shown) === 0 || (n.replace(/,/g, "").split(".")[0] ?? "").length !== (shown.split(".")[0] ?? "").length && !n.includes(",") && Number(shown) >= 1000) ok = false;
    return n.includes(",") ? shown.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")) : shown;
  });
  return ok ? `${main}${f.text.slice(head.length, open)}${bracket}` : undefined;
}

function rewriteOne(f: Fact, x: number): string | undefined {
  const t = f.text;
  if (f.form === "ordinal-word") {
    const w = ORDINAL_WORDS[x - 2];
    return w && /^[A-Z]/.test(t) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  }
  const digit = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(t);
  // ("some 60 thousand people": a swapped 40,000 is written "40 thousand", not "40,000 thousand" — reading YE)
  const scale = /\b(thousand|million|billion|trillion|mln|bln)\b/.exec(t);
  if (digit) {
    let shown = x;
    if (scale) shown = x / (SCALES[scale[1] as string] ?? 1);
    if (!Number.isInteger(shown) && !digit[0].includes(".")) return undefined;
    // "$0.5bn": a writer says "$500m" (reading P)
    if (shown < 1 && Number(digit[0].replace(/,/g, "")) >= 1 && /^\s?(?:bn|m|tn|million|billion|trillion|mln|bln)\b/.test(t.slice(digit.index + digit[0].length))) return undefined;
    // as many decimals as the answer shows ("0.60 pc" → "0.30 pc", never "0.30000000000000004 pc")
    const decimals = /\.(\d+)$/.exec(digit[0])?.[1]?.length ?? 0;
    const plain = decimals > 0 ? shown.toFixed(decimals) : String(shown);
    // "13.0%" beside the article's "5.6%": a decimal the writer would have dropped marks the option as made up
    if (decimals > 0 && plain.endsWith("0") && !digit[0].endsWith("0")) return undefined;
    const s = digit[0].includes(",") || shown >= 10_000 ? plain.replace(/^\d+/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")) : plain;
    let rest = t.slice(digit.index + digit[0].length);
    if (/^(?:st|nd|rd|th)$/.test(rest)) rest = ordinalSuffix(shown);
    const out = t.slice(0, digit.index) + s + rest;
    return /[- ]old$|-/.test(rest) || (f.value !== 1 && x !== 1) ? out : fixUnitNumber(out, x);
  }
  const m = /^((?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\b)?)(?: (?:hundred|thousand|million|billion|mln|bln))?)/i.exec(t);
  if (!m) return undefined;
  const w = numberToWords(x);
  if (!w) return undefined;
  const cap = /^[A-Z]/.test(t) ? w.charAt(0).toUpperCase() + w.slice(1) : w;
  const out = cap + t.slice((m[1] ?? "").length);
  return f.value !== 1 && x !== 1 ? out : fixUnitNumber(out, x);
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** "one day" -> "two days", "two weeks" -> "one week". */
function fixUnitNumber(text: string, x: number): string {
  const units = "second|minute|hour|day|week|month|year|decade";
  if (x === 1) return text.replace(new RegExp(`\\b(${units})s\\b`), "$1").replace(/\bcenturies\b/, "century");
  return text.replace(new RegExp(`\\b(${units})\\b(?!-)`), "$1s").replace(/\bcentury\b/, "centuries");
}

const MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

function monthNameLike(original: string, index: number): string {
  const i = ((index % 12) + 12) % 12;
  return original.endsWith(".") || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.$/.test(original)
    ? (MONTHS_ABBR[i] as string)
    : (MONTHS_FULL[i] as string);
}

/**
 * "the beginning of the Late Bronze Age, in _____ BCE" (1600): a round year BCE is a historian's round figure, and options
 * a year or two off it ("1598", "1604") are no dates anyone gives for it (reading VQ) — its options are other hundreds.
 */
export function roundEraCandidates(stem: string, answer: string): string[] | undefined {
  const t = answer.trim();
  if (!/^\d{3,4}$/.test(t) || !t.endsWith("00") || !/_____\s+(?:BCE|B\.C\.)/.test(stem)) return undefined;
  const y = Number(t);
  return [100, -100, 200, -200, 300, -300].map((d) => y + d).filter((x) => x > 0).map(String);
}

/** Other dates written the same way: days shifted within the month, years shifted, months changed. */
function dateCandidates(f: Fact, forbiddenText: ReadonlySet<string>): string[] {
  const t = f.text;
  const out: string[] = [];
  const add = (s: string | undefined): void => {
    if (!s || s === t || out.includes(s) || forbiddenText.has(normalizeAnswer(s))) return;
    out.push(s);
  };
  if (f.form === "year" || f.form === "years") {
    const years = t.match(/\d{4}/g) ?? [];
    // earlier and later years each alternate odd and even shifts, so three taken from one side are not all of the other
    // parity: 2001 among 2000, 1996 and 1998 was the one odd year (reading BP; 53 of 172 year questions of the golden
    // set offered the answer's parity alone)
    // a year ending in 0 among years shifted by a few is the one round option ("2000" among 1997, 2002 and 2005: the
    // test-wise guesser's odd form, 16 of 37 such questions of the starter library) — a decade away comes first
    const round = f.form === "year" && years.length === 1 && /0$/.test(years[0] ?? "");
    const shifts = round ? [-10, 2, -3, 10, 4, -2, 5, -1, 1, -5, 3, 6] : [2, -3, 4, -2, 5, -1, 1, -5, 3, 6];
    for (const d of shifts) {
      if (f.hedge === "min" && d < 0) continue;
      // (every year at once: one by one, "1980–1982" shifted by 2 became "1982–1982" and then "1984–1982", a span that runs
      // backwards — reading WF)
      let s = t.replace(/\d{4}/g, (y) => String(Number(y) + d));
      const twoDigit = /(\d{4}) ?(?:-|–|to) ?(\d\d)$/.exec(t);
      if (twoDigit) s = s.replace(/(\d\d)$/, String((Number(twoDigit[2]) + d + 100) % 100).padStart(2, "0"));
      add(s);
    }
    return out;
  }
  if (f.form === "time") {
    const m = /^(\d{1,2})(:\d\d)?/.exec(t);
    if (!m) return out;
    const h = Number(m[1]);
    const twelve = /am|pm|a\.m|p\.m/.test(t);
    for (const d of [2, -3, 4, -1, 5, -5, 1, -2]) {
      const nh = h + d;
      if (twelve ? nh < 1 || nh > 12 : nh < 0 || nh > 23) continue;
      add(String(nh).padStart((m[1] ?? "").length, "0") + t.slice((m[1] ?? "").length));
    }
    return out;
  }
  if (f.form === "month") {
    // the months next to it: months two to five away read as another season ("March" among "May", "June", "July" for a
    // cross-country championship; "August" among the autumn months for the Athens Olympics — readings AZ and BA)
    const i = MONTHS_FULL.indexOf(t);
    for (const d of [1, -1, 2, -2, 3, -3]) add(MONTHS_FULL[(((i + d) % 12) + 12) % 12]);
    return out;
  }
  // day numbers inside the text (md, dm, ranges): shift all by the same delta, keep within 1..28
  const days = [...t.matchAll(/(?<![\d,])\b(\d{1,2})(?!\d|,\d{3})(st|nd|rd|th)?\b/g)];
  const monthM = /(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)/.exec(t);
  // a day of another digit count stands out among the rest ("March 11" among "March 5", "March 1", "March 8"): days
  // of the answer's digit count first
  const dayShifts: { s: string; sameWidth: boolean }[] = [];
  for (const d of [7, -6, 12, -10, 4, -3, 9, 15, 2, -2, 3, -4, 5]) {
    let ok = true;
    let sameWidth = true;
    let s = t;
    for (let k = days.length - 1; k >= 0; k--) {
      const m = days[k];
      if (!m) continue;
      const n = Number(m[1]) + d;
      if (n < 1 || n > 28) {
        ok = false;
        break;
      }
      if (String(n).length !== (m[1] ?? "").length) sameWidth = false;
      // "1st September" → "8th September", never "8st" (reading Q)
      s = s.slice(0, m.index) + String(n) + (m[2] ? ordinalSuffix(n) : "") + s.slice(m.index + (m[1] ?? "").length + (m[2] ?? "").length);
    }
    // "The EU will decide on _____ whether …" (17 December): Christmas Eve, Christmas Day, Boxing Day and New Year's Day
    // are no days for a decision, a game or a sale to be set, and a reader strikes them out (reading AT)
    if (HOLIDAY.test(s) && !HOLIDAY.test(t)) ok = false;
    if (ok && days.length > 0) dayShifts.push({ s, sameWidth });
  }
  for (const { s } of [...dayShifts.filter((x) => x.sameWidth), ...dayShifts.filter((x) => !x.sameWidth)]) add(s);
  if (monthM && days.length === 0) {
    const i = MONTHS_FULL.findIndex((mn) => mn.startsWith((monthM[1] ?? "").slice(0, 3)));
    for (const d of [1, -1, 2, -2, 3]) add(t.replace(monthM[1] ?? "", monthNameLike(monthM[1] ?? "", i + d)));
  }
  return out;
}

const HOLIDAY = /\b(?:2[456](?:th)? Dec(?:ember|\.)|Dec(?:ember|\.)? 2[456](?:th)?\b|1(?:st)? Jan(?:uary|\.)|Jan(?:uary|\.)? 1(?:st)?\b)/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * "the six months ending _____" (31 December): a period ends on a month's last day, so "25 December" among the options is
 * ruled out at a glance (reading P). Other quarter ends written like the answer, or undefined when the answer is no
 * month's last day or the stem asks no period's end.
 */
export function periodEndCandidates(stem: string, answer: string): string[] | undefined {
  const at = stem.indexOf("_____");
  if (at < 0 || !/\b(?:months?|quarters?|years?|weeks?|period|half|half-year)\s+(?:ending|ended|to)\s+(?:on\s+)?$/i.test(stem.slice(0, at))) return undefined;
  const date = monthDay(answer);
  if (!date || date.day !== MONTH_DAYS[date.month]) return undefined;
  return sameEdgeElsewhere(date, [3, 6, 9, -3, -6]);
}

/** A date written "31 December …" or "December 31 …": its day, its month (0–11), what follows, and which comes first. */
interface MonthDay {
  day: number;
  month: number;
  rest: string;
  dayFirst: boolean;
}
function monthDay(answer: string): MonthDay | undefined {
  const dm = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]+)(.*)$/.exec(answer);
  const md = /^([A-Z][a-z]+) (\d{1,2})(?:st|nd|rd|th)?(.*)$/.exec(answer);
  const month = MONTHS_FULL.indexOf((dm?.[2] ?? md?.[1] ?? "") as (typeof MONTHS_FULL)[number]);
  if (month < 0) return undefined;
  return { day: Number(dm?.[1] ?? md?.[2]), month, rest: dm?.[3] ?? md?.[3] ?? "", dayFirst: dm !== null };
}
/** The first (or last) day of the months `offsets` away from a first (or last) day, written as the date is. */
function sameEdgeElsewhere(date: MonthDay, offsets: readonly number[]): string[] {
  return offsets.map((d) => {
    const m = (((date.month + d) % 12) + 12) % 12;
    const name = MONTHS_FULL[m] as string;
    const edge = date.day === 1 ? 1 : (MONTH_DAYS[m] as number);
    return date.dayFirst ? `${edge} ${name}${date.rest}` : `${name} ${edge}${date.rest}`;
  });
}

/**
 * "until _____" (March 31, 1988), "the six months following _____" (July 1, 1986): a month's first or last day among days
 * a week either side reads as the only date a plan or a season runs to or from (reading ZN failed three such choices).
 * Other months' first or last days, written like the answer — or undefined when the answer is neither.
 */
export function monthEdgeCandidates(answer: string): string[] | undefined {
  const date = monthDay(answer);
  if (!date || (date.day !== 1 && date.day !== MONTH_DAYS[date.month])) return undefined;
  return sameEdgeElsewhere(date, [3, 6, -3, 9, -6]);
}

export interface ArticleValues {
  /** Numeric values written anywhere in the article (any kind). */
  numbers: Set<number>;
  /** Normalised texts of every numeric or date fact in the article. */
  texts: Set<string>;
  /** Normalised full text of the article, padded with spaces, for "is this mentioned" checks. */
  body: string;
  /** The words of `body`. */
  bodyWords: Set<string>;
  /** The latest year (1000–2199) the article writes, if any: no year option goes past it. */
  newestYear?: number;
  /** The latest year of a sentence that looks nowhere ahead (see `newestPastYearIn`): no option for a past event goes past it. */
  newestPastYear?: number;
}

const YEAR_RE = /(?<![\d.,])(1\d{3}|2[01]\d{2})(?![\d.,]?\d)/g;

/** The latest year (1000–2199) written in a text. */
export function newestYearIn(text: string): number | undefined {
  let newest: number | undefined;
  for (const m of text.matchAll(YEAR_RE)) newest = Math.max(newest ?? 0, Number(m[1]));
  return newest;
}

/** Words of a sentence that looks ahead: a plan, a forecast, a target, a deadline. */
const LOOKS_AHEAD =
  /\b(?:will|shall|would|expected|expects?|forecasts?|forecasted|projected|projects?|projections?|predicts?|predicted|predictions?|plans?|planned|aims?|targets?|goals?|scheduled|could|may|might|estimates?|estimated)\b|\b(?:by|until|through|due in)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?(?:1\d{3}|20\d\d|_____)/i;

/**
 * The latest year written in a sentence that looks nowhere ahead ("U.S. consumers redeemed 871 billion coupons in 2024",
 * not "Coupon use is projected to double by 2033"): an event the text tells as past is no later than it. The sentences
 * as the article analysis split them.
 */
export function newestPastYearIn(sentences: readonly string[]): number | undefined {
  let newest: number | undefined;
  for (const sentence of sentences) {
    if (LOOKS_AHEAD.test(sentence)) continue;
    const year = newestYearIn(sentence);
    if (year !== undefined) newest = Math.max(newest ?? 0, year);
  }
  return newest;
}

/** A verb in the past before the blank: "redeemed … in _____", "was founded in _____". */
const PAST_BEFORE =
  /\b(?:was|were|had|did|rose|fell|grew|won|lost|took|made|began|became|saw|paid|sold|spent|went|came|led|left|met|hit|cut|set|put|sent|built|bought|brought|held|kept|told|said|gave|got|found|drew|broke|ran|wrote|struck|\p{Ll}{2,}ed)\b/u;

/**
 * "By _____, the scientists report …" with 2006, 2008 and 2009 beside 2004 in a report of 2004: a year after every year
 * the article names is after its time, and the one year that is not stands out (reading J).
 */
export function afterItsTime(option: string, newestYear: number | undefined, stem = "", newestPastYear?: number): boolean {
  if (newestYear === undefined) return false;
  // "work on the pipeline will begin in _____": what is planned may be later than anything the article dates, and with
  // only earlier years offered the latest would always be the answer (reading P)
  const at = stem.indexOf("_____");
  const future = at >= 0 && FUTURE_BEFORE.test(stem.slice(0, at));
  // "U.S. consumers redeemed 871 billion coupons in _____" offered 2028 in a text whose latest year, 2033, is a
  // forecast's (reading XD): a past event's options stop at the latest year the text tells as past — the sentence's own
  // year among them, as it looks nowhere ahead
  if (!future && newestPastYear !== undefined && at >= 0 && PAST_BEFORE.test(stem.slice(0, at)) && !LOOKS_AHEAD.test(stem)) {
    return (newestYearIn(option) ?? 0) > newestPastYear;
  }
  return (newestYearIn(option) ?? 0) > newestYear + (future ? 3 : 0);
}

/** The one year an answer or an option holds ("1798", "March 2001"), or NaN. */
function soleYear(text: string): number {
  return Number(/^\D*(1\d{3}|20\d\d)\D*$/.exec(text)?.[1] ?? Number.NaN);
}

/**
 * "When President John Adams signed the Sedition Act in _____" (1798): a reader who knows the president's term rules out
 * every year outside it ("Block grants increased to twenty-four in _____ during the Clinton administration" offered 2003
 * and 2004, reading VE), so an option or a swap for a year within the term of a president the sentence names stays
 * within that term.
 */
export function outsideTerm(stem: string, answer: string, option: string): boolean {
  const year = soleYear(answer);
  const other = soleYear(option);
  if (Number.isNaN(year) || Number.isNaN(other)) return false;
  // (a term ends in the January of its last year: for an answer before it, that year is outside too — "In early 2021, the
  // Trump Administration announced …" swapped from 2017, reading WF)
  return PRESIDENT_TERMS.some(([pattern, from, to]) => year >= from && year <= to && pattern.test(stem) && (other < from || other > (year < to ? to - 1 : to)));
}

/**
 * "Federal tax collections increased substantially in the later 1990s, jumping from 18.1% of GDP in 1994 to 20.8% in
 * _____" (2000): a decade the sentence names rules out every year outside it (reading WD offered 2004 and 2005), so an
 * option or a swap for a year within a decade the sentence names stays within that decade (its turn included: "the later
 * 1990s" reach 2000).
 */
export function outsideDecade(stem: string, answer: string, option: string): boolean {
  const year = soleYear(answer);
  const other = soleYear(option);
  if (Number.isNaN(year) || Number.isNaN(other)) return false;
  for (const m of stem.matchAll(/\b(1\d{2}|20\d)0s\b/g)) {
    const from = Number(m[1]) * 10;
    if (year >= from && year <= from + 10 && (other < from || other > from + 10)) return true;
  }
  return false;
}

/**
 * Whether the answer is the one option near a figure of its own unit in the prompt ("By 2017, women were receiving just
 * over 50% of the law degrees, and by 2019, _____ of the medical degrees" offered 48% among 29%, 36% and 67%: reading
 * WD): a parallel figure points a test-wise reader to it. Near: every other option at least three times as far.
 * Percentages and money only (a count's neighbours are too often years and ordinals).
 */
export function nearestToAnchor(stem: string, answer: string, options: readonly string[]): boolean {
  const own = firstNumber(answer);
  if (own === undefined) return false;
  const unit = /%|\bper ?cent|pct\b/i.test(answer) ? "percent" : /[$£€]/.test(answer) ? "money" : undefined;
  if (unit === undefined) return false;
  const others = options.map((o) => firstNumber(o)).filter((v): v is number => v !== undefined && v !== own);
  if (others.length < 3) return false;
  return figuresOf(stem).some(({ unit: u, value: anchor }) => {
    if (u !== unit) return false;
    const d = Math.abs(own - anchor);
    return d > 0 && others.every((v) => Math.abs(v - anchor) >= 3 * d);
  });
}

/**
 * "house prices rose at an annual rate of _____ in December, less than the 13.7% rise the previous month": the
 * comparison after the blank rules out an option on its wrong side (24.6%, 19.3%: reading ZL). True for such an option
 * when the answer itself keeps to the comparison.
 */
export function againstComparison(stem: string, answer: string, option: string): boolean {
  const at = stem.indexOf("_____");
  if (at < 0) return false;
  const own = firstNumber(answer);
  const value = firstNumber(option);
  if (own === undefined || value === undefined) return false;
  const m = /^[^.;]{0,60}?\b(less|lower|smaller|fewer|below|more|higher|greater|bigger|above)\s+than\s+(?:the\s+|a\s+|an\s+)?(?:[£$€])?(\d[\d,]*(?:\.\d+)?)/.exec(stem.slice(at + 5));
  if (m) {
    const bound = Number((m[2] as string).replace(/,/g, ""));
    const below = /^(?:less|lower|smaller|fewer|below)$/.test(m[1] as string);
    return below ? own < bound && value >= bound : own > bound && value <= bound;
  }
  // ("… rose at an annual rate of 10.7% in December, less than the _____ rise the previous month": the blank is the
  // larger one, so an option under 10.7% is ruled out)
  const b = /(?:[£$€])?(\d[\d,]*(?:\.\d+)?)[^.;\d]{0,60}?\b(less|lower|smaller|fewer|below|more|higher|greater|bigger|above)\s+than\s+(?:the\s+|a\s+|an\s+)?(?:[£$€])?$/.exec(stem.slice(0, at));
  if (!b) return false;
  const bound = Number((b[1] as string).replace(/,/g, ""));
  const below = /^(?:less|lower|smaller|fewer|below)$/.test(b[2] as string);
  return below ? own > bound && value <= bound : own < bound && value >= bound;
}

/** An option's amount with its unit — a share in words too ("four pct": figuresOf reads the word as a count). */
function amountOf(text: string): { unit: string; scaled: number } | undefined {
  const [x] = figuresOf(text).filter((f) => !f.year);
  if (x === undefined) return undefined;
  return x.word && /\b(?:pct|per ?cent|percent)\b|%/.test(text) ? { unit: "percent", scaled: x.value / 100 } : x;
}

/**
 * "the labor force, trimmed to _____, was further reduced to 2,500", "exported 43,540 tonnes worth _____ against total
 * exports … worth 23.8 mln dlrs", "handled _____ tonnes … well below its present 1.4 mln capacity": an option (or a
 * true/false statement's swapped value) on the other side of a figure of the same unit in the sentence than the answer
 * is refuted by the sentence itself (readings ZZQ–ZZS: eleven such statements failed as guessable). Counts, shares and
 * amounts, not years. The prompt's figures are read once for all the options weighed against it.
 */
export function figureCrossing(stem: string, answer: string): (option: string) => boolean {
  const own = amountOf(answer);
  if (own === undefined) return () => false;
  const figures = figuresBeside(stem, own);
  return (option) => {
    const value = amountOf(option);
    if (value === undefined || own.unit !== value.unit) return false;
    return figures.some((x) => Math.sign(own.scaled - x.scaled) !== Math.sign(value.scaled - x.scaled));
  };
}

/**
 * "opened today higher at 1,040 rupees against yesterday's closing of _____" (1,012.50) swapped to 759.00, "about _____
 * individual tax returns …, up from last year's 94 mln" (100 mln) swapped to 300 mln: a value near its pair in the
 * sentence swapped for one far from it makes a change no reader believes (readings ZZZC and ZZZD failed
 * such statements as guessable). True for a swap more than a quarter (and four times the answer's distance) away from
 * a same-unit figure the answer is within a quarter of — "trimmed to 3,000 workers …, further reduced to 2,500" keeps
 * 3,500 as a swap.
 */
export function swapFarFromPair(stem: string, answer: string): (option: string) => boolean {
  const own = amountOf(answer);
  if (own === undefined || !(own.scaled > 0)) return () => false;
  // (the answer's distance from each same-unit figure it is within a quarter of)
  const pairs = figuresBeside(stem, own)
    .filter((x) => x.scaled > 0)
    .map((x) => ({ at: x.scaled, near: Math.abs(own.scaled / x.scaled - 1) }))
    .filter(({ near }) => near <= 0.25);
  return (option) => {
    const value = amountOf(option);
    if (value === undefined || own.unit !== value.unit) return false;
    return pairs.some(({ at, near }) => Math.abs(value.scaled / at - 1) > Math.max(0.25, 4 * near));
  };
}

/** `swapFarFromPair` for one option. */
export function farFromItsPair(stem: string, answer: string, option: string): boolean {
  return swapFarFromPair(stem, answer)(option);
}

/** The prompt's figures of the answer's unit, other than the answer's value (years left out). */
function figuresBeside(stem: string, own: { unit: string; scaled: number }): ReturnType<typeof figuresOf> {
  return figuresOf(stem.replace("_____", " ")).filter((x) => !x.year && x.unit === own.unit && x.scaled !== own.scaled);
}

/** `figureCrossing` for one option. */
export function crossesAFigure(stem: string, answer: string, option: string): boolean {
  return figureCrossing(stem, answer)(option);
}

/**
 * "UK interest rates are set to remain on hold at _____" (4.75%) among 2.85%, 6.65%, 8.55%: a central bank's rate moves
 * in quarter points, so an option off that grid is no rate at all (reading ZH). For a prompt about a bank's rate and an
 * answer on the grid, an option is moved to the nearest quarter point ("6.65%" → "6.75%", "3.56%" → "3.5%"); otherwise
 * it is left as it is.
 */
export function toRateGrid(stem: string, answer: string, option: string): string {
  if (!/\b(?:interest rates?|base rate|bank rate|Bank of England|Federal Reserve|European Central Bank|ECB)\b/i.test(stem) || !/^\d+(?:\.\d+)?%$/.test(answer) || !/^\d+(?:\.\d+)?%$/.test(option)) return option;
  const own = firstNumber(answer) as number;
  const onGrid = (v: number): boolean => Math.abs(v * 4 - Math.round(v * 4)) < 1e-9;
  if (!onGrid(own)) return option;
  const moved = Math.round((firstNumber(option) as number) * 4) / 4;
  return `${String(moved)}%`;
}

/** A clause about what is to come, right before the blank. */
const FUTURE_BEFORE = /\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|plans? to|planned|scheduled|aims? to)\b[^.;,]{0,60}$/i;

/**
 * Same-kind values the article does not state, nearest first (no seed: the same for every selection of a quiz), or
 * undefined when the fact has no value to vary.
 */
/** "$845 billion" swapped to "$1943 billion": past a thousand, an amount with a word of scale is written in the next one. */
function overScale(f: Fact, x: number): boolean {
  const written = firstNumber(f.text);
  if (written === undefined || written >= 1000 || !f.value || !/\d\s*(?:bn|billion|m|million|trillion|tn)\b/i.test(f.text)) return false;
  return (written * x) / f.value >= 1000;
}

export function numericCandidates(f: Fact, values: ArticleValues): string[] | undefined {
  if (f.kind === "date" || f.kind === "date-range") return dateCandidates(f, values.texts);
  if (f.value === undefined) return undefined;
  const forbidden = new Set([...values.numbers].filter((n) => n !== f.value));
  // "fixed it on two different computers": the noun after a bare count is in the count's number, so "one" is no
  // option for two and "two" none for one ("on one different computers")
  const bare = f.kind === "number" && /^(?:\d+|\p{L}+)$/u.test(f.text.trim());
  return candidateValues(f, forbidden)
    .filter((x) => !bare || (x === 1) === (f.value === 1))
    // "to get 100% of young people into university": all of a share is no figure anyone offers (reading AQ)
    .filter((x) => f.kind !== "percent" || x !== 100 || (f.value ?? 0) >= 100)
    // "about $845 billion": a thousand billions is written as trillions, so "$1943 billion" reads as made up (reading OD)
    .filter((x) => !overScale(f, x))
    .map((x) => rewriteNumber(f, x))
    .filter((s): s is string => s !== undefined && !values.texts.has(normalizeAnswer(s)));
}

/** A level a change starts from, named before its figure: "from a close last night of", "from the previous high of". */
const FROM_LEVEL = String.raw`(?:a |an |the |its |their )?(?:[\p{L}-]+ )?(?:close|level|high|low|peak|record|figure|rate|total)(?: [\p{L}-]+){0,3}? of `;
/** "_____ per barrel from around 14 dlrs": after a blank, the words of its unit and where the change started. */
const TO_FROM_AFTER = new RegExp(String.raw`^\s+(?:[\p{L}%.]+\s+){0,4}?from\s+(?:${FROM_LEVEL})?(?:about |around |nearly |almost |some |just )?(\S*\d\S*)`, "u");
/** "fell to just over £25bn in November, from _____": before a blank, where the change ended and "from". */
const TO_THEN_FROM_BEFORE = new RegExp(String.raw`\bto\s+(?:about |around |nearly |almost |just |just over |just under |more than |over |under )?(\S*\d\S*)[^.;]{0,50}?\bfrom\s+(?:${FROM_LEVEL}|a |an |about |around |some |nearly |almost |just |more than |over |under |(?:an? |the |its )?(?:originally |initially |previously |earlier |first )?(?:forecast|projected|estimated|expected|planned|targeted|original|initial|previous|earlier) )?$`, "iu");
/** The words before a noun of change ("the increase", "a nominal rise"). */
const CHANGE_AS_NOUN = /\b(?:the|a|an|its|their|his|her|this|that|any|further|nominal|real|annual|sharp|small|big|slight)\s+$/i;
const RISE_WORDS =
  /\b(?:rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|r(?:o|i)se[ns]?|rising|gr(?:e|o)w(?:n|s|ing)?|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|lift(?:ed|s|ing)?|boost(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:e|ed|es|ing)|expand(?:ed|s|ing)?|advanc(?:e|ed|es|ing)|rall(?:y|ied|ies|ying)|gain(?:ed|s|ing)|strengthen(?:ed|s|ing)?|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|widen(?:ed|s|ing)?|hik(?:e|ed|es|ing)|up)\b/gi;
const FALL_WORDS =
  /\b(?:cut(?:s|ting)?|reduc(?:e|ed|es|ing)|f(?:e|a)ll(?:s|ing|en)?|drop(?:ped|s|ping)?|lower(?:ed|s|ing)?|slash(?:ed|es|ing)?|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|shr(?:a|u)nk|shrink(?:s|ing)?|slip(?:ped|s|ping)?|slid(?:e|es|ing)?|sank|sink(?:s|ing)?|sunk|tumbl(?:e|ed|es|ing)|plung(?:e|ed|es|ing)|plummet(?:ed|s|ing)?|dip(?:ped|s|ping)?|weaken(?:ed|s|ing)?|narrow(?:ed|s|ing)?|halv(?:e|ed|es|ing)|down|eas(?:e|ed|es|ing))\b/gi;

/**
 * "India has raised the limit … from 49% to _____": a rise ends above where it started and a cut below, so an option on
 * the wrong side ("44%") is ruled out by the prompt alone. False for such an option, when the answer itself keeps to
 * the direction the verb gives (otherwise the sentence is read differently and nothing is ruled out).
 */
export function againstDirection(stem: string, answer: string, option: string): boolean {
  const at = stem.indexOf("_____");
  if (at < 0) return false;
  const before = stem.slice(0, at);
  const after = stem.slice(at + 5);
  // ("slashed its growth forecast to _____ from 3.2 per cent": "two per cent" among "four per cent" and "six per cent" —
  // figures in words read as numbers too, reading ZU)
  const own = firstNumber(answer) ?? leadingWordNumber(answer);
  const value = firstNumber(option) ?? leadingWordNumber(option);
  if (own === undefined || value === undefined) return false;
  // (a word of change after an article or a describing word is a noun, not the verb: "lowered its forecast for the
  // nominal increase in gross national product … to 3.5 pct", reading ZZD)
  const last = (window: string, re: RegExp): number => Math.max(-1, ...[...window.matchAll(re)].filter((x) => !CHANGE_AS_NOUN.test(window.slice(0, x.index))).map((x) => x.index));
  // which way the verb before `end` goes: "rise", "fall" or none
  const way = (end: number): "rise" | "fall" | undefined => {
    const window = before.slice(Math.max(0, end - 80), end);
    const rise = last(window, RISE_WORDS);
    const fall = last(window, FALL_WORDS);
    return rise < 0 && fall < 0 ? undefined : rise > fall ? "rise" : "fall";
  };
  const against = (dir: "rise" | "fall" | undefined, fromText: string | undefined): boolean => {
    const from = firstNumber(fromText ?? "");
    if (dir === undefined || from === undefined) return false;
    return dir === "rise" ? own > from && value <= from : own < from && value >= from;
  };
  // "raised the limit from 49% to _____"
  // "with growth falling from 3.2% last year to _____": a time phrase may stand between (reading AB)
  const fromTo = /\bfrom\s+(\S+)(?:\s+(?:last|this|a|the|in|previous|earlier)(?:\s+[\p{L}\p{N}’']+){1,2})?\s+to\s+(?:a |an |about |around |some |nearly |almost |just |more than |over |under )?$/iu.exec(before);
  if (fromTo) return against(way(fromTo.index), fromTo[1]);
  // "increased by 8.1 percentage points (from _____ in 1980 to 52.2% in 2013)": a rise starts below where it ends
  // (reading WD offered 61.7% and 79.4%)
  const fromBlank = /^\s+(?:[^.;]{0,30}?\s)?to\s+(?:a |an |about |around |some |nearly |almost |just |more than |over |under )?(\S*\d\S*)/u.exec(after);
  if (fromBlank && /\bfrom\s+(?:about |around |some |nearly |almost |just )?$/i.test(before)) {
    const to = firstNumber(fromBlank[1] ?? "");
    const dir = way(before.length);
    if (to !== undefined && dir === "rise" && own < to) return value >= to;
    if (to !== undefined && dir === "fall" && own > to) return value <= to;
    return false;
  }
  // "the jobless rate rose to _____ from 4.6%", "the deficit dropped to _____ from £1.7bn" (reading W)
  // ("boosted oil prices to around _____ per barrel from around 14 dlrs": words of the unit between, reading ZZE)
  // (and "rose to _____ stg from a close last night of 11.06", reading ZZL)
  const toFrom = TO_FROM_AFTER.exec(after);
  if (toFrom && /\bto\s+(?:about |around |nearly |almost |just |more than |over |under )?$/i.test(before)) return against(way(before.length), toFrom[1]);
  // "lending fell to just over £25bn in November, from _____ a year earlier": a fall starts above where it ends (reading AM)
  // (and "to 3.5 pct from an originally forecast _____", reading ZZD)
  const toThenFrom = TO_THEN_FROM_BEFORE.exec(before);
  if (toThenFrom) {
    const to = firstNumber(toThenFrom[1] ?? "");
    const dir = way(toThenFrom.index);
    if (to !== undefined && dir === "fall" && own > to) return value <= to;
    if (to !== undefined && dir === "rise" && own < to) return value >= to;
  }
  // "forecast economic growth at slightly under two pct …, down from the _____ forecast": the figure before "down from" is
  // where the fall ended, so the blank was above it (1.35 and 1.69 pct beside 2.25 pct, reading ZZX)
  const upDownFrom = /\b(up|down)\s+from\s+(?:the |a |an |its |their )?$/i.exec(before);
  if (upDownFrom) {
    const figures = [...before.slice(Math.max(0, upDownFrom.index - 100), upDownFrom.index).matchAll(/\d[\d,]*(?:\.\d+)?(?![\d/])|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?=\s+(?:pct|%|per ?cent|percent)\b)/gi)];
    const last = figures.at(-1)?.[0];
    const ref = last === undefined ? undefined : (firstNumber(last) ?? leadingWordNumber(last));
    if (ref !== undefined) {
      if (upDownFrom[1]?.toLowerCase() === "down" && own > ref) return value <= ref;
      if (upDownFrom[1]?.toLowerCase() === "up" && own < ref) return value >= ref;
    }
  }
  // "earnings rose by _____ in the year to December, up from November's 4.2%" (reading W)
  const upFrom = /^[^.;]{0,60}?\b(up|down) from (?:[\p{L}’']+\s+){0,2}?(\S*\d\S*)/u.exec(after);
  if (upFrom) return against(upFrom[1]?.toLowerCase() === "up" ? "rise" : "fall", upFrom[2]);
  return false;
}

/**
 * Three values of the same kind and form that the article does not state (of `numericCandidates`), or fewer if none
 * are plausible: the three nearest are the most plausible; shuffle a little among the first five.
 */
export function pickNumeric(texts: readonly string[], rng: Rng, answer?: string, nextRank?: (feasible: readonly number[]) => number, forOptions = true): string[] {
  const head = rng.shuffle(texts.slice(0, 5));
  const nearest = [...new Set(head)].slice(0, 3);
  const own = answer === undefined ? undefined : firstNumber(answer);
  if (own === undefined) return nearest;
  // the answer's rank among the four options is drawn evenly (smallest … largest), so a test-wise reader learns
  // nothing from it: take that many smaller values and the rest larger, nearest first
  const rank = rng.int(4);
  const unique = [...new Set(texts)];
  // a typed blank needs only other values that fit it, not options free of cues: three options evenly apart are a cue a
  // typed answer never shows ("Nearly _____ customers" among 400,000, 500,000 and 600,000 was refused, reading YD)
  const typedOr = (picked: string[]): string[] => (picked.length === 0 && !forOptions ? nearest : picked);
  const smaller = unique.filter((t) => (firstNumber(t) ?? own) < own);
  const larger = unique.filter((t) => (firstNumber(t) ?? own) > own);
  // a year with no later year to offer (the article's newest: later ones are after its time) would be the latest option
  // every time — readings R and S saw the answer latest in 25 of 33 year questions: no options, another form instead
  // (a span of years too: "the years from _____" with 2003–12, 2004–13 and 2005–14 beside 2006 to 2015, reading BQ)
  // — a cue of options only: a typed year shows no rank, and the newest year is often the story's own (reading CL passed
  // 2.4's "In _____ MSN introduced its own blog system", 2004, which later builds no longer asked in any form; as a
  // statement the other year would be an earlier one, and "expects to break even in 2002" reads false by its tense)
  if (/^\d{4}(?:\s*(?:-|–|to)\s*\d{2,4})?$/.test(answer?.trim() ?? "") && larger.length === 0) return forOptions ? [] : nearest;
  if (nextRank) {
    // the quiz's least-used place among those the values allow (see BuildContext.nextRank)
    const feasible = [0, 1, 2, 3].filter((r) => smaller.length >= r && larger.length >= 3 - r);
    if (feasible.length > 0) {
      const r = nextRank(feasible);
      return typedOr(apartFromRun(evenRoundness(rng.shuffle([...smaller.slice(0, r), ...larger.slice(0, 3 - r)]), unique, own), smaller, larger, own));
    }
  }
  if (smaller.length < rank || larger.length < 3 - rank) return typedOr(apartFromRun(evenRoundness(nearest, unique, own), smaller, larger, own));
  return typedOr(apartFromRun(evenRoundness(rng.shuffle([...smaller.slice(0, rank), ...larger.slice(0, 3 - rank)]), unique, own), smaller, larger, own));
}

/**
 * "4%" beside "6%", "7%" and "8%", "5 May" beside "7", "8" and "9 May": three options evenly a step apart and the answer
 * further off is the odd one out to a test-wise reader (reading BY). The options are taken again from the same side,
 * spaced as far apart as the answer is from the nearest ("6%", "8%", "10%"), so the answer keeps its place among them
 * (the quiz keeps those places even); with too few values on that side, no options (another form is asked instead).
 */
function apartFromRun(picked: string[], smaller: readonly string[], larger: readonly string[], own: number): string[] {
  if (!isRunApart(picked, own)) return picked;
  const side = (firstNumber(picked[0] ?? "") ?? own) > own ? larger : smaller;
  const values = picked.map((t) => firstNumber(t) ?? own).sort((a, b) => Math.abs(a - own) - Math.abs(b - own));
  const gap = Math.abs((values[0] ?? own) - own);
  const step = Math.abs((values[1] ?? own) - (values[0] ?? own));
  const k = Math.ceil(gap / step);
  const spaced = [side[0], side[k], side[2 * k]].filter((t): t is string => t !== undefined);
  return spaced.length === 3 && !isRunApart(spaced, own) ? spaced : [];
}

function isRunApart(picked: readonly string[], own: number): boolean {
  if (picked.length !== 3) return false;
  const v = picked.map((t) => firstNumber(t) ?? Number.NaN).sort((a, b) => a - b);
  const [a, b, c] = v as [number, number, number];
  const step = b - a;
  if (!(step > 0) || Math.abs(c - b - step) > 1e-9) return false;
  return Math.min(...v.map((x) => Math.abs(x - own))) > step;
}

/** Significant digits of a number as written: 30 → 1, 24 → 2, 1,500 → 2, 0.25 → 2. */
function significantDigits(n: number): number {
  return String(n).replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length || 1;
}

/**
 * "30 May 1832" among "24 May", "26 May" and "27 May": the only round number among the options is the answer to a
 * test-wise reader. When the picked distractors all share a roundness the answer lacks, the last gives way to the
 * nearest candidate as round as the answer.
 */
function evenRoundness(picked: string[], candidates: readonly string[], own: number): string[] {
  const digits = picked.map((t) => significantDigits(firstNumber(t) ?? own));
  const mine = significantDigits(own);
  if (picked.length < 3) return picked;
  // "10 pct" among "7 pct", "8 pct" and "9 pct": one significant digit each, yet the answer the only multiple of ten — the
  // round figure a test-wise reader picks (readings ZZM–ZZX failed four such lines): multiples of five instead, as many
  // below the answer as were picked, nearest first ("5 pct", "15 pct", "20 pct")
  if (Number.isInteger(own) && own >= 10 && own % 10 === 0 && picked.every((t) => (firstNumber(t) ?? own) % 10 !== 0)) {
    const fives = candidates.filter((t) => { const v = firstNumber(t) ?? 0; return v > 0 && v !== own && v % 5 === 0; }).sort((a, b) => Math.abs((firstNumber(a) ?? 0) - own) - Math.abs((firstNumber(b) ?? 0) - own));
    const below = fives.filter((t) => (firstNumber(t) ?? 0) < own);
    const above = fives.filter((t) => (firstNumber(t) ?? 0) > own);
    const want = Math.min(below.length, picked.filter((t) => (firstNumber(t) ?? own) < own).length, 3);
    const round = [...below.slice(0, want), ...above.slice(0, 3 - want)];
    // (too few above: more from below, "5 pct" beside "15 pct" and "20 pct" rather than no round option)
    round.push(...below.slice(want, want + 3 - round.length));
    if (round.length === 3) return round;
    // (fewer than three: the last picked gives way to the nearest other multiple of ten, "8", "9" and "20 pct")
    const ten = fives.find((t) => (firstNumber(t) ?? 1) % 10 === 0);
    if (ten !== undefined) return [...picked.slice(0, -1), ten];
  }
  if (digits.includes(mine) || new Set(digits).size !== 1) return picked;
  const alike = candidates.find((t) => !picked.includes(t) && significantDigits(firstNumber(t) ?? -1) === mine);
  return alike === undefined ? picked : [...picked.slice(0, -1), alike];
}

/** The first number written in digits in a text ("1,500 troops" → 1500), for ordering options. */
export function firstNumber(text: string): number | undefined {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, "")) : undefined;
}

/** The number a text's first words spell ("two per cent" → 2, "twenty-five years" → 25), if they spell one. */
function leadingWordNumber(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/);
  for (let n = Math.min(words.length, 4); n > 0; n--) {
    const value = wordsToNumber(words.slice(0, n));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Is `name` (a word or words) present in `text` as whole words? */
export function mentions(text: string, name: string): boolean {
  const n = normalizeAnswer(name);
  return n !== "" && normalizePadded(text).includes(` ${n} `);
}

const placeNames = new Map<string, string>();
/** `normalizeAnswer` of a name from the place lists, kept across quizzes (a fixed, bounded set). */
function normalizedPlaceName(name: string): string {
  let n = placeNames.get(name);
  if (n === undefined) {
    n = normalizeAnswer(name);
    placeNames.set(name, n);
  }
  return n;
}

/** Candidate places for a place question, before the seeded pick (`pickPlaces`). */
export interface PlacePool {
  /** Cities of the same country. */
  near: string[];
  /** The rest, best first, at most 12. */
  far: string[];
}

/**
 * Places of the same class the article never mentions, cities of the same country apart (no seed: the same for every
 * selection of a quiz); undefined when the stem or the article would give the answer away.
 */
export function placePool(f: Fact, values: ArticleValues, stem: string): PlacePool | undefined {
  const info = lookupPlace(f.text);
  if (!info) return undefined;
  if (/^[A-Z.]+$/.test(f.text)) return undefined; // "US", "U.K.": no distractor has that form
  // "enter the ___": few names take "the", so the article would give the answer away
  const blank = stem.indexOf("_____");
  if (blank >= 0 && /\bthe $/i.test(stem.slice(Math.max(0, blank - 4), blank))) return undefined;
  // a demonym or another name of the same country in the stem ("Afghan … ___" for Afghanistan, "U.S." for United States)
  const stemWords = normalizeAnswer(stem).split(" ");
  const stem5 = new Set(stemWords.filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
  if (normalizeAnswer(f.text).split(" ").some((w) => w.length >= 5 && stem5.has(w.slice(0, 5)))) return undefined;
  if (info.cls === "country" && countryNames(info.country).some((n) => n !== f.text && mentions(stem, n))) return undefined;
  // "Taipei, ___": the capital names the country
  const capital = info.cls === "country" ? capitalOf(info.country) : undefined;
  if (capital && (mentions(stem, capital) || values.body.includes(` ${normalizeAnswer(capital)} `))) return undefined;
  // "the capital in ___", "Mecca's Grand Mosque … according to ___'s": the capital or a city of the country named in
  // the stem gives the place away to anyone who knows where it is
  if (/\bcapital(?: city)?(?: of| in|,)? $/i.test(stem.slice(Math.max(0, blank - 20), blank))) return undefined;
  if (info.cls === "country" && /\p{Lu}/u.test(stem)) {
    for (const m of stem.matchAll(/\p{Lu}[\p{L}.-]+(?:['’]s)?(?: \p{Lu}[\p{L}.-]+)?/gu)) {
      const words = m[0].split(" ").map((w) => w.replace(/['’]s$/, ""));
      for (const name of [words.join(" "), ...words]) {
        const other = lookupPlace(name);
        if (other && other.cls === "city" && other.country === info.country) return undefined;
      }
    }
  }
  // "helping Russia's war … helping ___" (Moscow): a capital whose country the stem names is known without the article
  if (info.cls === "city" && info.country) {
    const own = capitalOf(info.country);
    if (own !== undefined && normalizeAnswer(own) === normalizeAnswer(f.text) && countryNames(info.country).some((n) => mentions(stem, n) || mentions(stem, `${n}'s`))) return undefined;
  }
  // "Museum of Flight in ___, Washington": the state or country after the blank leaves one city that fits
  if (blank >= 0 && /^_____,\s*\p{Lu}/u.test(stem.slice(blank))) return undefined;
  // "Saratoga Springs, ___": the slot of a state or country, not of a city
  if (info.cls === "city" && /\p{Lu}[\p{L}.]*, $/u.test(stem.slice(Math.max(0, blank - 30), blank))) return undefined;
  // as `mentions(stem, c)`, with the place names normalised once for all quizzes (they are fixed lists)
  const stemNorm = normalizePadded(stem);
  const pool = placeCandidates(info).filter((c) => {
    if (c === f.text) return false;
    const n = normalizedPlaceName(c);
    // one word: a look-up in the article's words rather than a scan of its text
    const inBody = n !== "" && !n.includes(" ") ? values.bodyWords.has(n) : values.body.includes(` ${n} `);
    return !inBody && !(n !== "" && stemNorm.includes(` ${n} `)) && !/[,()]/.test(c);
  });
  const near = info.cls === "city" && info.country ? pool.filter((c) => lookupPlace(c)?.country === info.country) : [];
  const far = pool.filter((c) => !near.includes(c));
  return { near, far: far.slice(0, 12) };
}

/** Three of a `placePool`: cities of the same country first. */
export function pickPlaces(pool: PlacePool, rng: Rng): string[] {
  return [...rng.shuffle(pool.near), ...rng.shuffle(pool.far)].slice(0, 3);
}
