/**
 * Runs once when the Next.js server starts, before it answers a request: the server's boot (environment
 * checked, session secret loaded or generated). Nothing here runs in the browser or the edge runtime.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootServer } = await import("./server/boot");
  await bootServer();
}
