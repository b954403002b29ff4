/** Why an import failed; each code has a message a person can act on. */
export type ImportErrorCode =
  | "not-allowed"
  | "timeout"
  | "too-large"
  | "not-a-page"
  | "not-a-feed"
  | "http-status"
  | "fetch-failed"
  | "too-many-redirects"
  | "no-article"
  | "file-too-large"
  | "not-text"
  | "empty"
  | "rate-limited";

const defaultMessages: Record<ImportErrorCode, string> = {
  "not-allowed": "This address is not allowed",
  timeout: "The page took longer than 10 s",
  "too-large": "The page is too large",
  "not-a-page": "This address did not return a web page",
  "not-a-feed": "This address did not return a news feed",
  "http-status": "The page could not be fetched",
  "fetch-failed": "The page could not be fetched",
  "too-many-redirects": "Too many redirects",
  "no-article": "No article text found on this page",
  "file-too-large": "The file is too large",
  "not-text": "This is not a text or HTML file",
  empty: "There is no article text to import",
  "rate-limited": "Too many imports; try again later",
};

/** An import that was refused or failed; `message` is meant to be shown to the person importing. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string = defaultMessages[code], options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ImportError";
    this.code = code;
  }
}

export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError;
}
