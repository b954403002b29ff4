import type { ServerResponse } from "node:http";
import { LIBRARY_PAGE } from "../lib/cached-pages";

/**
 * Gives the library `/` the `cache-control` the proxy gives every other cached page, for server.cts. The library
 * is the page every visitor opens first and is served from Next's cache; the proxy (src/proxy.ts) would do nothing
 * else for it, and running Next's proxy was a third of serving it from the cache (1.8 → 1.1 ms of CPU per request
 * without it; apps/web/README.md, "The library page's tail"), so the proxy's matcher leaves `/` out. `private, no-store`: no shared cache may keep a page that must change on
 * every node as soon as an article changes. Next keeps a `cache-control` already set (its own would let shared
 * caches keep the page for an hour).
 */
export function addLibraryPageHeaders(url: string | undefined, res: ServerResponse): void {
  const pathname = (url ?? "").split("?")[0];
  if (pathname === LIBRARY_PAGE) res.setHeader("cache-control", "private, no-store");
}
