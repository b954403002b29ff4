export { ImportError, isImportError, type ImportErrorCode } from "./import-error";
export {
  checkAddress,
  isAddressAllowed,
  importAllowListFromEnv,
  isHostAllowListed,
  type AddressVerdict,
  type AllowHosts,
} from "./address-policy";
export {
  safeFetch,
  DEFAULT_FETCH_TIMEOUT_MS,
  DEFAULT_FETCH_MAX_BYTES,
  MAX_REDIRECTS,
  type SafeFetchOptions,
  type SafeFetchResult,
  type FetchAccept,
  type HostLookup,
  type ResolvedAddress,
} from "./safe-fetch";
export { extractArticleFromHtml, type ExtractOptions } from "./extract-article";
export { readPageMetadata, stripTitleSuffix, type PageMetadata } from "./page-metadata";
export { draftFromPaste, splitParagraphs, pasteInputSchema, type PasteInput } from "./draft-from-paste";
export {
  draftFromFile,
  fileInputSchema,
  MAX_IMPORT_FILE_BYTES,
  type FileInput,
  type FileKind,
} from "./draft-from-file";
export { markdownToText, type MarkdownText } from "./markdown-text";
export { parseFeed, fetchFeed, MAX_FEED_ITEMS, type Feed, type FeedItem } from "./parse-feed";
export { importFromUrl } from "./import-from-url";
export { createRateLimiter, type ImportRateLimiter, type RateLimiterOptions } from "./import-rate-limit";
