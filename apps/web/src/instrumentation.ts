/**
 * Runs once when the Next.js server starts, before it answers a request: the server's boot (environment
 * checked, session secret loaded or generated) and the cache-tag store shared by the web nodes.
 * Nothing here runs in the browser or the edge runtime.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootServer } = await import("./server/boot");
  await bootServer();
  const { registerSharedCacheTags } = await import("./server/shared-cache-tags");
  registerSharedCacheTags();
}
