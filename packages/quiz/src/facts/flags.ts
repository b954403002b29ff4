import { normalizeAnswer } from "../normalize-answer";
import type { FactKind } from "../quiz-schema";
import type { SentenceInfo } from "./types";
import { BEYOND_ASCII, escapeRegExp } from "../regexp";

// Why a fact may not be asked: the flags the finders put on facts, and the sentence-level signs they come from.

/** Why a fact must not be the answer of a question. */
export type FactFlag =
  | "in-quote" // inside a quotation: someone's claim, and the blank would sit in quoted speech
  | "first-person" // a sentence in the first person without quotation marks (an unmarked quote)
  | "relative" // "on Friday", "last week": not checkable without the date of the article
  | "in-list" // one item of a list: the other items fit the blank too
  | "in-headline" // the headline gives the answer away
  | "next-to-expansion" // an acronym next to its own expansion (or the reverse)
  | "conversion" // "500 miles (800 km)": the other unit gives the answer away
  | "converted" // "$3.3bn (£1.8bn)": an amount with its conversion in brackets, asked as one (not a bar: a note to the builders)
  | "vague" // "one", "thousands": not a checkable value
  | "metadata" // a "Categories:" or "Sources" line: not part of the story
  | "short" // a quotation of fewer than six words: its speaker is known, but it is no quotation to ask about
  | "headline-word"; // a name sharing a word with the headline ("Greek Orthodox Church"): only a swap between two such names is fair

/** A line of the page around the story, not the story: "Categories: August 15, 2008 Canada Published …". */
const METADATA_RE =
  /^(?:(?:Categories|Category|Tags|Filed under|Sources?|See also|Related (?:news|articles|stories)|External links)\s*:|(?:Sources|See also|External links|Related news)\s*$)/;

// (and "we" contracted: "We've called for the state pension to be increased …", words the source left unquoted, reading
// ZH)
const FIRST_PERSON_RE = /(?:^|[^\p{L}])(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|we|We|[Ww]e(?:'|’)(?:ve|re|ll|d)|our|Our|us|My)(?![\p{L}'’])/u;
/** FIRST_PERSON_RE for a text with nothing BEYOND_ASCII (the same matches there, without a `\p{…}` class per character). */
const ASCII_FIRST_PERSON_RE = /(?:^|[^A-Za-z])(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|we|We|[Ww]e(?:'|’)(?:ve|re|ll|d)|our|Our|us|My)(?![A-Za-z'’])/;

/** Text in the first person ("I'm told two things …"): someone's own account, not the article's. */
export function inFirstPerson(text: string): boolean {
  return (BEYOND_ASCII.test(text) ? FIRST_PERSON_RE : ASCII_FIRST_PERSON_RE).test(text);
}

/**
 * A sentence with what stands inside quotation marks blanked out (`quoted` marks those characters), so what the
 * article says in its own voice can be read apart from what people say. By code point, as it always was; with nothing
 * quoted it is the text itself.
 */
export function unquotedText(text: string, quoted: Uint8Array): string {
  if (!quoted.includes(1)) return text;
  // (one code point at a time, `k` counting code points as Array.from's index did; without building an array of them)
  let out = "";
  let k = 0;
  for (const c of text) out += quoted[k++] ? " " : c;
  return out;
}

/**
 * Whether a sentence is voiced (wholly quoted, in the first person outside its quotation marks, or a citation line) and
 * whether it is a line of the page around the story. `quoted` marks the sentence's characters inside quotation marks.
 */
export function sentenceVoice(text: string, quoted: Uint8Array, quotedCount: number): { voiced: boolean; metadata: boolean } {
  const unquoted = quotedCount === 0 ? text : unquotedText(text, quoted);
  const citation = / [—–-] [^—–]{2,80}, (?:\w+ \d{1,2}, )?\d{4}\.?$/.test(text);
  const voiced = quotedCount >= text.length - 2 || inFirstPerson(unquoted) || citation;
  const metadata = METADATA_RE.test(text);
  return { voiced, metadata };
}

/** The flags every fact of a sentence gets from where it sits: in a quotation, in a voiced sentence, on a metadata line. */
export function spanFlags(info: Pick<SentenceInfo, "quoted" | "voiced" | "metadata">, s: number, e: number): FactFlag[] {
  const f: FactFlag[] = [];
  for (let k = s; k < e; k++)
    if (info.quoted[k]) {
      f.push("in-quote");
      break;
    }
  if (info.voiced) f.push("first-person");
  if (info.metadata) f.push("metadata");
  return f;
}

/** A value the headline states (as written, or the same number): `headlineNorm` is the normalised headline padded with spaces. */
export function valueHeadlineFlags(headlineNorm: string, text: string, value: number | undefined, kind: FactKind): FactFlag[] {
  const flags: FactFlag[] = [];
  const n = normalizeAnswer(text);
  if (n && headlineNorm.includes(` ${n} `)) flags.push("in-headline");
  if (value !== undefined && kind !== "date" && new RegExp(`(?:^| )${value}(?: |$)`).test(headlineNorm.trim())) flags.push("in-headline");
  return flags;
}

export interface AcronymPartners {
  /** The glossary's acronyms. */
  terms: ReadonlySet<string>;
  /** Each acronym's expansion and each expansion's acronym. */
  partner: ReadonlyMap<string, string>;
}

/** The article's acronyms and their expansions, both ways (`article.glossary`). */
export function acronymPartners(glossary: readonly { term: string; expansion: string }[]): AcronymPartners {
  const acronymPairs = glossary.map((g) => [g.term, g.expansion] as const);
  const terms = new Set(acronymPairs.map(([t]) => t));
  const partner = new Map<string, string>();
  for (const [term, exp] of acronymPairs) {
    if (!partner.has(term)) partner.set(term, exp);
    if (!partner.has(exp)) partner.set(exp, term);
  }
  return { terms, partner };
}

/**
 * A name's flags from its sentence and the headline: one of a list (`listed`, or "the cities of A, B and C"), next to
 * its own acronym or expansion, in the headline or sharing a word with it. `partnerSeen` caches, per sentence, whether
 * an acronym's partner is in it.
 */
export function nameFlags(
  text: string,
  s: { start: number; end: number; text: string },
  listed: boolean,
  acronyms: AcronymPartners,
  partnerSeen: Map<string, boolean>,
  headlineNorm: string,
): FactFlag[] {
  const flags: FactFlag[] = [];
  // lists: another name right before or after, joined by a comma or "and"/"or"
  if (listed) flags.push("in-list");
  // "the cities of A, B and C" counts as a list too
  if (/\b(?:and|or)\s$/.test(text.slice(Math.max(0, s.start - 5), s.start)) && /,\s[^,]{1,30},?\s(?:and|or)\s$/.test(text.slice(Math.max(0, s.start - 50), s.start))) flags.push("in-list");
  const around = text.slice(Math.max(0, s.start - 3), Math.min(text.length, s.end + 12));
  if (/\(\s?[A-Z]{2,}\s?\)/.test(text.slice(s.end, s.end + 12)) || /^\(/.test(text.slice(s.start - 1, s.start)) || /\)\s*$/.test(around.slice(0, 3))) flags.push("next-to-expansion");
  // an acronym next to its expansion (or the reverse): looked up by the name itself, each partner searched once
  const partner = acronyms.partner.get(s.text);
  if (partner !== undefined) {
    let seen = partnerSeen.get(partner);
    if (seen === undefined) {
      seen = acronyms.terms.has(partner) ? new RegExp(`\\b${escapeRegExp(partner)}\\b`).test(text) : text.includes(partner);
      partnerSeen.set(partner, seen);
    }
    if (seen) flags.push("next-to-expansion");
  }
  const words = normalizeAnswer(s.text).split(" ");
  if (headlineNorm.includes(` ${normalizeAnswer(s.text)} `)) flags.push("in-headline");
  else if (words.some((w) => w.length > 2 && headlineNorm.includes(` ${w} `))) flags.push("headline-word");
  return flags;
}
