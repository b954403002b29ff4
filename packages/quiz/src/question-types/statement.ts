import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import { getNlp, tagText } from "../facts/nlp";
import { evidence, questionId, type BuildContext } from "../make-questions";
import type { FullQuestion } from "../quiz-schema";

/**
 * Statements (kind `statement`): a sentence of the text that says what happened, asked true or false as written or
 * with its main verb negated ("The Bank of England raised interest rates to 4.75%." / "… did not raise …"). Any
 * sentence with a plain subject and a finite verb can be asked so — the lead sentences that carry a report's main point
 * too, which name no figure the other kinds could blank (issue #10: coverage and one question per 60 words).
 */
export interface StatementInfo {
  /** The sentence with its main verb negated. */
  negated: string;
}

/** Words that make a negation say little or nothing false ("may not", "not only", "also did not", "said"). */
const NOT_NEGATABLE =
  /\b(?:not|n't|never|no|none|nobody|nothing|neither|nor|without|cannot|hardly|barely|scarcely|only|also|even|just|still|already|may|might|could|perhaps|possibly|probably|likely|unlikely|reportedly|allegedly|apparently|appears?|appeared|seems?|seemed|according|(?:say|tell|add|believe|think|expect|hope|want|claim|argue|warn|insist|suggest|estimate|forecast|predict|admit|deny|fear|feel|know|reckon|concede|stress|note|observe|urge|describe)(?:s|es|d|ed)?|said|says|told|thought|knew|known|felt|denied|denies|either|or|if|unless|whether|than|almost|nearly|about|around|some)\b/i;

/** Words of quantity that a negation turns into "not every" ("every", "all", "most"). */
const QUANTIFIED = /\b(?:every|all|each|both|most|many|several|few|any)\b/i;

/** Auxiliaries that take "not" after them. */
const AUX_NOT = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "must", "should", "does", "do", "did"]);
/** "has", "have", "had" are auxiliaries only before a participle ("has 500 staff" is a main verb). */
const PERFECT = new Set(["has", "have", "had"]);
/** Parts of speech a subject is made of ("The European Central Bank", "Shares in Yukos", "Its 2004 profit"). */
const SUBJECT_POS = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP", "PART", "CCONJ", "SYM"]);

/**
 * The sentence with its main verb negated, or undefined when it has no plain subject and finite verb or a negation
 * would say little: the subject (a noun phrase, no comma, no verb) opens the sentence, the first verb is finite, and
 * the sentence holds no negation, hedge, attribution or comparison already. "The firm raised its offer" → "The firm did
 * not raise its offer"; "Shares were suspended" → "Shares were not suspended"; "The bank has cut rates" → "The bank has
 * not cut rates".
 */
export function negate(text: string): string | undefined {
  if (NOT_NEGATABLE.test(text) || /[“”"?;:()—–]|\s-\s|, (?:and|but|while|as|so)\b/.test(text)) return undefined;
  // "Every team was not sent …", "All refugees are not covered …": a negated quantifier says "not every", which may be true
  if (QUANTIFIED.test(text)) return undefined;
  const { values, spaces, pos } = tagText(text);
  let v = -1;
  for (let i = 0; i < values.length; i++) {
    const p = pos[i] ?? "";
    if (p === "VERB" || p === "AUX") {
      v = i;
      break;
    }
    // ("six-member": a hyphen inside a word)
    const hyphen = values[i] === "-" && (spaces[i] ?? "") === "" && (spaces[i + 1] ?? "") === "";
    if ((!SUBJECT_POS.has(p) && !hyphen) || values[i] === ",") return undefined;
  }
  // a subject with a noun in it ("Enron", "Sales", "The firm")
  if (v < 1 || !pos.slice(0, v).some((p) => p === "NOUN" || p === "PROPN")) return undefined;
  const word = values[v] ?? "";
  const lower = word.toLowerCase();
  const at = values.slice(0, v).reduce((n, w, i) => n + (spaces[i] ?? "").length + w.length, 0) + (spaces[v] ?? "").length;
  const before = text.slice(0, at);
  const after = text.slice(at + word.length);
  const next = pos[v + 1] ?? "";
  // "After news … was reported, …": a subject opens on no preposition; "observed that …": what someone observed is
  // theirs to say (as "said")
  if (pos[0] === "ADP" || pos[0] === "SCONJ" || /^\s+that\b/.test(after)) return undefined;
  if (AUX_NOT.has(lower) && (!PERFECT.has(lower) || next === "VERB" || (next === "ADV" && pos[v + 2] === "VERB"))) {
    return `${before}${word} not${after}`;
  }
  if ((pos[v] ?? "") !== "VERB" || /ing$/.test(lower)) return undefined;
  // a verb written as its lemma ("They make", "Federer beat", "cut"): present or past, the tense is not known
  const lemma = lemmaOf(text, v);
  if (!lemma || lemma === lower) return undefined;
  // otherwise "-s" is the present ("makes" → "does not make"), anything else a past ("rose", "raised" → "did not …")
  const thirdPerson = lower === `${lemma}s` || lower === `${lemma}es` || (lemma.endsWith("y") && lower === `${lemma.slice(0, -1)}ies`);
  return `${before}${thirdPerson ? "does" : "did"} not ${lemma}${after}`;
}

/** The lemma wink-nlp gives the `index`th token of `text`. */
function lemmaOf(text: string, index: number): string | undefined {
  const nlp = getNlp();
  // (wink-nlp's types give `its.lemma` an add-ons parameter that `out` does not declare; it runs as documented)
  const lemmas = nlp.readDoc(text).tokens().out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[];
  return lemmas[index]?.toLowerCase();
}

const cache = new WeakMap<ArticleAnalysis, Fact[]>();

/** Words a sentence has to hold to say something a reader can check (8–35 words, like a fair prompt). */
const MIN_WORDS = 8;
const MAX_WORDS = 35;

/**
 * The sentences that can be asked as statements: the story's own words (no quotation, no first person, no page
 * clutter), standing alone, with a negation `negate` can write.
 */
export function findStatements(analysis: ArticleAnalysis, standsAlone: (text: string) => boolean): Fact[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  for (const s of analysis.sentences) {
    if (s.metadata || s.voiced || s.quoted.some((q) => q === 1)) continue;
    const words = s.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS || !/[.!]$/.test(s.text.trim()) || !standsAlone(s.text)) continue;
    const negated = negate(s.text);
    if (!negated) continue;
    out.push({
      id: `${s.paragraph}.${s.sentence}.0`,
      kind: "statement",
      text: s.text,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start: 0,
      end: s.text.length,
      flags: [],
      statement: { negated },
    });
  }
  cache.set(analysis, out);
  return out;
}

/** "True or false? <the sentence>" as written (true) or with its main verb negated (false), keys kept even. */
export function makeStatementTrueFalse(f: Fact, s: SentenceInfo, ctx: BuildContext): FullQuestion | undefined {
  if (f.kind !== "statement" || !f.statement) return undefined;
  const truth = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  const shown = truth ? s.text : f.statement.negated;
  return {
    id: questionId("true-false", f, truth ? "statement" : "statement-negated"),
    type: "true-false",
    prompt: `True or false? ${shown}`,
    options: ["True", "False"],
    kind: "statement",
    answer: truth ? "true" : "false",
    evidence: evidence(s, f),
    explanation: truth ? `True (paragraph ${s.paragraph + 1}).` : `False: paragraph ${s.paragraph + 1} says “${s.text}”`,
  };
}
