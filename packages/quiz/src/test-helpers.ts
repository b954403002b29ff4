// Helpers for tests only (not exported from index.ts).
import { buildArticle, type Article } from "@newsquiz/article";

/** An article from paragraphs of real sentences. */
export function articleOf(paragraphs: string[], headline = "A headline about something else entirely"): Article {
  return buildArticle({ headline, paragraphs, relatedHeadlines: [] });
}
