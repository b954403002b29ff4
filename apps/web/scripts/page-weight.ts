/**
 * What a reader's browser downloads for a page, against the budgets: first-load JavaScript (every
 * `<script src>` in the HTML, gzipped as the server would send it) and the HTML itself.
 *
 *   node --import tsx/esm scripts/page-weight.ts http://127.0.0.1:3000 [/articles/<slug> …]
 *
 * With no path it measures the sample article's reader page. Exits 1 when a page is over a budget.
 */
import { gzipSync } from "node:zlib";
import { sampleArticle } from "@newsquiz/article/samples";

/**
 * The reader page's budgets (issue 11): gzipped first-load JavaScript and raw HTML, in KB (1024 bytes). The
 * page is sent without Next's browser runtime, which alone is over 110 KB (apps/web/README.md, "Weight,
 * speed and Lighthouse").
 */
export const BUDGETS = { javascriptGzipKb: 110, htmlKb: 20 } as const;

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  scripts: Array<{ src: string; bytes: number; gzipBytes: number }>;
  javascriptGzipBytes: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export async function measurePage(base: string, path: string): Promise<PageWeight> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  const html = await res.text();
  // `nomodule` scripts (Next's polyfills) are skipped by every browser that runs the app's modules.
  const srcs = [...new Set([...html.matchAll(/<script(?![^>]*\bnomodule)[^>]*\bsrc="([^"]+)"/gi)].map((m) => m[1]!.replaceAll("&amp;", "&")))];
  const scripts: PageWeight["scripts"] = [];
  const seen = new Set<string>();
  // A module script's static imports load before it runs: they are first-load JavaScript too.
  const visit = async (src: string, from: URL): Promise<void> => {
    const url = new URL(src, from);
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    scripts.push({ src: url.pathname, bytes: body.byteLength, gzipBytes: gzipSync(body, { level: 6 }).byteLength });
    await Promise.all(staticImports(body.toString("utf8")).map((imported) => visit(imported, url)));
  };
  await Promise.all(srcs.map((src) => visit(src, new URL(path, base))));
  return {
    path,
    htmlBytes: Buffer.byteLength(html),
    htmlGzipBytes: gzipSync(html).byteLength,
    scripts,
    javascriptGzipBytes: scripts.reduce((n, s) => n + s.gzipBytes, 0),
  };
}

/**
 * The relative modules a minified ES module imports statically (`import{a as b}from"./chunk-X.js"`,
 * `import"./x.js"`), not its `import()`s, which load later. Next's classic scripts have none.
 */
export function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** One line per page and its verdict; the list of broken budgets (empty when all are met). */
export function checkBudgets(weight: PageWeight): string[] {
  const over: string[] = [];
  if (weight.javascriptGzipBytes > BUDGETS.javascriptGzipKb * 1024) over.push(`JavaScript ${kb(weight.javascriptGzipBytes)} KB gzipped > ${BUDGETS.javascriptGzipKb} KB`);
  if (weight.htmlBytes > BUDGETS.htmlKb * 1024) over.push(`HTML ${kb(weight.htmlBytes)} KB > ${BUDGETS.htmlKb} KB`);
  return over;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base, ...paths] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!base) {
    console.error("usage: page-weight.ts <base URL> [path …]");
    process.exit(2);
  }
  let failed = false;
  for (const path of paths.length ? paths : [`/articles/${sampleArticle().slug}`]) {
    const w = await measurePage(base, path);
    const over = checkBudgets(w);
    console.log(`${path}: JavaScript ${kb(w.javascriptGzipBytes)} KB gzipped in ${w.scripts.length} files (budget ${BUDGETS.javascriptGzipKb}), HTML ${kb(w.htmlBytes)} KB (${kb(w.htmlGzipBytes)} KB gzipped; budget ${BUDGETS.htmlKb}) — ${over.length ? `OVER: ${over.join("; ")}` : "within budget"}`);
    if (process.argv.includes("--verbose")) for (const s of [...w.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`  ${kb(s.gzipBytes).padStart(6)} KB  ${s.src}`);
    failed ||= over.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
