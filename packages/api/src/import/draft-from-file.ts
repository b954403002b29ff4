import { ArticleParseError, type ArticleDraft } from "@newsquiz/article";
import { z } from "zod";
import { draftFromPaste } from "./draft-from-paste";
import { extractArticleFromHtml } from "./extract-article";
import { finishDraft, MAX_HEADLINE_LENGTH } from "./finish-draft";
import { ImportError } from "./import-error";
import { markdownToText } from "./markdown-text";

/** Largest upload accepted, in bytes. */
export const MAX_IMPORT_FILE_BYTES = 200 * 1024;

export const fileInputSchema = z.object({
  name: z.string().max(1000),
  type: z.string().max(200).optional(),
  bytes: z.instanceof(Uint8Array),
});
export interface FileInput {
  /** The file name as uploaded; its extension decides how the file is read. */
  name: string;
  /** The media type the browser gave, if any. */
  type?: string;
  bytes: Uint8Array;
}

export type FileKind = "text" | "markdown" | "html";

const kindByExtension: Record<string, FileKind> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  mdown: "markdown",
  mkd: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
};

const kindByMediaType: Record<string, FileKind> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
  "application/xhtml+xml": "html",
};

/** Leading bytes of common binary formats a person might pick by mistake. */
const binarySignatures: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, ODT, EPUB
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xd0, 0xcf, 0x11, 0xe0], // old Office
  [0x1f, 0x8b], // gzip
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * A page starts (after spaces and comments) with a doctype or an <html>, <head> or <body> tag. Scanned by hand
 * over the first 4 KB: a regex with a repeated comment group backtracks exponentially on many comments.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  let i = 0;
  while (isSpace(head[i])) i++;
  while (head.startsWith("<!--", i)) {
    const end = head.indexOf("-->", i + 4);
    if (end < 0) return false;
    i = end + 3;
    while (isSpace(head[i])) i++;
  }
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(head.slice(i, i + 64));
}

/** Decodes UTF-8 (a BOM is dropped); refuses binary data and text in other encodings. */
export function decodeTextFile(bytes: Uint8Array): string {
  if (binarySignatures.some((signature) => startsWith(bytes, signature)) || bytes.includes(0)) {
    throw new ImportError("not-text");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ImportError("not-text", "This file is not UTF-8 text; save it as UTF-8 and try again", { cause });
  }
   
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) throw new ImportError("not-text");
  return text;
}

/** Decides how to read a file: by extension first, then media type, then by looking at the text. */
export function fileKind(name: string, type: string | undefined, text: string): FileKind {
  const extension = /\.([a-z0-9]{1,10})$/i.exec(name.trim())?.[1]?.toLowerCase();
  const sniffedHtml = looksLikeHtml(text);
  if (extension !== undefined) {
    const kind = kindByExtension[extension];
    if (!kind) throw new ImportError("not-text");
    // A page saved as .txt is still a page.
    return kind === "text" && sniffedHtml ? "html" : kind;
  }
  const mediaType = (type ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  const byType = kindByMediaType[mediaType];
  if (byType) return byType === "text" && sniffedHtml ? "html" : byType;
  if (mediaType !== "" && mediaType !== "application/octet-stream") throw new ImportError("not-text");
  return sniffedHtml ? "html" : "text";
}

function draftFromMarkdown(markdown: string): ArticleDraft {
  const { headline, paragraphs } = markdownToText(markdown);
  const title = headline ?? paragraphs[0];
  const body = headline ? paragraphs : paragraphs.slice(1);
  if (!title) throw new ArticleParseError("empty");
  if (title.length > MAX_HEADLINE_LENGTH) {
    throw new ArticleParseError("no-headline", "The file has no headline: start it with a \"# \" heading.");
  }
  if (body.length === 0) throw new ArticleParseError("no-paragraphs");
  return finishDraft({ headline: title, paragraphs: body });
}

/**
 * A draft from an uploaded .txt, .md or .html file (at most 200 KB of UTF-8). Plain text is read like a
 * paste, Markdown is stripped to text, HTML goes through extractArticleFromHtml. Throws ImportError
 * ("file-too-large", "not-text", "no-article") or ArticleParseError for text without headline or paragraphs.
 */
export function draftFromFile(input: FileInput): ArticleDraft {
  const parsed = fileInputSchema.safeParse(input);
  if (!parsed.success) throw new ImportError("not-text");
  const { name, type, bytes } = parsed.data;
  if (bytes.byteLength > MAX_IMPORT_FILE_BYTES) throw new ImportError("file-too-large");
  const text = decodeTextFile(bytes);
  switch (fileKind(name, type, text)) {
    case "html":
      return extractArticleFromHtml(text);
    case "markdown":
      return draftFromMarkdown(text.startsWith("\ufeff") ? text.slice(1) : text);
    case "text":
      return draftFromPaste({ text });
  }
}
