/**
 * Runs once when the Next.js server starts, before it answers a request: abort reasons' stacks kept as text
 * (a memory leak otherwise, see server/abort-reason-stacks.ts), the server's boot (environment checked, session
 * secret loaded or generated), the cache-tag store shared by the web nodes, and — in the background, not awaited —
 * the starter library's "no quiz" verdicts worked out ahead of its readers.
 * Nothing here runs in the browser or the edge runtime, nor during `next build`.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Before the first render: completed renders must not keep each other alive (see the module).
  const { materializeAbortReasonStacks } = await import("./server/abort-reason-stacks");
  materializeAbortReasonStacks();
  const { bootServer } = await import("./server/boot");
  await bootServer();
  const { registerSharedCacheTags, markChangedOnStart } = await import("./server/shared-cache-tags");
  registerSharedCacheTags();
  await markChangedOnStart();
  // in the background: the start does not wait for the engine
  const { workOutVerdictsAfterStart } = await import("./server/verdicts-at-start");
  workOutVerdictsAfterStart();
}
