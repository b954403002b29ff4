// The importer on hostile input: ms per KB of reading a paste, an uploaded .txt, an uploaded .html and a fetched
// page (Readability) for each adversarial text of @newsquiz/article/testing, and for hostile markup (repeated
// comments before the doctype, deep nesting, a huge <title>, thousands of attributes), next to ordinary text of
// the same size and form measured in the same run (the 34 library texts joined). Prints the ratio per byte to
// the ordinary input of the same form; the bar (issue 8) is ≤ 3. No assertions (timings depend on the machine).
// Run: pnpm --filter @newsquiz/api run bench:hostile
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { adversarialTexts, repeatTo, splitArticleText } from "@newsquiz/article/testing";
import { draftFromFile, draftFromPaste, extractArticleFromHtml, MAX_IMPORT_FILE_BYTES } from "../src/import";

const RUNS = 3;
/** Under the 200 KB upload cap once wrapped in markup. */
const BYTES = 150 * 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function asHtml(text: string): string {
  const { headline, paragraphs } = splitArticleText(text);
  return `<!doctype html><html><head><title>${escape(headline)}</title></head><body><article><h1>${escape(headline)}</h1>${paragraphs
    .map((p) => `<p>${escape(p)}</p>`)
    .join("\n")}</article></body></html>`;
}

type Form = "paste" | "upload .txt" | "upload .html" | "fetched page";
/** Per form: prepares what the reader hands the importer (outside the timing) and returns the timed read. */
const FORMS: Record<Form, (input: string) => () => unknown> = {
  paste: (text) => {
    // Headline and body as a reader types them into the two fields; splitting them here is the bench's work.
    const { headline, paragraphs } = splitArticleText(text);
    const body = paragraphs.join("\n");
    return () => draftFromPaste({ headline, text: body });
  },
  "upload .txt": (text) => {
    const bytes = new TextEncoder().encode(text);
    return () => draftFromFile({ name: "text.txt", type: "text/plain", bytes });
  },
  "upload .html": (html) => {
    const bytes = new TextEncoder().encode(html);
    return () => draftFromFile({ name: "page.html", type: "text/html", bytes });
  },
  "fetched page": (html) => () => extractArticleFromHtml(html, { url: "https://news.example.org/story" }),
};
const isHtml = (form: Form) => form === "upload .html" || form === "fetched page";

/** Median ms per KB, or null when the importer refuses the input (a readable error, which is fine). */
function msPerKb(form: Form, input: string): number | null {
  const read = FORMS[form](input);
  try {
    read();
  } catch {
    return null;
  }
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    read();
    samples.push(performance.now() - t0);
  }
  return median(samples) / (Buffer.byteLength(input, "utf8") / 1024);
}

const library = new URL("../../article/samples/library/", import.meta.url);
const paragraphs = readdirSync(library)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((f) => readFileSync(new URL(f, library), "utf8").split("\n").slice(1).filter((l) => l.trim() !== ""));
const ordinary = `Ordinary text from the starter library\n${repeatTo(paragraphs.join("\n"), BYTES, "\n").slice(0, BYTES)}`;

/** Markup built to make an HTML reader backtrack or recurse. */
function hostileMarkup(bytes: number = BYTES): { name: string; html: string }[] {
  const article = `<p>${escape(paragraphs.slice(0, 5).join(" "))}</p>`;
  const fill = (unit: string) => repeatTo(unit, bytes - article.length - 200, "");
  // Distinct one-word paragraphs (identical ones are dropped as repeats, and the page would be refused).
  const tiny: string[] = [];
  for (let i = 1, length = 0; length < bytes - 200; i++) {
    tiny.push(`<p>A${i}.</p>`);
    length += 9 + String(i).length;
  }
  return [
    { name: "comments before the doctype", html: `${fill("<!-- x -->\n")}<!doctype html><html><body><article>${article}</article></body></html>` },
    { name: "an unclosed comment", html: `<!doctype html><html><body><article>${article}</article><!--${fill("- -- ")}</body></html>` },
    { name: "nested divs", html: `<!doctype html><html><body>${fill("<div>")}${article}</body></html>` },
    { name: "a huge title", html: `<!doctype html><html><head><title>${fill("Breaking | News - ")}</title></head><body><article>${article}</article></body></html>` },
    { name: "thousands of attributes", html: `<!doctype html><html><body><article ${fill('data-a="1" ')}>${article}</article></body></html>` },
    { name: "many tiny paragraphs", html: `<!doctype html><html><body><article><h1>Tiny</h1>${tiny.join("")}</article></body></html>` },
  ];
}

console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}; median of ${RUNS} runs; inputs ≈ ${BYTES / 1024} KB (upload cap ${MAX_IMPORT_FILE_BYTES / 1024} KB)`);
const baseline = new Map<Form, number>();
for (const form of Object.keys(FORMS) as Form[]) {
  const ms = msPerKb(form, isHtml(form) ? asHtml(ordinary) : ordinary);
  if (ms === null) throw new Error(`the ordinary text was refused as ${form}`);
  baseline.set(form, ms);
  console.log(`${`ordinary text, ${form}`.padEnd(48)} ${ms.toFixed(3).padStart(8)} ms/KB   1.0× (baseline)`);
}
let worst = 0;
let worstCase: { name: string; form: Form } | undefined;
const report = (name: string, form: Form, input: string) => {
  const ms = msPerKb(form, input);
  if (ms === null) return console.log(`${`${name}, ${form}`.padEnd(48)} refused with a readable error`);
  const ratio = ms / baseline.get(form)!;
  if (ratio > worst) worstCase = { name, form };
  worst = Math.max(worst, ratio);
  console.log(`${`${name}, ${form}`.padEnd(48)} ${ms.toFixed(3).padStart(8)} ms/KB ${ratio.toFixed(1).padStart(5)}×`);
};
for (const { name, text } of adversarialTexts(BYTES)) {
  for (const form of Object.keys(FORMS) as Form[]) report(name, form, isHtml(form) ? asHtml(text) : text);
}
for (const { name, html } of hostileMarkup()) {
  report(name, "upload .html", html);
  report(name, "fetched page", html);
}
console.log(`worst ratio ${worst.toFixed(1)}× (bar: ≤ 3×)`);
// A high ratio is a constant factor or a growing one: time the worst case at a quarter, half and full size.
if (worstCase) {
  const { name, form } = worstCase;
  const make = (bytes: number) => {
    const text = adversarialTexts(bytes).find((t) => t.name === name)?.text;
    if (text) return isHtml(form) ? asHtml(text) : text;
    return hostileMarkup(bytes).find((m) => m.name === name)?.html ?? "";
  };
  const totals = [BYTES / 4, BYTES / 2, BYTES].map((bytes) => {
    const input = make(bytes);
    return ((msPerKb(form, input) ?? Number.NaN) * Buffer.byteLength(input, "utf8")) / 1024;
  });
  console.log(
    `worst case (${name}, ${form}) at ¼, ½ and full size: ${totals.map((ms) => `${ms.toFixed(0)} ms`).join(", ")} — ` +
      `×${((totals[2] ?? 0) / (totals[1] ?? 1)).toFixed(1)} when the input doubles (linear: ×2)`,
  );
}
