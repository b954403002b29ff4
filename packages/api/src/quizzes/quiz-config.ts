import type { EnvSource } from "@newsquiz/db";
import { readApiEnv } from "../env";

/** How many questions a quiz has (fewer when the article has fewer good facts). */
export const QUIZ_LENGTH = 10;
/**
 * The seed of an article's first quiz. Every reader's first quiz on an article uses it, so that quiz is
 * made once and shared (attempts point at the same stored quiz); retakes use a random seed.
 */
export const FIRST_QUIZ_SEED = 1;
/** Longest response stored for one question (a cloze answer is a few words; an option is a sentence at most). */
export const MAX_RESPONSE_LENGTH = 200;

export interface QuizConfig {
  /** A question flagged by this many different readers is no longer put in new quizzes. */
  flagThreshold: number;
}

/**
 * The quiz settings from the environment (NEWSQUIZ_FLAG_THRESHOLD, validated in `../env.ts` and checked at
 * boot); throws a readable ConfigError naming the bad variable.
 */
export function readQuizConfig(env?: EnvSource): QuizConfig {
  return { flagThreshold: readApiEnv(env).NEWSQUIZ_FLAG_THRESHOLD };
}
