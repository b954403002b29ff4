/**
 * Features of a candidate question for a ranker trained on blind reviewers' verdicts (issue 10): computed from the
 * question and its article only, so the training scripts (`scripts/ranker-eval.ts`) and the engine use the very same
 * function. Each feature is 0/1 or scaled to about [0, 1]. Cheap: a few regexes over the prompt and the options, and
 * one linear pass over the article (`rankerArticle`) shared by all its questions.
 *
 * Chosen from what reviewers of readings H–O failed: a prompt that leans on the text before it ("In that case, …",
 * "The bloc …", "he"), a quotation cut to a "that …" fragment, a dateline or caption run into the sentence, a blank
 * whose options differ in form (the only round figure, the highest of four), world-knowledge answers (a well-known
 * place, a name with a title among bare names), the answer's words in the headline. Two more after reading ~80 fail
 * reasons of P–U: a subject the prompt does not name ("The 29-year-old", "the party"), and the key at the end of a run
 * of figures one apart.
 */
import type { Article } from "@newsquiz/article";
import { BLANK } from "./make-questions";
import type { FullQuestion } from "./quiz-schema";
import { centralityAndFrequency, contentWords } from "./sentence-centrality";

/** What the features need to know about the article, worked out once per article. */
export interface RankerArticle {
  headlineWords: ReadonlySet<string>;
  /** Lower-cased article text (headline and body), to ask whether an option occurs in it. */
  lowerText: string;
  /** "p.s" → the sentence's centrality in [0, 1] (1 = most central) and its place in the article in [0, 1]. */
  sentences: ReadonlyMap<string, { centrality: number; position: number }>;
  /** In how many sentences each content word occurs. */
  sentenceFreq: ReadonlyMap<string, number>;
  /** The prompt's own features by type and prompt: the engine builds the same prompt again with other options. */
  promptCache: Map<string, PromptFeatures>;
  /** What each answer or option string is (a figure, its roundness, its form, its words): the same values recur. */
  valueCache: Map<string, ValueInfo>;
}

interface ValueInfo {
  words: readonly string[];
  number: number | undefined;
  roundness: number;
  shape: string;
  inArticle: boolean;
  titled: boolean;
}

/** The features that depend on the prompt and the question's type only (the other places of the vector are 0). */
interface PromptFeatures {
  values: Float64Array;
  words: ReadonlySet<string>;
}

/**
 * One linear pass over the article: centrality, place and word counts of its sentences. `known`: what the engine has
 * already worked out — each sentence's centrality by "p.s" and the content words' sentence counts — else it is worked
 * out here (the same numbers: both come from `centralityAndFrequency` over the article's sentences).
 */
export function rankerArticle(
  article: Pick<Article, "headline" | "paragraphs">,
  known?: { centralityOf: (key: string) => number | undefined; sentenceFreq: ReadonlyMap<string, number> },
): RankerArticle {
  const list = article.paragraphs.flatMap((p) => p.sentences.map((s) => ({ key: `${p.index}.${s.index}`, text: s.text })));
  const worked = known ? undefined : centralityAndFrequency({ headline: article.headline, sentences: list });
  const n = Math.max(list.length - 1, 1);
  const sentences = new Map<string, { centrality: number; position: number }>();
  list.forEach((s, i) => {
    sentences.set(s.key, { centrality: (known ? known.centralityOf(s.key) : worked?.centrality[i]) ?? 0.5, position: i / n });
  });
  return {
    headlineWords: new Set(contentWords(article.headline)),
    lowerText: `${article.headline}\n${article.paragraphs.map((p) => p.text).join("\n")}`.toLowerCase(),
    sentences,
    sentenceFreq: known?.sentenceFreq ?? worked?.sentenceFreq ?? new Map(),
    promptCache: new Map(),
    valueCache: new Map(),
  };
}

/** The features' names, in the order the weights file lists them. */
export const RANKER_FEATURES = [
  "type:choice", "type:true-false", "type:who-said",
  "kind:numeric", "kind:date", "kind:name", "kind:quote",
  "prompt:words", "prompt:long", "prompt:opener", "prompt:pronoun", "prompt:the-noun", "prompt:unnamed", "prompt:said",
  "prompt:quoted", "prompt:fragment", "prompt:dateline", "prompt:parens", "prompt:digits",
  "blank:start", "blank:position",
  "quote:lower-start",
  "answer:in-headline", "answer:in-prompt", "answer:recurs", "answer:round", "answer:year",
  "options:numeric", "options:answer-extreme", "options:answer-odd-round", "options:answer-run-end", "options:odd-shape",
  "options:outside-article", "options:titled",
  "evidence:lead", "evidence:position", "evidence:centrality",
] as const;
export type RankerFeature = (typeof RANKER_FEATURES)[number];

/** Each feature's place in a feature vector. */
const I = Object.fromEntries(RANKER_FEATURES.map((n, i) => [n, i])) as Record<RankerFeature, number>;

const NUMERIC_KINDS = new Set(["number", "percent", "money", "duration"]);
const DATE_KINDS = new Set(["date", "date-range"]);
const NAME_KINDS = new Set(["person", "place", "organisation"]);

/** A prompt that goes on from a sentence the reader cannot see. */
const OPENER =
  /^(?:But|And|Or|So|Yet|For example|For instance|However|Also|Then|Thus|Still|Instead|Meanwhile|Later|Finally|In addition|Moreover|As a result|In fact|In that case|Indeed|Therefore|By then|Even so|At the same time|Earlier|Now)\b/;
const PRONOUN = /\b(?:he|she|it|they|him|her|his|its|their|them|there|this|these|those)\b/gi;
/** "The bloc will have …", "The browser was …": a definite description of what the sentences before named. */
const THE_NOUN = /^(?:[\p{Lu}][^,]{0,40},\s+)?The\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*\b(?!\s+(?:of|that|which|who)\b)/u;
/**
 * Someone or something the prompt refers to without naming it, anywhere in the sentence: "The 29-year-old …", "the
 * pair then …", "the party" (of three in the article), "Souness's side" — readers of P–U failed these on G.
 */
const UNNAMED = /\bthe (?:\d+-year-old|pair|duo|trio|party)\b|['’]s (?:side|team|men)\b/i;
const SAID = /\b(?:said|says|added|adds|told|explained|according to)\b/i;
/** A dateline or a caption's date run into the sentence: "WASHINGTON –", "December 23, 2004 A recently …". */
const DATELINE = /^(?:\p{Lu}{3,}[\p{Lu} ,.]*\s*(?:\(\p{L}+\)\s*)?[-–—:]|\p{Lu}\p{Ll}+ \d{1,2}, \d{4} \p{Lu}|\d{1,2} \p{Lu}\p{Ll}+ \d{4} \p{Lu})/u;
const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;
/** A title or role glued to a name ("Secretary-General Kofi Annan", "Dr Smith"). */
const TITLED = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Prime Minister|Secretary|Secretary-General|Minister|Senator|Judge|General|Gen\.|Chancellor|King|Queen|Prince|Pope|Rev\.?|Professor|Prof\.?)\b/;

/** A word with a letter or a digit (a module constant: a pattern literal in a callback is a new object at each call). */
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => HAS_LETTER_OR_DIGIT.test(w));
}

/** The number an option or answer states (its first figure, "$1.3bn" → 1.3), or undefined. */
function numberIn(s: string): number | undefined {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(s);
  if (!m) return undefined;
  const v = Number(m[0].replace(/,/g, ""));
  return Number.isFinite(v) ? v : undefined;
}

/** How round a figure is: its trailing zeros before any decimal point ("400,000" → 5, "5.4%" → 0); -1 without one. */
function roundness(s: string): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(s);
  if (!m) return -1;
  if (m[0].includes(".")) return 0;
  return /0*$/.exec(m[0].replace(/,/g, ""))?.[0].length ?? 0;
}

/** An option's form: has digits, starts with a capital, how many words (up to 4). */
function shape(s: string): string {
  return `${/\d/.test(s) ? "d" : ""}${/^\p{Lu}/u.test(s) ? "C" : "l"}${Math.min(words(s).length, 4)}`;
}

function promptFeatures(type: FullQuestion["type"], fullPrompt: string): PromptFeatures {
  const prompt = fullPrompt.replace(/^True or false\?\s*/, "");
  const unquoted = prompt.replace(/[“"][^”"]*[”"]/g, " ");
  const pw = words(prompt).length;
  const blankAt = prompt.indexOf(BLANK);
  const f = new Float64Array(RANKER_FEATURES.length);
  f[I["prompt:words"]] = Math.min(pw, 60) / 60;
  f[I["prompt:long"]] = pw > 40 ? 1 : 0;
  f[I["prompt:opener"]] = OPENER.test(prompt) ? 1 : 0;
  f[I["prompt:pronoun"]] = Math.min((unquoted.match(PRONOUN) ?? []).length, 3) / 3;
  f[I["prompt:the-noun"]] = THE_NOUN.test(prompt) ? 1 : 0;
  f[I["prompt:unnamed"]] = UNNAMED.test(prompt) ? 1 : 0;
  f[I["prompt:said"]] = SAID.test(unquoted) ? 1 : 0;
  f[I["prompt:quoted"]] = /[“"]/.test(prompt) ? 1 : 0;
  // a sentence cut or run on: no closing stop, unbalanced quotation marks or brackets
  const quotes = (prompt.match(/[“”"]/g) ?? []).length;
  f[I["prompt:fragment"]] =
    type !== "who-said" &&
    (!/[.!?][”"’')\]]*$/.test(prompt.trim()) || quotes % 2 === 1 || (prompt.match(/\(/g) ?? []).length !== (prompt.match(/\)/g) ?? []).length)
      ? 1
      : 0;
  f[I["prompt:dateline"]] = DATELINE.test(prompt) ? 1 : 0;
  f[I["prompt:parens"]] = /\(/.test(prompt) ? 1 : 0;
  f[I["prompt:digits"]] = Math.min((prompt.replace(BLANK, " ").match(/\d+(?:[.,]\d+)*/g) ?? []).length, 4) / 4;
  f[I["blank:start"]] = blankAt >= 0 && blankAt < 3 ? 1 : 0;
  f[I["blank:position"]] = blankAt < 0 ? 0.5 : blankAt / Math.max(prompt.length, 1);
  // who-said on a quote that starts in lower case: a "that …" fragment of reported speech
  const quoted = /[“"]([^”"]*)[”"]?/.exec(fullPrompt)?.[1] ?? "";
  f[I["quote:lower-start"]] = type === "who-said" && /^\p{Ll}/u.test(quoted) ? 1 : 0;
  return { values: f, words: new Set(contentWords(prompt.replace(BLANK, " "))) };
}

function valueInfo(art: RankerArticle, v: string): ValueInfo {
  let hit = art.valueCache.get(v);
  if (!hit) {
    hit = {
      words: contentWords(v),
      number: numberIn(v),
      roundness: roundness(v),
      shape: shape(v),
      inArticle: art.lowerText.includes(v.toLowerCase()),
      titled: TITLED.test(v),
    };
    art.valueCache.set(v, hit);
  }
  return hit;
}

/** Feature values of a candidate question, by name (see RANKER_FEATURES). */
export function rankerFeatures(q: FullQuestion, art: RankerArticle): Record<RankerFeature, number> {
  const v = rankerVector(q, art);
  return Object.fromEntries(RANKER_FEATURES.map((n, i) => [n, v[i] ?? 0])) as Record<RankerFeature, number>;
}

/** The same feature values as a vector in the order of RANKER_FEATURES (no object per question: the engine's path). */
export function rankerVector(q: FullQuestion, art: RankerArticle): Float64Array {
  const tf = q.type === "true-false";
  const pkey = `${q.type}\u0000${q.prompt}`;
  let pf = art.promptCache.get(pkey);
  if (!pf) art.promptCache.set(pkey, (pf = promptFeatures(q.type, q.prompt)));
  const promptWords = pf.words;
  const answer = tf ? "" : q.answer;
  const ai = valueInfo(art, answer);
  const aw = ai.words;
  const opts = q.type === "choice" || q.type === "who-said" ? (q.options ?? []) : [];
  const where = art.sentences.get(`${q.evidence.paragraph}.${q.evidence.sentence}`);

  const f = pf.values.slice();
  f[I["type:choice"]] = q.type === "choice" ? 1 : 0;
  f[I["type:true-false"]] = tf ? 1 : 0;
  f[I["type:who-said"]] = q.type === "who-said" ? 1 : 0;
  f[I["kind:numeric"]] = NUMERIC_KINDS.has(q.kind) ? 1 : 0;
  f[I["kind:date"]] = DATE_KINDS.has(q.kind) ? 1 : 0;
  f[I["kind:name"]] = NAME_KINDS.has(q.kind) ? 1 : 0;
  f[I["kind:quote"]] = q.kind === "quote" ? 1 : 0;

  f[I["answer:in-headline"]] = aw.some((w) => art.headlineWords.has(w)) ? 1 : 0;
  f[I["answer:in-prompt"]] = aw.some((w) => promptWords.has(w)) ? 1 : 0;
  const recur = aw.length === 0 ? 0 : Math.max(...aw.map((w) => art.sentenceFreq.get(w) ?? 0));
  f[I["answer:recurs"]] = Math.min(Math.log1p(recur), 3) / 3;
  f[I["answer:round"]] = ai.roundness >= 2 ? 1 : 0;
  f[I["answer:year"]] = YEAR.test(answer.trim()) ? 1 : 0;

  const infos = opts.map((o) => valueInfo(art, o));
  const allNumeric = opts.length > 1 && infos.every((o) => o.number !== undefined);
  f[I["options:numeric"]] = allNumeric ? 1 : 0;
  let extreme = 0;
  if (allNumeric && ai.number !== undefined) {
    const nums = infos.map((o) => o.number as number);
    extreme = ai.number === Math.max(...nums) || ai.number === Math.min(...nums) ? 1 : 0;
  }
  f[I["options:answer-extreme"]] = extreme;
  f[I["options:answer-odd-round"]] = allNumeric && infos.filter((o) => o.roundness === ai.roundness).length === 1 ? 1 : 0;
  // the answer at one end of a run of whole figures one apart ("7 %, 8 %, 9 %, 10 %" with 10 % the key): the middle
  // ones look like a distractor generator's neighbours, the end one like the article's figure
  let runEnd = 0;
  if (allNumeric && ai.number !== undefined && Number.isInteger(ai.number)) {
    const nums = [...new Set(infos.map((o) => o.number as number))].sort((a, b) => a - b);
    const run = nums.length === infos.length && nums.length > 2 && nums.every((v, i) => i === 0 || v - (nums[i - 1] as number) === 1);
    runEnd = run && (ai.number === nums[0] || ai.number === nums[nums.length - 1]) ? 1 : 0;
  }
  f[I["options:answer-run-end"]] = runEnd;
  f[I["options:odd-shape"]] = opts.length > 1 && infos.filter((o) => o.shape === ai.shape).length === 1 ? 1 : 0;
  const others = opts.filter((o) => o !== answer);
  f[I["options:outside-article"]] =
    others.length === 0 || allNumeric ? 0 : others.filter((o) => !valueInfo(art, o).inArticle).length / others.length;
  f[I["options:titled"]] = infos.some((o) => o.titled) ? 1 : 0;

  f[I["evidence:lead"]] = q.evidence.paragraph === 0 ? 1 : 0;
  f[I["evidence:position"]] = where?.position ?? 0.5;
  f[I["evidence:centrality"]] = where?.centrality ?? 0.5;
  return f;
}
