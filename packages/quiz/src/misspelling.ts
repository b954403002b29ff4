import spoken from "./data/spoken-words.json" with { type: "json" };
import meanings from "./data/word-meanings.json" with { type: "json" };
import nouns from "./data/noun-classes.json" with { type: "json" };
import { lookupPlace } from "./places";

/**
 * "Martina Hingis makes her return to competitve tennis", "Quantech said Henry Ginsburg has rsigned as president",
 * "tentatively schedualed for January 1988": the source's misspelling, which a prompt copies and a blind reader fails
 * (readings ZF, ZW, ZT …: test G) — written as the word it stands for in the prompt (see respelled). A word neither the
 * subtitles corpus of `spoken-words.json` nor WordNet holds, written once in the article, that one letter dropped,
 * added or two swapped inside it turns into one of the corpus's 20,000 commonest words — not at the word's first or
 * last letter, where a plural or a scientific term differs from a common word ("nebulae", "ethane"), and not an
 * inflection of a known word ("inputs", "firming", "tabled"). A letter replaced is not taken: it turns too many real
 * words into others ("solute", "valence", "crustal").
 */

const COMMON = 20_000;
let ranks: ReadonlyMap<string, number> | undefined;
/** A word's place among the subtitles corpus's words, most used first (0 the commonest), or undefined when it is not one. */
export function rankOf(word: string): number | undefined {
  ranks ??= new Map(spoken.words.split(" ").map((w, i) => [w, i] as const));
  return ranks.get(word);
}
/**
 * WordNet's lemmas, one a line at the start ("frictional 0 0 …", "borane 3 …"): scanned, not indexed — asked seldom.
 * First the lists of everyday words with their meanings (no names: "bill" is there, "ecuador" is not), then the noun
 * classes' entries, which hold names too.
 */
let meaningLists: readonly string[] | undefined;
let lemmaLists: readonly string[] | undefined;
const meaningListsOf = (): readonly string[] => (meaningLists ??= [meanings.adjectives, meanings.adverbs, meanings.nouns, meanings.verbs].map((list) => `\n${list}`));
const listed = (lists: readonly string[], word: string): boolean => lists.some((list) => list.includes(`\n${word} `));
/** A word WordNet gives a meaning: an everyday word, no name. */
const hasMeaning = (word: string): boolean => listed(meaningListsOf(), word);
/** A word WordNet holds, names among its noun classes included. */
const inWordNet = (word: string): boolean => listed((lemmaLists ??= [...meaningListsOf(), `\n${nouns.entries}`]), word);
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
  for (const candidate of innerEdits(word, "abcdefghijklmnopqrstuvwxyz")) consider(candidate);
  return best;
}

/** `word` with one letter dropped, two swapped or one of `letters` added, never at its first or last letter. */
function* innerEdits(word: string, letters: Iterable<string>): Generator<string> {
  for (let i = 1; i < word.length - 1; i++) yield word.slice(0, i) + word.slice(i + 1);
  for (let i = 1; i < word.length - 2; i++) yield word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  const added = [...letters];
  for (let i = 1; i < word.length; i++) for (const c of added) yield word.slice(0, i) + c + word.slice(i);
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
  const words = rewritten(text, LOWER_WORD, (word) => correctionOf(word, counts)) ?? text;
  // "rose to 939 mln stg from 723 mln in Jnauary", "the drop in u.s. corn acreage" (reading ZZM, ZZP)
  const months = rewritten(words, CAPITAL_WORD, (word) => monthSlip(word)) ?? words;
  const initials = rewritten(months, LOWER_INITIALS, (match) => match.toUpperCase()) ?? months;
  return initials === text ? undefined : initials;
}

/** A capitalised word of five letters or more: a month's name, or a slip of one. */
const CAPITAL_WORD = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{4,})(?![\p{L}'’-])/gu;
/** "u.s.", "u.k." written small by a slip. */
const LOWER_INITIALS = /(?<![\p{L}.])u\.[sk]\.(?=[\s,;:]|$)/gu;
/** The months whose names are five letters or more: a slip of "May", "June" or "July" is too near other words ("Mayo", "Jane"). */
const LONG_MONTHS = ["January", "February", "March", "April", "August", "September", "October", "November", "December"];
/**
 * The month a capitalised word misspells by one letter dropped or added or two swapped ("Jnauary", "Febuary"), if any —
 * not a letter replaced, which turns names into months ("Marcy"), nor a plural ("Aprils").
 */
function monthSlip(word: string): string | undefined {
  if (LONG_MONTHS.includes(word) || LONG_MONTHS.includes(word.replace(/s$/, ""))) return undefined;
  const letters = (w: string): string => [...w].sort().join("");
  // (the word lists are scanned last, for the few words a letter off a month)
  const month = LONG_MONTHS.find((m) => Math.abs(m.length - word.length) <= 1 && editDistance(word, m) === 1 && (m.length !== word.length || letters(m) === letters(word)));
  return month === undefined || real(word.toLowerCase()) ? undefined : month;
}

/**
 * `text` with each match of `pattern` (global) put as `rewrite` gives it, or undefined when `rewrite` gives nothing for
 * every match. `rewrite` sees the match and its groups.
 */
function rewritten(text: string, pattern: RegExp, rewrite: (match: string, ...groups: string[]) => string | undefined): string | undefined {
  let changed = false;
  const out = text.replace(pattern, (match: string, ...rest: unknown[]) => {
    // (a replacer gets the groups, then the match's offset — a number — and the whole text)
    const groups = rest.slice(0, rest.findIndex((x) => typeof x === "number")) as (string | undefined)[];
    const put = rewrite(match, ...groups.map((g) => g ?? ""));
    if (put === undefined) return match;
    changed = true;
    return put;
  });
  return changed ? out : undefined;
}

/** Letters to turn `a` into `b`, a swap of two neighbours counted as one (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

const PREFIXES = ["re", "un", "de", "up", "over", "under", "out", "non", "pre", "dis", "mis", "co", "sub", "inter", "counter"];
const SUFFIXES: readonly (readonly [string, string])[] = [["ize", ""], ["ize", "e"], ["ise", ""], ["ise", "e"], ["ate", ""], ["ane", ""], ["ite", ""], ["ide", ""], ["oxy", ""], ["ier", "y"], ["iest", "y"], ["est", ""], ["men", "man"], ["less", ""], ["ness", ""], ["ion", ""], ["ion", "e"], ["ation", ""], ["ation", "e"], ["al", ""], ["ary", ""], ["ing", ""], ["ed", ""], ["ing", "e"], ["ling", "l"], ["ling", "le"], ["d", ""], ["s", ""], ["es", ""], ["ed", "e"], ["laid", "lay"], ["ous", ""], ["ive", "e"], ["ual", "ue"], ["ual", ""]];
/**
 * Whether `word` is a real word with a prefix or a suffix: "revalue", "uncanned", "oilmen", "massless", "ionize",
 * "speedier", "iodate", "concessional" — words of their own that the corpus and WordNet lack, no slips.
 */
function derived(word: string): boolean {
  const base = (w: string): boolean => w.length >= 3 && (real(w) || inflected(w));
  if (PREFIXES.some((p) => word.startsWith(p) && base(word.slice(p.length)))) return true;
  if (SUFFIXES.some(([ending, back]) => word.endsWith(ending) && base(word.slice(0, word.length - ending.length) + back))) return true;
  // two words run together: "soyoil", "signup", "darknet", "surfwear", "handpaws"
  for (let i = 3; i <= word.length - 3; i++) if (base(word.slice(0, i)) && base(word.slice(i))) return true;
  return false;
}

/** The corpus's common words by first and last letter, for `nearTwice`. */
let commonByEnds: ReadonlyMap<string, readonly string[]> | undefined;
const nearTwiceCache = new Map<string, boolean>();
/**
 * Whether `word` is two letters off a common word that shares its first and last letters ("finanancial" for
 * "financial", "attornies" for "attorneys", "oilfied" for "oilfield" among WordNet's words): a slip the prompt would copy
 * and that no single edit mends, so no word can be put in its place with confidence.
 */
function nearTwice(word: string): boolean {
  const cached = nearTwiceCache.get(word);
  if (cached !== undefined) return cached;
  if (!commonByEnds) {
    const byEnds = new Map<string, string[]>();
    for (const w of spoken.words.split(" ").slice(0, COMMON)) {
      if (w.length < 5) continue;
      const key = `${w.charAt(0)}${w.charAt(w.length - 1)}`;
      byEnds.set(key, [...(byEnds.get(key) ?? []), w]);
    }
    commonByEnds = byEnds;
  }
  const candidates = commonByEnds.get(`${word.charAt(0)}${word.charAt(word.length - 1)}`) ?? [];
  // (a common word of seven letters or more: a short word is two letters off too many others — "cetane" off "crane",
  // "maxima" off "maria")
  const near = /^[a-z]+$/.test(word) && candidates.some((c) => c.length >= 7 && Math.abs(c.length - word.length) <= 2 && editDistance(word, c) <= 2);
  nearTwiceCache.set(word, near);
  return near;
}

/**
 * The first word of `text` that reads as a slip no single edit mends (see nearTwice) — written once, no word of the
 * corpus or WordNet, no inflection of one. Undefined when there is none.
 */
export function garbledWord(text: string, counts: ReadonlyMap<string, number>): string | undefined {
  for (const m of text.matchAll(LOWER_WORD)) {
    const word = m[1] as string;
    if (known(word) || (counts.get(word) ?? 0) > 1 || inflected(word) || inWordNet(word) || derived(word)) continue;
    // (one edit from a common word is respelled's, not this)
    if (nearCommon(word) === undefined && nearTwice(word)) return word;
  }
  return undefined;
}

/** A word all in lower case, hyphens inside it ("ecuador", "non-oil"). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}'’-])\p{Ll}[\p{Ll}-]*\p{Ll}(?![\p{L}\p{N}-])/gu;

/**
 * The article's names written in lower case by a slip ("Venezuela's opec output quota …, and ecuador's has been set at
 * 210,000 bpd", reading ZZA): a word the article writes in lower case and, elsewhere, as a place ("Ecuador was forced
 * …") or in capitals ("OPEC", "EC"), and no word of everyday use (the corpus's 2,000 commonest: "may", "us"; nor a word
 * WordNet gives a meaning, nor its inflection) — by lower-case form, the form the article writes most.
 */
export function namesInLowerCase(sentences: readonly string[]): ReadonlyMap<string, string> {
  const text = sentences.join("\n");
  // (lower-case words first: only a capital whose lower-case form the article also writes is looked up as a place)
  const lower = new Set(text.match(LOWER_CASE_WORD) ?? []);
  const capital = new Map<string, Map<string, number>>();
  for (const word of text.match(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}-]*\p{L}(?![\p{L}\p{N}-])/gu) ?? []) {
    const key = word.toLowerCase();
    // (a place or a set of capitals: a headline's or a heading's capital, "Cocoa Exports Rise", is no name)
    if (!lower.has(key) || !(/^\p{Lu}{2,5}$/u.test(word) || lookupPlace(word) !== undefined)) continue;
    const forms = capital.get(key) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    capital.set(key, forms);
  }
  const out = new Map<string, string>();
  for (const [key, forms] of capital) {
    // (nor a numeral of a list, "(ii)")
    if (/^[ivxl]+$/.test(key) || (rankOf(key) ?? COMMON) < 2000 || hasMeaning(key) || inflected(key)) continue;
    out.set(key, [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key);
  }
  return out;
}

/** `text` with the article's names written as the article writes them elsewhere (see namesInLowerCase), or undefined. */
export function recased(text: string, names: ReadonlyMap<string, string>): string | undefined {
  return names.size === 0 ? undefined : rewritten(text, LOWER_CASE_WORD, (word) => names.get(word));
}

/** A capitalised word of five letters or more, with its capital: a name as the article writes it. */
const NAME_WORD = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{4,})(?![\p{L}'’-])/gu;

/**
 * A name the article misspells once and writes right elsewhere ("by Washington to cut its budget deficit and by Toyko
 * and Bonn …" beside "Tokyo", reading ZZZB): a capitalised word written once that a letter dropped, added or two
 * swapped inside it turns into a capitalised word the article writes more often. By misspelt form, the name.
 */
export function namesMisspelt(sentences: readonly string[]): ReadonlyMap<string, string> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) for (const m of sentence.matchAll(NAME_WORD)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const out = new Map<string, string>();
  for (const [word, n] of counts) {
    if (n !== 1) continue;
    const right = [...innerEdits(word, new Set(word.toLowerCase()))].find((v) => v !== word && (counts.get(v) ?? 0) > 1);
    if (right !== undefined) out.set(word, right);
  }
  return out;
}

/** `text` with the article's misspelt names written right (see namesMisspelt), or undefined. */
export function namesRespelled(text: string, names: ReadonlyMap<string, string>): string | undefined {
  return names.size === 0 ? undefined : rewritten(text, NAME_WORD, (word) => names.get(word));
}

/** An initialism with its full stops and the capitalised word after it: "U.K. Warehouses", "U.S. And". */
// (not the start of a name: "U.S. Federal Reserve", "U.S. Court of Appeals", "U.S. Agriculture Department")
// (a comma may stand between: "the U.S., Which rose to 9.3 billion dlrs", reading ZZX)
const AFTER_INITIALS = /(?<![\p{L}.])((?:\p{Lu}\.){2,},?\s+)(\p{Lu}\p{Ll}+)(?![\p{L}'’-])(?!\s+(?:of\s+|for\s+|and\s+)?\p{Lu})/gu;

/**
 * Words no name is made of, the wire's verbs of change and its units among them: after an initialism they are the
 * wire's capitals whatever the article writes elsewhere ("with the U.S., Which rose …", "the U.S. Hit a record 13.6
 * billion U.S. Dlrs", readings ZZW and ZZX).
 */
const NEVER_NAMES = new Set(
  "and or but nor which who whom whose that where when while is was were are be been has had have would could should might must to in on at for from by with of as not said says rose fell hit rises falls dropped climbed gained declined jumped increased wants dlrs dollars cts mln billion pct".split(" "),
);

/** A lower-case form of `word` the article writes: itself, or its singular or plural, or the verb's other forms ("Cities", "Wants"). */
function writtenSmall(word: string, lower: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  const bases = new Set([w, w.replace(/ies$/, "y"), w.replace(/e?s$/, ""), w.replace(/ed$/, ""), w.replace(/d$/, "")]);
  const forms = [...bases].flatMap((b) => [b, `${b}s`, `${b}es`, `${b}ed`, `${b}d`, `${b}ing`]);
  return NEVER_NAMES.has(w) || forms.some((x) => x.length > 2 && lower.has(x));
}

/**
 * The words the wire capitalised after an initialism's full stop as if a sentence began there ("just over half is in
 * U.K. Warehouses", "Even U.K. Stocks have dropped", reading ZZE): a word the article writes in lower case elsewhere
 * (or a form of it: "Cities", "Wants") and with a capital nowhere else inside a sentence, and no name begins there — or a
 * word no name is made of (`NEVER_NAMES`). By capitalised form, the word.
 */
export function capitalsAfterInitials(sentences: readonly string[]): ReadonlyMap<string, string> {
  // (most texts have no initialism before a capital: nothing to tokenise)
  if (!sentences.some((sentence) => sentence.search(AFTER_INITIALS) >= 0)) return new Map();
  const after = new Set<string>();
  const elsewhere = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(AFTER_INITIALS)) after.add(m[2] as string);
    const rest = sentence.replace(AFTER_INITIALS, "$1");
    for (const [i, m] of [...rest.matchAll(/(?<![\p{L}\p{N}'’-])\p{L}[\p{L}-]*(?![\p{L}\p{N}-])/gu)].entries()) {
      const word = m[0];
      if (word === word.toLowerCase()) lower.add(word);
      else if (i > 0) elsewhere.add(word);
    }
  }
  const out = new Map<string, string>();
  for (const word of after) if ((!elsewhere.has(word) || NEVER_NAMES.has(word.toLowerCase())) && writtenSmall(word, lower)) out.set(word, word.toLowerCase());
  return out;
}

/** `text` with those words written in lower case after their initialism (see capitalsAfterInitials), or undefined. */
export function lowerAfterInitials(text: string, words: ReadonlyMap<string, string>): string | undefined {
  if (words.size === 0) return undefined;
  return rewritten(text, AFTER_INITIALS, (_whole, initials = "", word = "") => {
    const lowered = words.get(word);
    return lowered === undefined ? undefined : `${initials}${lowered}`;
  });
}
