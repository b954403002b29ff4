import spoken from "./data/spoken-words.json" with { type: "json" };
import meanings from "./data/word-meanings.json" with { type: "json" };
import nouns from "./data/noun-classes.json" with { type: "json" };

/**
 * "Martina Hingis makes her return to competitve tennis", "Quantech said Henry Ginsburg has rsigned as president",
 * "tentatively schedualed for January 1988": the source's misspelling, which a prompt copies and a blind reader fails
 * (readings ZF, ZW, ZT …: test G) — written as the word it stands for in the prompt (see respelled). A word neither the subtitles corpus of `spoken-words.json` nor WordNet holds, written
 * once in the article, that one letter dropped, added or two swapped inside it turns into one of the corpus's 20,000
 * commonest words — not at the word's first or last letter, where a plural or a scientific term differs from a common
 * word ("nebulae", "ethane"), and not an inflection of a known word ("inputs", "firming", "tabled"). A letter replaced
 * is not taken: it turns too many real words into others ("solute", "valence", "crustal").
 */

const COMMON = 20_000;
let ranks: ReadonlyMap<string, number> | undefined;
/** A word's place among the subtitles corpus's words, most used first (0 the commonest), or undefined when it is not one. */
export function rankOf(word: string): number | undefined {
  ranks ??= new Map(spoken.words.split(" ").map((w, i) => [w, i] as const));
  return ranks.get(word);
}
/** WordNet's lemmas, one a line at the start ("frictional 0 0 …", "borane 3 …"): scanned, not indexed — asked seldom. */
let lemmaLists: readonly string[] | undefined;
const inWordNet = (word: string): boolean => {
  lemmaLists ??= [meanings.adjectives, meanings.adverbs, meanings.nouns, meanings.verbs, nouns.entries].map((list) => `\n${list}`);
  return lemmaLists.some((list) => list.includes(`\n${word} `));
};
const known = (word: string): boolean => rankOf(word) !== undefined;
/** A word of the subtitles corpus or of WordNet ("frictional", "borane": real words the corpus lacks). */
const real = (word: string): boolean => known(word) || inWordNet(word);

/** Whether `word` is a known word with an ending added: "inputs", "oxides", "firmed", "halving", "refiners". */
function inflected(word: string): boolean {
  for (const [ending, back] of [["ies", "y"], ["es", ""], ["s", ""], ["ed", ""], ["ed", "e"], ["d", ""], ["ing", ""], ["ing", "e"], ["er", ""], ["er", "e"], ["ers", ""], ["ers", "e"], ["ly", ""]] as const) {
    if (word.endsWith(ending) && real(word.slice(0, word.length - ending.length) + back)) return true;
  }
  // a doubled last consonant before the ending: "shipped", "pipped", "kitted", "targetted"
  const doubled = /^(.*?)([bdfglmnprt])\2(?:ed|ing|er|ers)$/.exec(word);
  return doubled !== null && real(`${doubled[1]}${doubled[2]}`);
}

/** The common word one inner edit away from `word` (a letter dropped, added or two swapped), if there is one. */
function nearCommon(word: string): string | undefined {
  let best: string | undefined;
  let bestRank = COMMON;
  const consider = (candidate: string): void => {
    const rank = rankOf(candidate);
    if (rank !== undefined && rank < bestRank) {
      best = candidate;
      bestRank = rank;
    }
  };
  // (inside the word only: a brand or a term differs from a common word at its first or last letter — "ainvest",
  // "wondery", "metron")
  for (let i = 1; i < word.length - 1; i++) consider(word.slice(0, i) + word.slice(i + 1));
  for (let i = 1; i < word.length - 2; i++) consider(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  for (let i = 1; i < word.length; i++) for (const c of "abcdefghijklmnopqrstuvwxyz") consider(word.slice(0, i) + c + word.slice(i));
  return best;
}

/** The common word a misspelling (see above) stands for, or undefined when `word` reads as none. */
function correctionOf(word: string, counts: ReadonlyMap<string, number>): string | undefined {
  if (known(word) || (counts.get(word) ?? 0) > 1 || inflected(word)) return undefined;
  const near = nearCommon(word);
  return near !== undefined && !inWordNet(word) ? near : undefined;
}

const LOWER_WORD = /(?<![\p{L}'’-])(\p{Ll}{6,})(?![\p{L}'’-])/gu;

/**
 * The first word of `text` that reads as the source's misspelling (see above), outside words the article writes more
 * than once (`counts`: the article's lower-case words and how often it writes them). Undefined when there is none.
 */
export function misspelledWord(text: string, counts: ReadonlyMap<string, number>): string | undefined {
  for (const m of text.matchAll(LOWER_WORD)) if (correctionOf(m[1] as string, counts) !== undefined) return m[1];
  return undefined;
}

/**
 * `text` with each misspelling written as the word it stands for ("collasped" → "collapsed", "competitve" →
 * "competitive"): a prompt reads as the writer meant, the evidence keeps the source's words. Undefined when there is none.
 */
export function respelled(text: string, counts: ReadonlyMap<string, number>): string | undefined {
  let changed = false;
  const out = text.replace(LOWER_WORD, (word: string) => {
    const fixed = correctionOf(word, counts);
    if (fixed === undefined) return word;
    changed = true;
    return fixed;
  });
  return changed ? out : undefined;
}
