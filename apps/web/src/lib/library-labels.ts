import type { ArticleKind } from "@newsquiz/article";
import type { LibrarySort } from "@newsquiz/api";

// Names only (no schemas), so client components such as the article card can use them.

/** Filter buttons, in order: the plural a reader would look for. */
export const KIND_LABELS: Record<ArticleKind, string> = {
  news: "News",
  interview: "Interviews",
  biography: "Biographies",
  textbook: "Textbooks",
  other: "Other",
};

/** One article's kind, as its card says it. */
export const KIND_NAMES: Record<ArticleKind, string> = {
  news: "News",
  interview: "Interview",
  biography: "Biography",
  textbook: "Textbook",
  other: "Other",
};

export const SORT_LABELS: Record<LibrarySort, string> = {
  newest: "Newest",
  easiest: "Easiest",
  hardest: "Hardest",
  shortest: "Shortest",
  longest: "Longest",
};
