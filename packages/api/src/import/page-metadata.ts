import { cleanText } from "./html-text";

/** What a news page says about itself in its <head>: Open Graph, JSON-LD, <meta name=author>, canonical link. */
export interface PageMetadata {
  headline?: string;
  author?: string;
  publisher?: string;
  publishedAt?: string;
  url?: string;
  /** The <title> element, with any " | Site" suffix still on. */
  title?: string;
}

/** The minimal DOM surface read here (linkedom's Document provides it). */
interface MetaDocument {
  querySelectorAll(selector: string): Iterable<MetaElement> & ArrayLike<MetaElement>;
  querySelector(selector: string): MetaElement | null;
}
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const articleTypes = /^(?:\w+)?(?:Article|BlogPosting|Report)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((entry): entry is string => typeof entry === "string");
}

/** Every object in a JSON-LD value, following arrays and @graph. */
function flattenJsonLd(value: Json, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 5) return out;
  if (Array.isArray(value)) {
    for (const entry of value) flattenJsonLd(entry, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    const graph = value["@graph"];
    if (graph !== undefined) flattenJsonLd(graph, out, depth + 1);
  }
  return out;
}

/**
 * Longest metadata value read, in characters, before any pattern runs on it (a headline is at most 300
 * characters; a page can put megabytes in a <title> or a JSON-LD field).
 */
export const MAX_METADATA_CHARS = 2000;

/** One metadata value as clean text, clipped to MAX_METADATA_CHARS first. */
function cleanMetadata(value: string): string {
  return cleanText(value.length > MAX_METADATA_CHARS ? value.slice(0, MAX_METADATA_CHARS) : value);
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === "string") return cleanMetadata(value) || undefined;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** Names from a JSON-LD author/publisher value: a string, a Person/Organization, or a list of them. */
function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((entry) => names(entry));
  if (typeof value === "string") {
    const name = text(value);
    return name && !looksLikeUrl(name) ? [name] : [];
  }
  if (isObject(value)) {
    const name = text(value.name);
    return name && !looksLikeUrl(name) ? [name] : [];
  }
  return [];
}

function looksLikeUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value);
}

export function joinNames(list: readonly string[]): string | undefined {
  const unique = [...new Set(list)];
  if (unique.length === 0) return undefined;
  if (unique.length === 1) return unique[0];
  return `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`;
}

function urlOf(value: Json | undefined): string | undefined {
  if (typeof value === "string") return value;
  if (isObject(value)) return text(value["@id"]) ?? text(value.url);
  return undefined;
}

function readJsonLd(document: MetaDocument): PageMetadata {
  const objects: JsonObject[] = [];
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      objects.push(...flattenJsonLd(JSON.parse(script.textContent ?? "") as Json));
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still counts.
    }
  }
  const article = objects.find((node) => typesOf(node).some((type) => articleTypes.test(type)));
  if (!article) return {};
  const publisher = article.publisher;
  return {
    headline: text(article.headline) ?? text(article.name),
    author: joinNames(names(article.author)),
    publisher: joinNames(names(publisher)),
    publishedAt: text(article.datePublished) ?? text(article.dateCreated),
    url: text(article.url) ?? urlOf(article.mainEntityOfPage),
  };
}

function meta(document: MetaDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attribute of ["property", "name", "itemprop"]) {
      const element = document.querySelector(`meta[${attribute}="${key}"]`);
      const content = element?.getAttribute("content");
      const value = content ? cleanMetadata(content) : "";
      if (value) return value;
    }
  }
  return undefined;
}

/** Reads the page's self-description. JSON-LD wins over Open Graph, which wins over plain <meta>. */
export function readPageMetadata(document: MetaDocument): PageMetadata {
  const jsonLd = readJsonLd(document);
  const metaAuthor = meta(document, "author", "article:author", "parsely-author", "sailthru.author");
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href")?.slice(0, MAX_METADATA_CHARS).trim() || undefined;
  const title = cleanMetadata(document.querySelector("title")?.textContent ?? "") || undefined;
  return {
    headline: jsonLd.headline ?? meta(document, "og:title", "twitter:title"),
    author: jsonLd.author ?? (metaAuthor && !looksLikeUrl(metaAuthor) ? metaAuthor : undefined),
    publisher: jsonLd.publisher ?? meta(document, "og:site_name", "application-name"),
    publishedAt:
      jsonLd.publishedAt ??
      meta(document, "article:published_time", "datePublished", "parsely-pub-date", "pubdate", "publish-date", "date"),
    url: canonical ?? meta(document, "og:url") ?? jsonLd.url,
    title,
  };
}

const SEPARATORS = "|–—:·•-";
/** Characters a site name never contains (so only the last of them can separate it). */
const NOT_IN_SITE = "|–—·•";
const LINE_END = /[\n\r\u2028\u2029]/;
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * The last " <separator> tail" of `title.slice(0, end)`: the separator has spaces on both sides, a head ending
 * in a non-space before it, and the tail holds none of NOT_IN_SITE. Scanned backwards once (no regex: a
 * backtracking pattern re-read the tail for every separator, quadratic on a long title).
 */
function lastSuffix(title: string, end: number, firstLineEnd: number): { headEnd: number; separator: string; tail: string } | undefined {
  for (let p = end - 1; p >= 2; p--) {
    const ch = title[p] ?? "";
    if (p <= end - 3 && SEPARATORS.includes(ch) && isSpace(title[p + 1]) && isSpace(title[p - 1])) {
      let q = p - 2;
      while (q >= 0 && isSpace(title[q])) q--;
      if (q >= 0 && q < firstLineEnd) return { headEnd: q + 1, separator: ch, tail: title.slice(p + 1, end) };
    }
    if (NOT_IN_SITE.includes(ch)) return undefined;
  }
  return undefined;
}

/**
 * Drops a trailing " | Site" (or " - Site", " — Site" when it names the site) from a page title, repeatedly.
 * A " | " suffix of at most four words is taken to be a site name even when the site is unknown.
 * Linear in the title's length.
 */
export function stripTitleSuffix(title: string, siteName?: string): string {
  const site = siteName?.toLowerCase();
  const lineEnd = title.search(LINE_END);
  const firstLineEnd = lineEnd < 0 ? title.length : lineEnd;
  let end = title.length;
  for (;;) {
    const suffix = lastSuffix(title, end, firstLineEnd);
    if (!suffix) break;
    const tailLower = suffix.tail.trim().toLowerCase();
    const namesSite = site !== undefined && (tailLower === site || site.includes(tailLower) || tailLower.includes(site));
    const shortPipe = "|·•".includes(suffix.separator) && suffix.tail.trim().split(/\s+/).length <= 4;
    if (!namesSite && !shortPipe) break;
    end = suffix.headEnd;
  }
  return end === title.length ? title : title.slice(0, end);
}

/** An ISO 8601 date or UTC date-time for `raw`, or undefined when it is not a date. */
export function normalizeDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? undefined : value;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return undefined;
  return date.toISOString();
}

/** An absolute http(s) address for `raw` (resolved against `base`), or undefined. */
export function normalizeHttpUrl(raw: string | undefined, base?: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    if (url.username || url.password) return undefined;
    const href = url.toString();
    return href.length <= 2048 ? href : undefined;
  } catch {
    return undefined;
  }
}
