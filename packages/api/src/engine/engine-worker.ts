/**
 * The worker entry of the engine fence (see ./README in packages/api: "The fence around the engine").
 * Production runs the esbuild bundle of this file (`dist/engine-worker.mjs`, made by `pnpm build`);
 * development, tests and scripts load it from source through `engine-worker-source.mjs`.
 */
import { runEngineTask } from "./engine-task";

export default runEngineTask;
