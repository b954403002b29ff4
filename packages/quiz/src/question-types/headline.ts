import { snippet, type BuildContext } from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import type { FullQuestion } from "../quiz-schema";
import { hashString, shuffleOptions } from "../rng";
import { QUESTION_TYPE_LABELS } from "./labels";
import type { QuestionTypeSpec } from "./question-type";

/** Which of four headlines is this article's? Distractors come from the article's own headline list. */
export function makeHeadline(ctx: BuildContext): FullQuestion | undefined {
  const headline = ctx.analysis.headline;
  const others = [...new Set(ctx.relatedHeadlines)].filter((h) => normalizeAnswer(h) !== normalizeAnswer(headline));
  if (others.length < 3) return undefined;
  const first = ctx.analysis.sentences[0];
  if (!first) return undefined;
  const options = shuffleOptions(ctx.rng, headline, [headline, ...ctx.rng.shuffle(others).slice(0, 3)]);
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

/**
 * Which headline fits: asked of the article as a whole, not of a fact. Left out of quizzes by default (the quiz page
 * shows the headline; `quizOptionsSchema` in quiz-schema.ts).
 */
export const headlineType: QuestionTypeSpec<"headline"> = {
  type: "headline",
  labels: QUESTION_TYPE_LABELS.headline,
  build: (_f, ctx) => makeHeadline(ctx),
};
