import { Parser } from "htmlparser2";
import { blockTags, cleanText, isHiddenBy, skippedTags } from "./html-text";

/**
 * Pages with more elements than this, and more than one per DENSE_BYTES_PER_ELEMENT bytes of HTML, are read by
 * readDensePage instead of linkedom + Readability. Both do work per element (a DOM node with an event target
 * each, ~30 document-wide selector scans for metadata, Readability's scoring and cleaning passes): about 0.03 ms
 * per element, so a page of 30,000 tiny paragraphs (12 bytes each) cost 11–18× ordinary text per byte. Real news
 * pages run 2,000–6,000 elements at 50–150 bytes each, and they need Readability's boilerplate removal, so the
 * cut-off sits well clear of them: over 10,000 elements at under 40 bytes each is a page of crumbs, not an
 * article page (a smaller page of crumbs still goes through Readability: linear, under ~300 ms). Judgement calls,
 * not measured on a survey of real sites.
 */
export const DENSE_MIN_ELEMENTS = 10_000;
export const DENSE_BYTES_PER_ELEMENT = 40;

/** Start tags in `html` (a "<" before a letter), counted in one scan without parsing. */
export function countStartTags(html: string): number {
  let count = 0;
  for (let i = html.indexOf("<"); i !== -1; i = html.indexOf("<", i + 1)) {
    const code = html.charCodeAt(i + 1) | 0x20; // lower-cased ASCII letter
    if (code >= 0x61 && code <= 0x7a) count += 1;
  }
  return count;
}

/** True when a page has too many elements per byte for a per-element extractor. */
export function isDensePage(html: string): boolean {
  const elements = countStartTags(html);
  return elements > DENSE_MIN_ELEMENTS && elements * DENSE_BYTES_PER_ELEMENT > html.length;
}

/** Elements that page metadata is read from (see readPageMetadata), kept for a small document. */
const metadataTags = new Set(["meta", "link", "title", "script"]);
/** At most this many of them are kept: a page's self-description needs a few dozen. */
const MAX_METADATA_ELEMENTS = 500;
/** And at most this many characters of each one's text (<title>, JSON-LD). */
const MAX_METADATA_TEXT = 100_000;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeText = (value: string) => value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export interface DensePage {
  /** A small HTML document holding only the page's <meta>, <link>, <title> and JSON-LD elements. */
  metadataHtml: string;
  /** The text of the first <h1>, the title a reader of the page sees. */
  heading?: string;
  /** The page's text blocks in document order, as collectTextBlocks gives them. */
  blocks: string[];
}

/**
 * Reads a page in one streaming pass (htmlparser2, no DOM): the text blocks of every element that is not
 * skipped or hidden (the rules of collectTextBlocks), the first <h1>, and the metadata elements. Linear in the
 * page's length; used for pages too dense for Readability (see isDensePage).
 */
export function readDensePage(html: string): DensePage {
  const blocks: string[] = [];
  const metadata: string[] = [];
  let buffer = "";
  let heading: string | undefined;
  let headingText: string | undefined; // collecting the first <h1>
  let headingDepth = 0;
  let skipDepth = 0; // > 0 inside a skipped or hidden element
  let metadataOpen: { tag: string; attributes: string; text: string } | undefined;
  const stack: boolean[] = []; // per open element: does it skip its content?

  const flush = () => {
    const text = cleanText(buffer);
    if (text) blocks.push(text);
    buffer = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase();
        if (metadataTags.has(tag) && metadata.length < MAX_METADATA_ELEMENTS && metadataOpen === undefined) {
          const kept = Object.entries(attributes)
            .filter(([key]) => /^[a-z][a-z0-9:_-]*$/i.test(key))
            .map(([key, value]) => ` ${key}="${escapeAttribute(value.slice(0, MAX_METADATA_TEXT))}"`)
            .join("");
          const keep = tag !== "script" || (attributes.type ?? "").trim().toLowerCase() === "application/ld+json";
          if (keep) metadataOpen = { tag, attributes: kept, text: "" };
        }
        if (tag === "h1" && heading === undefined && headingText === undefined) {
          headingText = "";
          headingDepth = stack.length;
        }
        const skips = skippedTags.has(tag) || isHiddenBy((key) => attributes[key] ?? null);
        stack.push(skips);
        if (skips) {
          skipDepth += 1;
          return;
        }
        if (skipDepth > 0) return;
        if (blockTags.has(tag)) flush();
        if (tag === "br") buffer += " ";
      },
      ontext(text) {
        if (metadataOpen && metadataOpen.text.length < MAX_METADATA_TEXT) metadataOpen.text += text;
        if (headingText !== undefined && headingText.length < MAX_METADATA_TEXT) headingText += text;
        if (skipDepth === 0) buffer += text;
      },
      onclosetag(name) {
        const tag = name.toLowerCase();
        const skips = stack.pop() ?? false;
        if (metadataOpen?.tag === tag) {
          const { attributes, text } = metadataOpen;
          const kept = text.slice(0, MAX_METADATA_TEXT);
          // <title> text is decoded and escaped again; a script's is raw text, kept as is but unable to close early.
          const content = tag === "script" ? kept.replace(/<\/(script)/gi, "<\\/$1") : escapeText(kept);
          metadata.push(`<${tag}${attributes}>${tag === "meta" || tag === "link" ? "" : `${content}</${tag}>`}`);
          metadataOpen = undefined;
        }
        if (headingText !== undefined && tag === "h1" && stack.length === headingDepth) {
          heading = cleanText(headingText.slice(0, MAX_METADATA_TEXT)) || undefined;
          headingText = undefined;
        }
        if (skips) {
          skipDepth -= 1;
          return;
        }
        if (skipDepth === 0 && blockTags.has(tag)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return { metadataHtml: `<!doctype html><html><head>${metadata.join("")}</head><body></body></html>`, heading, blocks };
}
