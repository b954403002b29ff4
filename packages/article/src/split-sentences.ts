import type { Sentence } from "./article-schema";

/** Titles and other abbreviations that never end a sentence ("Mr. Kim", "Gen. Lee", "No. 3"). */
const NEVER_FINAL = new Set(
  [
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm",
    "cmdr", "cdr", "gov", "sen", "rep", "reps", "sens", "gens", "rev", "hon", "pres", "supt", "det", "insp", "fr",
    "st", "mt", "ft", "ave", "blvd", "vs", "cf", "approx", "dept", "messrs", "mme", "mlle",
  ],
);

/** Months: never final before a number ("Oct. 8 to 13"); elsewhere treated like weak abbreviations. */
const MONTHS = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/** Never final before a number ("No. 3", "Vol. 2", "Art. 9"); ordinary words otherwise ("He said no. Then …"). */
const BEFORE_NUMBER = new Set(["no", "nos", "vol", "art", "fig", "pp", "p", "sec", "ch", "op"]);

/**
 * Abbreviations that can end a sentence ("… works for Acme Inc. The company …") but usually do not.
 * After one of these we split only if the next word is a common sentence opener.
 */
const WEAK_FINAL = new Set(["jr", "sr", "inc", "co", "corp", "ltd", "llc", "plc", "bros", "etc", "al", "esq", "phd"]);

/** Words that typically open a sentence; used to decide after weak abbreviations and ellipses. */
const SENTENCE_OPENERS = new Set(
  [
    "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but",
    "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after", "before", "his", "her", "its",
    "their", "our", "my", "some", "many", "most", "all", "no", "one", "two", "three", "officials", "however",
    "meanwhile", "also", "still", "then", "according", "since", "for", "with", "what", "who", "why", "how",
    "where", "last", "earlier", "later",
  ],
);

const TERMINATORS = ".?!…";
const CLOSERS = "\"'”’»)]}";
const OPENERS = "\"'“‘«([{¿¡—–-";
const QUOTES = "\"”’»";

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** A letter from a script without case (Korean, Chinese, Arabic …) can open a sentence too. */
function isCaselessLetter(ch: string): boolean {
  return /\p{L}/u.test(ch) && ch.toLowerCase() === ch.toUpperCase();
}

interface NextStart {
  /** The first character of the next sentence after opening punctuation. */
  first: string;
  /** The next word in lower case, without punctuation. */
  word: string;
}

function readNextStart(text: string, from: number): NextStart | undefined {
  let i = from;
  while (i < text.length && isSpace(text[i])) i++;
  while (i < text.length && OPENERS.includes(text[i] ?? "")) i++;
  const first = text[i];
  if (first === undefined) return undefined;
  const match = /^[\p{L}\p{N}]+/u.exec(text.slice(i, i + 40));
  return { first, word: (match?.[0] ?? "").toLowerCase() };
}

/** The word that the period at `dotIndex` ends, without leading opening punctuation, e.g. "U.S" or "Oct". */
function wordBefore(text: string, dotIndex: number): string {
  let i = dotIndex;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  let word = text.slice(i, dotIndex);
  while (word.length > 0 && OPENERS.includes(word[0] ?? "")) word = word.slice(1);
  return word;
}

function isBoundary(text: string, termStart: number, termEnd: number, afterClosers: number): boolean {
  const next = readNextStart(text, afterClosers);
  if (next === undefined) return false;
  const { first, word: nextWord } = next;
  const startsUpper = isUpper(first) || isCaselessLetter(first);
  const startsDigit = /\p{N}/u.test(first);
  if (!startsUpper && !startsDigit) return false;

  const terminator = text.slice(termStart, termEnd);
  if (terminator.includes("?") || terminator.includes("!")) return true;
  const opener = SENTENCE_OPENERS.has(nextWord);
  // Ellipsis ("..." or "…"): an elision inside a quotation as often as an ending.
  if (terminator.includes("…") || terminator.length >= 2) return opener && startsUpper;
  // A single period that directly follows the word (a closing quote before it would make it a plain ending).
  const word = wordBefore(text, termStart);
  if (word === "") return true;
  const bare = word.toLowerCase();
  // (the last part of a hyphened word too: "in the Minneapolis-St. Paul area" was cut at "St.", reading WI)
  if (NEVER_FINAL.has(bare) || NEVER_FINAL.has(bare.split(/[-–]/).pop() ?? bare)) return false;
  // "Brown v. Board of Education", "Marbury v. Madison": a lower-case "v." between two names is "versus" (a sentence
  // cut there had been asked as "Board of Education (1954), Oliver Brown was …", reading VC)
  if (word === "v" && startsUpper) return false;
  if (MONTHS.has(bare)) return !startsDigit && opener;
  if (BEFORE_NUMBER.has(bare) && startsDigit) return false;
  // Initials: "J. R. R. Tolkien", "Peter J. Smith", "N. Korea".
  // "… got a grade of A. The …" still splits: the next word must be a common opener (longer than one letter).
  if (/^\p{Lu}$/u.test(word)) return opener && nextWord.length > 1;
  // Dotted abbreviations: "U.S.", "U.K.", "a.m.", "e.g." (the last period is the one being examined).
  // (not before a joining word a newswire capitalised there: "sold 88 stores in the U.S. For 644 mln dlrs", "between the
  // U.S. And Japan" — reading ZZN; "For" only before a figure)
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return opener && startsUpper && !WIRE_JOINERS.has(nextWord) && !(nextWord === "for" && /^\s*For\s+[$£€]?\d/u.test(text.slice(afterClosers)));
  // ", Inc." / ", Ltd." end a company's name, and a capital after them a sentence ("… Exhibitor Relations, Inc. Cartoon-
  // turned-live-action comedy Fat Albert debuted …")
  if (COMPANY_SUFFIX.has(bare) && startsUpper && text[termStart - word.length - 2] === ",") return true;
  if (WEAK_FINAL.has(bare)) return opener && startsUpper;
  return true;
}

const COMPANY_SUFFIX = new Set(["inc", "corp", "ltd", "llc", "plc"]);
/** Openers that join a phrase to what comes before, and that a sentence seldom opens with after an initialism. */
const WIRE_JOINERS = new Set(["and", "or"]);

/**
 * Splits one paragraph into sentences. Each sentence's `text` is trimmed and equals
 * `paragraph.slice(start, end)`; only whitespace lies between consecutive sentences.
 * A paragraph of only whitespace yields no sentences.
 */
export function splitSentences(paragraph: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number): void => {
    let s = from;
    let e = to;
    while (s < e && isSpace(paragraph[s])) s++;
    while (e > s && isSpace(paragraph[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, text: paragraph.slice(s, e), start: s, end: e });
  };

  let i = 0;
  while (i < paragraph.length) {
    if (!TERMINATORS.includes(paragraph[i] ?? "")) {
      i++;
      continue;
    }
    let termEnd = i;
    while (termEnd < paragraph.length && TERMINATORS.includes(paragraph[termEnd] ?? "")) termEnd++;
    let afterClosers = termEnd;
    while (afterClosers < paragraph.length && CLOSERS.includes(paragraph[afterClosers] ?? "")) afterClosers++;
    // "… of the hot cluster gas.\"Until now …": a closing quotation mark run into the next sentence's capital (a
    // space lost in the source) ends the sentence too
    const runOn = afterClosers > termEnd && QUOTES.includes(paragraph[afterClosers - 1] ?? "") && /\p{Lu}/u.test(paragraph[afterClosers] ?? "") && /\p{Ll}/u.test(paragraph[i - 1] ?? "");
    if (runOn || (isSpace(paragraph[afterClosers]) && isBoundary(paragraph, i, termEnd, afterClosers))) {
      push(start, afterClosers);
      start = afterClosers;
    }
    i = afterClosers;
  }
  push(start, paragraph.length);
  return sentences;
}
