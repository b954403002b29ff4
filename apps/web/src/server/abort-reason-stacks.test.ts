import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { materializeAbortReasonStacks } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** What a render looks like to V8: a big working set, the receiver of the frame that aborts the render's signal. */
function abortFromARender(reason: "error" | "none"): { signal: AbortSignal; render: WeakRef<object> } {
  const controller = new AbortController();
  const render = {
    workingSet: new Array<number>(200_000).fill(1),
    complete(this: { workingSet: number[] }) {
      if (reason === "error") controller.abort(new Error("This render completed successfully."));
      else controller.abort();
    },
  };
  render.complete();
  return { signal: controller.signal, render: new WeakRef(render) };
}

async function collected(refs: WeakRef<object>[]): Promise<number> {
  // A WeakRef's target lives at least to the end of the current job; collect across a few turns.
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  return refs.filter((r) => r.deref() === undefined).length;
}

describe("materializeAbortReasonStacks", () => {
  beforeAll(() => materializeAbortReasonStacks());

  it("lets a finished render go while its aborted signal is still held", async () => {
    const held = Array.from({ length: 5 }, () => abortFromARender("error"));
    const bare = Array.from({ length: 5 }, () => abortFromARender("none"));
    expect(await collected([...held, ...bare].map((h) => h.render))).toBe(10);
    // the signals are still reachable here, with their reasons
    expect(held.every((h) => h.signal.aborted && h.signal.reason instanceof Error)).toBe(true);
    expect(bare.every((h) => h.signal.reason instanceof DOMException && h.signal.reason.name === "AbortError")).toBe(true);
  });

  it("aborts as before: listeners run once and see the very reason given", () => {
    materializeAbortReasonStacks(); // a second call changes nothing
    const controller = new AbortController();
    const seen: unknown[] = [];
    controller.signal.addEventListener("abort", () => seen.push(controller.signal.reason));
    const reason = new Error("stop");
    controller.abort(reason);
    controller.abort(new Error("again"));
    expect(seen).toEqual([reason]);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toContain("stop");
  });
});
