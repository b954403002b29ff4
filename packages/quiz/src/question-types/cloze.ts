import type { Fact } from "../find-facts";
import { mentions } from "../distractors";
import { distractorsFor, evidence, explainFound, NUMERIC, questionId, stemFor, TITLED_BEFORE, type BuildContext } from "../make-questions";
import type { FullQuestion } from "../quiz-schema";
import { QUESTION_TYPE_LABELS } from "./labels";
import { makeListCloze } from "./list";
import { makeTermCloze } from "./term";
import { makeDefinitionCloze } from "./definition";
import type { QuestionTypeSpec } from "./question-type";
import { MONTH_NAME } from "../word-lists";

/** Type the missing words: numbers, dates, places, people (a surname alone is accepted). */
export function makeCloze(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s) return undefined;
  if (!NUMERIC.has(f.kind) && f.kind !== "place" && f.kind !== "person") return undefined;
  const stem = stemFor(s, f);
  if (mentions(stem, f.text)) return undefined;
  // "_____ will see more competition from mobile phone operators …" (2005): a blank that opens the sentence is its
  // subject, and any subject fits it typed (reading CP)
  if (/^\W*_____/.test(stem)) return undefined;
  // "Taking no chances, British and Soviet forces then invaded Iran in _____" (August 1941), "online between August and
  // _____" (November 2001): typed, the year alone (or the month alone) is as true as the month and year the key wants —
  // readings VL, VK, CQ and CS failed 23 of 69 such lines, most for this; they are chosen among other months, or stated
  if (f.kind === "date" && MONTH_NAME.test(f.text) && /\b\d{4}\b/.test(f.text)) return undefined;
  let accept: string[] | undefined;
  if (f.kind === "person") {
    // a full name the article checks ("Sujata Raisinghani"), whose surname is not left in the stem
    const words = f.text.split(" ");
    const surname = words[words.length - 1] ?? f.text;
    if (words.length < 2 || f.group !== f.text || mentions(stem, surname)) return undefined;
    // "US President ___", "Facebook co-founder ___": the title gives a famous name away
    if (TITLED_BEFORE.test(s.text.slice(Math.max(0, f.start - 30), f.start))) return undefined;
    accept = [surname];
  } else if (distractorsFor(f, stem, ctx, "typed").length < 2) {
    // a cloze needs a blank that only one value fills: keep the same distractor check as for choice
    return undefined;
  }
  if (f.form === "ordinal-word" && f.value !== undefined) accept = [`${f.value}${["th", "st", "nd", "rd"][f.value] ?? "th"}`];
  const q: FullQuestion = {
    id: questionId("cloze", f),
    type: "cloze",
    prompt: stem,
    kind: f.kind,
    answer: f.text,
    evidence: evidence(s, f),
    explanation: explainFound(s, f),
  };
  if (accept) q.accept = accept;
  return q;
}

/** Fill in the blank: the reader types the missing value or name, graded leniently (normalize-answer.ts). */
export const clozeType: QuestionTypeSpec<"cloze"> = {
  type: "cloze",
  labels: QUESTION_TYPE_LABELS.cloze,
  build: (f, ctx) =>
    f.kind === "list" ? makeListCloze(f, ctx) : f.kind === "term" ? makeTermCloze(f, ctx) : f.kind === "definition" ? makeDefinitionCloze(f, ctx) : makeCloze(f, ctx),
};
