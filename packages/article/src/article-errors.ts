/** Largest article text accepted, in UTF-8 bytes. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

export type ArticleParseErrorCode = "empty" | "no-headline" | "no-paragraphs" | "binary" | "too-large" | "invalid";

const defaultMessages: Record<ArticleParseErrorCode, string> = {
  empty: "The text is empty.",
  "no-headline": "The text has no headline: after the related-headline list there must be a headline line.",
  "no-paragraphs": "The text has a headline but no paragraphs below it.",
  binary: "This looks like binary data, not text.",
  "too-large": `The file is over ${MAX_ARTICLE_BYTES / 1024} KB; please paste a single article.`,
  invalid: "The article is not valid.",
};

/** A problem with article input that a person can fix; `message` is meant to be shown to them. */
export class ArticleParseError extends Error {
  readonly code: ArticleParseErrorCode;

  constructor(code: ArticleParseErrorCode, message: string = defaultMessages[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ArticleParseError";
    this.code = code;
  }
}

export function isArticleParseError(value: unknown): value is ArticleParseError {
  return value instanceof ArticleParseError;
}
