/**
 * Runs once when the Next.js server starts, before it answers a request: the server's boot (environment
 * checked, session secret loaded or generated) and the cache-tag store shared by the web nodes.
 * Nothing here runs in the browser or the edge runtime, nor during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { bootServer } = await import("./server/boot");
  await bootServer();
  const { registerSharedCacheTags, markChangedOnStart } = await import("./server/shared-cache-tags");
  registerSharedCacheTags();
  await markChangedOnStart();
}
