/**
 * How central each sentence is to its article: the main points (the finding, the decision, who objects) are the
 * sentences whose words the rest of the article and the headline keep coming back to. Linear in the article's
 * length: one pass counts in how many sentences each content word appears, a second scores each sentence by its own
 * words' counts (no comparison of every sentence with every other).
 */
import { BEYOND_ASCII } from "./regexp";
import { STOP_WORDS as STOP } from "./word-lists";

/** A crude stem so that "ant", "ants" and "infected", "infects" count as one word. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("es") && !word.endsWith("ses")) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

// the quiz maker asks for the same sentences' words many times (centrality, concepts, the ranker, speakers' overlap):
// remembered for the rest of the quiz (`clearContentWordsCache` at each quiz's start keeps timings honest and memory
// bounded)
const wordsCache = new Map<string, readonly string[]>();
// (hoisted: esbuild, which runs this code under tsx and vitest, rebuilds a `\p{…}` pattern literal at every evaluation;
// `String.prototype.match` starts a global pattern at 0 and leaves it there, so one object serves every call)
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** WORD for a text with nothing BEYOND_ASCII. */
const ASCII_WORD = /[A-Za-z][A-Za-z'’-]*/g;
const WORDS_CACHE_MAX = 20_000;

/** The content words of a text, lower-cased and stemmed, each once (shared: do not change the array). */
export function contentWords(text: string): readonly string[] {
  const hit = wordsCache.get(text);
  if (hit) return hit;
  const out = new Set<string>();
  // (`match`, not `matchAll`: only the words are read, and no iterator or copy of the pattern is made per text)
  const lower = text.toLowerCase();
  for (const word of lower.match(BEYOND_ASCII.test(lower) ? WORD : ASCII_WORD) ?? []) {
    // a closing quotation mark is no part of the word ("Verizon 'seals takeover of MCI'", reading BG)
    // (the patterns only on a word ending in "s" or a mark: most end on another letter)
    const last = word.charAt(word.length - 1);
    const w = last === "s" || last === "'" || last === "’" || last === "-" ? word.replace(/['’]s$/, "").replace(/['’-]+$/, "") : word;
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(stem(w));
  }
  const words = Object.freeze([...out]);
  if (wordsCache.size >= WORDS_CACHE_MAX) wordsCache.clear();
  wordsCache.set(text, words);
  return words;
}

/** Forgets the remembered content words (each quiz starts afresh). */
export function clearContentWordsCache(): void {
  wordsCache.clear();
}

export interface CentralityInput {
  headline: string;
  sentences: readonly { text: string }[];
}

/**
 * Each sentence's centrality in [0, 1], by rank (1 = the most central). A sentence scores by how many other sentences
 * share each of its content words (log-damped, per √ of its length, so long sentences do not win by size), by the
 * headline's words it repeats, and a little by coming first (news puts the main point in the lead).
 */
export function sentenceCentrality(input: CentralityInput): number[] {
  return centralityAndFrequency(input).centrality;
}

/**
 * Each sentence's centrality (see sentenceCentrality) and, as a by-product, in how many sentences each content word
 * occurs (the question ranker reads it).
 */
export function centralityAndFrequency(input: CentralityInput): { centrality: number[]; sentenceFreq: Map<string, number> } {
  const words = input.sentences.map((s) => contentWords(s.text));
  const df = new Map<string, number>();
  for (const ws of words) for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1);
  const head = new Set(contentWords(input.headline));
  const raw = words.map((ws, i) => {
    if (ws.length === 0) return -Infinity;
    let shared = 0;
    let inHead = 0;
    for (const w of ws) {
      shared += Math.log1p((df.get(w) ?? 1) - 1);
      if (head.has(w)) inHead++;
    }
    const lead = i === 0 ? 1.5 : i === 1 ? 1 : i === 2 ? 0.5 : 0;
    return shared / Math.sqrt(ws.length + 2) + 1.2 * Math.min(inHead, 4) + lead;
  });
  const order = raw.map((r, i) => ({ r, i })).sort((a, b) => b.r - a.r || a.i - b.i);
  const out = new Array<number>(raw.length).fill(0);
  const n = Math.max(order.length - 1, 1);
  order.forEach(({ i }, rank) => {
    out[i] = order.length === 1 ? 1 : 1 - rank / n;
  });
  return { centrality: out, sentenceFreq: df };
}
