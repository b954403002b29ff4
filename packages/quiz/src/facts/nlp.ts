import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// wink-nlp, loaded once on first use (about 60 ms): the article analysis and the concept finder share it.

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

/** A text's tokens as wink-nlp tags them: each token's value, the spaces before it and its part of speech. */
export interface TaggedText {
  values: readonly string[];
  spaces: readonly string[];
  pos: readonly string[];
}

// the article analysis (a paragraph's sentence-initial words) and the concept finder (every paragraph) tag the same
// paragraphs: tagged once per quiz (`clearTagCache` at each quiz's start keeps timings honest and memory bounded)
const tagged = new Map<string, TaggedText>();
const TAG_CACHE_MAX = 512;

/** `text` tagged by wink-nlp, remembered for the rest of the quiz. */
export function tagText(text: string): TaggedText {
  let hit = tagged.get(text);
  if (!hit) {
    const n = getNlp();
    const doc = n.readDoc(text);
    hit = { values: doc.tokens().out(n.its.value) as string[], spaces: doc.tokens().out(n.its.precedingSpaces) as string[], pos: doc.tokens().out(n.its.pos) as string[] };
    if (tagged.size >= TAG_CACHE_MAX) tagged.clear();
    tagged.set(text, hit);
  }
  return hit;
}

/** Forgets the tagged texts (each quiz starts afresh). */
export function clearTagCache(): void {
  tagged.clear();
}

/** Part of speech of the token starting at each character offset of `text`. */
export function posByOffset(text: string): Map<number, string> {
  const { values, spaces, pos } = tagText(text);
  const map = new Map<number, string>();
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? "").length;
    map.set(at, pos[i] ?? "");
    at += (values[i] ?? "").length;
  }
  return map;
}
