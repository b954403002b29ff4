/**
 * Bundles the quiz engine's worker entry (src/engine/engine-worker.ts and everything it imports) into one
 * ES module Node loads as is: dist/engine-worker.mjs. The web app's server is compiled by Next, so its worker
 * threads need a file of their own; engine-fence.ts loads this bundle in production.
 * Run by `pnpm build` (turbo builds it before the web app). Usage: bundle-engine-worker.ts [outfile]
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outfile = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, "dist", "engine-worker.mjs");

await build({
  entryPoints: [path.join(root, "src", "engine", "engine-worker.ts")],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // A few dependencies are CommonJS that require() Node built-ins: give the ES module a require of its own.
  banner: { js: "import { createRequire as __newsquizCreateRequire } from 'node:module'; const require = __newsquizCreateRequire(import.meta.url);" },
  logLevel: "warning",
});
console.log(`engine worker bundled: ${path.relative(process.cwd(), outfile)}`);
