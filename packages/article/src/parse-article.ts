import { type z } from "zod";
import { articleDraftSchema, slugSchema, type Article, type ArticleDraft, type Paragraph } from "./article-schema";
import { ArticleParseError, MAX_ARTICLE_BYTES } from "./article-errors";
import { findGlossary } from "./glossary";
import { readingStats } from "./reading-stats";
import { slugify } from "./slugify";
import { splitSentences } from "./split-sentences";

/** Share of control characters / U+FFFD above which text is taken for binary data. */
const BINARY_SHARE = 0.1;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  // C0/C1 controls other than tab, line feed, vertical tab, form feed, carriage return; plus the replacement char.
  const suspicious = text.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return suspicious > 0 && suspicious / text.length > BINARY_SHARE;
}

function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The article is not valid.";
  const where = issue.path.length > 0 ? ` (${issue.path.join(".")})` : "";
  return `The article is not valid${where}: ${issue.message}`;
}

/**
 * Derives sentences, reading stats, glossary and slug from a draft. Headline, paragraphs and related headlines
 * are trimmed and blank paragraphs dropped. Throws ArticleParseError ("invalid", "no-headline", "no-paragraphs").
 */
export function buildArticle(draft: ArticleDraft): Article {
  const parsed = articleDraftSchema.safeParse(draft);
  if (!parsed.success) throw new ArticleParseError("invalid", describeIssues(parsed.error), { cause: parsed.error });
  const { slug, headline: rawHeadline, paragraphs: rawParagraphs, relatedHeadlines, ...meta } = parsed.data;

  const headline = rawHeadline.trim();
  if (headline === "") throw new ArticleParseError("no-headline");
  const texts = rawParagraphs.map((p) => p.trim()).filter((p) => p !== "");
  if (texts.length === 0) throw new ArticleParseError("no-paragraphs");

  const paragraphs: Paragraph[] = texts.map((text, index) => ({ index, text, sentences: splitSentences(text) }));
  return {
    ...meta,
    slug: slug ?? slugify(headline),
    headline,
    paragraphs,
    relatedHeadlines: relatedHeadlines.map((h) => h.trim()).filter((h) => h !== ""),
    stats: readingStats(
      texts,
      paragraphs.map((p) => p.sentences.length),
    ),
    glossary: findGlossary(texts),
  };
}

/**
 * "fianc&#233;e" → "fiancée": text copied out of a web page's source keeps the numeric character references its HTML
 * used for letters outside ASCII, and a reader (or a quiz prompt) would show them as code. Only references to
 * characters from U+00A0 up are decoded — "&#60;" and "&amp;" in a text about HTML stay as written — and nothing that
 * is no character (surrogates, out of range).
 */
function decodeLetterReferences(line: string): string {
  if (!line.includes("&#")) return line;
  return line.replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));/gi, (whole, hex: string | undefined, dec: string | undefined) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    const isCharacter = code >= 0xa0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return isCharacter ? String.fromCodePoint(code) : whole;
  });
}

export interface ParseArticleOptions {
  /** Use this slug instead of one made from the headline. */
  slug?: string;
}

/**
 * Parses the plain-text article format:
 *
 *     - Related headline one        (optional list of "- " lines)
 *     - Related headline two
 *     Headline                      (first other non-empty line)
 *     First paragraph.              (every further non-empty line)
 *     Second paragraph.
 *
 * Tolerates a BOM, CRLF/CR line ends, blank lines and spaces around lines; decodes numeric references to letters
 * ("fianc&#233;e"); keeps all other characters (curly quotes, double spaces inside a line) as they are. Throws ArticleParseError with code
 * "empty", "too-large", "binary", "no-headline", "no-paragraphs" or "invalid"; never anything else.
 */
export function parseArticleText(text: string, opts: ParseArticleOptions = {}): Article {
  if (typeof text !== "string") throw new ArticleParseError("invalid", "The article must be text.");
  if (utf8Length(text) > MAX_ARTICLE_BYTES) throw new ArticleParseError("too-large");
  if (looksBinary(text)) throw new ArticleParseError("binary");

  const body = text.startsWith("\ufeff") ? text.slice(1) : text;
  if (body.trim() === "") throw new ArticleParseError("empty");
  if (opts.slug !== undefined && !slugSchema.safeParse(opts.slug).success) {
    throw new ArticleParseError("invalid", `"${opts.slug}" is not a valid slug: use lower-case letters, digits and single hyphens.`);
  }

  const lines = body
    .split(/\r\n|\r|\n/)
    .map((line) => decodeLetterReferences(line).trim())
    .filter((line) => line !== "");
  const relatedHeadlines: string[] = [];
  let i = 0;
  while (i < lines.length && /^-\s/.test(lines[i] ?? "")) {
    const related = (lines[i] ?? "").slice(1).trim();
    if (related !== "") relatedHeadlines.push(related);
    i++;
  }
  const headline = lines[i];
  if (headline === undefined) throw new ArticleParseError("no-headline");
  const paragraphs = lines.slice(i + 1);
  if (paragraphs.length === 0) throw new ArticleParseError("no-paragraphs");

  return buildArticle({ slug: opts.slug, headline, paragraphs, relatedHeadlines });
}
