// @ts-check
/**
 * The Content-Security-Policy of every page, in plain JavaScript: src/proxy.ts (through security-headers.ts)
 * uses it for pages rendered per request, and cache-handler.mjs — which Next loads outside its bundles — for
 * pages rendered once and served from Next's cache (the library `/` and the reader `/articles/<slug>`).
 *
 * - Rendered per request: a fresh nonce. Next puts it on every script it writes; 'strict-dynamic' lets
 *   those scripts load Turbopack's chunks.
 * - Cached: a nonce cannot be cached, so the policy lists the SHA-256 hashes of the page's inline scripts,
 *   computed once when the page is stored, and 'self' for its `<script src>` chunks (same origin, never
 *   anything a user supplied: imported text is rendered as text and every API answers JSON with nosniff).
 *   Only inline scripts of the exact forms Next and this app write are hashed (`frameworkScriptHash`):
 *   the flight data pushes (`self.__next_f.push([1,"…"])`, whose argument must parse as JSON), Turbopack's
 *   bootstrap (a JSON list of chunk files) and the theme script. Any other inline script in a cached page —
 *   one that got into the HTML some other way — gets no hash, so the browser refuses to run it.
 *
 * Both allow the theme script by its hash, so the root layout needs no nonce and pages can be cached.
 * Never 'unsafe-eval' (the development server alone needs it, for its source maps). Styles: the app's own
 * stylesheet only; no inline styles and no style attributes (shapes are CSS classes, bar widths SVG
 * attributes), so no 'unsafe-inline' anywhere.
 */
import { createHash } from "node:crypto";
import { preferencesScript } from "./preferences-script.mjs";

/** A CSP hash-source for an inline script's exact text. @param {string} source */
export function scriptHash(source) {
  return `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;
}

export const THEME_SCRIPT_HASH = scriptHash(preferencesScript);

/** The whole policy around a `script-src` list. @param {string[]} scriptSources */
export function policyWithScripts(scriptSources) {
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A page rendered for this response only. @param {string} nonce @param {{ development?: boolean }} [options] */
export function noncePolicy(nonce, { development = false } = {}) {
  return policyWithScripts(["'self'", `'nonce-${nonce}'`, THEME_SCRIPT_HASH, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])]);
}

/**
 * The reader page `/articles/<slug>`, a Pages Router page: Next sends none of its scripts with it
 * (`unstable_runtimeJS: false`), so its only inline script is the theme script, and its one
 * `<script type="module" src>` (the reader's bundle, same origin) and that bundle's chunks are allowed by
 * 'self'. Its props are a `<script type="application/json">`, which a browser never runs. The same for every
 * article; server.cts adds it to the page's answers (Next does not send a Pages Router cache entry's stored
 * headers, and the proxy cannot tell the page from the not-found page answering an unknown article).
 */
export const PAGES_ROUTER_POLICY = policyWithScripts(["'self'", THEME_SCRIPT_HASH]);

const FLIGHT_START = "(self.__next_f=self.__next_f||[]).push([0])";
const FLIGHT_PUSH = /^self\.__next_f\.push\(([\s\S]*)\)$/;
const TURBOPACK_BOOTSTRAP = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);$/;
const CHUNK_FILE = /^static\/chunks\/[\w.~-]+\.js$/;

/** @param {string} text @returns {unknown} */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** `[1, "rsc text"]` or `[3, "base64"]`: one chunk of the page's RSC payload. @param {unknown} value */
function isFlightChunk(value) {
  return Array.isArray(value) && value.length === 2 && (value[0] === 1 || value[0] === 3) && typeof value[1] === "string";
}

/** `{ otherChunks: ["static/chunks/….js"], runtimeModuleIds: [12644] }`. @param {unknown} value */
function isTurbopackBootstrap(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const { otherChunks, runtimeModuleIds, ...rest } = /** @type {Record<string, unknown>} */ (value);
  return (
    Object.keys(rest).length === 0 &&
    Array.isArray(otherChunks) &&
    otherChunks.every((c) => typeof c === "string" && CHUNK_FILE.test(c)) &&
    Array.isArray(runtimeModuleIds) &&
    runtimeModuleIds.every((id) => Number.isInteger(id))
  );
}

/**
 * The hash-source of an inline script Next or this app writes, or null for anything else.
 * @param {string} source
 */
export function frameworkScriptHash(source) {
  if (source === preferencesScript) return THEME_SCRIPT_HASH;
  if (source === FLIGHT_START) return scriptHash(source);
  const push = FLIGHT_PUSH.exec(source);
  if (push && isFlightChunk(parseJson(push[1] ?? ""))) return scriptHash(source);
  const bootstrap = TURBOPACK_BOOTSTRAP.exec(source);
  if (bootstrap && isTurbopackBootstrap(parseJson(bootstrap[1] ?? ""))) return scriptHash(source);
  return null;
}

/** Every `<script>` element of a page: its attributes and, for inline ones, its text. @param {string} html */
export function scriptsOf(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map((m) => ({ attributes: m[1] ?? "", text: m[2] ?? "" }));
}

/**
 * The policy of a page served from Next's cache: its framework inline scripts by hash, its chunks by 'self'.
 * Null when the HTML carries nonces (a page rendered per request: its policy came from the proxy).
 * @param {string} html
 */
export function cachedPagePolicy(html) {
  const scripts = scriptsOf(html);
  if (scripts.some((s) => /\snonce=/i.test(s.attributes))) return null;
  const hashes = new Set([THEME_SCRIPT_HASH]);
  for (const script of scripts) {
    if (/\ssrc=/i.test(script.attributes)) continue;
    const hash = frameworkScriptHash(script.text);
    if (hash) hashes.add(hash);
  }
  return policyWithScripts(["'self'", ...hashes]);
}
