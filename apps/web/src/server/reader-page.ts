import { getDb } from "@newsquiz/db";
import { slugSchema } from "@newsquiz/article";
import { UserFacingError } from "@newsquiz/api/errors";
import { getReaderArticle } from "@newsquiz/api/reader-article";
import { quizAvailabilityBySlug, type QuizAvailability } from "@newsquiz/api/quiz-availability";
import type { ReaderArticle } from "@/components/reader/article-reader";

/**
 * A public article as everyone sees it (no visitor: the page is the same for all), or null when there is none.
 * What `article.bySlug` answers a visitor without a session, read through the api's own function rather than a
 * tRPC caller: a caller needs the whole router, which would put the api (quiz engine and importers included)
 * into the Pages Router's server bundle too, a second copy beside the App Router's (apps/web/README.md, Memory).
 */
export async function loadPublicArticle(slug: string): Promise<ReaderArticle | null> {
  if (!slugSchema.safeParse(slug).success) return null;
  try {
    return await getReaderArticle(getDb(), { slug, userId: null });
  } catch (error) {
    if (error instanceof UserFacingError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/**
 * Whether a public article has a quiz, for its reader page (rendered once and cached: the engine runs, fenced,
 * at most once per article and process; see @newsquiz/api's quiz-availability.ts).
 */
export async function loadPublicQuizAvailability(slug: string): Promise<QuizAvailability> {
  return quizAvailabilityBySlug(getDb(), { slug, userId: null });
}
