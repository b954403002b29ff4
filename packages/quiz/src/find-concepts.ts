import type { Article } from "@newsquiz/article";
import type { Fact, SentenceInfo } from "./find-facts";
import { tagText } from "./facts/nlp";
import { isPlural, kindGroup, nounClass, singular } from "./noun-classes";

/**
 * Key concepts: the noun phrases a text is about ("hydrogen peroxide", "cultural relativism", "a tropical cyclone"),
 * found from wink-nlp's parts of speech. They let interviews, textbooks and biographies — texts with few numbers or
 * names — be asked about what they explain, and they are offered as each other's distractors.
 */
export interface ConceptInfo {
  /** The phrase as written, without a leading "a"/"an". */
  phrase: string;
  /** Lower-case singular of the last word. */
  head: string;
  plural: boolean;
  /** Lower-case words of the phrase. */
  words: string[];
  /** "a"/"an" written before the phrase (then part of the blank, so the article gives nothing away). */
  article?: "a" | "an";
}

/** Longer sentences make prompts a reader has to untangle: concepts are asked from sentences up to this many words. */
const MAX_SENTENCE_WORDS = 40;
/** Sentences longer than this (in characters) are not tagged at all. */
const MAX_SENTENCE_CHARS = 600;
/** Paragraphs up to this long (with no over-long sentence) are tagged in one call. */
const MAX_PARAGRAPH_CHARS = 6000;

/** Nouns too general to test understanding ("a lot of things", "the way", "this time"). */
const GENERIC = new Set(
  `thing things way ways time times lot lots kind kinds sort sorts part parts number numbers people person year years day
days week weeks month months today something anything everything nothing someone anyone everyone place places fact facts
case cases point points example examples matter question questions answer answers reason reasons idea ideas group groups
area areas side sides end beginning term terms type types form forms level levels order use uses result results
problem problems issue issues moment moments bit bits piece pieces member members world life lives man men woman women
amount amounts percent hour hours minute minutes second seconds job jobs stuff others other couple guy guys interview
article story stories news report reports show shows series section chapter page pages figure figures table`.split(/\s+/),
);

/** Adjectives that only count or point ("other", "many", "such"): not part of a concept. */
const LEAD_DROP = new Set(
  `other many several such same own various certain few more most much some any each every all both either neither
another whole entire main major different particular similar new old first last next`.split(/\s+/),
);

const CONTENT = new Set(["ADJ", "NOUN", "PROPN"]);

// (hoisted: esbuild, which runs this code under tsx and vitest, rewrites a `\p{…}` pattern outside a class into a
// `new RegExp(…)` built again at every evaluation)
const LIST_GOES_ON = /^\s*(?:,\s*\p{L}|(?:and|or|nor)\s)/iu;
const CAP_START = /^\p{Lu}/u;

interface Token {
  value: string;
  pos: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  const { values, spaces, pos } = tagText(text);
  const out: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? "").length;
    const v = values[i] ?? "";
    const prev = out[out.length - 1];
    // "self-medicating", "jargon-free": one word, tagged as its last part
    // (the last character only: a test anchored at the end of a growing word would rescan it every time)
    if (prev && (spaces[i] ?? "") === "" && (v === "-" || prev.value.endsWith("-")) && /[\p{L}-]/u.test(prev.value.slice(-1))) {
      prev.value += v;
      prev.end = at + v.length;
      if (v !== "-") prev.pos = pos[i] ?? "";
    } else out.push({ value: v, pos: pos[i] ?? "", start: at, end: at + v.length });
    at += v.length;
  }
  return out;
}

function vowelSound(word: string): boolean {
  const w = word.toLowerCase().replace(/^[“"‘'(]+/, "");
  // numbers by how they are read: "an 8", "an 11-year", "an 18th", "an 80", "a 1,500"; an amount by its number ("an
  // $11bn fraud", "an A$8m deal": reading AM)
  const digits = /^\d[\d,]*/.exec(w.replace(/^(?:[a-z]{1,2})?[$£€¥]\s?/, ""))?.[0].replace(/,/g, "");
  if (digits) return digits.startsWith("8") || /^1[18](?:\d{3})*$/.test(digits) || digits === "11" || digits === "18";
  if (/^(?:uni|use|usu|uti|eu|one|once|ewe|ur[aeiou])/.test(w)) return false;
  if (/^(?:hour|honest|honor|honour|heir)/.test(w)) return true;
  return /^[aeiou]/.test(w);
}

/** Does "an" (rather than "a") go before this word? */
export function takesAn(word: string): boolean {
  return vowelSound(word);
}

/** "a" or "an" for a phrase, by the sound of its first word. */
export function indefiniteArticle(phrase: string): "a" | "an" {
  return vowelSound(phrase.split(" ")[0] ?? phrase) ? "an" : "a";
}

/**
 * The key-concept facts of an article: per sentence, noun phrases of one to four words (adjectives and nouns ending in
 * a common noun) that are not numbers, names or quotations, whose head noun recurs in the text or which are made of
 * several words. Linear: one tagging pass per paragraph.
 */
/** A line of fewer tokens than this with no verb is verbless (see findConcepts). */
const VERBLESS_MAX_TOKENS = 14;
/** Whitespace-separated words: never more than the tagger's tokens for the same text (a token never spans a space). */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export function findConcepts(
  article: Article,
  sentences: readonly SentenceInfo[],
  facts: readonly Fact[],
  options: { concepts?: boolean } = {},
): { concepts: Fact[]; verbless: Set<string> } {
  // `concepts: false`: only the verbless lines are wanted (no form asks a concept), so a paragraph is tagged only when a
  // sentence of it is short enough to be one — it has at least as many tokens as words — and no phrase is gathered
  const wantConcepts = options.concepts ?? true;
  const verbless = new Set<string>();
  const bySentence = new Map<string, SentenceInfo>();
  for (const s of sentences) bySentence.set(`${s.paragraph}.${s.sentence}`, s);
  const factSpans = new Map<string, { start: number; end: number }[]>();
  for (const f of facts) {
    const k = `${f.paragraph}.${f.sentence}`;
    const list = factSpans.get(k) ?? [];
    list.push({ start: f.start, end: f.end });
    factSpans.set(k, list);
  }
  const found: Fact[] = [];
  const headSentences = new Map<string, Set<string>>();
  for (const para of article.paragraphs) {
    // an ordinary paragraph is tagged whole (one call of the tagger); one holding a sentence too long to show is
    // tagged a sentence at a time, and the long sentence never: the tagger's work stays linear in the text (a 100 KB
    // "sentence" or one 100 KB token is never handed to it)
    const whole = para.text.length <= MAX_PARAGRAPH_CHARS && para.sentences.every((x) => x.text.length <= MAX_SENTENCE_CHARS);
    const mayBeVerbless = (text: string): boolean => wordCount(text) < VERBLESS_MAX_TOKENS;
    if (!wantConcepts && !para.sentences.some((x) => x.text.length <= MAX_SENTENCE_CHARS && mayBeVerbless(x.text))) continue;
    const paraTokens = whole ? tokensOf(para.text) : [];
    let t = 0;
    for (const sent of para.sentences) {
      const key = `${para.index}.${sent.index}`;
      const info = bySentence.get(key);
      if (sent.text.length > MAX_SENTENCE_CHARS) continue;
      let sentTokens: Token[];
      if (whole) {
        sentTokens = [];
        while (t < paraTokens.length && (paraTokens[t] as Token).start < sent.end) {
          const tok = paraTokens[t] as Token;
          if (tok.start >= sent.start) sentTokens.push({ ...tok, start: tok.start - sent.start, end: tok.end - sent.start });
          t++;
        }
      } else if (wantConcepts || mayBeVerbless(sent.text)) sentTokens = tokensOf(sent.text);
      else continue;
      // a line with no verb is a label, a list or a fragment ("Lower taxes, a living wage, term limits"): nothing a
      // prompt could show as a statement (short lines only: the tagger misses verbs such as "worship" in longer ones)
      if (sentTokens.length < VERBLESS_MAX_TOKENS && !sentTokens.some((tok) => tok.pos === "VERB" || tok.pos === "AUX")) verbless.add(key);
      if (!wantConcepts || !info || info.metadata || info.text.split(/\s+/).length > MAX_SENTENCE_WORDS) continue;
      const spans = factSpans.get(key) ?? [];
      let i = 0;
      while (i < sentTokens.length) {
        if (!CONTENT.has((sentTokens[i] as Token).pos)) {
          i++;
          continue;
        }
        let j = i;
        while (j < sentTokens.length && CONTENT.has((sentTokens[j] as Token).pos)) j++;
        // the run [i, j): trim to end on a common noun, drop counting adjectives in front
        let a = i;
        let b = j;
        // "deployment signals a major development": a last "noun" in -s before "a"/"the" is the verb
        const next = sentTokens[j];
        if (b - a >= 2 && next && /^(?:a|an|the|its|their|his|her|this|that|these|those)$/i.test(next.value) && /s$/.test((sentTokens[b - 1] as Token).value)) b--;
        while (b > a && (sentTokens[b - 1] as Token).pos !== "NOUN") b--;
        while (a < b && LEAD_DROP.has((sentTokens[a] as Token).value.toLowerCase())) a++;
        const run = sentTokens.slice(a, b);
        i = j;
        if (run.length === 0 || run.length > 4) continue;
        // names are asked as people, places and organisations; a name may only describe a concept ("Russian military
        // uniforms", "Navy transport ships")
        if (run.some((tok) => !/^[\p{L}][\p{L}'’-]*$/u.test(tok.value)) || (run[0]?.pos === "PROPN" && run.length === 1)) continue;
        const last = run[run.length - 1] as Token;
        const headWord = last.value.toLowerCase();
        if (headWord.length < 4 || GENERIC.has(headWord)) continue;
        if (run.length === 1 && run[0]?.value[0] !== run[0]?.value[0]?.toLowerCase()) continue;
        // the head is a common noun; names before it are modifiers, but a phrase that is mostly a name is a name
        if (run.filter((tok) => tok.pos === "PROPN").length * 2 > run.length) continue;
        const start = (run[0] as Token).start;
        const end = last.end;
        if (spans.some((s) => s.start < end && start < s.end)) continue;
        let quoted = false;
        for (let k = start; k < end; k++) if (info.quoted[k]) quoted = true;
        if (quoted || /['‘"“]$/.test(info.text.slice(0, start)) || /^['’"”]/.test(info.text.slice(end))) continue;
        // one item of a list ("in aphids and ___"): the other items fit the blank too
        const left = info.text.slice(Math.max(0, start - 12), start);
        const right = info.text.slice(end, end + 12);
        if (/(?:,|\band|\bor|\bnor)\s*(?:an?\s+|the\s+)?$/i.test(left) || LIST_GOES_ON.test(right)) continue;
        const before = a > 0 ? sentTokens[a - 1] : undefined;
        const article = before && /^an?$/i.test(before.value) ? (before.value.toLowerCase() as "a" | "an") : undefined;
        const phrase = info.text.slice(start, end);
        const words = run.map((tok) => tok.value.toLowerCase());
        const head = singular(headWord);
        const concept: ConceptInfo = { phrase, head, plural: isPlural(headWord), words };
        if (article) concept.article = article;
        const spanStart = article && before ? before.start : start;
        found.push({
          id: `${para.index}.${sent.index}.${spanStart}`,
          kind: "concept",
          text: info.text.slice(spanStart, end),
          paragraph: para.index,
          sentence: sent.index,
          start: spanStart,
          end,
          flags: info.voiced ? ["first-person"] : [],
          concept,
        });
        const seen = headSentences.get(head) ?? new Set<string>();
        seen.add(key);
        headSentences.set(head, seen);
      }
    }
  }
  // a concept is one the text returns to (its head noun in two sentences or more), or a phrase of several words that
  // WordNet can type (so distractors of its kind exist)
  const concepts = found.filter((f) => {
    const c = f.concept as ConceptInfo;
    const recurs = (headSentences.get(c.head)?.size ?? 0) >= 2;
    return nounClass(c.head) !== undefined && (recurs || c.words.length >= 2);
  });
  return { concepts, verbless };
}

/** One concept phrase of the article, with where it occurs: a candidate distractor for the others. */
export interface ConceptEntry {
  phrase: string;
  norm: string;
  words: string[];
  plural: boolean;
  lex: string;
  cls: ReturnType<typeof nounClass>;
  /** Sentence keys ("p.s") where the phrase occurs, at most 6. */
  sentences: string[];
  salience: number;
  /** Seen after "a"/"an" or in the plural somewhere: a count noun, so "a ___" options may be written with it. */
  countable: boolean;
}

/** What the concept questions of one article share (seed-free, built once per quiz). */
export interface ConceptIndex {
  /** Concepts by `${kind group}|${plural}`, most salient first, at most 60 a bucket: distractors are drawn from here. */
  buckets: Map<string, ConceptEntry[]>;
  /** The content words of each sentence ("p.s"). */
  sentenceWords: Map<string, Set<string>>;
  /** The article's most frequent content words (its topic): shared by everything, so no sign of ambiguity. */
  topic: Set<string>;
}

const BUCKET_MAX = 60;

/** Indexes an article's concepts for distractor choice; linear in the number of concepts and sentences. */
export function indexConcepts(concepts: readonly Fact[], sentences: readonly SentenceInfo[], contentWords: (t: string) => readonly string[]): ConceptIndex {
  const sentenceWords = new Map<string, Set<string>>();
  const freq = new Map<string, number>();
  for (const s of sentences) {
    const ws = contentWords(s.text);
    sentenceWords.set(`${s.paragraph}.${s.sentence}`, new Set(ws));
    for (const w of ws) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const topic = new Set([...freq.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([w]) => w));
  const byNorm = new Map<string, ConceptEntry>();
  for (const f of concepts) {
    const c = f.concept as ConceptInfo;
    const norm = c.phrase.toLowerCase();
    let e = byNorm.get(norm);
    if (!e) {
      const cls = nounClass(c.head);
      e = { phrase: c.phrase, norm, words: c.words, plural: c.plural, lex: kindGroup(cls?.lex ?? "?"), cls, sentences: [], salience: 0, countable: false };
      byNorm.set(norm, e);
    }
    const k = `${f.paragraph}.${f.sentence}`;
    if (e.sentences.length < 6 && !e.sentences.includes(k)) e.sentences.push(k);
    e.salience += 1 + (c.words.length - 1) * 0.5;
    if (c.article) e.countable = true;
    // lower-case is the usual form: a phrase first seen at the start of a sentence keeps its capital otherwise
    if (CAP_START.test(e.phrase) && !CAP_START.test(c.phrase)) e.phrase = c.phrase;
  }
  const buckets = new Map<string, ConceptEntry[]>();
  for (const e of byNorm.values()) {
    const k = `${e.lex}|${e.plural}`;
    const list = buckets.get(k) ?? [];
    list.push(e);
    buckets.set(k, list);
  }
  // a phrase also written in the plural is a count noun ("a nest" / "nests")
  const heads = new Map<string, boolean>();
  for (const f of concepts) if (f.concept?.plural) heads.set(f.concept.head, true);
  for (const e of byNorm.values()) if (!e.plural && heads.has(singular(e.words[e.words.length - 1] ?? ""))) e.countable = true;
  for (const [k, list] of buckets) buckets.set(k, list.sort((a, b) => b.salience - a.salience || a.norm.localeCompare(b.norm)).slice(0, BUCKET_MAX));
  return { buckets, sentenceWords, topic };
}
