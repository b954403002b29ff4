import { normalizeAnswer } from "../normalize-answer";
import type { FactKind } from "../quiz-schema";
import { MONTH_NAMES, ORDINAL_WORDS, STOP_CAPS } from "../word-lists";
import type { FactFlag } from "./flags";
import type { Fact } from "./types";

// Numbers, dates, money, percentages, durations: found by regular expressions, sentence by sentence.

const NUM_WORD_LIST =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const NUMW = `(?:(?:${NUM_WORD_LIST})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?(?: (?:hundred|thousand|million|billion))?|a (?:hundred|thousand|million))`;
const NUMD = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
// (a news wire writes "mln" and "bln": "100 mln dlrs", reading ZN)
const SCALE = "(?: (?:million|billion|trillion|mln|bln))";
const MONTH_FULL = MONTH_NAMES.join("|");
const MONTH_ABBR = "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d)";
// "In January 25 people … were jailed": after "in", a month and then a count of something is no date ("on January 25"
// is how a day is written), reading AE
const DATE = `(?:(?<!\\b[Ii]n )${MONTH} ${DAY}(?:,? ${YEAR})?(?!\\d|,\\s?\\d)|(?<=\\b[Ii]n )${MONTH} ${DAY}(?:,? ${YEAR})?(?!\\d|,\\s?\\d)(?!\\s+\\p{Ll})|${DAY} ${MONTH}(?: ${YEAR})?|${MONTH} ${YEAR})`;
const HEDGES =
  "(?:around|about|approximately|roughly|some|nearly|almost|over|more than|higher than|greater than|larger than|lower than|smaller than|at least|up to|fewer than|less than|under|below|above|an estimated|estimated|exceed|exceeded|exceeds|exceeding|surpassed|surpasses|topped|tops|approach|approaches|approaching|approached)";
const END = "(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])";
const ORDINAL_WORD_RE = ORDINAL_WORDS.join("|");
/** Nouns a count is glued to with a hyphen ("131-page", "12-storey", "3-metre"). */
const COMPOUND_NOUNS =
  "page|storey|story|floor|mile|kilometre|kilometer|km|metre|meter|foot|feet|inch|ton|tonne|member|seat|point|game|man|person|bed|room|acre|hectare|lane|round|hole|track|song|episode|part|car|vehicle";
const START = "(?<![\\p{L}\\p{N}#@/.$-])";

interface Pattern {
  kind: FactKind;
  re: RegExp;
  form?: string;
  /** A cheap test a sentence must pass before the (slower) pattern runs on it. */
  hint?: RegExp;
  /**
   * A substring every match holds besides a digit or a number word (a month, a currency sign, "%", a unit): a pattern
   * that cannot match is not run. Most of the patterns open on a look-behind of Unicode classes, which the regex engine
   * tries at every position of the sentence, so not running them is most of the finder's time (issue #10's speed bar).
   */
  needs?: RegExp;
}
const P = (kind: FactKind, src: string, form?: string, hint?: RegExp): Pattern => ({ kind, re: new RegExp(src, "gu"), form, hint });
/** `p`, run only on sentences that hold `needs` (see Pattern.needs). */
const NEEDS = (needs: RegExp, p: Pattern): Pattern => ({ ...p, needs });
/** A month as DATE writes it: every alternative of DATE holds one. */
const MONTH_NEEDED = new RegExp(MONTH);
/** What every year of YEAR (a range of years, YEAR_RE) holds. */
const YEAR_NEEDED = /(?:1[5-9]|20)\d\d/;

/**
 * What a sentence must contain (more often than the patterns match) for any unhinted pattern, YEAR_RE or CONVERSION_RE
 * to match: a digit, or a number word (NUMW) that no letter or digit runs into — every pattern opens a number word with
 * START, which rules out more before it than an ASCII letter or digit ("done", "often", "someone" hold no number word).
 */
const NUMERIC_HINT = new RegExp(`\\d|(?<![A-Za-z0-9])(?:${NUM_WORD_LIST}|a (?:hundred|thousand|million))`);
/** A unit conversion: "about 500 miles (800 km)". */
// (a scale word before either unit: "108 million kilometers (0.72 AU)", reading WM — the AU gives the kilometres to a reader
// who knows the one, and a false "136 million kilometers (1.52 AU)" is told at a glance)
// (a rate too: "2.4 kilometers per second (5400 miles per hour)", reading WQ's tuning dump)
const CONVERSION_RE = /(\d[\d,.]*)[ -]?(?:(?:thousand|million|billion|trillion) )?[\p{L}]+(?: per [\p{L}]+)? ?\( ?(?:about |roughly |some |nearly |almost |approximately |around )?(\d[\d,.]*)[ -]?(?:(?:thousand|million|billion|trillion) )?[\p{L}.]+(?: per [\p{L}]+)? ?\)/gu;
/** The same in words: "58 million kilometers, or 0.39 AU", "20,000 kilometers per second corresponds to about 45 million
 * miles per hour" (reading WP: either figure worked out from the other by a reader who knows the units). */
const WORDED_CONVERSION_RE =
  /(\d[\d,.]*)[ -]?(?:(?:thousand|million|billion|trillion) )?\p{L}+(?: per \p{L}+)?(?:,\s+or|\s+corresponds? to|\s+is equivalent to|\s+is equal to)\s+(?:about |roughly |nearly |some |approximately )?(\d[\d,.]*)[ -]?(?:(?:thousand|million|billion|trillion) )?\p{L}+/gu;

/** In priority order: an earlier pattern wins an overlap. */
const PATTERNS: Pattern[] = [
  NEEDS(MONTH_NEEDED, P("date-range", `${START}${DATE} ?(?:to|until|through|-|–) ?(?:${DATE}|${DAY}${END})`)),
  // ("1998-99" and "2003 to 2005", but not "fell from 102 in 2003 to 81": after "to" only a whole year ends a range,
  // reading CM)
  NEEDS(YEAR_NEEDED, P("date-range", `${START}${YEAR} ?(?:(?:-|–) ?(?:${YEAR}|\\d\\d)|to ?${YEAR})${END}`)),
  NEEDS(MONTH_NEEDED, P("date", `${START}${DATE}${END}`)),
  // ("4:53 a.m Thursday": the source's "a.m" with no full stop is the time's too, not left after a blank — reading YD)
  NEEDS(/\d:[0-5]\d/, P("date", `${START}(?:[01]?\\d|2[0-3]):[0-5]\\d(?: ?(?:am|pm|a\\.m\\.?|p\\.m\\.?))?(?: (?:GMT|UTC|[A-Z]{2,4}T))?${END}`, "time")),
  // "until 4 p.m. on April 13": an hour with no minutes is a time, not the count 4 (reading YD blanked "_____ p.m.")
  NEEDS(/\d ?[ap]\.?m\b/, P("date", `${START}(?:1[0-2]|0?[1-9]) ?(?:am|pm|a\\.m\\.?|p\\.m\\.?)(?: (?:GMT|UTC|[A-Z]{2,4}T))?(?![\\p{L}\\p{N}])`, "time")),
  NEEDS(/number \d/, P("number", `(?<=\\b(?:to|at|from|reached|hit) number )\\d{1,3}${END}`, "rank")),
  NEEDS(/\d(?:st|nd|rd|th) /, P("number", `(?<=\\b[Tt]he )\\d{1,3}(?:st|nd|rd|th)(?= [\\p{L}])`, "ordinal")),
  P("number", `(?<=\\b(?:[Tt]he|its|his|her|their) )(?:${ORDINAL_WORD_RE})(?= [\\p{Ll}])`, "ordinal-word", new RegExp(ORDINAL_WORD_RE)),
  // "$6.75bn", "£931m": a short scale written on (without it the fact was "$6", swapped to "$7" before ".75bn")
  NEEDS(/[$€£¥]/, P("money", `${START}(?:(?:US|NZ|A|AU|C|CA|HK|S)\\s?)?[$€£¥]\\s?${NUMD}(?:${SCALE}|(?:bn|mn|m|tn|k)(?![\\p{L}]))?${END}`)),
  NEEDS(/dollars|euros|pounds|yen|yuan|rupees|rupiah|francs|dlrs?\b|stg\b/, P("money", `${START}${NUMD}(?:${SCALE}|(?:bn|mn|m|tn|k)(?![\\p{L}]))? (?:CFA )?(?:dollars|euros|pounds|yen|yuan|rupees|rupiah|francs|dlrs?|stg)${END}`)),
  // ("25 pct": a news wire's percent, reading ZN — asked as a number, its complements and shares went unchecked)
  NEEDS(/%|percent|per cent|pct\b/, P("percent", `${START}(?:${NUMD} ?%|(?:${NUMD}|${NUMW}) (?:percent|per cent|pct)${END})`)),
  NEEDS(/years?[- ]old/, P("number", `${START}(?:${NUMD}|${NUMW})[- ]years?[- ]old${END}`, "age-compound")),
  NEEDS(/-(?:second|minute|hour|day|week|month|year)/, P("duration", `${START}(?:${NUMD}|${NUMW})-(?:second|minute|hour|day|week|month|year)${END}(?!-)`, "compound")),
  NEEDS(/-fold/, P("number", `${START}(?:${NUMD}|${NUMW})-fold${END}`, "compound")),
  // "the 131-page document", "a 12-storey building": a count glued to its noun
  P("number", `${START}\\d[\\d,]*-(?:${COMPOUND_NOUNS})${END}(?!-)`, "compound", /\d-[a-z]/),
  NEEDS(
    / (?:second|minute|hour|day|week|month|year|decade|centur)/,
    // ("10 seconds of arc", "0.5 minutes of arc": an angle, no time — reading WO)
    P("duration", `${START}(?:${NUMD}|${NUMW})${SCALE}? (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century)${END}(?! old| of arc)(?! (?:years?|periods?|spans?|terms?|cycles?|intervals?)\\b)`),
  ),
  P("number", `${START}(?:${NUMD}|${NUMW})(?: (?:hundred|thousand|million|billion|mln|bln))?${END}`),
];

const RELATIVE_RE = new RegExp(
  `${START}(?:(?:on |last |next |this |by |until )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|afternoon|evening))?|yesterday|today|tomorrow|tonight|(?:last|this|next) (?:week|weekend|month|year)|(?:a few|several) (?:days|weeks|months|years|hours) (?:ago|earlier|later))${END}`,
  "giu",
);
const RANGE_NUM = `(?:\\d+|${NUM_WORD_LIST}|${ORDINAL_WORD_RE}|first)`;
const RANGE_BEFORE_RE = new RegExp(`(?:^|\\s)${RANGE_NUM} (?:or|to) $`, "i");
const RANGE_AFTER_RE = new RegExp(`^ (?:or|to) ${RANGE_NUM}\\b`, "i");
/** Words one of which (as a substring, same case folding) every match of RELATIVE_RE contains. */
const RELATIVE_HINT = /day|tomorrow|tonight|week|month|year|ago|earlier|later/iu;
/** A month's name, which every match of MONTH_ALONE_RE contains. */
const MONTH_HINT = new RegExp(MONTH_FULL, "u");
const YEAR_RE = new RegExp(`${START}${YEAR}${END}`, "gu");
const MONTH_ALONE_RE = new RegExp(
  `(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|of|last|[Ee]arly|[Ll]ate|mid-|[Dd]uring|[Ff]rom|through|[Bb]efore|[Aa]fter) )(?:${MONTH_FULL})${END}(?! \\d)`,
  "gu",
);
const YEAR_PREV = new Set([
  "in", "since", "by", "until", "from", "of", "early", "late", "mid", "before", "after", "during", "year", "and", "through",
]);

const HEDGE_BEFORE = new RegExp(`\\b(${HEDGES}) $`, "i");
/** A bound after a figure, a unit or a span between: "$2,000 a year or less", "65 or over", "10 people or more". */
const HEDGE_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+(or (?:less|fewer|under|below|lower|more|over|above|higher|greater)|and (?:over|above|upwards))\b/iu;
// ("the number of blogs has exceeded 4.8 million": a swapped 3.6 million is exceeded too, reading CM keyed it false)
// ("U.S. unemployment rates soared higher than 20% from 1933 to 1935": a 10% is exceeded too, reading WH)
// ("a software company's net profit margin would probably exceed 10 percent", reading WT's tuning dump)
const MIN_HEDGES = new Set(["over", "more than", "higher than", "greater than", "larger than", "at least", "above", "exceed", "exceeded", "exceeds", "exceeding", "surpassed", "surpasses", "topped", "tops"]);
// ("New-product failure rates … can approach 50 percent": "approach 80 percent" is as true, reading WS)
const MAX_HEDGES = new Set(["nearly", "almost", "up to", "fewer than", "less than", "lower than", "smaller than", "under", "below", "approach", "approaches", "approaching", "approached"]);

/** Words after a number that make it something other than a count of things. */
const NOT_COUNT_NEXT = new Set(["of", "in", "to", "or", "and", "percent", "per", "times", "%", "a", "the", "by", "on", "at"]);
/** Words before a number that make it part of a name or a label. */
const LABEL_BEFORE = new Set(["number", "no.", "version", "part", "season", "episode", "chapter", "page", "route", "flight", "room", "channel", "level", "phase", "article", "section", "round", "game", "act", "volume", "issue", "grade"]);

export const ALL_MONTHS = new Set([...MONTH_NAMES, "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."]);

function numberValue(text: string): { value: number; form: string } | undefined {
  const n = normalizeAnswer(text);
  const m = /\d+(?:\.\d+)?/.exec(n);
  if (!m) return undefined;
  const form = /\d/.test(text) ? "digits" : /^\p{Lu}/u.test(text) ? "Words" : "words";
  return { value: Number(m[0]), form };
}

function monthIndex(word: string): number {
  const w = word.replace(/\.$/, "").slice(0, 3).toLowerCase();
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(w);
}

function prevWord(text: string, at: number): string {
  const m = /([\p{L}\p{N}.'’-]+)\s*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? (m[1] ?? "") : "";
}
function nextWord(text: string, at: number): string {
  const m = /^\s*([\p{L}\p{N}%'’-]+)/u.exec(text.slice(at, at + 40));
  return m ? (m[1] ?? "") : "";
}

/** Capitalised plural nouns for peoples and faiths: "100,000 Greeks" is a count, not a name. */
const PEOPLE_NOUNS = new Set(["Greeks", "Turks", "Arabs", "Jews", "Poles", "Danes", "Swedes", "Finns", "Thais", "Czechs", "Slovaks", "Britons", "Scots", "Kurds", "Muslims", "Christians", "Catholics", "Hindus", "Sikhs", "Buddhists", "Protestants", "Democrats", "Republicans"]);

/** True if a capitalised word before `at` is part of the same name ("Internet Explorer 6", "Fan Expo Canada 2016"). */
function insideName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const pw = /([\p{L}\p{N}.'’&-]+) $/u.exec(before)?.[1] ?? "";
  if (pw && /^\p{Lu}/u.test(pw) && !ALL_MONTHS.has(pw) && !STOP_CAPS.has(pw) && !/^(?:Around|About|Approximately|Nearly|Almost|Over|Some|Roughly|Estimated|Another|Only|Just|Exactly|Fully|Barely|Perhaps|Up)$/.test(pw)) {
    // "US$ 20,000" is caught as money before this; here a capitalised word right before means a name
    const sentenceStart = before.trim() === pw;
    if (!sentenceStart) return true;
    // "Barnard 68 is an example of a relatively dense cloud": a name and its number open the sentence as its subject
    // (reading WM asked "Barnard _____ is …"; so "Mariner 4 found …" — a count is followed by what it counts, and a
    // count's opening word is a hedge: "Only 12 reached …")
    if (/^\s+(?:is|was|has|had|found|made|took|became|began|saw|showed|sent|flew|undertook|overtook|went|came|led|left|met|ran|won|lost|set|spent|told|wrote|gave|got|built|brought|caught|held|kept|sold|struck|hit|drew|broke|carried|\p{Ll}+ed)\b/u.test(text.slice(end, end + 16))) return true;
  }
  if (LABEL_BEFORE.has(pw.toLowerCase())) return true;
  const after = text.slice(end, end + 40);
  if (/^[.:/][\p{L}\p{N}]/u.test(after)) return true; // "v1.2", "15:11", "flag.govt"
  const run = /^((?: \p{Lu}[\p{L}'’-]*){1,3})/u.exec(after)?.[1]?.trim().split(" ") ?? [];
  const lastCap = run[run.length - 1] ?? "";
  // "345 Muslim pilgrims", "40 Sunni militants": one capitalised word that qualifies a plural noun after it is no name
  const qualifies = run.length === 1 && /^(?: \p{Lu}[\p{L}'’-]*)\s+\p{Ll}{3,}s\b/u.test(after);
  if (lastCap && !qualifies && !ALL_MONTHS.has(run[0] ?? "") && !/(?:an|ese|ish|i|ch)s?$/.test(lastCap) && !PEOPLE_NOUNS.has(lastCap)) return true; // "501st Legion"
  return false;
}

export interface RawMatch {
  kind: FactKind;
  start: number;
  end: number;
  form?: string;
  flags: FactFlag[];
}

function overlaps(list: RawMatch[], s: number, e: number): boolean {
  return list.some((m) => s < m.end && e > m.start);
}

export function findNumericFacts(text: string): RawMatch[] {
  const out: RawMatch[] = [];
  for (const m of RELATIVE_HINT.test(text) ? text.matchAll(RELATIVE_RE) : []) {
    out.push({ kind: "date", start: m.index, end: m.index + m[0].length, flags: ["relative"] });
  }
  // every pattern but the hinted ones needs a digit or a number word: most sentences have neither
  const numeric = NUMERIC_HINT.test(text);
  for (const pat of PATTERNS) {
    if (pat.hint ? !pat.hint.test(text) : !numeric || (pat.needs !== undefined && !pat.needs.test(text))) continue;
    for (const m of text.matchAll(pat.re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (overlaps(out, s, e)) continue;
      const flags: FactFlag[] = [];
      if ((pat.kind === "number" || pat.kind === "duration" || pat.kind === "percent") && pat.form !== "compound" && pat.form !== "rank" && pat.form !== "ordinal" && pat.form !== "ordinal-word") {
        if (insideName(text, s, e)) continue;
      }
      if (pat.form === "rank" || pat.form === "ordinal" || pat.form === "ordinal-word") {
        out.push({ kind: "number", start: s, end: e, form: pat.form, flags });
        continue;
      }
      if (pat.kind === "number" && !pat.form && /^(?:1[89]\d\d|20\d\d)$/.test(m[0]) && !/^[a-z]{3,}s$/.test(nextWord(text, e))) {
        out.push({ kind: "date", start: s, end: e, form: "year", flags });
        continue;
      }
      if (pat.kind === "number" && pat.form !== "age-compound" && pat.form !== "compound") {
        const nw = nextWord(text, e).toLowerCase();
        const bareAfterVerb =
          /\d/.test(m[0]) && !/^(?:aged|age)$/.test(prevWord(text, s)) && nw === "" && /^[,.;]/.test(text.slice(e, e + 1)) &&
          /^(?:[a-z]+(?:ing|ed)|to|than|about|around|approximately|nearly|over|reached|totalled|totaled)$/.test(prevWord(text, s));
        if (bareAfterVerb) {
          out.push({ kind: "number", start: s, end: e, flags });
          continue;
        }
        // (a dash after it is no word it counts: "Warren Leblanc, 17 - who was jailed …", reading AM)
        if (nw === "" || NOT_COUNT_NEXT.has(nw) || /^\d/.test(nw) || /^[-–—]+$/.test(nw)) {
          // a bare number: keep only an age in apposition ("Daniel Montalvo, 19,") or "aged 14"
          const pw = prevWord(text, s).toLowerCase();
          const appos = /\p{Lu}[\p{L}-]+, $/u.test(text.slice(Math.max(0, s - 30), s)) && /^,/.test(text.slice(e, e + 1));
          if (!(pw === "aged" || pw === "age" || appos)) continue;
          out.push({ kind: "number", start: s, end: e, form: "age", flags });
          continue;
        }
        const word = m[0].toLowerCase();
        if (word === "one" || word === "a hundred" || word === "a thousand" || word === "a million") flags.push("vague");
      }
      out.push({ kind: pat.kind, start: s, end: e, form: pat.form, flags });
    }
  }
  for (const m of numeric && YEAR_NEEDED.test(text) ? text.matchAll(YEAR_RE) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(out, s, e)) continue;
    const pw = prevWord(text, s).toLowerCase().replace(/,$/, "");
    const nw = nextWord(text, e);
    if (!YEAR_PREV.has(pw) && !(s === 0 || /^[,.;]/.test(text.slice(e, e + 1)))) continue;
    if (/^[a-z]/.test(nw) && !/^(?:and|to|when|after|before|the|a|he|she|they|it|but|as|at|in|on|his|her)$/.test(nw)) continue;
    if (insideName(text, s, e) && pw !== "in") continue;
    out.push({ kind: "date", start: s, end: e, form: "year", flags: [] });
  }
  for (const m of MONTH_HINT.test(text) ? text.matchAll(MONTH_ALONE_RE) : []) {
    const s = m.index;
    const e = s + m[0].length;
    if (overlaps(out, s, e)) continue;
    out.push({ kind: "date", start: s, end: e, form: "month", flags: [] });
  }
  // unit conversions: "about 500 miles (800 km)", "58 million kilometers, or 0.39 AU"
  const conversions = numeric ? [...(text.includes("(") ? text.matchAll(CONVERSION_RE) : []), ...(/\b(?:or|correspond|equivalent|equal)/.test(text) ? text.matchAll(WORDED_CONVERSION_RE) : [])] : [];
  for (const m of conversions) {
    const s = m.index;
    const e = s + m[0].length;
    for (const r of out) if (r.start >= s && r.end <= e && !r.flags.includes("conversion")) r.flags.push("conversion");
  }
  // "at 11:30 am (1830 UTC)", "at 4:53 a.m Thursday morning (2053 Wednesday night, UTC)": a local time beside the same
  // time in UTC or GMT in brackets — either gives the other by the time zone (reading YD: seven lines failed so)
  if (numeric && /\((?=[^()]*\b(?:UTC|GMT)\b)[^()]*\d{1,2}:?\d\d\b[^()]*\)/.test(text)) {
    for (const r of out) if (r.form === "time" && !r.flags.includes("conversion")) r.flags.push("conversion");
  }
  // currency conversions: "a $1.8bn (£931m) deal", "40m rupees ($915,000; £486,000)" — each amount gives the other away,
  // so the amount and its conversions are one value, asked together: the blank covers both, and every option carries
  // conversions at the article's own rate (rewriteNumber), so none is told from the rest by them
  for (const r of [...out]) {
    if (r.kind !== "money" || !out.includes(r)) continue;
    const paren = /^\s?\(([^()]{1,80})\)/.exec(text.slice(r.end));
    if (!paren) continue;
    // "costs users $1 (53p) for an hour": a conversion into pence or cents, which is read as no amount of its own — the
    // amount is still given away by it, typed or swapped ("$3 (53p)", reading CL)
    if (/^\s*\d+(?:\.\d+)?\s?(?:p|pence|c|cents?)\s*$/i.test(paren[1] ?? "")) {
      r.flags.push("conversion");
      continue;
    }
    const inner = out.filter((o) => o !== r && o.kind === "money" && o.start > r.end && o.end < r.end + paren[0].length);
    if (inner.length === 0) continue;
    const rest = inner.reduce((t, o) => t.replace(text.slice(o.start, o.end), ""), paren[1] ?? "");
    if (/^[\s;,]*$/.test(rest)) {
      r.end += paren[0].length;
      r.flags.push("converted");
      for (const o of inner) out.splice(out.indexOf(o), 1);
    } else {
      r.flags.push("conversion");
      for (const o of inner) o.flags.push("conversion");
    }
  }
  // "6.5bn euros ($8.1bn; £4.5bn)": amounts in brackets after another amount, in a currency the engine does not read as
  // money, convert it too (reading V: a swapped "$5.2bn" beside "6.5bn euros" and "£4.5bn" was false at a glance)
  for (const r of out) {
    if (r.kind !== "money" || r.flags.includes("conversion")) continue;
    const open = text.lastIndexOf("(", r.start);
    // ("260.75bn roubles ($9.37bn: £4.8bn)": a colon between them too, reading AX)
    if (open < 0 || text.slice(open, r.start).includes(")") || !/^[\s$£€¥\d.,;:bnmk]*$/i.test(text.slice(open + 1, r.start))) continue;
    // (a currency of up to three words: "7.4bn Australian dollar ($5.8bn; £3bn)", reading AJ)
    if (/\d(?:[\d.,]*)\s*(?:bn|m|billion|million|trillion)?\s*(?:\p{L}+\s*){0,3}$/u.test(text.slice(Math.max(0, open - 40), open))) r.flags.push("conversion");
  }
  // "one or two points", "two to three days": a number next to another one is a range, not a value
  for (const r of out) {
    if (RANGE_BEFORE_RE.test(text.slice(Math.max(0, r.start - 14), r.start)) || RANGE_AFTER_RE.test(text.slice(r.end, r.end + 16))) r.flags.push("in-list");
  }
  // lists of same-kind values: "in 1997 and 1998", "two, three or four"
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as RawMatch;
    const b = out[i + 1] as RawMatch;
    if (a.kind === b.kind && /^\s*(?:,|and|or|, and|, or)\s*$/.test(text.slice(a.end, b.start))) {
      a.flags.push("in-list");
      b.flags.push("in-list");
    }
  }
  return out;
}

export function describeNumeric(text: string, r: RawMatch): Partial<Fact> {
  const t = text.slice(r.start, r.end);
  const out: Partial<Fact> = { form: r.form };
  const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, r.start - 20), r.start))?.[1]?.toLowerCase();
  if (hedge) out.hedge = MIN_HEDGES.has(hedge) ? "min" : MAX_HEDGES.has(hedge) ? "max" : "about";
  // "live on $2,000 a year or less", "aged 65 or over": a bound written after the figure (reading CP keyed "$5,000 a year
  // or less" false, which is true of $2,000 too)
  else {
    const after = HEDGE_AFTER.exec(text.slice(r.end, r.end + 30))?.[1]?.toLowerCase();
    if (after) out.hedge = /less|fewer|under|below|lower/.test(after) ? "max" : "min";
  }
  if (r.kind === "date" || r.kind === "date-range") {
    if (r.form === "time") out.value = Number(/^\d+/.exec(t)?.[0] ?? 0);
    else if (r.form === "year") out.value = Number(t);
    else if (r.form === "month") out.value = monthIndex(t);
    else {
      const mm = new RegExp(`^(${MONTH}) (\\d+)`, "u").exec(t);
      const dm = new RegExp(`^(\\d+)(?:st|nd|rd|th)? (${MONTH})`, "u").exec(t);
      const my = new RegExp(`^(${MONTH}) (\\d{4})`, "u").exec(t);
      if (my) {
        out.form = "my";
        out.value = Number(my[2]) * 12 + monthIndex(my[1] ?? "");
      } else if (mm) {
        out.form = "md";
        out.value = monthIndex(mm[1] ?? "") * 31 + Number(mm[2]);
      } else if (dm) {
        out.form = "dm";
        out.value = monthIndex(dm[2] ?? "") * 31 + Number(dm[1]);
      } else if (/^\d{4}/.test(t)) {
        out.form = "years";
        out.value = Number(t.slice(0, 4));
      }
    }
    return out;
  }
  if (r.form === "ordinal-word") {
    out.value = ORDINAL_WORDS.indexOf(t.toLowerCase()) + 2;
    return out;
  }
  const nv = numberValue(t.replace(/-?years?-old$|[- ]years? old$/, ""));
  if (nv) {
    out.value = nv.value;
    out.form = r.form === "ordinal" || r.form === "rank" ? r.form : r.form === "age-compound" || r.form === "age" || r.form === "compound" ? `${r.form}-${nv.form}` : nv.form;
  }
  if (r.kind === "number" && !r.form) {
    const after = text.slice(r.end, r.end + 60);
    const unit = /^ (?:[\p{L}-]+ ){0,2}?([a-z][a-z-]*s)\b/u.exec(after)?.[1] ?? /^ ([a-z][a-z-]*)/.exec(after)?.[1];
    if (unit) out.unit = unit;
  }
  if (r.kind === "duration") out.unit = /([a-z]+)$/.exec(t)?.[1]?.replace(/s$/, "");
  if (r.kind === "money") out.unit = /^[^\d]*/.exec(t)?.[0] ?? "";
  return out;
}
