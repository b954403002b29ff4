import { inStoryWords, type ArticleAnalysis, type Fact, type SentenceInfo } from "../find-facts";
import { mentions } from "../distractors";
import { takesAn } from "../find-concepts";
import { posByOffset } from "../facts/nlp";
import { evidence, questionId, stemFor, type BuildContext } from "../make-questions";
import { isPlural, singular } from "../noun-classes";
import { normalizeAnswer } from "../normalize-answer";
import type { FullQuestion } from "../quiz-schema";
import { shuffleOptions } from "../rng";
import { rankOf } from "../misspelling";

/**
 * Named terms (kind `term`, engine 2.14.12): a sentence in which the text gives a thing its name — "Bone tissue that
 * forms directly from mesenchyme is called intramembranous bone.", "Cells lacking a nucleus, called prokaryotes, …",
 * "… is known as the lag phase." — asked with the name blanked: what the text says, the reader names. A textbook teaches
 * by such sentences, and a section of concepts has two or three of them where it has no figure or name to ask (issue
 * #10: concept sections got no good question in most readings of XH–XQ; what their reviewers listed as unasked was
 * what each thing is called and does).
 *
 * (Not the definitions of 2.8, which asked "what is <the definition>?" among other terms: reading OE failed all 36 such
 * lines, most because the definition echoed its term, and the typed form failed on a general word another word fits as
 * well — "A _____ is a particular government unit …". Here the name must be a term not made only of words people say
 * (`known`), must share no stem with the rest of its sentence, and the sentence must say it names it.)
 *
 * Asked as a multiple choice among three or more other terms the same text names as the same kind of thing ("a condition
 * called …"), written alike (as many words, the same number, the same article), or typed when it names too few.
 */
export interface TermInfo {
  /** Other terms the text names, written like this one: a choice's wrong options (fewer than three: typed only). */
  others: string[];
}

/** "is called", "are known as", "termed", "referred to as", then maybe "a"/"an"/"the", then the term (captured). */
const NAMING = /\b(?:called|known as|termed|referred to as)\s+(?:(a|an|the)\s+)?(\p{Ll}[\p{Ll}-]*\p{Ll}(?:\s+\p{Ll}[\p{Ll}-]*\p{Ll}){0,2})(?=\s*[,.;:])/gu;
/** A naming word, whatever follows it (definition.ts refuses a sentence that holds one). */
export const NAMING_WORD = /\b(?:called|known as|termed|referred to as)\b/;
/** Each naming word of a sentence, for counting them. */
const NAMING_WORDS = new RegExp(NAMING_WORD.source, "g");
/**
 * What before "called" makes the term no name of what the sentence describes: another name of a thing the sentence
 * already names ("Hematopoiesis, also called hemopoiesis", "or", "commonly called strep"), a name it was given once
 * ("was once called", "originally"), a hedge, a "so-called", a "what is called" (the thing named is the rest of a clause),
 * a person called so ("a man called Smith").
 */
const NOT_NAMING_BEFORE = /(?:\b(?:also|or|sometimes|commonly|popularly|informally|colloquially|once|originally|formerly|previously|often|usually|now|collectively|simply|loosely|what|so|who|whom|person|man|woman|people)\s*,?\s*(?:be\s+|is\s+|are\s+|was\s+|were\s+|been\s+)?|-)$/i;
/** Words no term is made of: function words, pronouns, quantities. */
const NOT_IN_TERM =
  /\b(?:the|a|an|of|in|on|at|to|for|with|by|and|or|but|that|which|who|this|these|those|it|its|they|their|them|he|she|his|her|we|our|you|your|is|are|was|were|be|been|has|have|had|can|may|will|would|could|should|not|also|so|because|after|before|according|when|where|while|if|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|other|such|some|many|more|most|each|every|all|both|either|neither|same|different|new|old|simply|just|only|very)\b/;
/**
 * A word American film and television subtitles use three times or more in 51 million words (SUBTLEX-US, derived by
 * scripts/build-spoken-words.ts): a word people say, one a reader may know without any text ("gums", "amplitude",
 * "pandemic", "dermis").
 */
export function isSpokenWord(word: string): boolean {
  return rankOf(word.toLowerCase()) !== undefined;
}
/**
 * Words that point at what the sentences before said ("The wall of the DCT at that point …", "is another space called
 * …"): the thing named is then not described by its sentence alone. A pronoun points back in a sentence's first words,
 * before it has named anything ("About 23–24 percent of it binds …"); later it is most often the sentence's own subject
 * ("Not only does the tunica albuginea cover the testis, it also …"). Also "Each muscle is segmented by three transverse
 * bands …" (which muscle, reading XS) and "A second, thicker layer, called …" (a second what, reading XT).
 */
const POINTS_BACK = /^Each\s+\p{Ll}+\s+(?!of\b)|^An?\s+(?:second|third|fourth|further|final|last)\b|\b(?:(?<!one )another|the other|the latter|the former|that (?:point|time|stage|region|area|structure|process|layer)|each of the(?:se)?|likewise|similarly)\b/iu;
const EARLY_PRONOUN = /^(?:\S+\s+){0,5}(?:it|its|they|them|their|this|these|those|he|she|his|her|him|such)\b/i;
/** Words a sentence holds to say what it names: enough to describe the thing, short enough for one prompt. */
const MIN_WORDS = 7;
const MAX_WORDS = 40;
/** The words that describe what is named (the sentence without the term and its naming words): at least this many. */
const MIN_DESCRIBING = 4;

const cache = new WeakMap<ArticleAnalysis, Fact[]>();

/** A named term of a sentence: where it is, the article before it, and the term. */
interface Naming {
  term: string;
  start: number;
  end: number;
  article?: string;
  /** The noun that says what kind of thing is named, right before "called" ("a condition called", "cells known as"). */
  kind?: string;
}

/** The terms a sentence names ("… is called intramembranous bone."), each with its offsets. */
function namingsIn(text: string): Naming[] {
  const out: Naming[] = [];
  for (const m of text.matchAll(NAMING)) {
    const [whole, article, term = ""] = m;
    const start = (m.index ?? 0) + whole.length - term.length;
    if (NOT_NAMING_BEFORE.test(text.slice(0, m.index).trimEnd())) continue;
    if (NOT_IN_TERM.test(term)) continue;
    // "… are called monosaccharides, or simple sugars": the other name typed in is as right
    if (/^\s*,?\s*(?:or|also|i\.e\.|that is)\b/.test(text.slice(start + term.length).replace(/^\s*,/, ","))) continue;
    const kind = /(?<![\p{L}-])(\p{Ll}{3,})\s*,?\s*$/u.exec(text.slice(0, m.index))?.[1];
    out.push({ term, start, end: start + term.length, ...(article ? { article: article.toLowerCase() } : {}), ...(kind && !/(?:ed|ly)$|^(?:is|are|was|were|be|been|being|also|often|now|then|and|or|the|this|which|that)$/.test(kind) ? { kind: singular(kind) } : {}) });
  }
  return out;
}

/** Five letters a word starts with (the whole of a shorter word): a stem the rest of a sentence must not share. */
const stemOf = (w: string): string => w.toLowerCase().slice(0, 5);
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Does the rest of the sentence share a word's stem with the term, at a word's start or inside a longer word ("… is
 * called _____, … of immediate hypersensitivity" for "sensitization", reading XS)? "The production of blood cells is
 * called hematopoiesis" does not.
 */
export function echoes(term: string, rest: string): boolean {
  const termWords = wordsOf(term);
  const stems = [...new Set(termWords.filter((w) => w.length >= 4).map(stemOf))];
  // and the other way: a word of the sentence, less its ending, inside the term ("Electrolytes" over "nonelectrolytes",
  // "Amides … are produced in a process called amidation", reading XW)
  return wordsOf(rest).some(
    (w) => w.length >= 4 && (stems.some((st) => (st.length >= 5 ? w.includes(st) : w.startsWith(st))) || (bare(w).length >= 4 && termWords.some((t) => t !== w && t.includes(bare(w))))),
  );
}

/** A word less a plural or verb ending ("amides" → "amid", "electrolytes" → "electrolyt", "produced" → "produc"). */
const bare = (w: string): string => w.replace(/(?:es|s|e|ed|ing|ation|ations)$/, "");

/**
 * A term a reader may know without the text: one made only of words people say — blind readers failed
 * "amplitude", "dermis", "antagonist", "gingivitis", "pandemic disease" and "tissue rejection" as known and passed
 * "lysogeny", "histones", "epitopes", "functional syncytium", whose words (but "functional") no film uses (reading XT).
 */
export function known(term: string): boolean {
  return term.toLowerCase().split(/\s+/).every((w) => w.split("-").every((part) => [part, `${part}s`, part.replace(/ies$/, "y"), part.replace(/es$/, ""), part.replace(/s$/, "")].some(isSpokenWord)));
}

/**
 * The terms a text names, one fact for the first sentence naming each: a sentence of the story's own words, 7–40 words,
 * standing alone, naming the term once with no other name of it before ("also called"), the term lower case (no name of
 * a person or a firm), no term made only of words people say ("osmosis", "tissue rejection"), sharing no stem with the
 * rest of its sentence or with the headline.
 */
export function findTerms(analysis: ArticleAnalysis, standsAlone: (text: string) => boolean): Fact[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  const all: { naming: Naming; s: SentenceInfo }[] = [];
  for (const s of analysis.sentences) {
    if (!inStoryWords(s) || !/[.!]$/.test(s.text.trim())) continue;
    for (const naming of namingsIn(s.text)) all.push({ naming, s });
  }
  if (all.length === 0) {
    cache.set(analysis, out);
    return out;
  }
  const seen = new Set<string>();
  const namedAlone = new Set(all.map((o) => normalizeAnswer(o.naming.term)));
  for (const { naming, s } of all) {
    const key = normalizeAnswer(naming.term);
    if (seen.has(key)) continue;
    seen.add(key);
    const words = s.text.split(/\s+/).length;
    // (a sentence that names two: "the radioactive atoms are called parents and the decay products are called _____" —
    // one name tells the other)
    if (words < MIN_WORDS || words > MAX_WORDS || (s.text.match(NAMING_WORDS) ?? []).length > 1) continue;
    const rest = `${s.text.slice(0, naming.start)} ${s.text.slice(naming.end)}`;
    if (plainTermAmong(naming.term, namedAlone)) continue;
    // (the sentence names it once: "… called the lag phase. The lag phase …" is in another sentence)
    if (mentions(rest, naming.term) || echoes(naming.term, rest) || echoes(naming.term, analysis.headline) || known(naming.term)) continue;
    const describing = wordsOf(rest).filter((w) => w.length > 3 && !/^(?:called|known|termed|referred|that|this|with|from|which|when|where|they|their|there|these|those|have|been|were|into|than|then|also|such)$/.test(w));
    // the term ends on a noun ("a phenomenon known as crowding out occurs" has run on into the clause's verb)
    const lastAt = naming.start + naming.term.lastIndexOf(" ") + 1;
    const lastPos = posByOffset(s.text).get(lastAt);
    if (lastPos !== "NOUN" && lastPos !== "PROPN") continue;
    if (describing.length < MIN_DESCRIBING || POINTS_BACK.test(s.text) || EARLY_PRONOUN.test(s.text) || !standsAlone(s.text)) continue;
    const termWords = naming.term.split(" ");
    const plural = isPlural(termWords[termWords.length - 1] ?? naming.term);
    const size = termWords.length;
    // (options only among terms the text names as the same kind of thing: "a condition called polycythemia" among other
    // conditions, not "heme" and "globin")
    const others = [...new Set(all.filter((o) => naming.kind !== undefined && o.naming.kind === naming.kind).map((o) => o.naming.term))].filter(
      (o) =>
        normalizeAnswer(o) !== key &&
        o.split(" ").length === size &&
        isPlural(o.split(" ").pop() ?? o) === plural &&
        (naming.article === undefined || naming.article === "the" || takesAn(o) === (naming.article === "an")) &&
        !mentions(s.text, o) &&
        !known(o) &&
        !sharesStem(o, naming.term),
    );
    out.push({
      id: `${s.paragraph}.${s.sentence}.${naming.start}.term`,
      kind: "term",
      text: naming.term,
      group: key,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start: naming.start,
      end: naming.end,
      flags: [],
      term: { others: others.filter((o, i) => !others.slice(0, i).some((p) => sharesStem(o, p))) },
    });
  }
  cache.set(analysis, out);
  return out;
}

/**
 * A term of two words or more whose last word, as written or singular, is itself among `names` (normalised): "…
 * are called structural isomers" where the text also names "isomers" — the plain term fits the blank as well (reading
 * XT; for the typed definitions, "a temporary synchondrosis" beside "a synchondrosis", reading XZ).
 */
export function plainTermAmong(term: string, names: ReadonlySet<string>): boolean {
  const words = term.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  return words.length > 1 && (names.has(normalizeAnswer(head)) || names.has(normalizeAnswer(singular(head))));
}

/** Two terms with a word stem in common ("compact bone", "spongy bone"; "endospore", "endospores"). */
function sharesStem(a: string, b: string): boolean {
  const sa = new Set(wordsOf(a).map(stemOf));
  return wordsOf(b).some((w) => sa.has(stemOf(w)));
}

/** "… is called _____." among three other terms the text names, written alike. */
export function makeTermChoice(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s || !f.term || f.term.others.length < 3) return undefined;
  const prompt = stemFor(s, f);
  const options = shuffleOptions(ctx.rng, prompt, [f.text, ...ctx.rng.shuffle(f.term.others).slice(0, 3)]);
  if (new Set(options.map(normalizeAnswer)).size !== 4) return undefined;
  return {
    id: questionId("choice", f, "term"),
    type: "choice",
    prompt,
    options,
    kind: "term",
    answer: f.text,
    evidence: evidence(s, f),
    explanation: explainTerm(s),
  };
}

/** "… is called _____." typed. */
export function makeTermCloze(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s || !f.term) return undefined;
  const { prompt, answer } = articleIntoBlank(stemFor(s, f), f.text);
  return {
    id: questionId("cloze", f, "term"),
    type: "cloze",
    prompt,
    kind: "term",
    answer,
    evidence: evidence(s, f),
    explanation: explainTerm(s),
  };
}

/**
 * A typed term's prompt with the "a"/"an" before its blank taken into the blank ("is called _____." answered "an anion"):
 * left in the prompt, "an _____" tells "anion" from "cation" and "ampere" from "volt" (reading XW). A leading article of
 * a typed answer is not needed (`normalizeAnswer` drops it).
 */
export function articleIntoBlank(prompt: string, answer: string): { prompt: string; answer: string } {
  const m = /\b(an?)\s+_____/i.exec(prompt);
  if (!m) return { prompt, answer };
  const opens = m.index === 0;
  return { prompt: `${prompt.slice(0, m.index)}_____${prompt.slice(m.index + m[0].length)}`, answer: `${opens ? (m[1] as string).toLowerCase() : m[1]} ${answer}` };
}

function explainTerm(s: SentenceInfo): string {
  return `Paragraph ${s.paragraph + 1} names it: “${s.text}”`;
}
