import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import { tagText } from "../facts/nlp";
import { isPlural, nounClass } from "../noun-classes";
import { mentions } from "../distractors";
import type { BuildContext } from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import type { FullQuestion } from "../quiz-schema";
import { hashString, shuffleOptions } from "../rng";
import { contentWords } from "../sentence-centrality";

/**
 * Cause questions ("why"): a sentence that gives an explicit reason — "X because Y", "Because Y, X", "X due to / because
 * of / thanks to / as a result of / owing to NP", "X was caused by / blamed on NP", "NP led to / caused X" — asked as
 * "According to the article, X because _____." (or "According to the article, what led to X?") with the reason and
 * other things the article reports as options, or as a true/false statement of X with the real reason or another one.
 * Only explicit connectives: "after" and "since" are left alone (mostly time, not cause).
 */

const BLANK = "_____";

/** How a cause is written: a clause ("because the bank raised rates") or a noun phrase ("due to poor ratings"). */
export type CauseShape = "clause" | "phrase";

export interface CauseLink {
  paragraph: number;
  sentence: number;
  /** The prompt before the blank, as the reader sees it ("According to the article, the rupee rose because"). */
  lead: string;
  /** What the prompt says after the blank ("." or "?"): for "what led to X?" the blank is the options' own question. */
  form: "blank" | "what";
  /** For `form: "what"`, the whole question ("According to the article, what led to the collapse of the firm?"). */
  question?: string;
  /**
   * The effect as a statement that takes the cause after it, for true/false: in other words where it can be ("the reason
   * the rupee rose is that"), else as written ("the rupee rose because").
   */
  statement: string;
  /** The cause as written, and where it is in the sentence (UTF-16 offsets). */
  cause: string;
  start: number;
  end: number;
  shape: CauseShape;
  /** The cause as an option shows it (a sentence's first word in lower case unless it is a name). */
  shown: string;
  /** The effect's own words (the sentence without the cause): what a distractor must not give another reason for. */
  effect: string;
}

/** Words that make a cause or a distractor lean on something the option does not name. */
const PRONOUN = /\b(?:he|she|they|it|his|her|hers|their|theirs|its|them|him|this|these|those|we|us|our|ours|i|me|my|mine|you|your|yours|one another|each other)\b/i;

/** A verb of saying: a clause with one is someone's claim, not an event the article reports. */
const SAYING = /\b(?:said|says|say|told|tells|added|adds|according to|claimed|claims|argued|argues|insisted|insists|believes?|thinks?|thought|warned|warns|denied|denies|suggested|suggests)\b/i;

/** Words that give a reason or a result: a sentence with one may itself be a reason for the effect asked about. */
const CAUSAL = /\b(?:because|due to|thanks to|as a result|result(?:ed|s)? in|owing to|led to|leads? to|leading to|caused?|causing|blamed?|so that|therefore|hence|thus|why|reasons?|after|since|following|prompt(?:ed|ing|s)?|spark(?:ed|ing|s)?|triggered|fuelled|fueled|driven by|helped|boosted|hit by)\b/i;

/** Before a connective: a hedge or a negation that makes the reason partial or denied ("partly because", "not because"). */
const HEDGED_BEFORE = /\b(?:not|n['’]t|partly|partially|in part|perhaps|possibly|probably|maybe|may|might|could|may be|might be|only partly|just|simply|apparently|allegedly|reportedly|reason)\s*,?\s*$/i;

/** Words that only point or hedge at the start of a noun phrase and keep it lower-case when it opens a sentence. */
const LOWER_FIRST = new Set(
  "the a an some many most all several both each every no much more less fewer few other another any such".split(" "),
);

/** The connectives after an effect, longest first; `shape` says what the cause must be. */
const AFTER_EFFECT: { re: RegExp; shape: CauseShape }[] = [
  { re: /\b(?:mainly |largely |mostly |chiefly |partly |in part )?because of\b/gi, shape: "phrase" },
  { re: /\b(?:mainly |largely |mostly |chiefly )?(?:due to|thanks to|owing to|as a result of|as a consequence of)\b/gi, shape: "phrase" },
  { re: /\b(?:mainly |largely |mostly |chiefly )?because\b(?! of)/gi, shape: "clause" },
  { re: /\b(?:was|were|is|are|has been|have been|had been)\s+(?:caused by|blamed on|attributed to)\b/gi, shape: "phrase" },
];

/** "NP led to / caused X": the cause is the sentence's subject. */
const LED_TO = /^(.{3,120}?)\s+((?:has |have |had )?(?:led to|caused|triggered|sparked|prompted|resulted in))\s+(.+?)[.!]?$/;

/** A wire dateline or a headline-like run of capitals before the sentence ("LONDON -"). */
const DATELINE = /^\p{Lu}{2,}[\p{Lu} ,.'’]*\s*(?:\(|-|–|—)/u;

const MAX_WORDS = 45;
/** Causal links read from one article at most (in text order). */
const MAX_LINKS = 24;
/** Sentences tagged for options at most (a long text has options enough in its first part). */
const MAX_CHUNK_SENTENCES = 400;
const MAX_CAUSE_WORDS = 15;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Common words that news capitalises as names: parties, houses, the Crown. */
const NAME_LIKE = new Set(
  "Labour Conservative Conservatives Tory Tories Liberal Liberals Democrat Democrats Republican Republicans Green Greens Socialist Socialists Communist Communists Congress Parliament Senate Commons Lords Cabinet Crown Treasury Church Union Opposition Government State Federal Supreme".split(" "),
);

/** The words of the names the analysis found (people, places, organisations) and the headline's capitalised words. */
function nameWords(analysis: ArticleAnalysis): Set<string> {
  const out = new Set<string>();
  for (const f of analysis.facts) if (f.kind === "person" || f.kind === "place" || f.kind === "organisation") for (const w of f.text.split(/\s+/)) out.add(w);
  for (const w of analysis.headline.split(/\s+/).slice(1)) if (/^\p{Lu}\p{Ll}/u.test(w)) out.add(w.replace(/[^\p{L}'’-]/gu, ""));
  return out;
}

/** The first word in lower case when it is no name: "The Argentine government" → "the Argentine government". */
function lowerFirst(text: string, body: string, names?: ReadonlySet<string>): string {
  const first = /^(\p{Lu}[\p{Ll}'’-]*)/u.exec(text)?.[1];
  if (!first) return text;
  const low = first.toLowerCase();
  if (LOWER_FIRST.has(low)) return low + text.slice(first.length);
  // a name is written with its capital inside sentences too ("… in Riverton"), or is part of a name the analysis found
  // ("Labour"); a common word is not, or is known to WordNet
  const named = new RegExp(`\\p{Ll}[,;]?\\s+${first}\\b`, "u").test(body) || (names?.has(first) ?? false);
  // "Robert Peston's new book": a capital run is a name
  if (named || first.length < 2 || /^\s+\p{Lu}/u.test(text.slice(first.length))) return text;
  // written in lower case elsewhere in the article, or a common word by WordNet ("Traffic on the river road") that is not
  // also a party's or a house's name ("Labour election campaign coordinator")
  if (new RegExp(`[\\s(“"]${low}\\b`).test(body)) return low + text.slice(first.length);
  return !NAME_LIKE.has(first) && nounClass(low) !== undefined ? low + text.slice(first.length) : text;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Trailing punctuation and spaces an effect or a cause carries from its sentence. */
function trimEnd(text: string): string {
  return text.replace(/[\s,;:–—-]+$/u, "").replace(/[.!]+[”"’']?$/u, "").trim();
}

/** True when any character of `text[start, end)` is inside quotation marks. */
function quotedIn(s: SentenceInfo, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (s.quoted[k]) return true;
  return false;
}

/**
 * A cause as an option can show it: at most 15 words, no quotation, no pronoun or first-person word whose referent it
 * does not carry, no second reason or clause run on after it. Undefined when it cannot be trimmed so.
 */
function trimCause(raw: string, effect = ""): string | undefined {
  let c = trimEnd(raw);
  if (words(c).length > MAX_CAUSE_WORDS) {
    // "… because of poor soil, which …": the cause ends where a new clause starts
    const cut = /,\s|\s(?:which|who|where|while|although|though|but)\s|;|\s[–—-]\s/.exec(c);
    if (cut) c = trimEnd(c.slice(0, cut.index));
  }
  if (words(c).length < 2 || words(c).length > MAX_CAUSE_WORDS) return undefined;
  if (/[“”"‘’()[\]]|['’](?!s\b|t\b)/.test(c.replace(/\b\p{L}+['’](?:s|t|re|ve|ll|d)\b/gu, ""))) return undefined;
  if (PRONOUN.test(ownReferent(c, effect))) return undefined;
  return c;
}

/**
 * A cause with a possessive whose owner the effect before it names ("the Tories were in turmoil because Mr Flight had
 * exposed their hidden plans": the Tories; "Alan Milburn quit because of his health": Milburn) read without that
 * possessive, so only pronouns left without a referent count. The effect is shown in the same prompt.
 */
function ownReferent(cause: string, effect: string): string {
  const unquoted = effect.replace(/[“"][^”"]*[”"]/g, " ");
  // a group: a capitalised plural ("the Tories") or a plural noun after "the" ("the players")
  const group = /\bthe\s+(?:\p{Lu}\p{Ll}+s|\p{Ll}{3,}s)\b/u.test(unquoted);
  // one person: a full name or "Mr X", and no second one
  const people = unquoted.match(/\b(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/gu) ?? [];
  let out = cause;
  if (group) out = out.replace(/\btheir\b/gi, " ");
  if (people.length === 1 && !group) out = out.replace(/\b(?:his|her)\b/gi, " ");
  return out;
}

/** "the government is also under pressure" → "the government is under pressure": "also" points at a sentence before. */
function withoutAlso(effect: string): string {
  return effect.replace(/\s(?:also|too)\b(?=\s)/, "");
}

/**
 * A true/false statement that says the sentence in other words, so a reader checks its meaning rather than recognises
 * its wording: "According to the article, the reason X is that" (before the reason, true or stand-in). Only for a
 * clause after a plain "because" and an effect nobody is reported to say (the reason for "A said B" would be A's).
 */
function reasonStatement(effect: string, conn: string, shape: CauseShape): string | undefined {
  const m = /^(?:(mainly|largely|mostly|chiefly) )?because$/.exec(conn);
  if (shape !== "clause" || !m || SAYING.test(effect)) return undefined;
  return `According to the article, the ${m[1] ? "main " : ""}reason ${effect.replace(/,$/, "")} is that`;
}

export interface CauseTests {
  /** The engine's test that a sentence can be shown alone (make-quiz `standsAlone`). */
  standsAlone: (text: string) => boolean;
  /** The engine's test that a sentence points back at what the sentences just before named (`leansOnEarlier`). */
  leansOnEarlier: (text: string, s: SentenceInfo) => boolean;
}

/** The links of each fact made by `findCauses`, and the article each belongs to (for distractors). */
const LINKS = new WeakMap<
  Fact,
  { link: CauseLink; all: readonly CauseLink[]; analysis: ArticleAnalysis; tests: CauseTests; pools: Map<string, string[]> }
>();

/** The causal links of one sentence (at most one: a sentence with two reasons is left alone). */
/** Every connective the patterns below look for: a sentence with none of them has no link (and costs no more). */
const ANY_CONNECTIVE = /\b(?:because|due to|thanks to|owing to|as a (?:result|consequence) of|caused by|blamed on|attributed to|led to|caused|triggered|sparked|prompted|resulted in)\b/i;

function linksOf(s: SentenceInfo, body: string, names: ReadonlySet<string>, tests: CauseTests): CauseLink[] {
  const text = s.text;
  if (!ANY_CONNECTIVE.test(text)) return [];
  if (s.voiced || s.metadata || words(text).length > MAX_WORDS || /\?[”"’')]*$/.test(text.trim())) return [];
  if (DATELINE.test(text)) return [];
  const unquoted = text.replace(/[“"][^”"]*[”"]/g, (m) => " ".repeat(m.length));
  // first-person words outside a quotation: the speaker's view, not a reported fact
  if (/\b(?:I|we|We|my|My|our|Our|us)\b/.test(unquoted)) return [];
  const found: CauseLink[] = [];
  const base = { paragraph: s.paragraph, sentence: s.sentence };

  // "Because Y, X" / "Because of NP, X" / "Due to NP, X"
  const first = /^(Because of|Because|Due to|Thanks to|Owing to|As a result of)\s+([^,]{3,140}),\s+(.+)$/.exec(text);
  if (first) {
    const conn = (first[1] ?? "").toLowerCase();
    const shape: CauseShape = conn === "because" ? "clause" : "phrase";
    const causeRaw = first[2] ?? "";
    const start = (first[1] ?? "").length + 1;
    const effectRaw = trimEnd(first[3] ?? "");
    const cause = trimCause(causeRaw, effectRaw);
    const effect = upperFirst(effectRaw);
    if (cause && cause === trimEnd(causeRaw) && !quotedIn(s, 0, start + causeRaw.length) && tests.standsAlone(`${effect}.`) && !tests.leansOnEarlier(effect, s) && !SAYING.test(effectRaw.slice(0, 40))) {
      const shownEffect = withoutAlso(lowerFirst(effect, body, names));
      const lead = `According to the article, ${shownEffect} ${conn}`;
      found.push({ ...base, lead, form: "blank", statement: reasonStatement(shownEffect, conn, shape) ?? lead, cause, shown: cause, start, end: start + cause.length, shape, effect: effectRaw });
    }
    return found;
  }

  // "However, the economy contracted …": the discourse word before the effect is left out of the prompt
  const opener = /^(?:However|But|And|Meanwhile|Still|Yet|Now),\s+(?=\p{Lu}|the\b|a\b)/u.exec(text)?.[0] ?? "";
  const own = opener ? upperFirst(text.slice(opener.length)) : text;
  if (!tests.standsAlone(own) || tests.leansOnEarlier(own, s)) return [];

  // "X because Y", "X due to NP", "X was caused by NP"
  for (const { re, shape } of AFTER_EFFECT) {
    re.lastIndex = 0;
    const hits = [...unquoted.matchAll(re)];
    if (hits.length === 0) continue;
    // two reasons in one sentence ("… because …, and because …"): which one a prompt means is unclear
    if (hits.length > 1) return [];
    const m = hits[0] as RegExpMatchArray;
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    if (HEDGED_BEFORE.test(before) || words(before).length < 4) return [];
    const causeStart = at + m[0].length + 1;
    const causeRaw = text.slice(causeStart);
    // "due to" + a verb is a timetable, not a reason ("is due to host a new programme", "due to speak by video link")
    if (/due to/i.test(m[0]) && /^(?:be|have|\p{Ll}+(?<!ing)\s+(?:the|a|an|his|her|their|its|on|in|at|for|with|to|by)\b)/u.test(causeRaw) && !/^(?:the|a|an|poor|bad|high|low|heavy|strong|weak|rising|falling|lack|concerns?|fears?|problems?|injury|illness)\b/i.test(causeRaw)) return [];
    if (/^(?:to|the fact that|how|what|whether|if)\b/i.test(causeRaw)) return [];
    // "is due to take place at 1330 GMT" (reading S): a verb after "due to" is a timetable whatever follows it
    if (/due to/i.test(m[0]) && /^(?:take|meet|begin|start|end|finish|launch|resume|sign|appear|face|play|report|vote|decide|release|publish|announce|arrive|leave|return|visit|hold|host|open|close|come|go|give|hear|make|be|have|get|run|stand|retire|join|travel|fly|move|complete|expire|resign)\b/i.test(causeRaw)) return [];
    // "Arnesen has denied that Santini resigned because of a clash …": a reason someone denies is no reason the article gives
    if (/\b(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)|rul(?:ed|es|ing) out)\b/i.test(before)) return [];
    const cause = trimCause(causeRaw, before);
    if (!cause || quotedIn(s, at, causeStart + cause.length)) return [];
    // what the sentence says after a trimmed cause must not carry its own claim or speaker ("…, the minister said")
    const rest = causeRaw.slice(cause.length);
    if (SAYING.test(rest) || /\b(?:because|due to)\b/i.test(rest)) return [];
    const effectRaw = trimEnd(before.slice(opener.length));
    // "The 52-year-old … said he was reviewing his donations": a pronoun in the effect needs its name before it
    const pronoun = PRONOUN.exec(effectRaw.replace(/[“"][^”"]*[”"]/g, " "));
    if (pronoun && !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+|\b(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}/u.test(effectRaw.slice(0, pronoun.index))) return [];
    // a connective inside a clause that hangs off a noun ("the firm, which collapsed because …") makes the effect that
    // clause, not the sentence: left alone
    if (/,\s*(?:which|who|whose|where)\b[^,]*$/.test(effectRaw)) return [];
    const conn = m[0].toLowerCase();
    const comma = /,\s*$/.test(before) ? "," : "";
    const shownEffect = withoutAlso(lowerFirst(effectRaw, body, names));
    const lead = `According to the article, ${shownEffect}${comma} ${conn}`;
    found.push({ ...base, lead, form: "blank", statement: reasonStatement(shownEffect, conn, shape) ?? lead, cause, shown: cause, start: causeStart, end: causeStart + cause.length, shape, effect: effectRaw });
    return found;
  }

  // "A storm caused a crane to collapse", "Her warnings led to the collapse of the firm"
  const led = LED_TO.exec(text);
  if (led) {
    // "The Emancipation Proclamation, however, led to …", "A sudden rain storm on Sunday night (March 4) caused …": the
    // subject without the aside
    const subject = (led[1] ?? "").replace(/,\s*however,?$|\s*\([^()]*\)$/i, "");
    const cause = trimCause(subject);
    // the effect up to a clause run on after it (", killing 107 …", "prompting lines …")
    const effect = trimEnd((led[3] ?? "").split(/,\s|\s(?:prompting|leading|sparking|killing|forcing|causing|which|who|with|according to)\s/)[0] ?? "");
    // "The Emancipation Proclamation led to …": a named deed or document (its head word a name) and what it brought about
    // is history a reader may know without the article; "a sudden rain storm", "Robert Peston's new book" are the article's
    const named = /^\p{Lu}/u.test(subject.trim().split(/\s+/).pop() ?? "");
    if (cause && !named && cause === subject && !CAUSAL.test(effect) && text.startsWith(subject) && !/,/.test(subject) && !/\b(?:yesterday|today|tomorrow|tonight|last night)\b/i.test(subject) && words(effect).length >= 2 && words(effect).length <= MAX_CAUSE_WORDS && !PRONOUN.test(effect) && !quotedIn(s, 0, text.length)) {
      const verb = led[2] ?? "";
      const question = `According to the article, what ${verb} ${effect}?`;
      found.push({ ...base, lead: question, form: "what", question, statement: `According to the article, ${verb} ${effect}`, cause, shown: lowerFirst(cause, body, names), start: 0, end: cause.length, shape: "phrase", effect });
    }
  }
  return found;
}

/**
 * The cause questions' facts of an article (kind "cause"): one a sentence, its text the cause as written, its span the
 * cause's place in the sentence. `tests` are the engine's own prompt tests, passed in so this module stays a leaf.
 */
export function findCauses(analysis: ArticleAnalysis, tests: CauseTests): Fact[] {
  const body = analysis.sentences.map((s) => s.text).join(" ");
  const names = nameWords(analysis);
  const links: CauseLink[] = [];
  for (const s of analysis.sentences) {
    // a quiz asks two at most: the first few dozen are plenty, and the work per link (its options) stays bounded
    if (links.length >= MAX_LINKS) break;
    links.push(...linksOf(s, body, names, tests));
  }
  return links.map((link) => {
    const fact: Fact = {
      id: `${link.paragraph}.${link.sentence}.${link.start}`,
      kind: "cause",
      text: link.cause,
      paragraph: link.paragraph,
      sentence: link.sentence,
      start: link.start,
      end: link.end,
      flags: [],
    };
    LINKS.set(fact, { link, all: links, analysis, tests, pools: new Map() });
    return fact;
  });
}

/** WordNet classes of nouns that name something that can be a reason: an event, an act, a state, a quality. */
const REASON_CLASSES = new Set(["act", "event", "process", "phenomenon", "state", "attribute", "feeling", "motive"]);

interface Tagged {
  text: string;
  pos: string;
  start: number;
  end: number;
}

/** wink-nlp's tokens of a sentence, with their offsets. */
function tag(text: string): Tagged[] {
  const { values, spaces, pos } = tagText(text);
  const out: Tagged[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? "").length;
    const v = values[i] ?? "";
    out.push({ text: v, pos: pos[i] ?? "", start: at, end: at + v.length });
    at += v.length;
  }
  return out;
}

/** Adjectives of change or degree that make any noun phrase a possible reason ("high oil prices", "a weaker dollar"). */
const CHANGE = /^(?:rising|falling|high|higher|low|lower|strong|stronger|weak|weaker|poor|growing|increased|reduced|slowing|slower|faster|record|heavy|sharp|steep|continued|lack)$/i;

/** Nouns too vague to name a reason ("the first time", "a greater degree", "great hope"). */
const VAGUE_HEADS = new Set(
  "time times degree degrees way ways part parts end beginning start kind sort lot number level levels hope fact case point thing things matter moment years year day days week weeks month months first last future founder".split(" "),
);

interface Chunks {
  /** Noun phrases that can name a reason, with the sentence they are in. */
  phrases: { text: string; key: string }[];
  /** Clauses the article states (whole short sentences, or the main clause before a comma). */
  clauses: { text: string; key: string }[];
}

const CHUNKS = new WeakMap<ArticleAnalysis, Chunks>();

/** The noun phrases and clauses of an article that may stand as other reasons (tagged once per article). */
function chunksOf(analysis: ArticleAnalysis, tests: CauseTests): Chunks {
  const hit = CHUNKS.get(analysis);
  if (hit) return hit;
  const out: Chunks = { phrases: [], clauses: [] };
  for (const s of analysis.sentences.slice(0, MAX_CHUNK_SENTENCES)) {
    if (s.voiced || s.metadata || s.text.length > 400) continue;
    const key = `${s.paragraph}.${s.sentence}`;
    const toks = tag(s.text);
    // noun phrases: ("the"|"a"|"an")? (ADJ|NOUN|PROPN)* NOUN ("of" ("the")? (ADJ|NOUN|PROPN)* NOUN)?
    for (let i = 0; i < toks.length; i++) {
      const t0 = toks[i] as Tagged;
      if (i > 0 && /^(?:ADJ|NOUN|PROPN|DET)$/.test(toks[i - 1]?.pos ?? "")) continue;
      let j = i;
      if (t0.pos === "DET" && /^(?:the|a|an)$/i.test(t0.text)) j++;
      const from = j;
      while (j < toks.length && /^(?:ADJ|NOUN|PROPN)$/.test(toks[j]?.pos ?? "")) j++;
      let last = j - 1;
      if (last < from || toks[last]?.pos !== "NOUN") continue;
      const head = toks[last] as Tagged;
      let end = head.end;
      if (toks[j]?.text === "of") {
        let k = j + 1;
        if (/^(?:the|a|an)$/i.test(toks[k]?.text ?? "")) k++;
        const from2 = k;
        while (k < toks.length && /^(?:ADJ|NOUN|PROPN)$/.test(toks[k]?.pos ?? "")) k++;
        if (k - 1 >= from2 && toks[k - 1]?.pos === "NOUN") {
          end = (toks[k - 1] as Tagged).end;
          last = k - 1;
        }
      }
      // "5 km circumference": a phrase cut from its number
      if (toks[i - 1]?.pos === "NUM" || /^(?:km|m|cm|kg|mph|ft|mi)$/i.test(toks[from]?.text ?? "")) {
        i = last;
        continue;
      }
      // "Mr Brown's prime ministerial ambitions": without its owner the phrase says something else
      if (/['’]s?\s$/.test(s.text.slice(0, t0.start))) {
        i = last;
        continue;
      }
      const text = s.text.slice(t0.start, end);
      if (words(text.replace(/^(?:the|a|an)\s+/i, "")).length < 2 || quotedIn(s, t0.start, end)) continue;
      if (VAGUE_HEADS.has(head.text.toLowerCase()) || toks.slice(i, last + 1).some((x) => VAGUE_HEADS.has(x.text.toLowerCase()))) {
        i = last;
        continue;
      }
      const cls = nounClass(head.text);
      const changing = toks.slice(i, last + 1).some((t) => t.pos === "ADJ" && CHANGE.test(t.text)) || /^lack$/i.test(toks[from]?.text ?? "");
      // a sentence that gives a reason itself ("The accident was caused by strong winds and heavy rain") may give it for
      // the very effect asked about: none of its phrases is offered as a wrong reason
      if (((cls && REASON_CLASSES.has(cls.lex)) || changing) && !CAUSAL.test(s.text)) out.phrases.push({ text, key });
      i = last;
    }
    // clauses: the sentence, or what comes before its first comma, dash or semicolon, when that is a whole clause
    // (a discourse word or a short phrase of time or place before the subject is left out: "At a news conference, …",
    // "On Tuesday, …")
    let t = s.text.trim().replace(/^(?:However|But|And|Meanwhile|Also|Still|Yet|Now),?\s+/, "");
    const opening = /^(?:In|On|At|During|Last|This|Earlier|Later|Since|By|For)\b[^,]{0,40},\s+(?=\p{Lu})/u.exec(t);
    if (opening && words(opening[0]).length <= 6) t = t.slice(opening[0].length);
    const cut = /,\s|;\s|\s[–—-]\s|\s(?:but|while|although|though|as|after|before|when|with)\s/.exec(t);
    const clause = trimEnd(cut ? t.slice(0, cut.index) : t);
    const n = words(clause).length;
    if (/[“”"?!:()]/.test(clause) || n < 4 || n > MAX_CAUSE_WORDS || !/^\p{Lu}/u.test(clause)) continue;
    // "The firm agreed …": a clause that points back at what the sentences before named is no option a reader can weigh
    if (!tests.standsAlone(`${clause}.`) || tests.leansOnEarlier(clause, s)) continue;
    if (PRONOUN.test(clause) || SAYING.test(clause) || CAUSAL.test(clause)) continue;
    // "a traveler from Chicago might find the silence unsettling": an example or a supposition, not something reported
    // to have happened — and often an instance of the very effect asked about
    if (/\b(?:might|may|could|would|can|should|must)\b/i.test(clause)) continue;
    // "Xenocentrism is the opposite of ethnocentrism", "a good example of ethnocentrism is …": a definition or an example
    // is no event, and no reader takes it for a reason
    if (/\b(?:is|are|was|were) (?:the|an?) (?:\p{Ll}+ )?(?:opposite|kind|type|form|example|part|name|term|word|study) of\b|\b(?:is defined as|refers? to|referring to|means|example|instance|illustrat\w*|such as)\b/iu.test(clause)) continue;
    const at = s.text.indexOf(clause);
    const ctoks = toks.filter((x) => x.start >= at && x.end <= at + clause.length);
    if (!ctoks.some((x) => x.pos === "VERB" || x.pos === "AUX") || /^(?:ADP|SCONJ|ADV|VERB|AUX|PRON|CCONJ)$/.test(ctoks[0]?.pos ?? "")) continue;
    // a clause, not a noun phrase with a relative clause ("An exchange student who goes home") nor one cut before its
    // end ("ethnocentrism can be so strong that")
    const verbAt = ctoks.findIndex((x) => x.pos === "VERB" || x.pos === "AUX");
    if (ctoks.slice(0, verbAt).some((x) => /^(?:who|which|that|whose|whom|where|when)$/i.test(x.text))) continue;
    if (/^(?:ADP|SCONJ|DET|CCONJ|PART|AUX)$/.test(ctoks[ctoks.length - 1]?.pos ?? "") || /\b(?:that|so|as|than)$/i.test(clause)) continue;
    out.clauses.push({ text: clause, key });
  }
  CHUNKS.set(analysis, out);
  return out;
}

/** Sentence keys near the evidence (the same paragraph, or two sentences either side): they may give a reason too. */
function near(link: CauseLink, analysis: ArticleAnalysis): Set<string> {
  const out = new Set<string>();
  const i = analysis.sentences.findIndex((s) => s.paragraph === link.paragraph && s.sentence === link.sentence);
  for (const s of analysis.sentences) if (s.paragraph === link.paragraph) out.add(`${s.paragraph}.${s.sentence}`);
  for (const j of [i - 2, i - 1, i + 1, i + 2]) {
    const s = analysis.sentences[j];
    if (s) out.add(`${s.paragraph}.${s.sentence}`);
  }
  return out;
}

/**
 * Things the article reports that are plausible as the reason but that it does not give as the reason for this effect:
 * of the answer's shape (clauses for "because", noun phrases for "due to"), from sentences away from the evidence and
 * free of causal words (so none is another reason for the same effect), sharing a content word with the headline or the
 * effect (on topic), not with the answer (no paraphrase of it) and not much with the effect (not the same event). Best
 * first.
 */
export function causeDistractors(f: Fact, ctx: BuildContext, asOptions = true): string[] {
  const hit = LINKS.get(f);
  if (!hit) return [];
  const { link, all, analysis, tests, pools } = hit;
  // seed-free: worked out once per fact and form, shared by the quiz's seeded selections
  const cacheKey = `${asOptions}|${[...(ctx.concepts?.topic ?? [])].join(" ")}`;
  const cached = pools.get(cacheKey);
  if (cached) return cached;
  const info = articleInfo(analysis);
  const nearBy = near(link, analysis);
  const prompt = link.form === "what" ? (link.question ?? "") : link.lead;
  const effectWords = new Set(contentWords(link.effect));
  const wordsOf = (key: string): readonly string[] => info.sentenceWords.get(key) ?? [];
  // what the article is about: its core (the headline's words, its most frequent ones) and every word it uses twice
  const core = new Set([...contentWords(analysis.headline), ...(ctx.concepts?.topic ?? [])]);
  const topic = new Set([...core, ...info.recurring]);
  const answerWords = new Set(contentWords(link.cause));
  const answerLength = words(link.cause).length;
  const scored: { text: string; score: number }[] = [];
  const seen = new Set<string>([normalizeAnswer(link.cause)]);
  const consider = (text: string, bonus: number): void => {
    const n = normalizeAnswer(text);
    if (n === "" || seen.has(n)) return;
    const ws = contentWords(text);
    if (ws.some((w) => answerWords.has(w))) return;
    // a word of the prompt in the option: "prices rose because prices …" is no reason
    if (ws.some((w) => w.length > 3 && mentions(prompt, w))) return;
    // a name against names, common words against common words ("the Emancipation Proclamation" among "lower wages")
    // (options only: a true/false statement shows one reason, so its form cannot stand out among others)
    if (asOptions && hasName(text) !== hasName(link.shown)) return;
    const onEffect = ws.filter((w) => effectWords.has(w)).length;
    const onTopic = ws.filter((w) => topic.has(w)).length;
    if (onEffect + onTopic === 0) return;
    const length = words(text).length;
    if (length < 2 || length > MAX_CAUSE_WORDS) return;
    seen.add(n);
    scored.push({ text, score: bonus + Math.min(onEffect + onTopic, 3) - Math.abs(length - answerLength) / Math.max(answerLength, 3) * 2 });
  };
  // the reasons the article gives for other things: exactly the answer's shape
  for (const other of all) {
    if (other === link || other.shape !== link.shape || nearBy.has(`${other.paragraph}.${other.sentence}`)) continue;
    // a reason for much the same effect may be a reason for this one
    const shared = contentWords(other.effect).filter((w) => effectWords.has(w) && !core.has(w)).length;
    if (shared >= 2) continue;
    consider(other.cause, 2);
  }
  const chunks = chunksOf(analysis, tests);
  if (link.shape === "clause") {
    // other events and states the article reports, as clauses: short sentences or main clauses that give no reason
    for (const c of chunks.clauses) {
      if (nearBy.has(c.key)) continue;
      const shared = contentWords(c.text).filter((w) => effectWords.has(w) && !core.has(w)).length;
      if (shared >= 3) continue;
      consider(info.lowered(c.text), 0);
    }
  } else {
    // noun phrases of the article that name an event, an act, a state or a quality, or a change ("high oil prices")
    for (const c of chunks.phrases) {
      if (nearBy.has(c.key)) continue;
      // a phrase from a sentence about the same event (two of its words beyond the topic's) may name a reason for it too
      if (wordsOf(c.key).filter((w) => effectWords.has(w) && !core.has(w)).length >= 2) continue;
      const text = info.lowered(c.text);
      // a name against names, a common noun phrase against common ones ("The Emancipation Proclamation" among "great hope")
      if (asOptions && /^\p{Lu}/u.test(text) !== /^\p{Lu}/u.test(link.shown)) continue;
      consider(text, 0);
    }
  }
  scored.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  const out = scored.map((x) => x.text);
  pools.set(cacheKey, out);
  return out;
}

/** A capitalised word after the first, or a capital first word that is kept so (a name). */
function hasName(text: string): boolean {
  return /^\p{Lu}|\s\p{Lu}/u.test(text.replace(CALENDAR, " "));
}

/** Days and months: capitalised, but no names of the kind a reader weighs ("a storm on Sunday night"). */
const CALENDAR = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

interface ArticleInfo {
  /** The content words an article uses in two sentences or more. */
  recurring: Set<string>;
  /** Each sentence's content words, by key ("p.s"). */
  sentenceWords: Map<string, readonly string[]>;
  /** An option with its first word lowered unless it is a name (`lowerFirst`, memoised: it reads the whole text). */
  lowered: (text: string) => string;
}

const INFO = new WeakMap<ArticleAnalysis, ArticleInfo>();

/** What the options of every cause of one article read: worked out once per article. */
function articleInfo(analysis: ArticleAnalysis): ArticleInfo {
  const hit = INFO.get(analysis);
  if (hit) return hit;
  const seen = new Map<string, number>();
  const sentenceWords = new Map<string, readonly string[]>();
  for (const s of analysis.sentences) {
    const ws = contentWords(s.text);
    sentenceWords.set(`${s.paragraph}.${s.sentence}`, ws);
    for (const w of new Set(ws)) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  const body = analysis.sentences.map((s) => s.text).join(" ");
  const names = nameWords(analysis);
  const memo = new Map<string, string>();
  const lowered = (text: string): string => {
    let out = memo.get(text);
    if (out === undefined) memo.set(text, (out = lowerFirst(text, body, names)));
    return out;
  };
  const info: ArticleInfo = { recurring: new Set([...seen].filter(([, n]) => n >= 2).map(([w]) => w)), sentenceWords, lowered };
  INFO.set(analysis, info);
  return info;
}

/** The answer as options show it: a leading "the" stays in the prompt for noun phrases, so no option is told by its article. */
function split(link: CauseLink): { lead: string; answer: string } {
  if (link.shape === "phrase" && link.form === "blank") {
    const the = /^the\s+/i.exec(link.cause);
    if (the) return { lead: `${link.lead} the`, answer: link.cause.slice(the[0].length) };
  }
  return { lead: link.lead, answer: link.shown };
}

function explanation(s: SentenceInfo): string {
  return `Paragraph ${s.paragraph + 1} says: “${s.text.trim()}”`;
}

function evidenceOf(s: SentenceInfo, f: Fact): FullQuestion["evidence"] {
  return { paragraph: s.paragraph, sentence: s.sentence, start: f.start, end: f.end, text: s.text };
}

/** A noun phrase as the options show it after a "the" that the prompt keeps: without its own "the". */
function bare(option: string): string {
  return option.replace(/^the\s+/i, "");
}

/** Multiple choice: "According to the article, X because _____." with the reason and three other reported things. */
export function makeCauseChoice(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const hit = LINKS.get(f);
  const s = ctx.sentenceOf(f);
  if (!hit || !s) return undefined;
  const { link } = hit;
  const { lead, answer } = split(link);
  const the = lead.endsWith(" the");
  let pool = causeDistractors(f, ctx).map((d) => (the ? bare(d) : d));
  // "a"/"an" as the answer's first word: every option must open with an article too, or none may
  if (/^(?:a|an)\s/i.test(answer)) pool = pool.filter((d) => /^(?:a|an)\s/i.test(d));
  else pool = pool.filter((d) => !/^(?:a|an)\s/i.test(d));
  if (pool.length < 3) return undefined;
  const wrong = ctx.rng.shuffle(pool.slice(0, 5)).slice(0, 3);
  const options = shuffleOptions(ctx.rng, answer, [answer, ...wrong]);
  if (new Set(options.map(normalizeAnswer)).size !== 4) return undefined;
  const prompt = link.form === "what" ? (link.question as string) : `${lead} ${BLANK}.`;
  return {
    id: `q${hashString(`choice|${f.id}|${f.text}`)}`,
    type: "choice",
    prompt,
    options,
    kind: "cause",
    answer,
    evidence: evidenceOf(s, f),
    explanation: `The article gives the reason: ${explanation(s)}`,
  };
}

/**
 * True or false: "According to the article, X because Y." with the real reason, or with another thing the article
 * reports (the quiz keeps its true and false keys about even through `nextTrueFalse`).
 */
export function makeCauseTrueFalse(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const hit = LINKS.get(f);
  const s = ctx.sentenceOf(f);
  if (!hit || !s) return undefined;
  const { link } = hit;
  const wrong = causeDistractors(f, ctx, false);
  if (wrong.length < 1) return undefined;
  const isTrue = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  const swapped = ctx.rng.shuffle(wrong.slice(0, 3))[0] as string;
  const reason = isTrue ? link.shown : swapped;
  // a bare singular noun phrase as a subject takes "the" ("the laser light show caused …")
  const plural = isPlural(reason.split(/\s+/).pop() ?? "") || /\sand\s/.test(reason);
  const subject = link.form === "what" && !isTrue && !/^(?:the|a|an)\s/i.test(reason) && !plural && !/^\p{Lu}/u.test(reason) ? `the ${reason}` : reason;
  // "has prompted" after a plural stand-in: "have prompted"
  const said = link.statement.replace(/^According to the article, /, "");
  const agreed = isTrue ? said : said.replace(/^(?:has|have)\b/, plural ? "have" : "has");
  const prompt = link.form === "what" ? `True or false? According to the article, ${subject} ${agreed}.` : `True or false? ${link.statement} ${reason}.`;
  return {
    id: `q${hashString(`true-false|${f.id}|${f.text}|${isTrue ? "true" : swapped}`)}`,
    type: "true-false",
    prompt,
    options: ["True", "False"],
    kind: "cause",
    answer: isTrue ? "true" : "false",
    evidence: evidenceOf(s, f),
    explanation: isTrue
      ? `True. ${explanation(s)}`
      : `False: the article gives “${link.cause}” as the reason, not “${swapped}”. ${explanation(s)}`,
  };
}

