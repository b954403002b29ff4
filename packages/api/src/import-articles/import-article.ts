import { ArticleParseError, type ArticleDraft } from "@newsquiz/article";
import type { Db } from "@newsquiz/db";
import { z } from "zod";
import { readFileFenced, readPageFenced, readPasteFenced } from "../engine/engine-fence";
import {
  ImportError,
  MAX_IMPORT_FILE_BYTES,
  safeFetch,
  type SafeFetchOptions,
} from "../import";
import { saveImportedArticle, type ImportedArticle } from "./save-imported-article";

/** Largest pasted text, in characters (the importer then checks 200 KB of UTF-8). */
export const MAX_PASTE_CHARS = 200 * 1024;
/** Base64 of the largest upload (200 KB), with room for padding. */
export const MAX_UPLOAD_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4 + 4;

const PASTE_TOO_LARGE = "The text is too large: paste at most 200 KB";

/** Hard caps on what the transport accepts at all; the limits people meet are checked below, with readable errors. */
const MAX_REQUEST_CHARS = 1_000_000;

export const pasteImportInput = z.object({
  headline: z.string().max(2000, "The headline is too long").optional(),
  text: z.string().max(MAX_REQUEST_CHARS, PASTE_TOO_LARGE),
});

export const fileImportInput = z.object({
  name: z.string().min(1, "The file has no name").max(255, "The file name is too long"),
  type: z.string().max(200).optional(),
  /** The file's bytes in base64: tRPC's JSON transport carries text, not bytes. */
  base64: z.string().max(MAX_REQUEST_CHARS, "The file is too large"),
});

export const addressImportInput = z.object({ url: z.string().trim().min(1, "Type the page's address").max(2048, "This address is too long") });

/** A scheme the fetcher knows it must refuse: left alone so the refusal names the address. */
const ANY_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;

/** "example.com/news/1" is read as "https://example.com/news/1"; anything with a scheme is kept as typed. */
export function normalizeAddress(input: string): string {
  const trimmed = input.trim();
  if (trimmed.startsWith("//")) return `https:${trimmed}`;
  return ANY_SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** The site's host name without "www.", used as the source when a page names no publisher. */
export function sourceFromAddress(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || undefined;
  } catch {
    return undefined;
  }
}

export async function importPastedArticle(db: Db, userId: string, input: z.infer<typeof pasteImportInput>): Promise<ImportedArticle> {
  if (input.text.length > MAX_PASTE_CHARS) throw new ArticleParseError("too-large", PASTE_TOO_LARGE);
  let draft: ArticleDraft;
  try {
    draft = await readPasteFenced(input);
  } catch (error) {
    // The article package words its size limit for files; a paste is text.
    if (error instanceof ArticleParseError && error.code === "too-large") throw new ArticleParseError("too-large", PASTE_TOO_LARGE);
    throw error;
  }
  return saveImportedArticle(db, userId, draft);
}

/** Strict base64 (no spaces, padding only at the end): anything else did not come from our upload form. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export async function importUploadedFile(db: Db, userId: string, input: z.infer<typeof fileImportInput>): Promise<ImportedArticle> {
  if (input.base64.length > MAX_UPLOAD_BASE64_CHARS) throw new ImportError("file-too-large");
  if (!BASE64.test(input.base64)) throw new ImportError("not-text");
  const bytes = new Uint8Array(Buffer.from(input.base64, "base64"));
  // Read in the engine's workers under its time limit, like a fetched page: an upload is untrusted text too.
  const draft = await readFileFenced({ name: input.name, bytes, ...(input.type ? { type: input.type } : {}) });
  return saveImportedArticle(db, userId, draft);
}

/** Fetches a page under safeFetch's rules (the fetch step of an address or feed import). */
export async function fetchArticlePage(url: string, options: Omit<SafeFetchOptions, "accept">): Promise<{ url: string; html: string }> {
  const response = await safeFetch(normalizeAddress(url), { ...options, accept: "html" });
  return { url: response.url, html: response.body };
}

/**
 * The article in a fetched page, with the site's host as its source when the page names no publisher. Read in a
 * worker under the engine's time limit (a hostile page cannot hold up the server; ImportTimeoutError past it).
 */
export async function draftFromPage(page: { url: string; html: string }, fallbackSource?: string): Promise<ArticleDraft> {
  const draft = await readPageFenced(page);
  const source = draft.source ?? fallbackSource ?? sourceFromAddress(page.url);
  return source ? { ...draft, source } : draft;
}

export async function importFromAddress(
  db: Db,
  userId: string,
  url: string,
  options: Omit<SafeFetchOptions, "accept">,
): Promise<ImportedArticle> {
  const page = await fetchArticlePage(url, options);
  return saveImportedArticle(db, userId, await draftFromPage(page));
}
