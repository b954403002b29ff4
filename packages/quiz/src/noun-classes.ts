import data from "./data/noun-classes.json" with { type: "json" };

/** A noun's kind, from WordNet's first sense: its lexicographer class ("person", "substance" …) and its parents. */
export interface NounClass {
  /** WordNet's lexicographer class without the "noun." prefix. */
  lex: string;
  /** The first sense's hypernym synset (as an opaque id), and that synset's own hypernym; 0 when none. */
  parent: number;
  grand: number;
}

let table: Map<string, NounClass> | undefined;

function load(): Map<string, NounClass> {
  const map = new Map<string, NounClass>();
  const classes = data.classes;
  for (const line of data.entries.split("\n")) {
    const [word, lex, parent, grand] = line.split(" ");
    if (!word) continue;
    map.set(word, { lex: classes[Number(lex)] ?? "Tops", parent: parseInt(parent ?? "0", 36), grand: parseInt(grand ?? "0", 36) });
  }
  return map;
}

/** The singular of a regular English plural ("colonies" → "colony", "boxes" → "box", "ants" → "ant"). */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.length > 4 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(?:ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is|ics)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Is a (lower-case) noun written in the plural? Regular plurals only, checked against WordNet when it knows both. */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  const one = singular(w);
  if (one === w) return false;
  const t = (table ??= load());
  return t.has(one) || !t.has(w);
}

/** WordNet's class of a noun (singular or regular plural), or undefined for a word it does not list. */
export function nounClass(word: string): NounClass | undefined {
  const t = (table ??= load());
  const w = word.toLowerCase();
  return t.get(w) ?? t.get(singular(w));
}

/** Broader groups of WordNet classes whose members can stand in for each other as distractors. */
const KIND_GROUP: Record<string, string> = {
  person: "person", animal: "organism", plant: "organism", substance: "matter", food: "matter", body: "matter",
  object: "matter", artifact: "artifact", location: "location", time: "time", quantity: "amount", possession: "amount",
  shape: "shape", Tops: "Tops",
  // abstractions (acts, events, ideas, states) stand in for each other; WordNet's first sense is
  // often the wrong one among them ("meeting" is a group, "development" an act), so finer lines would mislead
  act: "abstract", event: "abstract", process: "abstract", phenomenon: "abstract", cognition: "abstract",
  communication: "abstract", attribute: "abstract", state: "abstract", feeling: "abstract", motive: "abstract",
  relation: "abstract",
  // bodies of people ("troops", "agency", "community") are asked against each other, not against acts or ideas
  group: "collective",
};

/** The group of a class ("substance" and "food" are both "matter"). */
export function kindGroup(lex: string): string {
  return KIND_GROUP[lex] ?? lex;
}

/** How alike two nouns' kinds are: 3 sisters (same parent), 2 cousins, 1 same class, 0 unrelated or unknown. */
export function kinship(a: NounClass | undefined, b: NounClass | undefined): number {
  if (!a || !b) return 0;
  if (a.parent !== 0 && a.parent === b.parent) return 3;
  if (a.grand !== 0 && (a.grand === b.grand || a.parent === b.grand || a.grand === b.parent)) return 2;
  return a.lex === b.lex ? 1 : 0;
}
