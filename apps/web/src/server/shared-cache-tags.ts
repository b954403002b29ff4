import { getDb, publishCacheTags, readCacheTagsSince, tagStateAfterRevalidate } from "@newsquiz/db";

/**
 * Registers the database-backed store that cache-handler.mjs uses to share revalidated cache tags between
 * web nodes (the handler is loaded by Next outside the bundles, so it finds the store on globalThis).
 */
export function registerSharedCacheTags(): void {
  (globalThis as { __newsquizCacheTags?: unknown }).__newsquizCacheTags = {
    read: (since: number) => readCacheTagsSince(getDb(), since),
    publish: (states: Parameters<typeof publishCacheTags>[1]) => publishCacheTags(getDb(), states),
    stateAfter: tagStateAfterRevalidate,
  };
}
