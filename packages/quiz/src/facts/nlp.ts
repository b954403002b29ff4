import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

// wink-nlp, loaded once on first use (about 60 ms): the article analysis and the concept finder share it.

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
export function getNlp(): Nlp {
  nlp ??= winkNLP(model, ["pos"]);
  return nlp;
}

/** Part of speech of the token starting at each character offset of `text`. */
export function posByOffset(text: string): Map<number, string> {
  const n = getNlp();
  const doc = n.readDoc(text);
  const values = doc.tokens().out(n.its.value) as string[];
  const spaces = doc.tokens().out(n.its.precedingSpaces) as string[];
  const pos = doc.tokens().out(n.its.pos) as string[];
  const map = new Map<number, string>();
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? "").length;
    map.set(at, pos[i] ?? "");
    at += (values[i] ?? "").length;
  }
  return map;
}
