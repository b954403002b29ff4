import { revalidatePath } from "next/cache";
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

/** The implicit tag Next.js gives a path (as its revalidatePath computes it, Next 16). */
export function implicitTagsOf(path: string, type?: "page" | "layout"): string[] {
  const trimmed = path.length > 1 ? path.replace(/\/$/, "") : path;
  let tag = `_N_T_${trimmed}`;
  if (type) tag += `${tag.endsWith("/") ? "" : "/"}${type}`;
  return tag === "_N_T_/" ? [tag, "_N_T_/index"] : [tag];
}

/**
 * Revalidates paths on every node, and has the database say so before the caller answers: Next runs its
 * own revalidation after the response is sent, so a reader's next request (to another node) could
 * otherwise arrive first and be served the old page.
 */
export async function revalidateEverywhere(paths: RevalidatedPath[]): Promise<void> {
  await publishRevalidation(paths);
  for (const { path, type } of paths) revalidatePath(path, type);
}

type RevalidatedPath = { path: string; type?: "page" | "layout" };

/**
 * Records in the database that the paths changed, for every node's cache handler (this node's too) to read
 * before it serves a cached page from them. What revalidateEverywhere does first; alone, it is how code running
 * outside a Next request (which revalidatePath needs) revalidates.
 */
export async function publishRevalidation(paths: RevalidatedPath[]): Promise<void> {
  const now = Date.now();
  await publishCacheTags(
    getDb(),
    paths.flatMap(({ path, type }) => implicitTagsOf(path, type)).map((tag) => tagStateAfterRevalidate(tag, now)),
  );
}

/**
 * Pages rendered by `next build` (which has no database) are placeholders: a starting server marks them
 * changed, for every node, so none is ever served. A database that cannot be reached is reported, not fatal.
 */
export async function markChangedOnStart(): Promise<void> {
  try {
    const now = Date.now();
    await publishCacheTags(getDb(), implicitTagsOf("/").map((tag) => tagStateAfterRevalidate(tag, now)));
  } catch (error) {
    console.error("newsquiz: could not mark the library page for re-rendering at start:", error instanceof Error ? error.message : error);
  }
}
