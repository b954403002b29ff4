import data from "../data/word-meanings.json" with { type: "json" };
import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import { tagText } from "../facts/nlp";
import { evidence, questionId, type BuildContext } from "../make-questions";
import type { FullQuestion } from "../quiz-schema";
import { shuffleOptions } from "../rng";
import { escapeRegExp } from "../regexp";
import { isPlural, singular } from "../noun-classes";
import { QUESTION_TYPE_LABELS } from "./labels";
import type { QuestionTypeSpec } from "./question-type";

/**
 * Vocabulary in context (type "meaning", kind "vocabulary"; issue 10: "for English learners vocabulary in context"): an
 * adjective, adverb, noun or verb of a sentence of the text, asked as "which word is closest in meaning to “devised”?"
 * with the sentence shown, among a more familiar synonym of it (the key: "invented") and three words of the same part of
 * speech and field, about as familiar, that mean something else. From WordNet (src/data/word-meanings.json, derived by
 * scripts/build-word-meanings.ts): only words whose first sense carries nearly all their uses, so the meaning offered is
 * the one the text most likely means; wrong options share no synset, head, antonym, "see also", parent or verb group with
 * the word or the key. Asked only when a quiz's types name it (blind readers passed 32 %, reading VA: it tests English,
 * not the article), and then only to fill a quiz its facts leave short of one question per 60 words (make-quiz.ts).
 */

type Pos = "a" | "r" | "n" | "v";
/** How the text writes a word, for its options to be written alike: as is, a plural, or a verb's "-s", "-ed" or "-ing". */
type Form = "base" | "plural" | "s" | "ed" | "ing";
export interface WordEntry {
  word: string;
  pos: Pos;
  /** How often sense-tagged text used the word (SemCor counts): a measure of how familiar it is. */
  seen: number;
  /** WordNet's lexicographer file of the first sense (noun.animal, verb.creation …), as its number. */
  lex: number;
  clusters: readonly string[];
  /** The familiar synonym a question offers as its meaning, and the dictionary's gloss of that sense. */
  meaning?: string;
  gloss?: string;
}

/** What a vocabulary fact carries for its question (see facts/types.ts). */
export interface MeaningInfo {
  pos: Pos;
  /** The word's dictionary form ("preserve" for "preserved") and how the text inflects it. */
  lemma: string;
  form: Form;
  /** The meaning offered, written as the text writes the word ("kept" for "preserved"). */
  meaning: string;
  gloss: string;
}

interface Table {
  byWord: Map<string, WordEntry>;
  /** Every word of a part of speech that may be offered as a wrong meaning, most familiar first. */
  offered: Record<Pos, WordEntry[]>;
}
let table: Table | undefined;

function load(): Table {
  const byWord = new Map<string, WordEntry>();
  const offered: Record<Pos, WordEntry[]> = { a: [], r: [], n: [], v: [] };
  for (const [pos, lines] of [["a", data.adjectives], ["r", data.adverbs], ["n", data.nouns], ["v", data.verbs]] as const) {
    for (const line of lines.split("\n")) {
      const [word = "", seen = "0", lex = "0", clusters = "", meaning, ...gloss] = line.split(" ");
      if (!word) continue;
      const entry: WordEntry = { word, pos, seen: Number(seen), lex: Number(lex), clusters: clusters.split(","), ...(meaning ? { meaning, gloss: gloss.join(" ") } : {}) };
      // a word that is both (an adjective and an adverb: "fast") is asked as the part of speech the sentence uses
      byWord.set(`${pos} ${word}`, entry);
      if (entry.seen >= MIN_OFFERED_SEEN && /^[a-z]{4,}$/.test(word)) offered[pos].push(entry);
    }
  }
  for (const list of Object.values(offered)) list.sort((a, b) => b.seen - a.seen || (a.word < b.word ? -1 : 1));
  return { byWord, offered };
}

/** A wrong option is a word sense-tagged text used at least this often (no "susurrous" among "quiet" and "loud"). */
const MIN_OFFERED_SEEN = 5;
/** Sentences shorter (a label, a fragment) or longer (too much to hold with four options) are not asked. */
const MIN_WORDS = 8;
const MAX_WORDS = 35;

/** The entry of a word of a part of speech, or undefined. */
export function wordEntry(word: string, pos: Pos): WordEntry | undefined {
  return (table ??= load()).byWord.get(`${pos} ${word}`);
}

const related = (a: WordEntry, b: WordEntry): boolean => a.clusters.some((c) => b.clusters.includes(c));
const sharesStart = (a: string, b: string): boolean => a.slice(0, 4) === b.slice(0, 4);

/** The word stands in the sentence (any case, as a whole word). */
function inSentence(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}'’-])${escapeRegExp(word)}(?![\\p{L}'’-])`, "iu").test(text);
}

/** A noun a plural reads wrong of ("algaes", "dependences", "informations"): not offered in the plural. */
const MASS_NOUN = /(?:a|s|earch|ence|ance|ness|ism|ity|ship|hood|dom|ing|ry|ion|ice|th|ware|ment)$/;
/** Number words WordNet lists as adjectives ("eleven", "eighth"), comparatives and oaths: no meaning of another word. */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|single|double|triple|zero|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth|better|best|worse|worst|damn|damned|bloody)$/;
/** Fewer words of a noun's or a verb's own field than this and its wrong options come from any field. */
const MIN_FIELD = 12;

/** Verbs whose past is not "-ed": never offered or asked in a past form (WordNet's package has no exception lists). */
const IRREGULAR_VERBS: ReadonlySet<string> = new Set(
  `arise awake bear beat become begin bend bet bind bite bleed blow break breed bring build burn burst buy cast catch
choose cling come cost creep cut deal dig dive draw dream drink drive eat fall feed feel fight find flee fling fly forbid
forecast forget forgive freeze get give grind grow hang hear hide hit hold hurt keep kneel know lay lead lean leap learn
leave lend let lie light lose make mean meet mislead overcome pay prove put quit read ride ring rise run saw say see
seek sell send set sew shake shed shine shoot show shrink shut sing sink sit slay sleep slide sling slit smell sow speak
speed spell spend spill spin spit split spoil spread spring stand steal stick sting stink stride strike string strive
swear sweep swell swim swing take teach tear tell think throw thrust tread understand undertake upset wake wear weave
weep win wind withdraw withhold withstand wring write`.split(/\s+/),
);
/** The irregular verbs of three letters or more, which a longer verb may end in ("foresee", "withdraw"). */
const IRREGULAR_ENDINGS = [...IRREGULAR_VERBS].filter((v) => v.length >= 3);
/** Nouns that measure or sort other things rather than name one ("a sort of", "lots of"): not asked. */
const NOT_ASKED_NOUNS = new Set(["sort", "kind", "type", "lots", "lot", "number", "amount", "couple", "plenty", "deal", "bit", "part", "piece", "matter", "thing", "way", "case", "fact", "point"]);
/** Set phrases whose word is not its own meaning ("for instance" is no "for case", reading VA; "in excess of"). */
const SET_PHRASE = /\b(?:for instance|for example|in fact|in particular|in general|in short|in turn|in excess|at least|at first|at large|of course|as well|by far|on average|an average|the average)\b/gi;
/** A particle after a verb makes a phrasal verb of another meaning ("carry out", "give up"). */
const PARTICLE = /^(?:up|out|off|down|over|away|back|on|in|through|around|round|about|along|forward|apart|aside|together)$/;

const VOWELS = /[aeiou]/g;
/** Ends consonant-vowel-consonant (the last doubled before "-ed"/"-ing": "stop" → "stopped"). */
const CVC = /(?:[^aeiou]|qu)[aeiou][^aeiouwxy]$/;

/** A word written in a form: regular English inflection, or undefined where it may be irregular. */
export function inflect(word: string, form: Form): string | undefined {
  if (form === "base") return word;
  if (form === "plural" || form === "s") {
    if (/(?:man|men|f|fe|is|us|um|on|ics|ous)$/.test(word) && form === "plural") return undefined;
    if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
    if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
    return `${word}s`;
  }
  // "foresee", "withdraw", "undertake": a verb ending in an irregular one is irregular too (reading VA: "foreseed")
  if (form === "ed" && (IRREGULAR_VERBS.has(word) || IRREGULAR_ENDINGS.some((v) => word.length > v.length + 1 && word.endsWith(v)))) return undefined;
  // (the "u" after "q" is no vowel: "quit" has one)
  const vowels = (word.replace(/qu/g, "q").match(VOWELS) ?? []).length;
  // "visit" → "visited", "occur" → "occurred": which needs the stress, which is not known
  if (CVC.test(word) && vowels > 1) return undefined;
  const base = CVC.test(word) ? `${word}${word.slice(-1)}` : word;
  if (form === "ed") {
    if (word.endsWith("e")) return `${word}d`;
    if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ied`;
    return `${base}ed`;
  }
  if (word.endsWith("ie")) return `${word.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(word)) return `${word.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** The dictionary form and the form of a noun or verb as written, when the table knows it and the form is regular. */
function lemmaOf(value: string, pos: "n" | "v"): { lemma: string; form: Form } | undefined {
  const tries: [string, Form][] = pos === "n"
    ? [[value, "base"], [singular(value), "plural"]]
    : [
        [value, "base"],
        ...(value.endsWith("ing") ? ([[value.slice(0, -3), "ing"], [`${value.slice(0, -3)}e`, "ing"], [value.slice(0, -4), "ing"]] as [string, Form][]) : []),
        ...(value.endsWith("ed") ? ([[value.slice(0, -1), "ed"], [value.slice(0, -2), "ed"], [`${value.slice(0, -3)}y`, "ed"], [value.slice(0, -3), "ed"]] as [string, Form][]) : []),
        ...(value.endsWith("s") ? ([[value.slice(0, -1), "s"], [value.slice(0, -2), "s"], [`${value.slice(0, -3)}y`, "s"]] as [string, Form][]) : []),
      ];
  for (const [lemma, form] of tries) {
    // the form must be the regular one of that lemma ("used" is "use" + "d"; "bed" is no past of "b")
    if (lemma.length >= 3 && wordEntry(lemma, pos) && inflect(lemma, form) === value) return { lemma, form };
  }
  return undefined;
}

const cache = new WeakMap<ArticleAnalysis, Fact[]>();

/**
 * The words a text could be asked the meaning of, at most one per sentence (its least familiar word that the table asks):
 * lower-case adjectives, adverbs, nouns and verbs as wink-nlp tags them, not part of a hyphened compound ("well-known"),
 * a noun not next to another noun ("cell phone"), a verb not followed by a particle ("carry out"), written once in their
 * sentence, in a sentence of 8–35 words that does not already hold the meaning offered.
 */
export function findWordMeanings(analysis: ArticleAnalysis): Fact[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  for (const s of analysis.sentences) {
    if (s.metadata) continue;
    const words = s.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    const { values, spaces, pos } = tagText(s.text);
    const phrases = [...s.text.matchAll(SET_PHRASE)].map((m) => [m.index, m.index + m[0].length] as const);
    let best: { entry: WordEntry; info: MeaningInfo; start: number; end: number } | undefined;
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      at += (spaces[i] ?? "").length;
      const value = values[i] ?? "";
      const start = at;
      at += value.length;
      const tag = pos[i];
      const p: Pos | undefined = tag === "ADJ" ? "a" : tag === "ADV" ? "r" : tag === "NOUN" ? "n" : tag === "VERB" ? "v" : undefined;
      if (!p || !/^[a-z]{4,}$/.test(value)) continue;
      if (p === "n" && (/^(?:NOUN|PROPN)$/.test(pos[i - 1] ?? "") || /^(?:NOUN|PROPN)$/.test(pos[i + 1] ?? "") || NOT_ASKED_NOUNS.has(value))) continue;
      if (p === "v" && PARTICLE.test(values[i + 1] ?? "")) continue;
      // an adjective before "of" is a noun or a phrase ("the national average of 13.2 percent"); one in "-ed" of a verb the
      // table knows is that verb's participle ("he looted silver" is no "empty", reading VA)
      if (p === "a" && (values[i + 1] === "of" || (value.endsWith("ed") && lemmaOf(value, "v")))) continue;
      if (phrases.some(([a, b]) => start >= a && at <= b)) continue;
      const found = p === "n" || p === "v" ? lemmaOf(value, p) : { lemma: value, form: "base" as const };
      const entry = found && wordEntry(found.lemma, p);
      if (!found || !entry?.meaning) continue;
      const meaning = inflect(entry.meaning, found.form);
      // the key inside the word or the word inside the key ("interdependent" → "dependent", "phone" → "telephone",
      // reading VA); a plural key for a singular noun or for a plural WordNet lists as a word ("document" → "papers",
      // "steps" → "stairs")
      if (!meaning || meaning.includes(value) || value.includes(entry.meaning) || entry.meaning.includes(found.lemma)) continue;
      if (p === "n" && found.form === "base" && isPlural(entry.meaning)) continue;
      if (/[-‐–]$/.test(s.text.slice(0, start)) || /^[-‐–]/.test(s.text.slice(at))) continue;
      if (s.text.toLowerCase().split(value).length > 2 || inSentence(s.text, meaning) || inSentence(s.text, entry.meaning)) continue;
      if (!best || entry.seen < best.entry.seen) best = { entry, info: { pos: p, lemma: found.lemma, form: found.form, meaning, gloss: entry.gloss ?? "" }, start, end: at };
    }
    if (!best) continue;
    const { info, start, end } = best;
    out.push({
      id: `${s.paragraph}.${s.sentence}.${start}`,
      kind: "vocabulary",
      text: s.text.slice(start, end),
      paragraph: s.paragraph,
      sentence: s.sentence,
      start,
      end,
      flags: [],
      meaning: info,
    });
  }
  cache.set(analysis, out);
  return out;
}

/**
 * Three wrong meanings for `entry` keyed `key`, written in `form`: words of its part of speech about as familiar as the
 * key (a quarter to four times as often used), sharing no cluster with the word or the key, none in the sentence, none
 * starting like the word, the key or each other (no "unhappy" beside "unkind"), adverbs in "-ly" when the key is.
 */
export function wrongMeanings(entry: WordEntry, key: WordEntry, form: Form, sentence: string, rng: BuildContext["rng"]): string[] {
  const pool = (table ??= load()).offered[entry.pos];
  const low = Math.max(MIN_OFFERED_SEEN, key.seen / 4);
  const high = key.seen * 4 + 10;
  const ly = key.word.endsWith("ly");
  const near = pool.filter((w) => w.seen >= low && w.seen <= high && w.word.endsWith("ly") === ly && !NUMBER_WORD.test(w.word) && (form !== "plural" || !MASS_NOUN.test(w.word)));
  // among words of its own field (people among people, making among making, "political" among "religious"), when there
  // are enough
  const field = near.filter((w) => w.lex === entry.lex);
  const fit = field.length >= MIN_FIELD ? field : near;
  const out: string[] = [];
  const words: string[] = [];
  for (let tries = 0; out.length < 3 && tries < 60 && fit.length > 0; tries++) {
    const w = fit[rng.int(fit.length)] as WordEntry;
    const written = inflect(w.word, form);
    if (!written || related(w, entry) || related(w, key) || inSentence(sentence, written) || inSentence(sentence, w.word)) continue;
    if ([entry.word, key.word, ...words].some((o) => sharesStart(o, w.word))) continue;
    out.push(written);
    words.push(w.word);
  }
  return out.length === 3 ? out : [];
}

/** The question: which word is closest in meaning to the fact's word, the sentence shown. */
export function makeMeaning(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s: SentenceInfo | undefined = ctx.sentenceOf(f);
  const info = f.meaning;
  if (!s || !info) return undefined;
  const entry = wordEntry(info.lemma, info.pos);
  const key = entry?.meaning ? wordEntry(entry.meaning, info.pos) : undefined;
  if (!entry || !key) return undefined;
  const wrong = wrongMeanings(entry, key, info.form, s.text, ctx.rng);
  if (wrong.length < 3) return undefined;
  const prompt = `In this sentence from the text, which word is closest in meaning to “${f.text}”? “${s.text}”`;
  const options = shuffleOptions(ctx.rng, prompt, [info.meaning, ...wrong]);
  const gloss = info.gloss ? `: ${info.gloss}` : "";
  return {
    id: questionId("meaning", f),
    type: "meaning",
    prompt,
    options,
    answer: info.meaning,
    kind: "vocabulary",
    evidence: evidence(s, f),
    explanation: `In paragraph ${s.paragraph + 1}, “${f.text}” means “${info.meaning}”${gloss}.`,
  };
}

export const meaningType: QuestionTypeSpec<"meaning"> = {
  type: "meaning",
  labels: QUESTION_TYPE_LABELS.meaning,
  build: (f, ctx) => (f.kind === "vocabulary" ? makeMeaning(f, ctx) : undefined),
};
