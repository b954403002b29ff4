import { z } from "zod";

/** How many questions a quiz has (fewer when the article has fewer good facts). */
export const QUIZ_LENGTH = 10;
/**
 * The seed of an article's first quiz. Every reader's first quiz on an article uses it, so that quiz is
 * made once and shared (attempts point at the same stored quiz); retakes use a random seed.
 */
export const FIRST_QUIZ_SEED = 1;
/** Longest response stored for one question (a cloze answer is a few words; an option is a sentence at most). */
export const MAX_RESPONSE_LENGTH = 200;

const quizEnvSchema = z.object({
  NEWSQUIZ_FLAG_THRESHOLD: z.coerce
    .number({ error: "NEWSQUIZ_FLAG_THRESHOLD must be a whole number" })
    .int("NEWSQUIZ_FLAG_THRESHOLD must be a whole number")
    .min(1, "NEWSQUIZ_FLAG_THRESHOLD must be at least 1")
    .max(1000, "NEWSQUIZ_FLAG_THRESHOLD must be at most 1000")
    .default(3),
});

export interface QuizConfig {
  /** A question flagged by this many different readers is no longer put in new quizzes. */
  flagThreshold: number;
}

/** Reads the quiz settings from the environment; throws a readable error naming the bad variable. */
export function readQuizConfig(env: NodeJS.ProcessEnv = process.env): QuizConfig {
  const raw = env.NEWSQUIZ_FLAG_THRESHOLD;
  const parsed = quizEnvSchema.safeParse({ NEWSQUIZ_FLAG_THRESHOLD: raw === undefined || raw.trim() === "" ? undefined : raw });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return { flagThreshold: parsed.data.NEWSQUIZ_FLAG_THRESHOLD };
}
