// The engine worker from TypeScript source (development, tests, scripts): a worker thread starts without the
// parent's loaders, so this plain-JS entry registers tsx in the worker and then loads the real entry.
import { register } from "tsx/esm/api";

register();
const entry = await import("./engine-worker.ts");

export default entry.default;
