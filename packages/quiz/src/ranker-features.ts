/**
 * Features of a candidate question for a ranker trained on blind reviewers' verdicts (issue 10): computed from the
 * question and its article only, so the training scripts (`scripts/ranker-eval.ts`) and the engine use the very same
 * function. Each feature is 0/1 or scaled to about [0, 1]. Cheap: a few regexes over the prompt and the options, and
 * one linear pass over the article (`rankerArticle`) shared by all its questions.
 *
 * Chosen from what reviewers of readings H–O failed: a prompt that leans on the text before it ("In that case, …",
 * "The bloc …", "he"), a quotation cut to a "that …" fragment, a dateline or caption run into the sentence, a blank
 * whose options differ in form (the only round figure, the highest of four), world-knowledge answers (a well-known
 * place, a name with a title among bare names), the answer's words in the headline.
 */
import type { Article } from "@newsquiz/article";
import { BLANK } from "./make-questions";
import type { FullQuestion } from "./quiz-schema";
import { contentWords, sentenceCentrality } from "./sentence-centrality";

/** What the features need to know about the article, worked out once per article. */
export interface RankerArticle {
  headlineWords: ReadonlySet<string>;
  /** Lower-cased article text (headline and body), to ask whether an option occurs in it. */
  lowerText: string;
  /** "p.s" → the sentence's centrality in [0, 1] (1 = most central) and its place in the article in [0, 1]. */
  sentences: ReadonlyMap<string, { centrality: number; position: number }>;
  /** In how many sentences each content word occurs. */
  sentenceFreq: ReadonlyMap<string, number>;
}

/** One linear pass over the article: centrality, place and word counts of its sentences. */
export function rankerArticle(article: Pick<Article, "headline" | "paragraphs">): RankerArticle {
  const list = article.paragraphs.flatMap((p) => p.sentences.map((s) => ({ key: `${p.index}.${s.index}`, text: s.text })));
  const centrality = sentenceCentrality({ headline: article.headline, sentences: list });
  const n = Math.max(list.length - 1, 1);
  const sentences = new Map<string, { centrality: number; position: number }>();
  const sentenceFreq = new Map<string, number>();
  list.forEach((s, i) => {
    sentences.set(s.key, { centrality: centrality[i] ?? 0.5, position: i / n });
    for (const w of contentWords(s.text)) sentenceFreq.set(w, (sentenceFreq.get(w) ?? 0) + 1);
  });
  return {
    headlineWords: new Set(contentWords(article.headline)),
    lowerText: `${article.headline}\n${article.paragraphs.map((p) => p.text).join("\n")}`.toLowerCase(),
    sentences,
    sentenceFreq,
  };
}

/** The features' names, in the order the weights file lists them. */
export const RANKER_FEATURES = [
  "type:choice", "type:true-false", "type:who-said",
  "kind:numeric", "kind:date", "kind:name", "kind:quote",
  "prompt:words", "prompt:long", "prompt:opener", "prompt:pronoun", "prompt:the-noun", "prompt:said",
  "prompt:quoted", "prompt:fragment", "prompt:dateline", "prompt:parens", "prompt:digits",
  "blank:start", "blank:position",
  "quote:lower-start",
  "answer:in-headline", "answer:in-prompt", "answer:recurs", "answer:round", "answer:year",
  "options:numeric", "options:answer-extreme", "options:answer-odd-round", "options:odd-shape",
  "options:outside-article", "options:titled",
  "evidence:lead", "evidence:position", "evidence:centrality",
] as const;
export type RankerFeature = (typeof RANKER_FEATURES)[number];

const NUMERIC_KINDS = new Set(["number", "percent", "money", "duration"]);
const DATE_KINDS = new Set(["date", "date-range"]);
const NAME_KINDS = new Set(["person", "place", "organisation"]);

/** A prompt that goes on from a sentence the reader cannot see. */
const OPENER =
  /^(?:But|And|Or|So|Yet|For example|For instance|However|Also|Then|Thus|Still|Instead|Meanwhile|Later|Finally|In addition|Moreover|As a result|In fact|In that case|Indeed|Therefore|By then|Even so|At the same time|Earlier|Now)\b/;
const PRONOUN = /\b(?:he|she|it|they|him|her|his|its|their|them|there|this|these|those)\b/gi;
/** "The bloc will have …", "The browser was …": a definite description of what the sentences before named. */
const THE_NOUN = /^(?:[\p{Lu}][^,]{0,40},\s+)?The\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*\b(?!\s+(?:of|that|which|who)\b)/u;
const SAID = /\b(?:said|says|added|adds|told|explained|according to)\b/i;
/** A dateline or a caption's date run into the sentence: "WASHINGTON –", "December 23, 2004 A recently …". */
const DATELINE = /^(?:\p{Lu}{3,}[\p{Lu} ,.]*\s*(?:\(\p{L}+\)\s*)?[-–—:]|\p{Lu}\p{Ll}+ \d{1,2}, \d{4} \p{Lu}|\d{1,2} \p{Lu}\p{Ll}+ \d{4} \p{Lu})/u;
const YEAR = /^(?:1[5-9]\d\d|20\d\d)s?$/;
/** A title or role glued to a name ("Secretary-General Kofi Annan", "Dr Smith"). */
const TITLED = /^(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Prime Minister|Secretary|Secretary-General|Minister|Senator|Judge|General|Gen\.|Chancellor|King|Queen|Prince|Pope|Rev\.?|Professor|Prof\.?)\b/;

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
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

/** Feature values of a candidate question, by name (see RANKER_FEATURES). */
export function rankerFeatures(q: FullQuestion, art: RankerArticle): Record<RankerFeature, number> {
  const tf = q.type === "true-false";
  const prompt = q.prompt.replace(/^True or false\?\s*/, "");
  const unquoted = prompt.replace(/[“"][^”"]*[”"]/g, " ");
  const pw = words(prompt).length;
  const blankAt = prompt.indexOf(BLANK);
  const answer = tf ? "" : q.answer;
  const aw = contentWords(answer);
  const promptWords = new Set(contentWords(prompt.replace(BLANK, " ")));
  const opts = q.type === "choice" || q.type === "who-said" ? (q.options ?? []) : [];
  const where = art.sentences.get(`${q.evidence.paragraph}.${q.evidence.sentence}`);

  const f = {} as Record<RankerFeature, number>;
  f["type:choice"] = q.type === "choice" ? 1 : 0;
  f["type:true-false"] = tf ? 1 : 0;
  f["type:who-said"] = q.type === "who-said" ? 1 : 0;
  f["kind:numeric"] = NUMERIC_KINDS.has(q.kind) ? 1 : 0;
  f["kind:date"] = DATE_KINDS.has(q.kind) ? 1 : 0;
  f["kind:name"] = NAME_KINDS.has(q.kind) ? 1 : 0;
  f["kind:quote"] = q.kind === "quote" ? 1 : 0;

  f["prompt:words"] = Math.min(pw, 60) / 60;
  f["prompt:long"] = pw > 40 ? 1 : 0;
  f["prompt:opener"] = OPENER.test(prompt) ? 1 : 0;
  f["prompt:pronoun"] = Math.min((unquoted.match(PRONOUN) ?? []).length, 3) / 3;
  f["prompt:the-noun"] = THE_NOUN.test(prompt) ? 1 : 0;
  f["prompt:said"] = SAID.test(unquoted) ? 1 : 0;
  f["prompt:quoted"] = /[“"]/.test(prompt) ? 1 : 0;
  // a sentence cut or run on: no closing stop, unbalanced quotation marks or brackets
  const quotes = (prompt.match(/[“”"]/g) ?? []).length;
  f["prompt:fragment"] =
    q.type !== "who-said" &&
    (!/[.!?][”"’')\]]*$/.test(prompt.trim()) || quotes % 2 === 1 || (prompt.match(/\(/g) ?? []).length !== (prompt.match(/\)/g) ?? []).length)
      ? 1
      : 0;
  f["prompt:dateline"] = DATELINE.test(prompt) ? 1 : 0;
  f["prompt:parens"] = /\(/.test(prompt) ? 1 : 0;
  f["prompt:digits"] = Math.min((prompt.replace(BLANK, " ").match(/\d+(?:[.,]\d+)*/g) ?? []).length, 4) / 4;
  f["blank:start"] = blankAt >= 0 && blankAt < 3 ? 1 : 0;
  f["blank:position"] = blankAt < 0 ? 0.5 : blankAt / Math.max(prompt.length, 1);
  // who-said on a quote that starts in lower case: a "that …" fragment of reported speech
  const quoted = /[“"]([^”"]*)[”"]?/.exec(q.prompt)?.[1] ?? "";
  f["quote:lower-start"] = q.type === "who-said" && /^\p{Ll}/u.test(quoted) ? 1 : 0;

  f["answer:in-headline"] = aw.some((w) => art.headlineWords.has(w)) ? 1 : 0;
  f["answer:in-prompt"] = aw.some((w) => promptWords.has(w)) ? 1 : 0;
  const recur = aw.length === 0 ? 0 : Math.max(...aw.map((w) => art.sentenceFreq.get(w) ?? 0));
  f["answer:recurs"] = Math.min(Math.log1p(recur), 3) / 3;
  f["answer:round"] = roundness(answer) >= 2 ? 1 : 0;
  f["answer:year"] = YEAR.test(answer.trim()) ? 1 : 0;

  const nums = opts.map(numberIn);
  const allNumeric = opts.length > 1 && nums.every((v) => v !== undefined);
  f["options:numeric"] = allNumeric ? 1 : 0;
  const av = numberIn(answer);
  f["options:answer-extreme"] =
    allNumeric && av !== undefined && (av === Math.max(...(nums as number[])) || av === Math.min(...(nums as number[]))) ? 1 : 0;
  const ar = roundness(answer);
  const rs = opts.map(roundness);
  f["options:answer-odd-round"] = allNumeric && rs.filter((r) => r === ar).length === 1 ? 1 : 0;
  const shapes = opts.map(shape);
  f["options:odd-shape"] = opts.length > 1 && shapes.filter((s) => s === shape(answer)).length === 1 ? 1 : 0;
  const others = opts.filter((o) => o !== answer);
  f["options:outside-article"] =
    others.length === 0 || allNumeric ? 0 : others.filter((o) => !art.lowerText.includes(o.toLowerCase())).length / others.length;
  f["options:titled"] = opts.some((o) => TITLED.test(o)) ? 1 : 0;

  f["evidence:lead"] = q.evidence.paragraph === 0 ? 1 : 0;
  f["evidence:position"] = where?.position ?? 0.5;
  f["evidence:centrality"] = where?.centrality ?? 0.5;
  return f;
}
