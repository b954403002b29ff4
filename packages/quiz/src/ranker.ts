/**
 * The question ranker (issue 10): a logistic regression over `rankerFeatures`, trained offline on 3,225 questions that
 * fresh blind reviewers judged (readings A, B and H–U; `scripts/ranker-dataset.ts`, `scripts/ranker-eval.ts`,
 * `labels/ranker-labels.jsonl`). Its score is the estimated chance that a strict reader passes the question on all
 * four tests (answerable, unambiguous, grammatical and standing alone, not guessable).
 *
 * Held out one reading at a time (train on the other readings, score the unseen one), dropping the questions scored
 * below RANKER_FLOOR kept 94 % of them and raised their pass rate from 60.7 % to 63.2 %; the questions below it passed
 * about one time in five (packages/quiz/README.md, "A question ranker trained on blind verdicts"). On readings P–U the
 * first model (trained on A, B, H–O) hardly ranked at all (AUC 0.54): a modest tool, not a quality bar.
 */
import { z } from "zod";
import weightsJson from "./data/ranker-weights.json" with { type: "json" };
import type { FullQuestion } from "./quiz-schema";
import { RANKER_FEATURES, rankerVector, type RankerArticle } from "./ranker-features";

const modelSchema = z
  .object({
    /** The forms ("type/kind") with enough verdicts (20 or more) for the ranker to judge. */
    judged: z.array(z.string()),
    features: z.array(z.string()),
    weights: z.array(z.number()),
    bias: z.number(),
  })
  .refine((m) => m.features.length === m.weights.length && m.features.every((f, i) => f === RANKER_FEATURES[i]), {
    message: "ranker-weights.json does not list the features of ranker-features.ts in their order: retrain it",
  });

const MODEL = modelSchema.parse(weightsJson);

/** Candidates scored below this are dropped, even when the quiz gets shorter (chosen from the held-out table). */
export const RANKER_FLOOR = 0.4;

const JUDGED = new Set(MODEL.judged);

/**
 * Whether the labels hold enough verdicts on questions of this form for the ranker to judge them. Forms the readers saw
 * rarely or never (the headline question, "why" questions, "who said that …" on a claim, a choice of organisation) are
 * left to the engine's own rules: an additive model would judge them by weights learnt on other forms.
 */
export function ranked(q: Pick<FullQuestion, "type" | "kind">): boolean {
  return JUDGED.has(`${q.type}/${q.kind}`);
}

/** The estimated chance that a strict blind reader passes the question on all four tests; 1 for unranked kinds. */
export function rankerScore(q: FullQuestion, art: RankerArticle): number {
  if (!ranked(q)) return 1;
  return scoreVector(rankerVector(q, art));
}

/** The model's score of a feature vector (in the order of RANKER_FEATURES), whatever its form. */
export function scoreVector(f: ArrayLike<number>): number {
  let z0 = MODEL.bias;
  for (let i = 0; i < f.length; i++) z0 += (MODEL.weights[i] ?? 0) * (f[i] ?? 0);
  return 1 / (1 + Math.exp(-z0));
}
