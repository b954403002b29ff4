import { Lexer, type Token } from "marked";
import { cleanText, decodeEntities, htmlToText } from "./html-text";

export interface MarkdownText {
  /** The first "# " heading (or, without one, the first heading of any level). */
  headline?: string;
  /** Paragraphs, list items and quotes as plain text, in order; code, images, tables and other headings dropped. */
  paragraphs: string[];
}

/** Plain text of inline tokens: emphasis and links keep their text, images and inline HTML are dropped. */
function inlineText(tokens: readonly Token[] | undefined): string {
  if (!tokens) return "";
  let out = "";
  for (const token of tokens) {
    switch (token.type) {
      case "text":
        out += "tokens" in token && token.tokens ? inlineText(token.tokens) : decodeEntities(token.text);
        break;
      case "strong":
      case "em":
      case "del":
      case "link":
        out += inlineText(token.tokens);
        break;
      case "codespan":
      case "escape":
        out += token.text;
        break;
      case "br":
        out += " ";
        break;
      case "image":
      case "html":
      case "checkbox":
        break;
      default:
        out += "text" in token && typeof token.text === "string" ? decodeEntities(token.text) : "";
    }
  }
  return out;
}

/**
 * Strips Markdown to text with the marked lexer (CommonMark + GFM): headings give the headline,
 * emphasis and links keep their text, images and code blocks are dropped, list items become paragraphs.
 */
export function markdownToText(markdown: string): MarkdownText {
  const result: MarkdownText = { paragraphs: [] };
  let firstHeading: string | undefined;
  const push = (text: string) => {
    const clean = cleanText(text);
    if (clean) result.paragraphs.push(clean);
  };
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      switch (token.type) {
        case "heading": {
          const text = cleanText(inlineText(token.tokens));
          if (!text) break;
          if (token.depth === 1 && result.headline === undefined) result.headline = text;
          else firstHeading ??= text;
          break;
        }
        case "paragraph":
          push(inlineText(token.tokens));
          break;
        case "text":
          push("tokens" in token && token.tokens ? inlineText(token.tokens) : decodeEntities(token.text));
          break;
        case "list":
          for (const item of token.items) walk(item.tokens);
          break;
        case "blockquote":
          walk(token.tokens ?? []);
          break;
        case "html":
          push(htmlToText(token.text));
          break;
        default:
          // code, table, hr, space, def: no article text.
          break;
      }
    }
  };
  walk(new Lexer({ gfm: true }).lex(markdown));
  result.headline ??= firstHeading;
  return result;
}
