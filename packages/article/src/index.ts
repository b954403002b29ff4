export * from "./article-schema";
export * from "./article-errors";
export { splitSentences } from "./split-sentences";
export { parseArticleText, buildArticle, type ParseArticleOptions } from "./parse-article";
export { slugify, MAX_SLUG_LENGTH } from "./slugify";
export {
  readingStats,
  readingLevel,
  fleschKincaidGrade,
  countWords,
  countSyllables,
  READING_WORDS_PER_MINUTE,
} from "./reading-stats";
export { findGlossary } from "./glossary";
export {
  articleKindSchema,
  licenseSchema,
  publisherSchema,
  starterLibraryManifestSchema,
  ARTICLE_KINDS,
  type ArticleKind,
  type License,
  type Publisher,
  type StarterLibraryManifest,
} from "./starter-library";
