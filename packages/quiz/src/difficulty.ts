import { normalizeAnswer } from "./normalize-answer";
import type { Difficulty, FullQuestion, QuestionType } from "./quiz-schema";

/**
 * How hard a question is, estimated from what makes a reader work (no reader data yet — the weights are set by hand
 * and said here so they can be fitted to scores later):
 * - the form: recognising a true statement is easiest (half the guesses are right), picking from four options harder,
 *   recalling a typed answer hardest;
 * - where the evidence is: past the first third of the text a reader has to have read on, not only the lead;
 * - how long the evidence sentence is: over 30 words there is more to untangle;
 * - how close the wrong options are: numbers within 15 % of the answer have to be remembered, not estimated.
 */
const FORM: Record<QuestionType, number> = { "true-false": 0, headline: 0, "who-said": 1, choice: 1, meaning: 1, cloze: 2 };

/** The first number an option states, number words read as digits ("twelve" = 12), or undefined. */
function valueOf(text: string): number | undefined {
  const m = /\d+(?:\.\d+)?/.exec(normalizeAnswer(text));
  return m ? Number(m[0]) : undefined;
}

export function difficultyScore(q: FullQuestion, paragraphs: number): number {
  let score = FORM[q.type];
  if (paragraphs > 2 && q.evidence.paragraph >= paragraphs / 3) score += 0.5;
  if (q.evidence.text.split(/\s+/).length > 30) score += 0.5;
  if (q.type === "choice" && q.options) {
    const answer = valueOf(q.answer);
    const others = q.options.filter((o) => o !== q.answer).map(valueOf);
    if (answer !== undefined && answer !== 0 && others.some((o) => o !== undefined && Math.abs(o - answer) / Math.abs(answer) < 0.15)) score += 0.5;
  }
  return score;
}

export function difficultyOf(q: FullQuestion, paragraphs: number): Difficulty {
  const score = difficultyScore(q, paragraphs);
  return score < 1 ? "easy" : score < 2 ? "medium" : "hard";
}
