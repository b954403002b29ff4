import type { Fact } from "../find-facts";
import { mentions } from "../distractors";
import { takesAn } from "../find-concepts";
import { distractorsFor, evidence, explainFound, FAMOUS_ROLE_BEFORE, questionId, stemFor, type BuildContext } from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import type { FullQuestion } from "../quiz-schema";
import { makeCauseChoice, makeCauseTrueFalse } from "./cause";
import { makeDefinitionChoice } from "./definition";
import { makeRoleChoice } from "./role";
import { makeTermChoice } from "./term";
import { QUESTION_TYPE_LABELS } from "./labels";
import type { QuestionTypeSpec } from "./question-type";
import { shuffleOptions } from "../rng";
import { escapeRegExp } from "../regexp";

/** Multiple choice: the sentence with the fact blanked, the fact and three same-kind values. */
export function makeChoice(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s) return undefined;
  const stem = stemFor(s, f);
  if (mentions(stem, f.text)) return undefined;
  // "Goode played ___, the brother of Inspector Lynley": a part of the answer's name left in the prompt gives it away
  if (f.kind === "person" && f.text.split(" ").some((w) => w.length > 2 && /^\p{Lu}/u.test(w) && mentions(stem, w))) return undefined;
  // "US President ___", "North Korean leader ___", "Facebook co-founder ___": world-famous, guessed without reading
  if (f.kind === "person" && FAMOUS_ROLE_BEFORE.test(s.text.slice(Math.max(0, f.start - 30), f.start))) return undefined;
  // "compared with 12.1% in Germany, _____ in Spain and 9.7% in France": the one option between its list neighbours
  if (betweenListed(stem, f.text) || pairedWith(stem, f.text)) return undefined;
  let wrong = distractorsFor(f, stem, ctx);
  // "an _____ lull": every option must take the article the prompt shows
  const article = /\b(a|an) _____/i.exec(stem)?.[1]?.toLowerCase();
  if (article) {
    const an = article === "an";
    if (takesAn(f.text) !== an) return undefined;
    wrong = wrong.filter((w) => takesAn(w) === an);
  }
  if (wrong.length < 3) return undefined;
  const options = shuffleOptions(ctx.rng, stem, [f.text, ...wrong.slice(0, 3)]);
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

/**
 * A blank inside a list of values written like the answer, one on each side ("12.1% in Germany, _____ in Spain and 9.7%
 * in France"): a reader takes the one option that falls between them (reading W).
 */
export function betweenListed(stem: string, answer: string): boolean {
  const at = stem.indexOf("_____");
  if (at < 0 || !/\d/.test(answer)) return false;
  const like = new RegExp(figureFree(answer));
  const before = stem.slice(Math.max(0, at - 45), at);
  const after = stem.slice(at + 5, at + 50);
  return like.test(before) && like.test(after) && /,\s[^,]*$/.test(before) && /^[^.;]*?(?:,|\band\b)/.test(after);
}

/** Multiple choice: a blanked value among three others of its kind; a cause fact as a choice among reasons (cause.ts). */
export const choiceType: QuestionTypeSpec<"choice"> = {
  type: "choice",
  labels: QUESTION_TYPE_LABELS.choice,
  build: (f, ctx) =>
    f.kind === "cause"
      ? (makeCauseChoice(f, ctx) ?? makeCauseTrueFalse(f, ctx))
      : f.kind === "role"
        ? makeRoleChoice(f, ctx)
        : f.kind === "definition"
          ? makeDefinitionChoice(f, ctx)
          : f.kind === "term"
            ? makeTermChoice(f, ctx)
            : makeChoice(f, ctx),
};

/**
 * A blank paired with a value written like the answer for another name ("falling cigarette sales of 13% in New York and
 * _____ in Ireland"): the option nearest the other value is the one a reader takes (reading BS). Typed or as a statement
 * instead.
 */
export function pairedWith(stem: string, answer: string): boolean {
  const at = stem.indexOf("_____");
  if (at < 0 || !/\d/.test(answer)) return false;
  const value = figureFree(answer);
  const like = new RegExp(`${value}\\s+(?:in|for|at|among|from)\\s+(?:the\\s+)?\\p{Lu}[^,;]{0,30}(?:,\\s*|\\s+and\\s+|\\s+but\\s+|\\s+while\\s+)$`, "u");
  const after = new RegExp(`^\\s+(?:in|for|at|among|from)\\s+(?:the\\s+)?\\p{Lu}[^,;]{0,30}?(?:,\\s*|\\s+and\\s+|\\s+but\\s+|\\s+while\\s+)${value}\\s+(?:in|for|at|among|from)\\s+(?:the\\s+)?\\p{Lu}`, "u");
  // (either side: "_____ in New York and 16% in Ireland" too)
  return (like.test(stem.slice(Math.max(0, at - 70), at)) && /^\s+(?:in|for|at|among|from)\s+(?:the\s+)?\p{Lu}/u.test(stem.slice(at + 5))) || after.test(stem.slice(at + 5));
}

/** The answer's form with any figure, as a regular expression: "16%" → "\d[\d,.]*%", "£1.5bn" → "£\d[\d,.]*bn". */
function figureFree(answer: string): string {
  return escapeRegExp(answer.trim()).replace(/\d(?:[\d,]|\\\.)*/, "\\d[\\d,.]*");
}
