// @ts-check
/**
 * Next.js's cache handler (next.config.mjs `cacheHandler`) for several web nodes. Each node keeps Next's own
 * file-system cache of rendered pages; what is shared is which cache tags were revalidated and when, kept
 * in the database (table CacheTag) through the store that src/instrumentation.ts registers on globalThis:
 * - revalidateTag (what revalidatePath calls) on any node writes the tag's new state there;
 * - before a cached page is served, the node reads the tags changed since it last looked into Next's tag
 *   manifest, so the page is re-rendered if its tags changed on another node.
 * It also gives every cached page its Content-Security-Policy: the hashes of the page's own inline scripts
 * (src/lib/page-csp.mjs), stored in the entry's headers, which Next sends with the page. A nonce cannot be
 * cached; without this the library and reader pages would have to be rendered per request.
 * Plain JavaScript because Next imports this file at run time, outside its bundles.
 */
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import TagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { cachedPagePolicy } from "./src/lib/page-csp.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const { tagsManifest } = TagsManifestModule;

/**
 * @typedef {{ tag: string, expiredAt: number, staleAt: number | null, changedAt: number }} CacheTagState
 * @typedef {{ read(since: number): Promise<CacheTagState[]>, publish(states: CacheTagState[]): Promise<void>, stateAfter(tag: string, now: number, durations?: { expire?: number }): CacheTagState }} SharedTagStore
 */

/** Rows are read again from this long before the last poll: a slower node's commit is never skipped. */
const POLL_OVERLAP_MS = 5_000;
let lastPoll = 0;
let warned = false;

/** @returns {SharedTagStore | undefined} */
function store() {
  const found = /** @type {{ __newsquizCacheTags?: SharedTagStore }} */ (globalThis).__newsquizCacheTags;
  if (!found && !warned) {
    warned = true;
    console.error("newsquiz: the shared cache-tag store is not registered (src/instrumentation.ts); pages changed on other nodes may be served stale");
  }
  return found;
}

async function pullSharedTags() {
  const shared = store();
  if (!shared) return;
  const started = Date.now();
  const rows = await shared.read(lastPoll - POLL_OVERLAP_MS);
  lastPoll = started;
  for (const row of rows) {
    const entry = { expired: row.expiredAt || undefined, stale: row.staleAt ?? undefined };
    tagsManifest.set(row.tag, entry);
  }
}

/**
 * Puts the page's hash policy into a cached page's headers (in place: on a cache miss Next sends the very
 * object it stores). Pages whose HTML carries nonces were rendered per request and are left alone.
 * @param {any} value an entry's value (kind APP_PAGE: html, headers, rscData …). Not the reader page (kind
 * PAGES): Next does not send a Pages Router entry's stored headers, so src/proxy.ts sends its policy.
 */
function withPagePolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || !value.html) return;
  const policy = cachedPagePolicy(value.html);
  if (!policy) return;
  value.headers ??= {};
  value.headers["content-security-policy"] = policy;
}

/**
 * The reader page on the Pages Router (src/pages/articles/[slug].tsx). Next 16 keys a page's entry by its path
 * under a route-cache folder: `/route-cache/PAGES/<build hash>/$/articles/<slug>`.
 */
const READER_PAGE_KEY = /(?:^|\/\$)(\/articles\/[^/]+)$/;

/** Where a reader page's entry keeps its cache control (revalidate and expire times), as JSON. */
const CACHE_CONTROL_HEADER = "x-newsquiz-cache-control";

/**
 * What Next keeps for App Router pages but not for the reader, a Pages Router page, stored in the entry's headers
 * (which Next writes to disk with it and never sends for a Pages Router page):
 * - its cache tags: Next gives App Router pages their implicit tags (what revalidatePath expires) but checks a
 *   Pages Router entry only against the tags in its `x-next-cache-tags` header. The reader gets the tags an App
 *   Router page at its address would have, so revalidatePath("/articles/[slug]", "page") on any node
 *   (src/server/shared-cache-tags.ts) re-renders it here as before;
 * - its cache control (revalidate: 3600): Next writes it to disk for App Router pages only and otherwise keeps it
 *   in memory, so after a restart every reader page read from disk would count as stale after one second.
 * @param {string} key @param {any} value @param {any} ctx
 */
function withReaderPageTags(key, value, ctx) {
  const path = READER_PAGE_KEY.exec(key)?.[1];
  if (value?.kind !== "PAGES" || !path) return;
  value.headers ??= {};
  value.headers["x-next-cache-tags"] = ["_N_T_/articles/[slug]/page", `_N_T_${path}`].join(",");
  if (ctx?.cacheControl) value.headers[CACHE_CONTROL_HEADER] = JSON.stringify(ctx.cacheControl);
}

/** A reader page's entry read back: its cache control from its headers (see withReaderPageTags). @param {any} entry */
function withReaderPageCacheControl(entry) {
  const stored = entry?.value?.kind === "PAGES" ? entry.value.headers?.[CACHE_CONTROL_HEADER] : undefined;
  if (typeof stored !== "string" || entry.cacheControl) return;
  try {
    const parsed = JSON.parse(stored);
    if (typeof parsed?.revalidate === "number" || parsed?.revalidate === false) entry.cacheControl = parsed;
  } catch {
    // An entry written by something else: Next's own default applies.
  }
}

export default class SharedTagsCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    await pullSharedTags();
    const entry = await super.get(key, ctx);
    withReaderPageCacheControl(entry);
    // Pages prerendered by `next build` (and entries written before this policy existed) get it here.
    if (entry?.value && !entry.value.headers?.["content-security-policy"]) withPagePolicy(entry.value);
    return entry;
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    withPagePolicy(data);
    withReaderPageTags(key, data, ctx);
    return super.set(key, data, ctx);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const shared = store();
    if (!shared) return;
    const now = Date.now();
    await shared.publish((typeof tags === "string" ? [tags] : tags).map((tag) => shared.stateAfter(tag, now, durations)));
  }
}
