import { ArticleParseError, MAX_ARTICLE_BYTES, parseArticleText, type ArticleDraft } from "@newsquiz/article";
import { z } from "zod";
import { finishDraft, MAX_HEADLINE_LENGTH } from "./finish-draft";
import { stripControlCharacters } from "./html-text";

export const pasteInputSchema = z.object({
  headline: z.string().max(2000).optional(),
  text: z.string(),
});
export type PasteInput = z.input<typeof pasteInputSchema>;

/** Share of control characters / U+FFFD above which text is taken for binary data (as in parseArticleText). */
const BINARY_SHARE = 0.1;

function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
   
  const suspicious = text.match(/[\u0001-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return suspicious > 0 && suspicious / text.length > BINARY_SHARE;
}

/** What String.prototype.trim removes: ECMAScript white space and line terminators. */
function isTrimmed(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Splits body text into paragraphs. When blank lines separate blocks (or `blocks` is set because the
 * whole paste had them), each block is one paragraph and its hard-wrapped lines are joined with
 * spaces; otherwise every non-empty line is a paragraph. One scan of the text that cuts each line out and trims
 * only lines whose ends are white space: splitting, trimming and filtering arrays cost more per line than a
 * one-word line itself, so a paste of 30,000 of them took 6× ordinary text per byte.
 */
export function splitParagraphs(body: string, blocks: boolean = /\n[ \t]*\n/.test(body.trim())): string[] {
  const text = body.replace(/\r\n?/g, "\n").trim();
  if (text === "") return [];
  // One paragraph per line and no white space next to a line break: the lines as they are, split natively.
  if (!blocks && !/\n\n|[^\S\n]\n|\n[^\S\n]/.test(text)) return text.split("\n");
  const paragraphs: string[] = [];
  let current = "";
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    // Most lines have nothing to trim: their ends are checked, and only the others are trimmed.
    const untrimmed = text.slice(start, end);
    const line =
      start < end && !isTrimmed(text.charCodeAt(start)) && !isTrimmed(text.charCodeAt(end - 1)) ? untrimmed : untrimmed.trim();
    if (line !== "") {
      if (!blocks) paragraphs.push(line);
      else current = current === "" ? line : `${current} ${line}`;
    } else if (blocks && current !== "" && isSpacesAndTabs(text, start, end)) {
      paragraphs.push(current);
      current = "";
    }
    start = end + 1;
  }
  if (current !== "") paragraphs.push(current);
  return paragraphs;
}

/** Whether text[start, end) holds only spaces and tabs: a line that separates blocks. */
function isSpacesAndTabs(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

function checkHeadline(headline: string): string {
  if (headline.length > MAX_HEADLINE_LENGTH) {
    throw new ArticleParseError(
      "no-headline",
      `The headline is over ${MAX_HEADLINE_LENGTH} characters. Put the headline on its own first line, or type it in the headline field.`,
    );
  }
  return headline;
}

/**
 * A draft from pasted text: either a headline plus the body, or the whole article in the plain-text
 * format (optional "- " related-headline list, headline line, paragraphs). Paragraphs are one per line,
 * or one per blank-line separated block with wrapped lines joined. Throws ArticleParseError
 * ("empty", "too-large", "binary", "no-headline", "no-paragraphs", "invalid") only.
 */
export function draftFromPaste(input: PasteInput): ArticleDraft {
  const parsedInput = pasteInputSchema.safeParse(input);
  if (!parsedInput.success) throw new ArticleParseError("invalid", "The pasted article must be text.");
  const { headline: rawHeadline, text: rawText } = parsedInput.data;

  if (new TextEncoder().encode(rawText).length > MAX_ARTICLE_BYTES) throw new ArticleParseError("too-large");
  if (looksBinary(rawText)) throw new ArticleParseError("binary");
  const text = stripControlCharacters((rawText.startsWith("\ufeff") ? rawText.slice(1) : rawText).replace(/\r\n?/g, "\n"));
  if (text.trim() === "") throw new ArticleParseError("empty");

  const headline = rawHeadline === undefined ? "" : stripControlCharacters(rawHeadline).replace(/\s+/g, " ").trim();
  if (headline !== "") {
    const paragraphs = splitParagraphs(text);
    if (paragraphs.length === 0) throw new ArticleParseError("no-paragraphs");
    return finishDraft({ headline: checkHeadline(headline), paragraphs });
  }

  const trimmed = text.trim();
  if (!/\n[ \t]*\n/.test(trimmed)) {
    // The sample's own format: one line per paragraph. The article package owns that parser.
    const article = parseArticleText(trimmed);
    return finishDraft({
      headline: article.headline,
      paragraphs: article.paragraphs.map((paragraph) => paragraph.text),
      relatedHeadlines: article.relatedHeadlines,
    });
  }

  // Blank-line separated blocks: related list and headline first, then wrapped paragraphs.
  const lines = trimmed.split("\n");
  const relatedHeadlines: string[] = [];
  let index = 0;
  const skipBlank = () => {
    while (index < lines.length && (lines[index] ?? "").trim() === "") index += 1;
  };
  skipBlank();
  while (index < lines.length && /^-\s/.test((lines[index] ?? "").trim())) {
    const related = (lines[index] ?? "").trim().slice(1).trim();
    if (related !== "") relatedHeadlines.push(related);
    index += 1;
    skipBlank();
  }
  const headlineLine = (lines[index] ?? "").trim();
  if (headlineLine === "") throw new ArticleParseError("no-headline");
  const paragraphs = splitParagraphs(lines.slice(index + 1).join("\n"), true);
  if (paragraphs.length === 0) throw new ArticleParseError("no-paragraphs");
  return finishDraft({ headline: checkHeadline(headlineLine), paragraphs, relatedHeadlines });
}
