import { inStoryWords, type ArticleAnalysis, type Fact, type SentenceInfo } from "../find-facts";
import { evidence, questionId, type BuildContext } from "../make-questions";
import { takesAn } from "../find-concepts";
import { nounClass, singular } from "../noun-classes";
import type { FullQuestion } from "../quiz-schema";

/**
 * Statements (kind `statement`): a sentence of the text that says which way something went, asked true or false as
 * written or with that direction turned round ("Japan's exports rose 5% in January." / "… fell 5% …", "The committee
 * approved the plan." / "… rejected …"). Which way things went — up or down, won or lost, backed or opposed — is what a
 * report is about, and a sentence need name no figure for it (issue #10: coverage and one question per 60 words).
 *
 * (A first form negated the main verb — "The G8 countries will not meet at Gleneagles" — and reading BM passed 8 of 48
 * such lines: an inserted "not" is the tell a reader spots without the article, and it garbled or contradicted what
 * followed. A turned-round word reads like any sentence of the report.)
 */
export interface StatementInfo {
  /** The sentence with its word of direction turned round. */
  turned: string;
}

/**
 * Words of direction and their opposites, by form ("rose" ↔ "fell"). A word listed only as an opposite ("cut",
 * "lost", "rejected") is not turned itself: it answers to more than one word ("lost" a match or a lead, "cut" rates or
 * jobs). Forms that are also nouns of another pattern are left out ("an increase" → "an decrease", "a win" → "a lose",
 * "job losses" → "job profits", "support for" → "oppose for").
 */
const TURNS: readonly (readonly [string, string])[] = [
  ...pairs(["rise", "rises", "rose", "risen", "rising"], ["fall", "falls", "fell", "fallen", "falling"], true),
  ...pairs(["increased", "increasing"], ["decreased", "decreasing"], true),
  ...pairs(["climbed", "climbing"], ["dropped", "dropping"], false),
  ...pairs(["raised", "raising"], ["cut", "cutting"], false),
  ...pairs(["won"], ["lost"], false),
  ...pairs(["gained"], ["lost"], false),
  ...pairs(["grew", "growing"], ["shrank", "shrinking"], true),
  ...pairs(["accepted"], ["rejected"], true),
  ...pairs(["approved"], ["rejected"], false),
  ...pairs(["supported", "backed"], ["opposed", "opposed"], false),
  ...pairs(["strengthened", "strengthening"], ["weakened", "weakening"], true),
  ...pairs(["improved", "improving"], ["worsened", "worsening"], true),
  ...pairs(["higher", "highest", "larger", "largest", "bigger", "biggest", "stronger", "strongest"], ["lower", "lowest", "smaller", "smallest", "smaller", "smallest", "weaker", "weakest"], true),
  ...pairs(["above"], ["below"], true),
  ...pairs(["surplus"], ["deficit"], true),
];

/** Each form with its opposite; both ways when `both`, else only from the first list to the second. */
function pairs(a: readonly string[], b: readonly string[], both: boolean): [string, string][] {
  const out: [string, string][] = a.map((w, i) => [w, b[i] as string]);
  if (both) b.forEach((w, i) => out.push([w, a[i] as string]));
  return out;
}

const TURN = new Map<string, string>();
for (const [from, to] of TURNS) if (!TURN.has(from)) TURN.set(from, to);
/** Every word of direction, either side: a sentence with two of them turned at one would say "fell … fell". */
const DIRECTION_WORDS = new Set(TURNS.flat());

/**
 * Words that make a turned sentence say nothing false or contradict itself: a negation ("did not rise" / "did not
 * fall" may both hold), a hedge, a comparison with what was expected ("rose less than expected"), a concession.
 */
const NOT_TURNABLE =
  /\b(?:not|never|no|neither|nor|without|may|might|could|would|perhaps|possibly|probably|likely|unlikely|if|unless|whether|despite|although|though|expected|expectations?|forecasts?|predicted|than|either|or|only|flat|unchanged|steady|stable)\b|n['’]t\b/i;

/**
 * The sentence with its one word of direction turned round, or undefined: no such word outside quotation marks, two of
 * them ("exports rose while imports fell": one turned would leave "fell … fell"), or a word that makes the turned
 * sentence say nothing false. The word is turned in lower case, or capitalised at the sentence's start before a word in
 * lower case ("Higher prices …", not "Rose Smith …").
 */
export function turnRound(text: string): string | undefined {
  if (NOT_TURNABLE.test(text) || /[“”"?]/.test(text)) return undefined;
  const words = [...text.matchAll(/\p{L}+/gu)];
  // (not in a compound: "best-known", "higher-than-expected", "state-backed")
  const found = words.filter((m) => DIRECTION_WORDS.has(m[0].toLowerCase()) && (m[0] === m[0].toLowerCase() || (m.index === 0 && /^\s+\p{Ll}/u.test(text.slice(m[0].length)))) && !/-/.test(`${text[(m.index ?? 0) - 1] ?? ""}${text[(m.index ?? 0) + m[0].length] ?? ""}`));
  if (found.length !== 1) return undefined;
  const m = found[0] as RegExpExecArray;
  const word = m[0];
  const to = TURN.get(word.toLowerCase());
  if (!to) return undefined;
  // ("up 5%"-style adverbs are not listed: "up" and "down" are most often parts of phrasal verbs)
  const shown = m.index === 0 ? `${to.charAt(0).toUpperCase()}${to.slice(1)}` : to;
  return `${text.slice(0, m.index)}${shown}${text.slice((m.index ?? 0) + word.length)}`;
}

const cache = new WeakMap<ArticleAnalysis, Fact[]>();

/** Words a sentence has to hold to say something a reader can check (8–35 words, like a fair prompt). */
const MIN_WORDS = 8;
const MAX_WORDS = 35;

/**
 * The sentences that can be asked as statements: the story's own words (no quotation, no first person, no page
 * clutter), standing alone, with one word of direction `turnRound` can turn.
 */
export function findStatements(analysis: ArticleAnalysis, standsAlone: (text: string) => boolean): Fact[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  for (const s of analysis.sentences) {
    if (!statementSized(s) || !standsAlone(s.text)) continue;
    const turned = turnRound(s.text);
    if (turned) out.push(statementFact(s, turned));
  }
  cache.set(analysis, out);
  return out;
}

/** A sentence of the story's own words (no quotation, no first person, no page clutter) of a fair prompt's length. */
function statementSized(s: SentenceInfo): boolean {
  if (!inStoryWords(s)) return false;
  const words = s.text.split(/\s+/).length;
  return words >= MIN_WORDS && words <= MAX_WORDS && /[.!]$/.test(s.text.trim());
}

/** The fact of a sentence asked as a statement, turned so; `group` names what a quiz asks once. */
function statementFact(s: SentenceInfo, turned: string, group?: string): Fact {
  return {
    id: `${s.paragraph}.${s.sentence}.0`,
    kind: "statement",
    text: s.text,
    paragraph: s.paragraph,
    sentence: s.sentence,
    start: 0,
    end: s.text.length,
    flags: [],
    ...(group ? { group } : {}),
    statement: { turned },
  };
}

/** "True or false? <the sentence>" as written (true) or turned round (false), keys kept even. */
export function makeStatementTrueFalse(f: Fact, s: SentenceInfo, ctx: BuildContext): FullQuestion | undefined {
  if (f.kind !== "statement" || !f.statement) return undefined;
  const truth = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  const shown = truth ? s.text : f.statement.turned;
  return {
    id: questionId("true-false", f, truth ? "statement" : "statement-turned"),
    type: "true-false",
    prompt: `True or false? ${shown}`,
    options: ["True", "False"],
    kind: "statement",
    answer: truth ? "true" : "false",
    evidence: evidence(s, f),
    explanation: truth ? `True (paragraph ${s.paragraph + 1}).` : `False: paragraph ${s.paragraph + 1} says “${s.text}”`,
  };
}

/**
 * Sister terms: the kinds a text sets side by side by one word ("current assets and fixed assets", "primary and secondary
 * markets", "line and staff positions") and then uses apart. A sentence that says something of one of them, asked true
 * or false as written or with the other kind's word in its place ("A security is sold in the primary market just once …" /
 * "… secondary market …"), asks whether the reader took in which kind is which — what a section of concepts teaches,
 * where the figure forms find nothing to ask (issue #10: reading WY, ten of fourteen *Introduction to Business 2e*
 * sections with no question). (An earlier trial swapped any two key concepts for each other, "Critical thinking is the
 * behavior of a set of skills …", and was dropped: two kinds of one thing, named so by the text, read as a real claim.)
 */
export interface ContrastSet {
  /** The words that tell the kinds apart, lower case ("current", "fixed"). */
  modifiers: string[];
  /** The kind they are of, singular ("asset"). */
  head: string;
}

const TERM_WORD = String.raw`[a-z][a-z-]{2,}`;
/** "current assets and fixed assets", "demand deposits (…) or time deposits", "debt financing versus equity financing". */
const FULL_PAIR = new RegExp(String.raw`\b(${TERM_WORD}) (${TERM_WORD})(?: \([^)]{0,60}\))?,? (?:and|or|versus|vs\.) (${TERM_WORD}) (${TERM_WORD})\b`, "g");
/** "primary and secondary markets", "autocratic, participative, and free-rein styles". */
const SHARED_HEAD = new RegExp(String.raw`\b((?:${TERM_WORD}, ){0,3}${TERM_WORD},? (?:and|or) ${TERM_WORD}) (${TERM_WORD})\b`, "g");
/** "three types of unemployment: frictional, structural, and cyclical", "two kinds of loans—secured and unsecured". */
const TYPES_OF = new RegExp(String.raw`\b(?:types?|kinds?|forms?|categories|classes|sorts) of (${TERM_WORD})(?: [a-z]+){0,4}?(?::|—| are| include) ((?:${TERM_WORD}, ){0,4}${TERM_WORD},? (?:and|or) ${TERM_WORD})\b(?! ${TERM_WORD}\b)`, "g");
/** Words that tell no kind from another: determiners, quantities, comparisons, pronouns, everyday adjectives. */
const NOT_A_MODIFIER = new Set(
  `the and or but nor not its their his her our your my this that these those such some any each every all both either
neither other another more most less least many much few several various different certain same own new old other
higher lower larger smaller bigger greater better worse good bad big small large great high low long short full
one two three four five six seven eight nine ten first second third last next main major minor key total overall
also very only just even than then there here who whom whose which what when where how why with from into onto for
including such per via them they are was were has have had can could will would may might should must into
goods services products people`.split(/\s+/),
);
/** Kinds too general to be the text's terms. */
const NOT_A_HEAD = new Set(
  `thing things way ways time times lot kind kinds sort sorts part parts number numbers people person year years day
days week weeks month months place places fact facts case cases point points example examples matter question
questions answer answers reason reasons idea ideas area areas side sides end level levels order use uses result
results problem problems issue issues percent amount amounts and or the of to in on for with by from as at can will
may must might could would should`.split(/\s+/),
);
/**
 * Words that make a sentence true of either kind, or of neither: a hedge or a modal ("may", "often"), a comparison of the
 * two ("than", "unlike", "whereas"), another kind beside it ("also", "both", "other"). (Not "or": "social needs, or needs
 * for belonging" defines; two kinds of a set in one sentence are refused anyway.)
 */
const EITHER_KIND =
  /\b(?:may|might|could|can|cannot|often|sometimes|usually|typically|generally|frequently|rarely|some|many|most|also|both|either|neither|than|like|unlike|whereas|while|compared|similar|similarly|other|another|too|as well|same|different|differs?|instead|rather|versus|vs)\b/i;

/**
 * Prefixes of opposite sense: kinds named by one stem and two of them ("intracellular/extracellular", "anabolic/
 * catabolic", "hypertonic/hypotonic") tell a reader which is which by the words alone (reading XC: "Catabolic hormones
 * stimulate the breakdown of molecules", "Intracellular fluid is the fluid interior of the cell" — easy to guess).
 */
const OPPOSITE_PREFIX = /^(?:intra|extra|inter|endo|exo|ana|cata|hyper|hypo|pre|post|sub|supra|super|infra|anti|pro|mono|poly|uni|multi|homo|hetero|in|out|over|under|non|un)/;

/** Whether two kinds' words are one stem with prefixes of opposite sense. */
function sameStemOpposed(a: string, b: string): boolean {
  const pa = OPPOSITE_PREFIX.exec(a)?.[0];
  const pb = OPPOSITE_PREFIX.exec(b)?.[0];
  return pa !== undefined && pb !== undefined && pa !== pb && a.slice(pa.length) === b.slice(pb.length) && a.length - pa.length >= 4;
}

/** Does this word tell a kind apart (not a determiner, a quantity, an adverb or a verb's -ing form)? */
function modifierWord(w: string): boolean {
  return !NOT_A_MODIFIER.has(w) && !/(?:ly|ing)$/.test(w);
}

/** Is this the name of a kind of thing (a noun WordNet lists, not too general)? */
function headWord(w: string): boolean {
  return !NOT_A_HEAD.has(w) && nounClass(w) !== undefined;
}

/**
 * Whether the kind's word at `at` stands on its own: not the second word of a longer name the text writes again ("human
 * relations skills" is no "relations skills": "technical, human relations, and conceptual skills" sets "relations" beside
 * nothing). A word before it that the text puts there once ("lists tangible assets") is no part of a name.
 */
function standsAsTerm(text: string, at: number, all: string): boolean {
  const before = /([a-z][a-z-]*)\s+$/i.exec(text.slice(Math.max(0, at - 30), at))?.[1];
  if (!before) return true;
  const word = /^[a-z-]+/i.exec(text.slice(at))?.[0] ?? "";
  return (all.match(new RegExp(String.raw`\b${before.toLowerCase()} ${word.toLowerCase()}\b`, "g"))?.length ?? 0) < 2;
}

/** The lower-case form of a sentence for finding sister terms: its first letter lowered (a term may open it). */
function lowered(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "<modifier> <head>" or its plural, for any of these modifiers (the modifier captured). */
function termPattern(modifiers: readonly string[], head: string): RegExp {
  return new RegExp(String.raw`\b(${modifiers.join("|")}) ${head}(?:s|es)?\b`, "g");
}

/** A set's name: its modifiers in order and its head ("current|fixed/asset"). */
function setKey(modifiers: readonly string[], head: string): string {
  return `${[...modifiers].sort().join("|")}/${head}`;
}

/** How often "<modifier> <head>" (or its plural) stands in these texts. */
function termCount(texts: readonly string[], modifier: string, head: string): number {
  const re = termPattern([modifier], head);
  return texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
}

/**
 * The sets of sister terms of a text: the modifiers a coordination sets side by side on one head, each used as a term
 * ("<modifier> <head>") somewhere else in the text too, and three uses in all — a passing pair ("goods and services",
 * "rent and utility bills") is no pair of terms the text teaches.
 */
export function findContrastSets(sentences: readonly string[]): ContrastSet[] {
  const low = sentences.map(lowered);
  const all = sentences.join(" ").toLowerCase();
  const found = new Map<string, ContrastSet & { at: Set<number> }>();
  const add = (modifiers: string[], head: string, at: number): void => {
    const h = singular(head);
    // ("local unions, national and international unions": the list read from "unions" on names the head itself first)
    const own = modifiers.filter((m) => singular(m) !== h);
    const ms = [...new Set(own)].filter(modifierWord);
    if (ms.length < 2 || ms.length !== own.length || NOT_A_HEAD.has(h)) return;
    if (ms.some((a, i) => ms.some((b, j) => j > i && sameStemOpposed(a, b)))) return;
    const key = setKey(ms, h);
    const had = found.get(key);
    if (had) had.at.add(at);
    else found.set(key, { modifiers: ms, head: h, at: new Set([at]) });
  };
  low.forEach((t, i) => {
    for (const m of t.matchAll(FULL_PAIR)) {
      const [, a, h1, b, h2] = m as unknown as [string, string, string, string, string];
      if (singular(h1) === singular(h2) && standsAsTerm(t, m.index ?? 0, all)) add([a, b], h1, i);
    }
    for (const m of t.matchAll(TYPES_OF)) {
      const [, head, list] = m as unknown as [string, string, string];
      add(list.split(/,? (?:and|or) |, /), head, i);
    }
    for (const m of t.matchAll(SHARED_HEAD)) {
      const [, list, head] = m as unknown as [string, string, string];
      if (standsAsTerm(t, m.index ?? 0, all)) add(list.split(/,? (?:and|or) |, /), head, i);
    }
  });
  const out: ContrastSet[] = [];
  for (const set of found.values()) {
    const elsewhere = low.filter((_, i) => !set.at.has(i));
    const counts = set.modifiers.map((m) => termCount(elsewhere, m, set.head));
    // (WordNet's nouns, a megabyte parsed on first use, are read only for a set the text uses so)
    if (counts.every((c) => c >= 1) && counts.reduce((a, b) => a + b, 0) >= 3 && headWord(set.head)) out.push({ modifiers: set.modifiers, head: set.head });
  }
  return out;
}

const contrastCache = new WeakMap<ArticleAnalysis, Fact[]>();

/**
 * Statements of sister terms: a sentence of the story's own words (8–35 words, standing alone, no hedge or comparison)
 * that names one term of a set and no other word of it, with the term's word turned to the next of its set. One fact per
 * sentence; `group` names the set, so a quiz asks each set once.
 */
export function findContrasts(analysis: ArticleAnalysis, standsAlone: (text: string) => boolean): Fact[] {
  const hit = contrastCache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  const texts = analysis.sentences.filter((s) => !s.metadata).map((s) => s.text);
  const sets = findContrastSets(texts);
  if (sets.length > 0) {
    const all = texts.join(" ").toLowerCase();
    for (const s of analysis.sentences) {
      if (!statementSized(s) || /[“”"?]/.test(s.text) || EITHER_KIND.test(s.text)) continue;
      const low = lowered(s.text);
      for (const set of sets) {
        const mentions = [...low.matchAll(termPattern(set.modifiers, set.head))];
        const named = low.match(new RegExp(String.raw`\b(?:${set.modifiers.join("|")})\b`, "g")) ?? [];
        if (mentions.length !== 1 || named.length !== 1) continue;
        const m = mentions[0] as RegExpExecArray;
        // (a part of a longer name, or a label in brackets: "… by Danny Wegman himself (esteem needs)"; nor a term with its
        // abbreviation, which the other kind's word would contradict: "Extracellular fluid (ICF)", reading XC)
        if (!standsAsTerm(low, m.index ?? 0, all) || /\([^)]*$/.test(low.slice(0, m.index))) break;
        if (/^\s*\(\p{Lu}{2,}s?\)/u.test(low.slice((m.index ?? 0) + m[0].length))) break;
        if (!standsAlone(s.text)) break;
        const from = m[1] as string;
        const to = set.modifiers[(set.modifiers.indexOf(from) + 1) % set.modifiers.length] as string;
        out.push(statementFact(s, swapTerm(s.text, m.index ?? 0, from, to), setKey(set.modifiers, set.head)));
        break;
      }
    }
  }
  contrastCache.set(analysis, out);
  return out;
}

/** The sentence with the modifier at `at` turned to `to`: capitalised where it opened the sentence, "a"/"an" before it set
 * for the new word. */
function swapTerm(text: string, at: number, from: string, to: string): string {
  const shown = at === 0 ? `${to.charAt(0).toUpperCase()}${to.slice(1)}` : to;
  let before = text.slice(0, at);
  const article = /\b(an?|An?)\s$/.exec(before);
  if (article) {
    const a = article[1] as string;
    const fixed = takesAn(to) ? (a[0] === "A" ? "An" : "an") : a[0] === "A" ? "A" : "a";
    before = `${before.slice(0, article.index)}${fixed} `;
  }
  return `${before}${shown}${text.slice(at + from.length)}`;
}
