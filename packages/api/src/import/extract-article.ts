import { Readability } from "@mozilla/readability";
import type { ArticleDraft } from "@newsquiz/article";
import { parseHTML } from "linkedom";
import { cleanText, collectTextBlocks } from "./html-text";
import { ImportError } from "./import-error";
import { finishDraft } from "./finish-draft";
import { isDensePage, readDensePage } from "./dense-page";
import {
  MAX_METADATA_CHARS,
  normalizeDate,
  normalizeHttpUrl,
  readPageMetadata,
  stripTitleSuffix,
  type PageMetadata,
} from "./page-metadata";

export interface ExtractOptions {
  /** The address the page came from: the fallback for the article's url and the base for relative links. */
  url?: string;
}

/** Largest HTML string handed to the parser (the fetcher stops at 2 MB; this guards direct callers). */
const MAX_HTML_LENGTH = 4 * 1024 * 1024;

const shareWords = new Set([
  "share", "shares", "this", "the", "article", "story", "page", "on", "via", "facebook", "twitter", "x", "linkedin",
  "whatsapp", "email", "e-mail", "mail", "print", "copy", "copied", "link", "tweet", "reddit", "pinterest",
  "telegram", "messenger", "save", "bookmark", "flipboard", "comments", "comment", "gift",
]);

/** Short lines of page furniture that Readability sometimes leaves inside the article body. */
function isBoilerplate(text: string, context: { headline?: string; author?: string }): boolean {
  const lower = text.toLowerCase();
  const words = lower.split(/\s+/);
  if (context.headline && lower === context.headline.toLowerCase()) return true;
  if (/^(?:advertisement|advertising|sponsored( content)?|ad|skip advertisement|story continues below)$/i.test(text)) {
    return true;
  }
  // "Related: …", "Read more: …", "See also – …"
  if (/^(?:related|related articles?|related stories|read more|more|see also|also read|read also|recommended|watch|listen|more on this( story)?|further reading|more from [^:]{1,40})\s*[:：–—-]/i.test(text)) {
    return true;
  }
  // Share bars: every word is share vocabulary ("Share on Facebook Tweet Email").
  const bare = lower.replace(/[^\p{L}\p{N}\s-]/gu, " ").split(/\s+/).filter(Boolean);
  if (bare.length > 0 && bare.length <= 15 && bare.every((word) => shareWords.has(word))) return true;
  // Newsletter and subscription boxes.
  if (
    words.length <= 50 &&
    (/\bnewsletters?\b/i.test(text) ||
      (/\b(?:sign up|subscribe)\b/i.test(text) && /\b(?:inbox|e-?mail|briefing|updates|alerts)\b/i.test(text)))
  ) {
    return true;
  }
  // Comment counters and prompts.
  if (/^(?:\d+\s+comments?|comments?\s*\(\d+\)|leave a (?:comment|reply)|join the (?:conversation|discussion)|show comments|load comments)\b/i.test(text)) {
    return true;
  }
  // Bylines and photo credits.
  if (context.author && lower === `by ${context.author.toLowerCase()}`) return true;
  if (words.length <= 12 && /^by\s+\p{Lu}/iu.test(text) && !/[.!?]["”’]?$/.test(text)) return true;
  if (/^\(?(?:photo|image|picture|video|credit|file photo|illustration|graphic)s?\b\s*(?:by|:|\/|credit)/i.test(text)) {
    return true;
  }
  // Captions and labels: a lone short line that is not a sentence.
  if (words.length < 12 && !/[.!?…:;"”’')]$/.test(text)) return true;
  return false;
}

function parseDocument(html: string) {
  try {
    return parseHTML(html).document;
  } catch (cause) {
    throw new ImportError("no-article", undefined, { cause });
  }
}

/**
 * Extracts a news article from a page: Readability (Firefox Reader View's extractor) finds the main
 * content on a linkedom DOM (no scripts run), and the page's metadata (JSON-LD, Open Graph, <meta>,
 * canonical link) gives headline, author, publisher, date and url. A page too dense for that (thousands of
 * tiny blocks, see isDensePage) is read by one streaming pass instead (readDensePage): Readability and the DOM
 * work per element, which made such a page cost 11–18× ordinary text per byte. The result is plain text only:
 * entities decoded, whitespace collapsed, no markup. Throws ImportError("no-article") when no
 * article text remains.
 */
export function extractArticleFromHtml(html: string, options: ExtractOptions = {}): ArticleDraft {
  if (html.length > MAX_HTML_LENGTH) throw new ImportError("too-large");
  const found = isDensePage(html) ? readDense(html) : readWithReadability(html);
  return draftFromFound(found, options);
}

/** What a reader found on a page, before boilerplate is dropped and the draft is made. */
interface FoundArticle {
  metadata: PageMetadata;
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  blocks: string[];
}

/** Readability (Firefox Reader View's extractor) on a linkedom DOM: the main content, without page furniture. */
function readWithReadability(html: string): FoundArticle {
  const document = parseDocument(html);
  let metadata;
  let article: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; content?: unknown } | null;
  try {
    // Read metadata first: Readability rewrites the document it is given.
    metadata = readPageMetadata(document);
    const reader = new Readability<unknown>(document as unknown as Document, {
      serializer: (node) => node,
      charThreshold: 200,
    });
    article = reader.parse();
  } catch (cause) {
    throw new ImportError("no-article", undefined, { cause });
  }
  if (!article?.content) throw new ImportError("no-article");
  return { ...article, metadata, blocks: collectTextBlocks(article.content) };
}

/**
 * A page with too many elements per byte for Readability (thousands of tiny blocks): one streaming pass takes
 * every visible text block, and the metadata comes from a small document of the page's <meta>, <link>, <title>
 * and JSON-LD elements. Linear in the page's length.
 */
function readDense(html: string): FoundArticle {
  let page;
  let metadata;
  try {
    page = readDensePage(html);
    metadata = readPageMetadata(parseDocument(page.metadataHtml));
  } catch (cause) {
    throw new ImportError("no-article", undefined, { cause });
  }
  return { metadata, title: page.heading, blocks: page.blocks };
}

function draftFromFound(article: FoundArticle, options: ExtractOptions): ArticleDraft {
  const { metadata } = article;
  // Readability's own title, site name and byline come from the page too: clipped before any pattern runs.
  const clipped = (value: string) => cleanText(value.slice(0, MAX_METADATA_CHARS));
  const readerTitle = article.title ? clipped(article.title) : undefined;
  const publisher = metadata.publisher ?? (article.siteName ? clipped(article.siteName) || undefined : undefined);
  const byline = article.byline ? clipped(article.byline).replace(/^by\s+/i, "") || undefined : undefined;
  const author = metadata.author ?? byline;
  const titleSource = metadata.headline ?? readerTitle ?? metadata.title;
  const headline = titleSource ? stripTitleSuffix(titleSource, publisher) : undefined;

  const seen = new Set<string>();
  const paragraphs: string[] = [];
  for (const block of article.blocks) {
    if (isBoilerplate(block, { headline, author })) continue;
    if (seen.has(block)) continue;
    seen.add(block);
    paragraphs.push(block);
  }

  return finishDraft({
    headline: headline ?? paragraphs[0],
    paragraphs: headline ? paragraphs : paragraphs.slice(1),
    source: publisher,
    author,
    publishedAt: normalizeDate(metadata.publishedAt ?? article.publishedTime ?? undefined),
    url: normalizeHttpUrl(metadata.url, options.url) ?? normalizeHttpUrl(options.url),
  });
}
