/**
 * Every aborted AbortController's reason has its stack read once, as it is aborted, so that V8 keeps the stack
 * as text instead of as structured frames.
 *
 * Why: an Error keeps its stack as frames (each holding the frame's receiver and function) until something
 * reads `.stack`. React's Flight server aborts each render's `cacheSignal` with such an Error when the render
 * completes ("This render completed successfully…", react/react#37288; the fix, react/react#37289, is not in
 * the React that Next 16.4 ships) from inside a `setImmediate` callback, so one of those frames is the
 * Immediate; an Immediate that ran keeps its links to every other Immediate of the same turn, and each carries
 * its request's AsyncLocalStorage store. Completed renders thus kept each other alive: under mixed load a heap
 * snapshot held ~3,000 finished requests (their IncrementalCache, searchParams, RSC buffers), ~400 MB of a
 * 527 MB heap (apps/web/README.md, Memory). Text stacks hold nothing.
 *
 * Reading a stack costs a few microseconds, a handful of times per request. Remove this once React aborts with
 * a stackless reason.
 */
const installed = Symbol.for("newsquiz.abortReasonStacks");

export function materializeAbortReasonStacks(): void {
  const proto = AbortController.prototype as AbortController & { [installed]?: true };
  if (proto[installed]) return;
  const abort = proto.abort;
  Object.defineProperty(proto, "abort", {
    configurable: true,
    writable: true,
    value: function abortWithTextStack(this: AbortController, reason?: unknown): void {
      abort.call(this, reason);
      // `signal.reason`, not `reason`: a bare abort() gets a DOMException made by Node, with frames of its own.
      const stored: unknown = this.signal.reason;
      if (stored instanceof Error) void stored.stack;
    },
  });
  Object.defineProperty(proto, installed, { value: true });
}
