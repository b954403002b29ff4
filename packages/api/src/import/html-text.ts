import { parseHTML } from "linkedom";

/** Collapses every run of whitespace (including no-break spaces) to one space and drops zero-width characters. */
export function normalizeSpace(text: string): string {
  return text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Removes anything in already-decoded text that still looks like a tag (e.g. an escaped
 * `&lt;img onerror=...&gt;` in the source), so the importer never hands on markup even as text.
 */
export function stripTagLike(text: string): string {
  return stripRawTextElements(text).replace(/<\/?[a-z!?][^<>]*>/gi, " ");
}

const RAW_TEXT_START = /<(script|style|iframe|noscript|template)\b/gi;

/**
 * Removes `<script …>…</script>` (and style, iframe, noscript, template) with their content, in one pass:
 * an element with no closing tag is left for the tag remover, and once a name has no closing tag after some
 * point, later openings of it are not searched again (a lazy regex over the rest did that: quadratic).
 */
function stripRawTextElements(text: string): string {
  if (!text.includes("<")) return text;
  const start = new RegExp(RAW_TEXT_START.source, "gi");
  const unclosed = new Set<string>();
  let out = "";
  let copied = 0;
  let nextGt = -2; // index of the first ">" at or after the current opening (-1: none left)
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const name = (m[1] ?? "").toLowerCase();
    if (nextGt !== -1 && nextGt < m.index) nextGt = text.indexOf(">", m.index);
    if (nextGt === -1) break;
    if (unclosed.has(name)) continue;
    const close = new RegExp(`</${name}\\s*>`, "gi");
    close.lastIndex = nextGt + 1;
    const end = close.exec(text);
    if (!end) {
      unclosed.add(name);
      continue;
    }
    out += `${text.slice(copied, m.index)} `;
    copied = end.index + end[0].length;
    start.lastIndex = copied;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Control characters other than tab, line feed and carriage return. */
 
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(text: string): string {
  return text.replace(controlCharacters, "");
}

/** One clean line of text: tags and control characters removed, whitespace collapsed. */
export function cleanText(text: string): string {
  return normalizeSpace(stripTagLike(stripControlCharacters(text)));
}

/** Elements whose content is never article text. */
export const skippedTags = new Set([
  "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
  "svg", "math", "canvas", "video", "audio", "source", "track", "img", "picture", "map", "area",
  "figure", "figcaption", "button", "form", "input", "select", "option", "textarea", "label", "dialog",
  "nav", "aside", "footer", "header", "menu", "head", "title", "meta", "link", "base",
  "h1", "h2", "h3", "h4", "h5", "h6", "hgroup",
]);

/** Elements that start and end a block of text. */
export const blockTags = new Set([
  "p", "div", "section", "article", "main", "body", "html", "li", "ul", "ol", "dl", "dt", "dd",
  "blockquote", "pre", "hr", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
  "address", "center", "details", "summary", "fieldset", "legend",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

interface WalkNode {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<WalkNode>;
  localName?: string;
  getAttribute?: (name: string) => string | null;
}

/** Whether an element with these attributes is hidden (`hidden`, `aria-hidden="true"`, `display: none` …). */
export function isHiddenBy(attr: (name: string) => string | null): boolean {
  if (attr("hidden") !== null) return true;
  if (attr("aria-hidden") === "true") return true;
  const style = attr("style") ?? "";
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function isHidden(element: WalkNode): boolean {
  return isHiddenBy((name) => element.getAttribute?.(name) ?? null);
}

/**
 * The text blocks under `root`, in document order: each paragraph-like element becomes one
 * cleaned string; headings, figures, captions, forms, media and scripts are skipped.
 */
export function collectTextBlocks(root: unknown): string[] {
  const blocks: string[] = [];
  let buffer = "";
  const flush = () => {
    const text = cleanText(buffer);
    if (text) blocks.push(text);
    buffer = "";
  };
  const visit = (node: WalkNode) => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      buffer += node.nodeValue ?? "";
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node.localName ?? "").toLowerCase();
    if (skippedTags.has(tag)) return;
    if (node.nodeType === ELEMENT_NODE && isHidden(node)) return;
    const isBlock = blockTags.has(tag);
    if (isBlock) flush();
    if (tag === "br") buffer += " ";
    const children = Array.from(node.childNodes);
    for (const child of children) visit(child);
    if (isBlock) flush();
  };
  visit(root as WalkNode);
  flush();
  return blocks;
}

/** Plain text of an HTML fragment (a feed summary, an HTML block in Markdown), blocks joined by spaces. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return cleanText(html);
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  document.body.innerHTML = html;
  return collectTextBlocks(document.body).join(" ");
}

/** Decodes HTML character references (&amp;, &rsquo;, &#8220;) in text that holds no tags. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  const { document } = parseHTML("<!doctype html><html><head></head><body></body></html>");
  document.body.innerHTML = text.replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return document.body.textContent ?? "";
}
