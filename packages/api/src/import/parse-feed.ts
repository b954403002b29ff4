import { XMLParser } from "fast-xml-parser";
import { cleanText, decodeEntities, htmlToText } from "./html-text";
import { ImportError } from "./import-error";
import { normalizeDate, normalizeHttpUrl } from "./page-metadata";
import { safeFetch, type SafeFetchOptions } from "./safe-fetch";

export interface FeedItem {
  title: string;
  /** Absolute http(s) address of the article. */
  link: string;
  /** ISO 8601 date-time, when the feed gives a readable date. */
  published?: string;
  /** Plain text, at most MAX_SUMMARY_LENGTH characters; empty when the feed has none. */
  summary: string;
}

export interface Feed {
  format: "rss" | "atom";
  title: string;
  /** The site the feed belongs to, when it says. */
  link?: string;
  items: FeedItem[];
}

export const MAX_FEED_ITEMS = 200;
export const MAX_SUMMARY_LENGTH = 1000;

/** Parsed XML as fast-xml-parser returns it: strings, objects keyed by tag/attribute, arrays for repeats. */
type XmlValue = string | number | boolean | XmlNode | XmlValue[] | undefined | null;
interface XmlNode {
  [key: string]: XmlValue;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  removeNSPrefix: false,
  htmlEntities: true,
  // Bounded expansion of DOCTYPE entities ("billion laughs"); external entities are never fetched.
  processEntities: { enabled: true, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
  isArray: (name) => ["item", "entry", "link", "category"].includes(name),
  // Atom text constructs are kept raw: type="xhtml" is mixed content whose order the object form loses.
  stopNodes: ["feed.title", "feed.entry.title", "feed.entry.summary", "feed.entry.content"],
});

/** The string value of raw XML content: CDATA sections kept as written, entities elsewhere decoded (exported for tests). */
export function unescapeXml(raw: string): string {
  // By hand, in one pass: a lazy regex split re-reads the rest of the text for every unterminated "<![CDATA[".
  let out = "";
  let at = 0;
  for (;;) {
    const start = raw.indexOf("<![CDATA[", at);
    if (start < 0) break;
    const end = raw.indexOf("]]>", start + 9);
    if (end < 0) break;
    out += decodeEntities(raw.slice(at, start)) + raw.slice(start + 9, end);
    at = end + 3;
  }
  return out + decodeEntities(raw.slice(at));
}

/** Plain text of an Atom text construct (type "text", "html" or "xhtml"), kept raw by stopNodes. */
function atomText(value: XmlValue): string {
  const node = first(value);
  const raw = isNode(node) ? rawText(node["#text"]) : rawText(node);
  const type = isNode(node) && typeof node["@_type"] === "string" ? node["@_type"].toLowerCase() : "text";
  if (type === "xhtml" || type === "application/xhtml+xml") return htmlToText(raw);
  const text = unescapeXml(raw);
  return type === "html" || type === "text/html" ? htmlToText(text) : cleanText(text);
}

function isNode(value: XmlValue): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function first(value: XmlValue): XmlValue {
  return Array.isArray(value) ? value[0] : value;
}

/** All text inside a parsed value (Atom type="xhtml" content arrives as nested nodes). */
function rawText(value: XmlValue, depth = 0): string {
  if (value === undefined || value === null || depth > 20) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((entry) => rawText(entry, depth + 1)).join(" ");
  return Object.entries(value)
    .filter(([key]) => !key.startsWith("@_"))
    .map(([, entry]) => rawText(entry, depth + 1))
    .join(" ");
}

/** Plain text of a feed field that may hold escaped HTML (RSS description, Atom type="html"). */
function fieldText(value: XmlValue): string {
  return htmlToText(rawText(first(value)));
}

function clipSummary(text: string): string {
  if (text.length <= MAX_SUMMARY_LENGTH) return text;
  const cut = text.slice(0, MAX_SUMMARY_LENGTH - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

function rssLink(item: XmlNode): string | undefined {
  const link = first(item.link);
  const fromLink = rawText(isNode(link) ? link["#text"] : link).trim();
  if (fromLink) return fromLink;
  const guid = item.guid;
  if (isNode(guid) && guid["@_isPermaLink"] === "false") return undefined;
  const fromGuid = rawText(isNode(guid) ? guid["#text"] : guid).trim();
  return fromGuid || undefined;
}

function atomLink(node: XmlNode): string | undefined {
  const links = Array.isArray(node.link) ? node.link : node.link === undefined ? [] : [node.link];
  const candidates = links.filter(isNode);
  const alternate =
    candidates.find((link) => (link["@_rel"] ?? "alternate") === "alternate" && /html/i.test(String(link["@_type"] ?? "html"))) ??
    candidates.find((link) => (link["@_rel"] ?? "alternate") === "alternate");
  const href = alternate?.["@_href"];
  return typeof href === "string" ? href : undefined;
}

function toItem(
  title: string,
  link: string | undefined,
  published: string | undefined,
  summary: string,
  base: string | undefined,
): FeedItem | undefined {
  const absolute = normalizeHttpUrl(link, base);
  if (!absolute) return undefined;
  const date = normalizeDate(published);
  return {
    title: title || absolute,
    link: absolute,
    ...(date ? { published: date.length === 10 ? `${date}T00:00:00.000Z` : date } : {}),
    summary: clipSummary(summary),
  };
}

function parseRss(channel: XmlNode, items: XmlValue[], baseUrl: string | undefined): Feed {
  const siteLink = rssLink(channel);
  const base = normalizeHttpUrl(siteLink, baseUrl) ?? baseUrl;
  const parsed = items.filter(isNode).map((item) =>
    toItem(
      fieldText(item.title),
      rssLink(item),
      rawText(first(item.pubDate ?? item["dc:date"])),
      fieldText(item.description ?? item["content:encoded"]),
      base,
    ),
  );
  return {
    format: "rss",
    title: fieldText(channel.title),
    ...(normalizeHttpUrl(siteLink, baseUrl) ? { link: normalizeHttpUrl(siteLink, baseUrl) } : {}),
    items: parsed.filter((item): item is FeedItem => item !== undefined).slice(0, MAX_FEED_ITEMS),
  };
}

function parseAtom(feed: XmlNode, baseUrl: string | undefined): Feed {
  const xmlBase = typeof feed["@_xml:base"] === "string" ? feed["@_xml:base"] : undefined;
  const base = normalizeHttpUrl(xmlBase, baseUrl) ?? baseUrl;
  const siteLink = normalizeHttpUrl(atomLink(feed), base);
  const entries = Array.isArray(feed.entry) ? feed.entry : [];
  const parsed = entries.filter(isNode).map((entry) => {
    const entryBase = typeof entry["@_xml:base"] === "string" ? normalizeHttpUrl(entry["@_xml:base"], base) : undefined;
    return toItem(
      atomText(entry.title),
      atomLink(entry),
      rawText(first(entry.published ?? entry.updated)),
      atomText(entry.summary ?? entry.content),
      entryBase ?? base,
    );
  });
  return {
    format: "atom",
    title: atomText(feed.title),
    ...(siteLink ? { link: siteLink } : {}),
    items: parsed.filter((item): item is FeedItem => item !== undefined).slice(0, MAX_FEED_ITEMS),
  };
}

/**
 * Reads an RSS 2.0 or Atom feed: for each item its title, absolute link, publication date and a
 * plain-text summary (HTML in descriptions is reduced to text). Items without a usable http(s) link
 * are skipped. Throws ImportError("not-a-feed") for anything that is not RSS or Atom.
 */
export function parseFeed(xml: string, baseUrl?: string): Feed {
  let document: XmlNode;
  try {
    document = parser.parse(xml) as XmlNode;
  } catch (cause) {
    throw new ImportError("not-a-feed", "This is not an RSS or Atom feed", { cause });
  }
  const base = normalizeHttpUrl(baseUrl);
  const rss = document.rss;
  if (isNode(rss)) {
    const channel = first(rss.channel);
    if (isNode(channel)) return parseRss(channel, Array.isArray(channel.item) ? channel.item : [], base);
  }
  const rdf = document["rdf:RDF"];
  if (isNode(rdf) && isNode(first(rdf.channel))) {
    return parseRss(first(rdf.channel) as XmlNode, Array.isArray(rdf.item) ? rdf.item : [], base);
  }
  const atom = document.feed;
  if (isNode(atom)) return parseAtom(atom, base);
  throw new ImportError("not-a-feed", "This is not an RSS or Atom feed");
}

/** Fetches a feed through safeFetch (same address rules and limits) and parses it. */
export async function fetchFeed(url: string, options: Omit<SafeFetchOptions, "accept"> = {}): Promise<Feed> {
  const response = await safeFetch(url, { ...options, accept: "feed" });
  return parseFeed(response.body, response.url);
}
