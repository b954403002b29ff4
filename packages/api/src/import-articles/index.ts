export { saveImportedArticle, importedArticleText, type ImportedArticle } from "./save-imported-article";
export { ensureFirstQuiz, type FirstQuiz } from "./create-first-quiz";
export { deleteArticle } from "./delete-article";
export {
  importPastedArticle,
  importUploadedFile,
  importFromAddress,
  fetchArticlePage,
  draftFromPage,
  normalizeAddress,
  sourceFromAddress,
  pasteImportInput,
  fileImportInput,
  addressImportInput,
  MAX_PASTE_CHARS,
  MAX_UPLOAD_BASE64_CHARS,
} from "./import-article";
export { importFeedItem, feedItemInput, type FeedItemResult, type FeedItemStage } from "./import-feed-item";
export { previewFeed, feedPreviewInput, MAX_PREVIEW_ITEMS, type FeedPreview } from "./preview-feed";
export { importUserError } from "./import-user-error";
export { importLimiter, feedPreviewLimiter, fetchOptionsFromEnv, IMPORTS_PER_WINDOW, IMPORT_WINDOW_MS } from "./import-limits";
