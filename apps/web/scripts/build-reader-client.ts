/**
 * Builds the reader page's own browser bundle (src/reader-client/entry.tsx) into public/reader-client/:
 * React, react-dom and the reader's parts, with Next's browser modules replaced by small stand-ins
 * (src/reader-client/next-stand-ins), since the page is sent without Next's runtime
 * (src/pages/articles/[slug].tsx). Part of `pnpm build`, before `next build`.
 *
 * `entry.js` keeps its name (the page links it; it is revalidated by the browser on every load, 304 when
 * unchanged); the chunks it loads have content hashes in their names.
 */
import { rm } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const web = path.resolve(import.meta.dirname, "..");
const outdir = path.join(web, "public", "reader-client");
const standIns = path.join(web, "src", "reader-client", "next-stand-ins");

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: web,
  entryPoints: { entry: path.join(web, "src", "reader-client", "entry.tsx") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: ["es2022"],
  minify: true,
  jsx: "automatic",
  chunkNames: "[name]-[hash]",
  // Every stylesheet of the page comes from Next's build; the bundle's CSS imports are dropped.
  loader: { ".css": "empty" },
  define: { "process.env.NODE_ENV": '"production"' },
  alias: {
    "@": path.join(web, "src"),
    "next/link": path.join(standIns, "link.tsx"),
    "next/head": path.join(standIns, "head.tsx"),
    "next/router": path.join(standIns, "router.ts"),
    "next/navigation": path.join(standIns, "navigation.ts"),
    "next/dynamic": path.join(standIns, "dynamic.tsx"),
  },
  logLevel: "warning",
});
console.log(`reader bundle written to ${path.relative(web, outdir)}/`);
