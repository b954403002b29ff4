import type { ArticleAnalysis, Fact, SentenceInfo } from "./find-facts";
import { mentions, numericDistractors, placeDistractors, type ArticleValues } from "./distractors";
import { normalizeAnswer } from "./normalize-answer";
import type { FullQuestion, QuestionType } from "./quiz-schema";
import { hashString, type Rng } from "./rng";

export const BLANK = "_____";

export interface BuildContext {
  analysis: ArticleAnalysis;
  values: ArticleValues;
  rng: Rng;
  sentenceOf: (f: Fact) => SentenceInfo | undefined;
  relatedHeadlines: readonly string[];
  glossary: readonly { term: string; expansion: string }[];
}

const NUMERIC = new Set(["number", "date", "date-range", "percent", "money", "duration"]);

function questionId(type: QuestionType, f: Fact): string {
  return `q${hashString(`${type}|${f.id}|${f.text}`)}`;
}

/** A short window of the sentence around the fact, for explanations. */
function snippet(text: string, start: number, end: number): string {
  let a = Math.max(0, start - 50);
  let b = Math.min(text.length, end + 50);
  while (a > 0 && text[a - 1] !== " ") a--;
  while (b < text.length && text[b] !== " ") b++;
  return `${a > 0 ? "…" : ""}${text.slice(a, b).trim()}${b < text.length ? "…" : ""}`;
}

function evidence(s: SentenceInfo, f: Fact): FullQuestion["evidence"] {
  return { paragraph: s.paragraph, sentence: s.sentence, start: f.start, end: f.end, text: s.text };
}

function stemFor(s: SentenceInfo, f: Fact): string {
  return `${s.text.slice(0, f.start)}${BLANK}${s.text.slice(f.end)}`;
}

/** Same-kind wrong values for a fact, none of them stated in the stem. */
function distractorsFor(f: Fact, stem: string, ctx: BuildContext): string[] {
  if (NUMERIC.has(f.kind)) return numericDistractors(f, ctx.values, ctx.rng).filter((d) => !mentions(stem, d));
  if (f.kind === "place") return placeDistractors(f, ctx.values, stem, ctx.rng);
  if (f.kind === "person") {
    const answerWords = new Set(normalizeAnswer(f.group ?? f.text).split(" "));
    const others = ctx.analysis.persons
      .map((p) => p.full)
      .filter((full) => full !== f.group && !mentions(stem, full) && !mentions(stem, full.split(" ").pop() ?? full))
      .filter((full) => !normalizeAnswer(full).split(" ").some((w) => answerWords.has(w)))
      .filter((full) => full.split(" ").length >= 2 && !/[.]$/.test(full));
    return ctx.rng.shuffle(others).slice(0, 3);
  }
  if (f.kind === "organisation") {
    const seen = new Set<string>([normalizeAnswer(f.text)]);
    const others: string[] = [];
    // an organisation and its acronym are one organisation
    const sameAs = new Set<string>([normalizeAnswer(f.text)]);
    for (const g of ctx.glossary) {
      if (normalizeAnswer(g.term) === normalizeAnswer(f.text) || normalizeAnswer(g.expansion) === normalizeAnswer(f.text)) {
        sameAs.add(normalizeAnswer(g.term));
        sameAs.add(normalizeAnswer(g.expansion));
      }
    }
    if ([...sameAs].some((n) => n !== normalizeAnswer(f.text) && mentions(stem, n))) return [];
    // "The ___ said … the Secretary of State": a word of the answer in the stem gives it away
    if (normalizeAnswer(f.text).split(" ").some((w) => w.length > 3 && mentions(stem, w))) return [];
    for (const g of ctx.analysis.facts) {
      if (g.kind !== "organisation" || g.group !== f.group || g.text.split(" ").length < 2) continue;
      if (sameAs.has(normalizeAnswer(g.text))) continue;
      // two distractors sharing a word ("United Nations", "Untied Nations") would be near-duplicates
      const gw = normalizeAnswer(g.text).split(" ").filter((w) => w.length > 3);
      if (others.some((o) => normalizeAnswer(o).split(" ").some((w) => gw.includes(w)))) continue;
      const n = normalizeAnswer(g.text);
      if (seen.has(n) || mentions(stem, g.text)) continue;
      // "European Union" and "EU": the same organisation
      if (n.split(" ").some((w) => normalizeAnswer(f.text).split(" ").includes(w) && w.length > 3)) continue;
      seen.add(n);
      others.push(g.text);
    }
    return ctx.rng.shuffle(others).slice(0, 3);
  }
  return [];
}

function explainFound(s: SentenceInfo, f: Fact): string {
  return `Paragraph ${s.paragraph + 1} says: “${snippet(s.text, f.start, f.end)}”`;
}

/** Multiple choice: the sentence with the fact blanked, the fact and three same-kind values. */
export function makeChoice(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s) return undefined;
  const stem = stemFor(s, f);
  if (mentions(stem, f.text)) return undefined;
  const wrong = distractorsFor(f, stem, ctx);
  if (wrong.length < 3) return undefined;
  const options = ctx.rng.shuffle([f.text, ...wrong.slice(0, 3)]);
  if (new Set(options.map(normalizeAnswer)).size !== 4) return undefined;
  return {
    id: questionId("choice", f),
    type: "choice",
    prompt: stem,
    options,
    kind: f.kind,
    answer: f.text,
    evidence: evidence(s, f),
    explanation: explainFound(s, f),
  };
}

/** Type the missing words: numbers, dates, places, people (a surname alone is accepted). */
export function makeCloze(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s) return undefined;
  if (!NUMERIC.has(f.kind) && f.kind !== "place") return undefined;
  const stem = stemFor(s, f);
  if (mentions(stem, f.text)) return undefined;
  // a cloze needs a blank that only one value fills: keep the same distractor check as for choice
  if (distractorsFor(f, stem, ctx).length < 2) return undefined;
  return {
    id: questionId("cloze", f),
    type: "cloze",
    prompt: stem,
    kind: f.kind,
    answer: f.text,
    evidence: evidence(s, f),
    explanation: explainFound(s, f),
  };
}

/** A statement from the text, true as written or with the fact swapped for a same-kind value. */
export function makeTrueFalse(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s) return undefined;
  if (!NUMERIC.has(f.kind) && f.kind !== "place") return undefined;
  const stem = stemFor(s, f);
  const wrong = distractorsFor(f, stem, ctx);
  if (wrong.length < 1) return undefined;
  const isTrue = ctx.rng.next() < 0.5;
  const swapped = wrong[0] as string;
  const statement = isTrue ? s.text : stem.replace(BLANK, swapped);
  const explanation = isTrue
    ? `True. ${explainFound(s, f)}`
    : `False: the article says ${f.text}, not ${swapped}. ${explainFound(s, f)}`;
  return {
    id: questionId("true-false", f),
    type: "true-false",
    prompt: `True or false? ${statement}`,
    options: ["True", "False"],
    kind: f.kind,
    answer: isTrue ? "true" : "false",
    evidence: evidence(s, f),
    explanation,
  };
}

/** A quotation and four people from the article: who said it? */
export function makeWhoSaid(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s || f.kind !== "quote" || !f.speakerFull || !f.speaker) return undefined;
  const full = f.speakerFull;
  const useFull = s.text.includes(full);
  const surname = full.split(" ").pop() ?? full;
  const answer = useFull ? full : s.text.includes(f.speaker) && f.speaker.split(" ").length === 1 ? f.speaker : surname;
  if (!s.text.includes(answer)) return undefined;
  const quote = f.text.split(/\s+/).length > 40 ? `${f.text.split(/\s+/).slice(0, 40).join(" ")} …` : f.text;
  const others = ctx.analysis.persons
    .map((p) => p.full)
    .filter((p) => p !== full && p.split(" ").length >= 2 && !p.split(" ").some((w) => w.length > 2 && mentions(quote, w)))
    .filter((p) => !normalizeAnswer(p).split(" ").some((w) => normalizeAnswer(full).split(" ").includes(w)));
  if (others.length < 3 || mentions(quote, surname)) return undefined;
  const wrong = ctx.rng.shuffle(others).slice(0, 3).map((p) => (useFull ? p : (p.split(" ").pop() ?? p)));
  const options = ctx.rng.shuffle([answer, ...wrong]);
  if (new Set(options.map(normalizeAnswer)).size !== 4) return undefined;
  return {
    id: questionId("who-said", f),
    type: "who-said",
    prompt: `Who said: “${quote.replace(/[,.]$/, "")}”?`,
    options,
    kind: "quote",
    answer,
    evidence: evidence(s, f),
    explanation: `${full} said it (paragraph ${s.paragraph + 1}).`,
  };
}

/** Which of four headlines is this article's? Distractors come from the article's own headline list. */
export function makeHeadline(ctx: BuildContext): FullQuestion | undefined {
  const headline = ctx.analysis.headline;
  const others = [...new Set(ctx.relatedHeadlines)].filter((h) => normalizeAnswer(h) !== normalizeAnswer(headline));
  if (others.length < 3) return undefined;
  const first = ctx.analysis.sentences[0];
  if (!first) return undefined;
  const options = ctx.rng.shuffle([headline, ...ctx.rng.shuffle(others).slice(0, 3)]);
  return {
    id: `q${hashString(`headline|${headline}`)}`,
    type: "headline",
    prompt: "Which headline fits this article?",
    options,
    kind: "headline",
    answer: headline,
    evidence: { paragraph: first.paragraph, sentence: first.sentence, start: 0, end: first.text.length, text: first.text },
    explanation: `The article begins: “${snippet(first.text, 0, Math.min(first.text.length, 60))}”`,
  };
}
