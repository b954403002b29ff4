import type { GlossaryEntry } from "./article-schema";

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

interface Word {
  text: string;
  start: number;
  end: number;
}

const TRAILING = ".'’-";

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}&][\p{L}\p{N}&'’.-]*/gu)) {
    const raw = m[0];
    let end = raw.length;
    while (end > 1 && TRAILING.includes(raw[end - 1] ?? "")) end--;
    const t = end === raw.length ? raw : raw.slice(0, end);
    words.push({ text: t, start: m.index, end: m.index + t.length });
  }
  return words;
}

const isLink = (word: string): boolean => LINK_WORDS.has(word.toLowerCase());
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Initials a word can contribute: "People’s" → ["P"], "Non-Proliferation" → ["N", "P"] or ["N"]. */
function initialsOf(word: string): string[][] {
  const bare = word.replace(POSSESSIVE, "");
  const parts = bare.split("-").filter((p) => p.length > 0);
  const first = (bare[0] ?? "").toUpperCase();
  const options = [[first]];
  if (parts.length > 1) options.unshift(parts.map((p) => (p[0] ?? "").toUpperCase()));
  return options;
}

/**
 * Matches the acronym's letters to the initials of `words`, which must all be used (link words may be skipped).
 * Returns true when every letter is matched by a capitalised word, in order, and the first and last words are used.
 */
function matchesExactly(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^A-Z0-9]/g, "");
  const go = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w] ?? "";
    if (isLink(word) && w > 0 && w < words.length - 1 && go(w + 1, l)) return true;
    if (!isCapitalised(word) && !isLink(word)) return false;
    for (const option of initialsOf(word)) {
      if (letters.startsWith(option.join(""), l) && go(w + 1, l + option.length)) return true;
    }
    return false;
  };
  return letters.length >= 2 && go(0, 0);
}

/** Finds the shortest run of words ending at the end of `words` whose initials spell `acronym`. */
function expansionEndingAt(acronym: string, words: readonly Word[]): Word[] | undefined {
  const letters = acronym.replace(/[^A-Z0-9]/g, "");
  const maxWords = letters.length * 2 + 2;
  for (let n = 1; n <= Math.min(maxWords, words.length); n++) {
    const run = words.slice(words.length - n);
    if (isLink(run[0]?.text ?? "")) continue;
    if (matchesExactly(acronym, run.map((w) => w.text))) return run;
  }
  return undefined;
}

/** Finds the shortest run of words at the start of `words` whose initials spell `acronym`. */
function expansionStartingAt(acronym: string, words: readonly Word[]): Word[] | undefined {
  const letters = acronym.replace(/[^A-Z0-9]/g, "");
  const maxWords = letters.length * 2 + 2;
  for (let n = 1; n <= Math.min(maxWords, words.length); n++) {
    const run = words.slice(0, n);
    if (isLink(run[n - 1]?.text ?? "")) continue;
    if (matchesExactly(acronym, run.map((w) => w.text))) return run;
  }
  return undefined;
}

function spanText(source: string, run: readonly Word[]): string {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return "";
  return source.slice(first.start, last.end).replace(POSSESSIVE, "");
}

interface Candidate {
  term: string;
  expansion: string;
  paragraph: number;
  offset: number;
}

function explicitPairs(paragraph: string, index: number): Candidate[] {
  const found: Candidate[] = [];
  for (const m of paragraph.matchAll(PAREN_AFTER)) {
    const term = m[1] ?? "";
    const before = paragraph.slice(Math.max(0, m.index - 300), m.index);
    const offsetBase = Math.max(0, m.index - 300);
    const run = expansionEndingAt(term, wordsOf(before));
    if (run) found.push({ term, expansion: spanText(before, run), paragraph: index, offset: offsetBase + (run[0]?.start ?? 0) });
  }
  for (const m of paragraph.matchAll(PAREN_BEFORE)) {
    const term = m[1] ?? "";
    const inner = m[2] ?? "";
    const words = wordsOf(inner);
    if (words.length > 0 && matchesExactly(term, words.map((w) => w.text))) {
      found.push({ term, expansion: inner.trim().replace(POSSESSIVE, ""), paragraph: index, offset: m.index });
    }
  }
  for (const m of paragraph.matchAll(STANDS_FOR)) {
    const term = m[1] ?? "";
    const rest = paragraph.slice(m.index + m[0].length);
    const phrase = rest.split(/[.;!?:)"”](?:\s|$)/)[0] ?? "";
    const segments = phrase.split(/,\s*/);
    for (const segment of segments.reverse()) {
      const words = wordsOf(segment);
      const run = expansionEndingAt(term, words) ?? expansionStartingAt(term, words.filter((w, i) => i > 0 || !isLink(w.text)));
      if (run) {
        found.push({ term, expansion: spanText(segment, run), paragraph: index, offset: m.index });
        break;
      }
    }
  }
  return found;
}

/** "the North Atlantic Treaty Organization" in one place and "NATO" in another, when the initials match exactly. */
function implicitPairs(paragraphs: readonly string[], acronyms: ReadonlySet<string>): Candidate[] {
  const found: Candidate[] = [];
  paragraphs.forEach((paragraph, index) => {
    const words = wordsOf(paragraph);
    for (let i = 0; i < words.length; i++) {
      const first = words[i]?.text ?? "";
      if (!isCapitalised(first) || isLink(first)) continue;
      // Take the maximal run of capitalised words (and link words between them) starting here.
      let j = i + 1;
      // The run stops at punctuation, so it never crosses a comma or a sentence end.
      const joined = (k: number): boolean => {
        const from = words[k - 1]?.end ?? 0;
        const to = words[k]?.start ?? 0;
        for (let c = from; c < to; c++) if (paragraph[c] !== " " && paragraph[c] !== "\u00a0") return false;
        return to > from;
      };
      while (
        j < words.length &&
        joined(j) &&
        (isCapitalised(words[j]?.text ?? "") || isLink(words[j]?.text ?? ""))
      ) {
        j++;
      }
      while (j > i + 1 && isLink(words[j - 1]?.text ?? "")) j--;
      if (j - i < 2) continue;
      const run = words.slice(i, j);
      const texts = run.map((w) => w.text);
      const initial = first[0]?.toUpperCase();
      for (const acronym of acronyms) {
        if (acronym[0] !== initial || run.length > acronym.length * 2 + 2) continue;
        if (matchesExactly(acronym, texts)) {
          found.push({ term: acronym, expansion: spanText(paragraph, run), paragraph: index, offset: words[i]?.start ?? 0 });
        }
      }
      i = j - 1;
    }
  });
  return found;
}

/**
 * Acronyms the article itself explains: "Expansion Words (ACR)", "ACR (Expansion Words)",
 * "ACR stands for …, the Expansion", and — with lower priority — a capitalised phrase elsewhere in the text
 * whose initials spell an acronym the text uses. Deduplicated by acronym; the first expansion in the text wins.
 */
export function findGlossary(paragraphs: readonly string[]): GlossaryEntry[] {
  const byPosition = (a: Candidate, b: Candidate): number => a.paragraph - b.paragraph || a.offset - b.offset;
  const explicit = paragraphs.flatMap((p, i) => explicitPairs(p, i)).sort(byPosition);
  const entries = new Map<string, string>();
  for (const c of explicit) if (!entries.has(c.term)) entries.set(c.term, c.expansion);

  const used = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(ANY_ACRONYM)) used.add(m[0]);
  const missing = new Set([...used].filter((a) => !entries.has(a) && /^[A-Z]+$/.test(a)));
  if (missing.size > 0) {
    for (const c of implicitPairs(paragraphs, missing).sort(byPosition)) {
      if (!entries.has(c.term)) entries.set(c.term, c.expansion);
    }
  }
  return [...entries].map(([term, expansion]) => ({ term, expansion }));
}
