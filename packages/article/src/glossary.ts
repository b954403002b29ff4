import type { GlossaryEntry } from "./article-schema";

// Every search here is bounded by the text's length: no regex with nested quantifiers, no backtracking without
// memory. Matching an acronym against a run of words is a set-of-states walk (one pass over the words, at most
// 11 states for the ≤ 10 letters an acronym has), each explicit pattern looks at a window that no other match of
// the same pattern looks at again, and the implicit search walks a trie of the text's acronyms under a step budget
// proportional to the number of words.

/** Small words that may sit inside an expansion without contributing a letter ("Bank of Korea" → BOK or BK). */
const LINK_WORDS = new Set(["of", "the", "and", "for", "on", "in", "at", "to", "de", "du", "des", "la", "le", "&"]);

const ACRONYM = "[A-Z][A-Z0-9&]{1,9}";
const POSSESSIVE = /['’]s$/;
// matchAll copies a global regex, so sharing these module-level instances is safe.
/** "National Intelligence Service’s (NIS)" */
const PAREN_AFTER = new RegExp(`\\((${ACRONYM})\\)`, "g");
/** "NIS (National Intelligence Service)" */
const PAREN_BEFORE = new RegExp(`\\b(${ACRONYM})\\s+\\(([^()]{3,200})\\)`, "g");
/** "DPRK stands for …", "DPRK, which stands for …", "DPRK is short for …" */
const STANDS_FOR = new RegExp(`\\b(${ACRONYM}),?(?: which)? (?:stands|is short) for\\s+`, "g");
const ANY_ACRONYM = new RegExp(`\\b${ACRONYM}\\b`, "g");
/** Where the phrase after "stands for" ends. */
const PHRASE_END = /[.;!?:)"”](?:\s|$)/;

/** Characters an "Expansion (ACR)" may reach back from the parenthesis. */
const LOOK_BACK_CHARS = 300;
/** Characters a "stands for" phrase may reach forward. */
const STANDS_FOR_CHARS = 400;
/** Longest acronym (letters); ACRONYM allows 10 characters. */
const MAX_LETTERS = 10;
/** Longest run of words that may spell an acronym of `letters` letters (link words may be skipped). */
const maxWordsFor = (letters: number): number => letters * 2 + 2;
/** Steps the implicit search may take per word of text (plus a fixed allowance), so it stays linear. */
const IMPLICIT_STEPS_PER_WORD = 32;
const IMPLICIT_STEPS_BASE = 10_000;

interface Word {
  text: string;
  start: number;
  end: number;
  /** A link word ("of", "the" …): may be skipped inside an expansion. */
  link: boolean;
  capital: boolean;
  /** Initials the word can contribute: "People’s" → ["P"], "Non-Proliferation" → ["NP", "N"]. */
  options: string[];
}

const TRAILING = ".'’-";

function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

function initialsOf(word: string): string[] {
  const bare = word.replace(POSSESSIVE, "");
  const first = (bare[0] ?? "").toUpperCase();
  if (!bare.includes("-")) return [first];
  const parts = bare.split("-").filter((p) => p.length > 0);
  return parts.length > 1 ? [parts.map((p) => (p[0] ?? "").toUpperCase()).join(""), first] : [first];
}

function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}&][\p{L}\p{N}&'’.-]*/gu)) {
    const raw = m[0];
    let end = raw.length;
    while (end > 1 && TRAILING.includes(raw[end - 1] ?? "")) end--;
    const t = end === raw.length ? raw : raw.slice(0, end);
    words.push({
      text: t,
      start: offset + m.index,
      end: offset + m.index + t.length,
      link: LINK_WORDS.has(t.toLowerCase()),
      capital: isCapitalised(t),
      options: initialsOf(t),
    });
  }
  return words;
}

const lettersOf = (acronym: string): string => acronym.replace(/[^A-Z0-9]/g, "");
const reversed = (text: string): string => [...text].reverse().join("");

/**
 * One step of the letter-matching walk: `mask` has bit l set when the words so far can spell the first l
 * letters. Returns the letters reachable when `word` contributes its initials (a capitalised or link word).
 */
function useWord(letters: string, mask: number, word: Word, backwards: boolean): number {
  if (!word.capital && !word.link) return 0;
  let next = 0;
  for (let l = 0; l <= letters.length; l++) {
    if ((mask & (1 << l)) === 0) continue;
    for (const option of word.options) {
      const initials = backwards ? reversed(option) : option;
      if (initials !== "" && letters.startsWith(initials, l)) next |= 1 << (l + initials.length);
    }
  }
  return next;
}

/**
 * True when the initials of all `words` spell the acronym's letters in order: every word is used, except link
 * words strictly inside the run, which may be skipped. One pass, at most 11 states per word.
 */
function matchesExactly(acronym: string, words: readonly Word[]): boolean {
  const letters = lettersOf(acronym);
  if (letters.length < 2 || letters.length > MAX_LETTERS || words.length === 0) return false;
  let mask = 1;
  for (let w = 0; w < words.length && mask !== 0; w++) {
    const word = words[w];
    if (!word) break;
    const skip = word.link && w > 0 && w < words.length - 1 ? mask : 0;
    mask = useWord(letters, mask, word, false) | skip;
  }
  return (mask & (1 << letters.length)) !== 0;
}

/**
 * The shortest run at the start of `words` (scanned in the given order) whose initials spell `letters`: the
 * first word is used, link words after it may be skipped, the run ends on a used word that is not a link word.
 * With `backwards`, `words` run from the end of the text towards its start and `letters` are reversed.
 * Looks at most at maxWordsFor(letters) words. Returns the run's length, or 0.
 */
function shortestSpelling(letters: string, words: readonly Word[], backwards: boolean): number {
  if (letters.length < 2 || letters.length > MAX_LETTERS) return 0;
  const limit = Math.min(maxWordsFor(letters.length), words.length);
  const done = 1 << letters.length;
  let mask = 1;
  for (let w = 0; w < limit && mask !== 0; w++) {
    const word = words[w];
    if (!word) break;
    const used = useWord(letters, mask, word, backwards);
    if (!word.link && (used & done) !== 0) return w + 1;
    mask = used | (word.link && w > 0 ? mask : 0);
  }
  return 0;
}

/** The shortest run of words ending with the last of `words` whose initials spell `acronym`. */
function expansionEndingAt(acronym: string, words: readonly Word[]): Word[] | undefined {
  const letters = lettersOf(acronym);
  const limit = Math.min(maxWordsFor(letters.length), words.length);
  const tail = words.slice(words.length - limit).reverse();
  const n = shortestSpelling(reversed(letters), tail, true);
  return n > 0 ? words.slice(words.length - n) : undefined;
}

/** The shortest run of words at the start of `words` whose initials spell `acronym`. */
function expansionStartingAt(acronym: string, words: readonly Word[]): Word[] | undefined {
  const n = shortestSpelling(lettersOf(acronym), words, false);
  return n > 0 ? words.slice(0, n) : undefined;
}

function spanText(source: string, run: readonly Word[], offset = 0): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return "";
  return source.slice(first.start - offset, last.end - offset).replace(POSSESSIVE, "");
}

interface Candidate {
  term: string;
  expansion: string;
  paragraph: number;
  offset: number;
}

/** "Expansion (ACR)": the words before the parenthesis, at most LOOK_BACK_CHARS back. */
function parenAfterPairs(paragraph: string, index: number, words: readonly Word[], found: Candidate[]): void {
  let next = 0; // words[0 … next) end before the current parenthesis; matches come in text order
  for (const m of paragraph.matchAll(PAREN_AFTER)) {
    const term = m[1] ?? "";
    while (next < words.length && (words[next]?.end ?? Infinity) <= m.index) next++;
    const from = m.index - LOOK_BACK_CHARS;
    let first = next;
    const limit = maxWordsFor(lettersOf(term).length);
    while (first > 0 && next - first < limit && (words[first - 1]?.start ?? -1) >= from) first--;
    const run = expansionEndingAt(term, words.slice(first, next));
    if (run) found.push({ term, expansion: spanText(paragraph, run), paragraph: index, offset: run[0]?.start ?? 0 });
  }
}

/** "ACR (Expansion)": the parenthesis holds exactly the expansion (at most 200 characters). */
function parenBeforePairs(paragraph: string, index: number, found: Candidate[]): void {
  for (const m of paragraph.matchAll(PAREN_BEFORE)) {
    const term = m[1] ?? "";
    const inner = m[2] ?? "";
    const words = wordsOf(inner);
    if (words.length > 0 && matchesExactly(term, words)) {
      found.push({ term, expansion: inner.trim().replace(POSSESSIVE, ""), paragraph: index, offset: m.index });
    }
  }
}

/**
 * "ACR stands for …, the Expansion": the phrase runs to the first sentence-ending mark, at most
 * STANDS_FOR_CHARS and never into the next "… stands for", so no character is read twice.
 */
function standsForPairs(paragraph: string, index: number, found: Candidate[]): void {
  const matches = [...paragraph.matchAll(STANDS_FOR)];
  matches.forEach((m, k) => {
    const term = m[1] ?? "";
    const from = m.index + m[0].length;
    const to = Math.min(paragraph.length, from + STANDS_FOR_CHARS, matches[k + 1]?.index ?? Infinity);
    let window = paragraph.slice(from, to);
    const end = window.search(PHRASE_END);
    if (end >= 0) window = window.slice(0, end);
    else if (to < paragraph.length) {
      // Cut off mid-text: drop a word the cut may have split.
      const space = window.search(/\s\S*$/);
      if (space >= 0) window = window.slice(0, space);
    }
    const segments = window.split(/,\s*/);
    for (const segment of segments.reverse()) {
      const words = wordsOf(segment);
      const run = expansionEndingAt(term, words) ?? expansionStartingAt(term, words.filter((w, i) => i > 0 || !w.link));
      if (run) {
        found.push({ term, expansion: spanText(segment, run), paragraph: index, offset: m.index });
        break;
      }
    }
  });
}

interface Trie {
  /** children[node] maps a letter to the next node. */
  children: Map<string, number>[];
  /** The acronym that ends at a node, with its rank (order of first use in the text). */
  terms: ({ term: string; rank: number } | undefined)[];
}

function buildTrie(acronyms: Iterable<string>): Trie {
  const trie: Trie = { children: [new Map()], terms: [undefined] };
  let rank = 0;
  for (const acronym of acronyms) {
    let node = 0;
    for (const letter of acronym) {
      let child = trie.children[node]?.get(letter);
      if (child === undefined) {
        child = trie.children.length;
        trie.children.push(new Map());
        trie.terms.push(undefined);
        trie.children[node]?.set(letter, child);
      }
      node = child;
    }
    trie.terms[node] = { term: acronym, rank: rank++ };
  }
  return trie;
}

function walk(trie: Trie, node: number, letters: string): number | undefined {
  let at: number | undefined = node;
  for (const letter of letters) {
    at = trie.children[at]?.get(letter);
    if (at === undefined) return undefined;
  }
  return at;
}

/**
 * "the North Atlantic Treaty Organization" in one place and "NATO" in another, when the initials match exactly.
 * Each maximal run of capitalised words (and link words between them) is walked once through a trie of the
 * acronyms, keeping the set of trie nodes its words can reach; the whole search stops after a step budget
 * proportional to the text's words.
 */
function implicitPairs(paragraphWords: readonly (readonly Word[])[], paragraphs: readonly string[], acronyms: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  const trie = buildTrie(acronyms);
  const maxRun = maxWordsFor(MAX_LETTERS);
  let budget = IMPLICIT_STEPS_BASE + IMPLICIT_STEPS_PER_WORD * paragraphWords.reduce((n, words) => n + words.length, 0);

  for (let index = 0; index < paragraphWords.length; index++) {
    const words = paragraphWords[index] ?? [];
    const paragraph = paragraphs[index] ?? "";
    // The run stops at punctuation, so it never crosses a comma or a sentence end.
    const joined = (k: number): boolean => {
      const from = words[k - 1]?.end ?? 0;
      const to = words[k]?.start ?? 0;
      for (let c = from; c < to; c++) if (paragraph[c] !== " " && paragraph[c] !== "\u00a0") return false;
      return to > from;
    };
    for (let i = 0; i < words.length; i++) {
      const first = words[i];
      if (!first?.capital || first.link) continue;
      // Take the maximal run of capitalised words (and link words between them) starting here.
      let j = i + 1;
      while (j < words.length && joined(j) && (words[j]?.capital || words[j]?.link)) j++;
      const end = j;
      while (j > i + 1 && words[j - 1]?.link) j--;
      if (j - i >= 2 && j - i <= maxRun) {
        const run = words.slice(i, j);
        let states = new Set<number>();
        for (const option of first.options) {
          const node = walk(trie, 0, option);
          if (node !== undefined) states.add(node);
        }
        for (let w = 1; w < run.length && states.size > 0; w++) {
          const word = run[w];
          if (!word) break;
          budget -= states.size * (word.options.length + 1);
          if (budget < 0) return found;
          const next = new Set<number>();
          for (const state of states) {
            if (word.link && w < run.length - 1) next.add(state);
            for (const option of word.options) {
              const node = walk(trie, state, option);
              if (node !== undefined) next.add(node);
            }
          }
          states = next;
        }
        const matched = [...states]
          .map((node) => trie.terms[node])
          .filter((t): t is { term: string; rank: number } => t !== undefined && run.length <= maxWordsFor(t.term.length))
          .sort((a, b) => a.rank - b.rank);
        for (const { term } of matched) {
          found.push({ term, expansion: spanText(paragraph, run), paragraph: index, offset: first.start });
        }
      }
      i = end - 1;
    }
  }
  return found;
}

/**
 * Acronyms the article itself explains: "Expansion Words (ACR)", "ACR (Expansion Words)",
 * "ACR stands for …, the Expansion", and — with lower priority — a capitalised phrase elsewhere in the text
 * whose initials spell an acronym the text uses. Deduplicated by acronym; the first expansion in the text wins.
 * Linear in the length of the text.
 */
export function findGlossary(paragraphs: readonly string[]): GlossaryEntry[] {
  const byPosition = (a: Candidate, b: Candidate): number => a.paragraph - b.paragraph || a.offset - b.offset;
  const paragraphWords = paragraphs.map((p) => wordsOf(p));
  const explicit: Candidate[] = [];
  paragraphs.forEach((p, i) => {
    parenAfterPairs(p, i, paragraphWords[i] ?? [], explicit);
    parenBeforePairs(p, i, explicit);
    standsForPairs(p, i, explicit);
  });
  explicit.sort(byPosition);
  const entries = new Map<string, string>();
  for (const c of explicit) if (!entries.has(c.term)) entries.set(c.term, c.expansion);

  const used = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(ANY_ACRONYM)) used.add(m[0]);
  const missing = new Set([...used].filter((a) => !entries.has(a) && /^[A-Z]+$/.test(a)));
  if (missing.size > 0) {
    for (const c of implicitPairs(paragraphWords, paragraphs, missing).sort(byPosition)) {
      if (!entries.has(c.term)) entries.set(c.term, c.expansion);
    }
  }
  return [...entries].map(([term, expansion]) => ({ term, expansion }));
}
