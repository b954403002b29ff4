import { articleDraftSchema, articleMetaSchema, MAX_ARTICLE_BYTES, type ArticleDraft } from "@newsquiz/article";
import { ImportError } from "./import-error";

export const MAX_HEADLINE_LENGTH = 300;
/** Said when the text found (on a page, in a file) is over the paste limit. */
export const ARTICLE_TOO_LARGE = `The article is too long to import: at most ${MAX_ARTICLE_BYTES / 1024} KB of text`;
const MAX_META_LENGTH = 200;

/** Cuts `text` to at most `max` characters at a word boundary, adding "…" when it was cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface DraftParts {
  headline: string | undefined;
  paragraphs: readonly string[];
  relatedHeadlines?: readonly string[];
  source?: string;
  author?: string;
  publishedAt?: string;
  url?: string;
}

/**
 * Builds a valid ArticleDraft: clips over-long headline and metadata, drops metadata the schema would
 * refuse (an odd date, a non-http URL) instead of failing the whole import, and validates with
 * articleDraftSchema. Throws ImportError("no-article") when no headline or paragraph is left, ImportError("too-large")
 * when the text is over MAX_ARTICLE_BYTES (200 KB, the paste limit).
 */
export function finishDraft(parts: DraftParts, emptyMessage?: string): ArticleDraft {
  // Copied natively unless there is an empty one to drop (a callback per paragraph is most of the cost of a
  // one-word paragraph).
  const paragraphs = parts.paragraphs.includes("") ? parts.paragraphs.filter((paragraph) => paragraph.length > 0) : parts.paragraphs.slice();
  const headline = parts.headline ? clip(parts.headline, MAX_HEADLINE_LENGTH) : undefined;
  if (!headline || paragraphs.length === 0) throw new ImportError("no-article", emptyMessage);
  // The same limit as a paste, whichever way the text came (a page or a feed item can hold megabytes).
  // Headline and paragraphs each with a line break: measured at once (a call per paragraph cost more than the
  // paragraph itself when there are thousands of one-word ones).
  const bytes = Buffer.byteLength(headline, "utf8") + Buffer.byteLength(paragraphs.join("\n"), "utf8") + 1;
  if (bytes > MAX_ARTICLE_BYTES) throw new ImportError("too-large", ARTICLE_TOO_LARGE);

  const meta: Record<string, string> = {};
  const candidates = {
    source: parts.source ? clip(parts.source, MAX_META_LENGTH) : undefined,
    author: parts.author ? clip(parts.author, MAX_META_LENGTH) : undefined,
    publishedAt: parts.publishedAt,
    url: parts.url,
  };
  for (const [key, value] of Object.entries(candidates)) {
    if (value === undefined) continue;
    const field = articleMetaSchema.shape[key as keyof typeof candidates];
    if (field.safeParse(value).success) meta[key] = value;
  }
  const related = [...new Set((parts.relatedHeadlines ?? []).filter(Boolean).map((h) => clip(h, MAX_HEADLINE_LENGTH)))];

  const result = draftWithoutParagraphs.safeParse({
    ...meta,
    headline,
    relatedHeadlines: related.slice(0, 100),
  });
  if (!result.success) throw new ImportError("no-article", emptyMessage, { cause: result.error });
  // The paragraphs are what articleDraftSchema asks (at least one, each a non-empty string) by the check above;
  // zod checked each one again at a cost per paragraph that was above the cost of a one-word paragraph itself.
  const { relatedHeadlines, ...rest } = result.data;
  return { ...rest, paragraphs, relatedHeadlines };
}

/** articleDraftSchema for everything but the paragraphs, which finishDraft checks in its own pass. */
const draftWithoutParagraphs = articleDraftSchema.omit({ paragraphs: true });
