// A stand-in for a text the quiz engine never finishes with: like the real worker (engine-task.ts) it says it
// has started, then keeps its thread busy until the fence's time limit ends the thread. Tests only.
export default function neverEnding(task) {
  task.started?.postMessage("started");
  task.started?.close();
  for (;;) {
    // spin: what a runaway pattern on a pathological text does to a thread
  }
}
