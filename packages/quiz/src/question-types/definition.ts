import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import { mentions } from "../distractors";
import { isPlural } from "../noun-classes";
import { evidence, explainFound, questionId, stemFor, type BuildContext } from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import type { FullQuestion } from "../quiz-schema";
import { shuffleOptions } from "../rng";
import { contentWords } from "../sentence-centrality";
import { articleIntoBlank, echoes, known, NAMING_WORD, plainTermAmong } from "./term";
import { posByOffset } from "../facts/nlp";

/**
 * Definitions (kind "definition"): the terms an explanatory text defines — "Homeostasis is a state of equilibrium … in
 * which …", "Wavelength refers to the length of a wave from one peak to the next", "A democracy is a government in which
 * …". Textbooks teach by them, and the numbers-and-names questions never ask them (reading OA: none of a psychology
 * section's concepts was asked). Asked as "According to the text, what is <definition>?" among the other terms the text
 * defines or names ("called nerves", "known as Gestalt psychology") or, when it has too few, the key concepts it comes back
 * to. Not asked (make-quiz.ts TYPES_FOR): blind readers passed none of it — 0 of 36 lines as a choice (reading OE), 0 of 8
 * typed as the sentence with its term blanked (reading OC). The finder and builder stay, tested, for a better-guarded
 * form (the definition must not echo its term; options of the answer's form).
 */

/** Words that never open a defined term: pronouns, determiners, quantifiers, prepositions and the like. */
const NOT_A_TERM_START = new Set(
  `one this that these those it its there here what which who whom whose another such some most many each every all both
either neither few several much more less other others he she they we i you his her their our my your in on at for if
when while as although though because according since after before during by from with without of to into about among
between through under over one's today yesterday tomorrow now then also however but and or nor so yet not no
researchers scientists people below above next following previous last first second third final latter former main
same common typical important notable familiar famous`.split(/\s+/),
);
/** Words that are no part of a term: a clause or a modifier has begun. */
const NOT_IN_TERM = new Set(
  `the a an of in on at to for with by and or but that which who this these those it its their his her our we you they he
she not also often usually generally typically currently always only very most more still even just now then there
can may might will would could should must has have had do does did been being`.split(/\s+/),
);
/** What follows "is a/an/the" when the sentence ranks, counts or gives an example rather than defines. */
const NOT_A_DEFINITION_HEAD =
  /^(?:opposite|reverse|inverse|converse|counterpart|first|second|third|fourth|last|best|worst|most|least|only|same|main|key|major|biggest|largest|greatest|example|one|part|case|result|reason|number|way|goal|aim|subject|focus|topic|basis|source|cause|effect|fact|idea|thing|lot|bit|kind of|sort of|type of|little|big|good|great|new|old|crucial|important|vital|essential|significant|serious|huge|real|clear|strong|critical|factor|element|feature|aspect|issue|problem|priority|concern|challenge|success|failure|mistake|matter|question)\b/i;
/** What follows a bare "are" when it describes rather than defines ("are used to treat …", "are associated with …"). */
const NOT_PLURAL_DEFINITION =
  /^(?:\p{L}+(?:ed|ing)|not|often|also|very|more|less|still|usually|generally|typically|now|able|likely|unlikely|responsible|known|important|common|rare|many|few|all|both|each|two|three|four|five|\d)\b/iu;
/** A bare "are" defines with a plural noun and what sets it apart: "are memory aids that …" ("are unpredictable, and …" does not). */
const BARE_PLURAL_DEFINITION = /^(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s\s+(?:that|which|who|whose|used|of|in|for|with|to|from)\b/u;
/** "X is a …", "X are the …", "X refers to …", "X is defined as …": the term, then how the text defines it. */
const DEFINES =
  /^(?:(The|An?)\s+)?([\p{L}][\p{L}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})(?:\s+\([^()]{1,60}\))?\s+(is|are|refers to|refer to|is defined as|are defined as)\s+(.+)$/u;
/** The verb `DEFINES` needs within its first words (a cheap test before it: most sentences define nothing). */
const DEFINING_VERB = /^(?:\S+\s+){1,6}?(?:\([^()]{1,60}\)\s+)?(?:is|are|refers?)\s/;
/** Where a definition's clause ends: another clause joined on ("…; the PNS …", "…, while the ground is …"). */
const CLAUSE_END = /;|,\s+(?:while|whereas|but|the|and\s+(?:it|they|this|is|are))\b|\s+[–—-]\s+|\s\((?:[^()]*\d{4}[^()]*|e\.g\.[^()]*)\)/u;
/** A definition says what sets the thing apart: a relative clause, a phrase of purpose, place or part. */
const QUALIFIED = /\b(?:that|which|who|whose|where|when|in which|by which|of|in|to|for|from|by|with|used|between|within|through|on)\b/;

/** How the text defines a term (kept on its fact: see facts/types.ts). */
export interface DefinitionInfo {
  /** What the text says the term is, as written ("a state of equilibrium, or balance, in which …"). */
  definiens: string;
  /** "is" / "are" (the prompt asks "what is …?" / "what are …?"), or "refers to". */
  verb: "is" | "are" | "refers to";
}

const cache = new WeakMap<ArticleAnalysis, Fact[]>();

/**
 * The definitions an article gives, one fact per term (the first definition of it), its span the term in its sentence
 * (without "The"/"A"/"An"). `standsAlone` is make-quiz's test of a prompt a reader understands alone.
 */
export function findDefinitions(analysis: ArticleAnalysis, standsAlone: (text: string) => boolean): Fact[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  const seen = new Set<string>();
  // (worked out only for a text with a definition: most sentences have no "is/are/refers to" a few words in)
  let capitalisedInside: Set<string> | undefined;
  let headlineWords: Set<string> | undefined;
  for (const s of analysis.sentences) {
    // (a textbook's "we" and "us" are no speaker's: "memory aids that help us organize information" is a definition)
    if (s.metadata || s.text.length > 400 || !DEFINING_VERB.test(s.text) || /^[“"‘']/.test(s.text) || s.quoted.some((q) => q === 1)) continue;
    const m = DEFINES.exec(s.text);
    if (!m) continue;
    const [, det, term = "", verbWritten = "", rest = ""] = m;
    const words = term.split(/\s+/);
    const first = (words[0] ?? "").toLowerCase();
    if (NOT_A_TERM_START.has(first) || words.some((w) => NOT_IN_TERM.has(w.toLowerCase()))) continue;
    // a name ("Stardust is a NASA mission …", "Max Wertheimer"): written with a capital inside sentences too
    // ("Beck-Crespel is a specialist steel firm …": a capital inside a word too)
    if (words.some((w, i) => (i > 0 && /^\p{Lu}/u.test(w)) || /.\p{Lu}/u.test(w)) || (capitalisedInside ??= capitalisedMidSentence(analysis.sentences)).has(first)) continue;
    const verb: DefinitionInfo["verb"] = /^refers? to|defined as/.test(verbWritten) ? "refers to" : verbWritten === "are" ? "are" : "is";
    let definiens = rest;
    if (verb !== "refers to") {
      // "is a/an/the …" ("are" also without: "Mnemonic devices are memory aids that …"), and not a rank, a count or an
      // example ("is the first …", "is an example of …")
      const body = /^(?:a|an|the)\s+(.*)$/.exec(definiens)?.[1] ?? (verb === "are" && BARE_PLURAL_DEFINITION.test(definiens) && !NOT_PLURAL_DEFINITION.test(definiens) ? definiens : undefined);
      if (body === undefined || NOT_A_DEFINITION_HEAD.test(body)) continue;
    }
    const end = CLAUSE_END.exec(definiens);
    if (end) definiens = definiens.slice(0, end.index);
    definiens = definiens.replace(/[\s,.:!]+$/u, "");
    const count = definiens.split(/\s+/).length;
    if (count < 5 || count > 32 || !QUALIFIED.test(definiens) || /[“”"?]/.test(definiens)) continue;
    // the definition must not name the term ("Wavelength is related to the frequency of a wave" says what it is about)
    if (words.some((w) => w.length > 3 && mentions(definiens, w))) continue;
    // a definition that leans on the sentences before ("the portion of it that …") is no question a reader can take in
    if (!standsAlone(`${definiens.charAt(0).toUpperCase()}${definiens.slice(1)} exists.`)) continue;
    // a term the headline shows, in either number ("Understanding Bureaucracies and their Types" over "A bureaucracy is
    // …", reading OC): the quiz page shows the headline
    const termWords = contentWords(term);
    headlineWords ??= new Set(contentWords(analysis.headline));
    const inHeadline = headlineWords;
    if (mentions(analysis.headline, term) || (termWords.length > 0 && termWords.every((w) => inHeadline.has(w)))) continue;
    const key = normalizeAnswer(term);
    if (seen.has(key)) continue;
    seen.add(key);
    const start = det ? det.length + 1 : 0;
    const info: DefinitionInfo = { definiens, verb };
    out.push({
      id: `${s.paragraph}.${s.sentence}.${start}`,
      kind: "definition",
      text: term,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start,
      end: start + term.length,
      flags: [],
      form: verb === "refers to" ? (isPlural(words[words.length - 1] ?? term) ? "are" : "is") : verb,
      definition: info,
    });
  }
  cache.set(analysis, out);
  return out;
}

/** Lower-case words the article writes with a capital inside a sentence (names: "Gestalt", "Stardust"). */
function capitalisedMidSentence(sentences: readonly SentenceInfo[]): Set<string> {
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(/(?<=[\p{Ll},;:]\s)\p{Lu}[\p{L}-]*/gu)) out.add(m[0].toLowerCase());
  return out;
}

/** Other terms the text names as terms: "thick bundles of axons, called nerves", "a movement known as Gestalt psychology". */
// (a whole phrase, up to a comma, a full stop or a clause's next word: not "called into question by", "the timbre of a …")
const NAMED_TERM =
  /\b(?:called|known as|termed|referred to as)\s+(?:(?:a|an|the)\s+)?(\p{Ll}[\p{Ll}-]*\p{Ll}(?:\s+(?!of\b|the\b|a\b|an\b)\p{Ll}[\p{Ll}-]*\p{Ll}){0,2})(?=\s*[,.;:)]|\s+(?:and|that|which|who|is|are|in|to)\b)/gu;

/** The terms a definition question may offer besides its answer: the text's other defined and named terms, same number. */
function otherTerms(f: Fact, stem: string, ctx: BuildContext): string[] {
  const own = normalizeAnswer(f.text);
  const plural = f.form === "are";
  const pool = new Map<string, string>();
  const add = (t: string): void => {
    const k = normalizeAnswer(t);
    if (k === "" || k === own || pool.has(k) || k.includes(own) || own.includes(k) || mentions(stem, t)) return;
    const last = t.split(/\s+/).pop() ?? t;
    if (isPlural(last) !== plural) return;
    pool.set(k, t);
  };
  for (const d of findDefinitions(ctx.analysis, () => true)) add(d.text);
  for (const s of ctx.analysis.sentences) for (const m of s.text.matchAll(NAMED_TERM)) add(m[1] as string);
  // too few: the text's key concepts (find-concepts.ts), the ones it comes back to — a textbook's other terms ("federalism",
  // "public opinion", "the bureaucracy"), none sharing a word with the answer or the definition
  if (pool.size < 3 && ctx.concepts) {
    const taken = new Set([...contentWordsOf(f.text), ...contentWordsOf(stem)]);
    const concepts = [...ctx.concepts.buckets.values()]
      .flat()
      .filter((e) => e.salience >= 2 && e.sentences.length >= 2 && e.words.length <= 3)
      // one word only when it is built like a term ("consciousness", "perception", "federalism"), not an everyday noun
      // ("state", "practice", "meat")
      .filter((e) => e.words.length > 1 || (e.phrase.length >= 8 && TERM_SUFFIX.test(e.phrase)))
      .filter((e) => !e.words.some((w) => taken.has(w) || taken.has(w.replace(/s$/, ""))))
      .sort((a, b) => b.salience - a.salience || a.norm.localeCompare(b.norm));
    for (const e of concepts) add(e.phrase.replace(/^(?:the|a|an)\s+/i, ""));
  }
  return [...pool.values()];
}

const TERM_SUFFIX = /(?:ism|ity|tion|sion|sis|ology|ence|ance|ment|ness|ics|acy|ship)$/;

/** Lower-case words of a text longer than three letters (singular as written). */
const contentWordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

const capitalised = (t: string): string => `${t.charAt(0).toUpperCase()}${t.slice(1)}`;

/** The terms a text defines, normalised (per article: the finder's own result is cached too). */
const definedTermsOf = new WeakMap<ArticleAnalysis, Set<string>>();
function definedTerms(analysis: ArticleAnalysis): Set<string> {
  let terms = definedTermsOf.get(analysis);
  if (!terms) {
    terms = new Set(findDefinitions(analysis, () => true).map((d) => normalizeAnswer(d.text)));
    definedTermsOf.set(analysis, terms);
  }
  return terms;
}

/**
 * "The _____ is the tubular shaft that runs between the proximal and distal ends of the bone." typed (engine 2.14.14): the
 * definition sentence with its term blanked, as the named terms are asked (question-types/term.ts) and under their
 * guards — a term no reader knows without the text (not made only of words people say: 2.8's typed form failed on
 * "agency", which another word fits as well, reading OC), sharing no stem with the rest of its sentence, the sentence
 * naming no other term ("also called …") and no abbreviation of it after it ("(CT)").
 */
export function makeDefinitionCloze(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s || !f.definition) return undefined;
  const rest = `${s.text.slice(0, f.start)} ${s.text.slice(f.end)}`;
  if (known(f.text) || echoes(f.text, rest) || echoes(f.text, ctx.analysis.headline)) return undefined;
  // ("The term hypoxemia refers to …": the word "term" is no part of it; "… is the province of the paracrine, also called
  // a paracrine factor": another term in the sentence)
  if (/^(?:term|word|name)\b/i.test(f.text) || NAMING_WORD.test(s.text)) return undefined;
  if (/^\s*\(/.test(s.text.slice(f.end))) return undefined;
  // "A temporary synchondrosis is the epiphyseal plate …" beside "A synchondrosis is a cartilaginous joint …": the plain
  // term fits the blank too (reading XZ; the named terms' rule, term.ts)
  // (the finder's result is cached per article: the stand-alone test it was first called with holds)
  if (plainTermAmong(f.text, definedTerms(ctx.analysis))) return undefined;
  // "Polysaccharides are the polymers, and can consist of …": the polymers of what, the sentences before said (reading XY)
  if (/^the\s+\p{L}+\s*(?:,|$)/u.test(f.definition.definiens)) return undefined;
  // "The mycotoxin aflatoxin is …": a class noun before the thing's name, which typed alone would be marked wrong
  const words = f.text.split(/\s+/);
  if (words.length === 2) {
    const pos = posByOffset(s.text);
    if (pos.get(f.start) === "NOUN" && pos.get(f.start + (words[0] as string).length + 1) === "NOUN") return undefined;
  }
  const shown = articleIntoBlank(stemFor(s, f), f.text);
  return {
    id: questionId("cloze", f, "definition"),
    type: "cloze",
    prompt: shown.prompt,
    kind: "definition",
    answer: shown.answer,
    evidence: evidence(s, f),
    explanation: `Paragraph ${s.paragraph + 1} defines it: “${s.text}”`,
  };
}

/** "According to the text, what is a state of equilibrium … ?" among the text's other terms. */
export function makeDefinitionChoice(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  const info = f.definition;
  if (!s || !info) return undefined;
  const prompt =
    info.verb === "refers to"
      ? `In the text, which term refers to ${info.definiens}?`
      : `According to the text, what ${f.form === "are" ? "are" : "is"} ${info.definiens}?`;
  const others = otherTerms(f, prompt, ctx);
  if (others.length < 3) return undefined;
  const options = shuffleOptions(ctx.rng, prompt, [f.text, ...ctx.rng.shuffle(others).slice(0, 3)].map(capitalised));
  if (new Set(options.map(normalizeAnswer)).size !== 4) return undefined;
  return {
    id: questionId("choice", f),
    type: "choice",
    prompt,
    options,
    kind: "definition",
    answer: capitalised(f.text),
    evidence: evidence(s, f),
    explanation: explainFound(s, f),
  };
}
