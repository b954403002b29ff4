import { inStoryWords, type ArticleAnalysis, type Fact, type SentenceInfo } from "../find-facts";
import { evidence, questionId, stemFor, type BuildContext } from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import { escapeRegExp } from "../regexp";
import { wordEntry } from "./meaning";
import type { FullQuestion } from "../quiz-schema";

/**
 * Counted lists (kind `list`, engine 2.14): a sentence that names how many kinds, parts or steps something has and then
 * names each of them — "Assets can be divided into three broad categories: current assets, fixed assets, and intangible
 * assets.", "There are four basic types of planning: strategic, tactical, operational, and contingency." — asked with
 * one item blanked, typed ("…, operational, and _____."). What a section of concepts teaches is often such a list, and
 * the engine's other forms ask figures and names, which such a section has few of (issue #10: "which of these does the
 * article give as …" over lists).
 *
 * Only a list with as many items as its count says is taken: the count shows the list is whole, so no other item is as
 * right typed in the blank, and a list that runs on ("such as", "include" with no count) is not one.
 */
export interface ListInfo {
  /** The items as written, in order, each with its offsets in the sentence. */
  items: { text: string; start: number; end: number }[];
  /** Other spellings of the blanked item a reader may type (with the word the items share: "decisional roles"). */
  accept: string[];
}

const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * A count, up to three words of description, a plural noun, maybe what it is of ("of liquidity", "in the stomach"), then
 * the list: after a colon or a dash, or after "are/were/include" when the count opens the subject ("The three main
 * measures of liquidity are …").
 */
const INTRO =
  /\b(two|three|four|five|six|seven|eight|nine|ten)\s+((?:[\p{L}-]+\s+){0,3}?)(\p{Ll}[\p{Ll}-]*s)\b((?:\s+(?:of|in|for|within)\s+[^:;.—–()]{1,60}?)?)(\s*[:—–]\s*|\s+(?:are|were|include|includes)\s+)/iu;

/**
 * A list with no count that is whole all the same: the main kinds of something ("The major obstacles to international
 * trade are natural barriers, tariff barriers, and nontariff barriers."), or what something is made of ("The U.S. money
 * supply is composed of currency, demand deposits, and time deposits."). Not "include", "such as", "examples are": those
 * name some.
 */
const WHOLE_INTRO =
  /^(?:The\s+(?:main|major|key|basic|principal|primary|chief|fundamental)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*s)\b(?:\s+(?:of|in|for|to|within)\s+[^:;,.—–()]{1,60}?)?\s+are\s+|\p{Lu}[^,:;()]{2,80}?\s+(?:consists? of|(?:is|are) (?:composed|made up) of|comprises?)\s+)/u;

/** Words that make a count no whole list: "two of its key aspects", "the other three functions", "at least three types". */
const NOT_WHOLE_BEFORE = /\b(?:other|another|least|than|over|about|some|nearly|almost|first|last|next|these|those|of)\s+$/i;
const NOT_A_DESCRIPTION = /^(?:of|other|and|or|the|a|an|these|those|more|most|such|which|that)$/i;

/** A list item of one to four words, no figure, no pronoun, no clause of its own. */
const ITEM = /^(?:the\s+)?[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,3}$/u;
const NOT_AN_ITEM = /\b(?:it|its|they|them|their|this|that|these|those|which|who|is|are|was|were|has|have|can|may|such|etc|other|others|none|all|both|neither|either|one|two|three|four|five|six|seven|eight|nine|ten|types?|kinds?)\b/i;

/**
 * Words of a series a reader completes from the other items alone ("top, middle, and _____ management", "positive,
 * negative, and _____"): such an item is not blanked when another item holds a word of the series too.
 */
const SERIES =
  /\b(?:top|middle|bottom|upper|lower|inner|outer|first|second|third|fourth|primary|secondary|tertiary|early|late|small|medium|large|low|high|positive|negative|neutral|short|long|superior|inferior|anterior|posterior|medial|lateral|proximal|distal|dorsal|ventral|ascending|descending|internal|external|left|right|front|back|major|minor|old|new|past|present|future|input|output|direct|indirect|public|private|local|national|international|global)\b/i;

/**
 * Lists a reader learns at school, whose items every reader completes ("the three domains of life: _____, Bacteria, and
 * Eukarya", reading XH): a list all of whose items are of one of these is not asked. Singular forms.
 */
const FAMOUS_LISTS: readonly ReadonlySet<string>[] = [
  ["archaea", "bacteria", "eukarya"],
  ["taste", "smell", "touch", "hearing", "sight"],
  ["solid", "liquid", "gas", "plasma"],
  ["proton", "neutron", "electron"],
  ["legislative", "executive", "judicial"],
  ["mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune"],
  ["root", "prefix", "suffix"],
  ["land", "labor", "capital", "entrepreneurship"],
  ["red", "green", "blue", "yellow"],
  // MyPlate's food groups (reading YC)
  ["fruit", "vegetable", "grain", "protein food", "protein", "dairy", "oil"],
].map((l) => new Set(l));

/** "(Figure)", "(Figure 3)", "(see Table 2)" closing a sentence: not part of its last item. */
const TRAILING_REFERENCE = /\s*\((?:see\s+)?(?:Figures?|Tables?)\b[^()]*\)\s*(?=\.$)/;

const cache = new WeakMap<ArticleAnalysis, Fact[]>();

/** Words a list sentence holds: enough to say what is counted, short enough to read as one prompt. */
const MIN_WORDS = 7;
const MAX_WORDS = 40;

/**
 * The whole lists of a text, a fact for each item that can be blanked (`blankable`), best first: the sentence's story
 * words (no quotation, no first person, no page clutter), standing alone, ending on a list of as many items as its count
 * (three to ten) or, with no count, of three to eight (`listIn`).
 */
export function findLists(analysis: ArticleAnalysis, standsAlone: (text: string) => boolean): Fact[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  // (the whole text, to count an item's uses outside its list: joined only for a text with a list)
  let text: string | undefined;
  for (const s of analysis.sentences) {
    if (!inStoryWords(s)) continue;
    const words = s.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS || !/\.$/.test(s.text.trim())) continue;
    const list = listIn(s.text);
    if (!list || !standsAlone(probe(s.text))) continue;
    // every item that can be blanked, best first: another question may show the first ("cost" in "… its cost competitive
    // advantage"), and one question a sentence is asked
    text ??= analysis.sentences.map((x) => x.text).join(" ");
    for (const pick of blankable(list, s.text, text)) out.push({
      id: `${s.paragraph}.${s.sentence}.${pick.start}.list`,
      kind: "list",
      text: pick.text,
      group: list.head,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start: pick.start,
      end: pick.end,
      flags: [],
      list: { items: list.items, accept: pick.accept },
    });
  }
  cache.set(analysis, out);
  return out;
}

/**
 * The sentence as the stand-alone tests should read it: "There are four basic types of planning: …" and "The three main
 * types of loans are …" open as pointers do ("There", "The three were arrested"), but a count followed by its noun points
 * at nothing before — so those openings are read as a plain subject would be.
 */
function probe(sentence: string): string {
  return sentence.replace(/^(?:(?:In general|Generally|Overall|Today),\s+)?There\s+(?:are|were)\s+/, "Textbooks name ").replace(/^The\s+(?=(?:two|three|four|five|six|seven|eight|nine|ten)\s)/, "Textbooks name the ");
}

/** The whole counted list a sentence ends on, or undefined. */
export function listIn(sentence: string): { items: ListInfo["items"]; head: string } | undefined {
  let from: number;
  let count: number | undefined;
  let head: string;
  const m = INTRO.exec(sentence);
  const whole = m ? undefined : WHOLE_INTRO.exec(sentence);
  if (m) {
    count = COUNTS[(m[1] ?? "").toLowerCase()] ?? 0;
    if (count < 3) return undefined;
    if (NOT_WHOLE_BEFORE.test(sentence.slice(0, m.index))) return undefined;
    const described = (m[2] ?? "").trim();
    if (described && described.split(/\s+/).some((w) => NOT_A_DESCRIPTION.test(w))) return undefined;
    from = m.index + m[0].length;
    head = (m[3] ?? "").toLowerCase();
  } else if (whole) {
    from = whole[0].length;
    head = (whole[1] ?? "parts").toLowerCase();
  } else return undefined;
  // the list runs from after the colon or verb to the sentence's full stop, a closing figure reference left out
  const body = sentence.slice(from).replace(TRAILING_REFERENCE, "");
  if (!/\.$/.test(body)) return undefined;
  const items: ListInfo["items"] = [];
  const re = /([^,]+?)(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\.$)/gy;
  let at = 0;
  for (let r = re.exec(body); r; r = re.exec(body)) {
    const raw = r[1] ?? "";
    const lead = raw.length - raw.trimStart().length;
    const item = raw.trim();
    items.push({ text: item, start: from + r.index + lead, end: from + r.index + lead + item.length });
    at = re.lastIndex;
  }
  if (at !== body.length || (count !== undefined ? items.length !== count : items.length < 3 || items.length > 8)) return undefined;
  if (!items.every((i) => ITEM.test(i.text) && !NOT_AN_ITEM.test(i.text))) return undefined;
  return { items, head };
}

/**
 * The item to blank and what else a reader may type for it: an item of one to three words that
 * shares no word with another ("mass production" beside "mass customization"), is no word of a series another item
 * continues (`SERIES`), not the first when the others follow its "the"
 * ("the cardia, fundus, body, and pylorus"), nor the last when it carries a word the others leave out ("the superior,
 * middle, and inferior lobes"). When every item ends on one word ("informational roles, interpersonal roles, and
 * decisional roles") only the word before it is blanked. Best first: the least familiar word ("condyloid" before "hinge",
 * which reading XG failed as the joint every reader knows; a term of two words or more counts as unfamiliar), then the
 * one the text names most outside the list, the later of equals.
 */
function blankable(list: { items: ListInfo["items"] }, sentence: string, text: string): { text: string; start: number; end: number; accept: string[] }[] {
  const { items } = list;
  const singular = (t: string): string => t.toLowerCase().replace(/^the\s+/, "").replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");
  if (FAMOUS_LISTS.some((set) => items.every((i) => set.has(singular(i.text)) || set.has(i.text.toLowerCase())))) return [];
  // "Anatomical terms are made up of roots, prefixes, and suffixes": a list of everyday words is one a reader knows
  // (reading XG failed each of its four lines on N)
  // (plain words only: "process, product, and fixed-position" layouts are terms of a trade)
  if (items.every((i) => /^(?:the\s+)?\p{L}+$/u.test(i.text) && familiarity(i.text.replace(/^the\s+/i, "")) >= 1)) return [];
  const lastWords = items.map((i) => i.text.split(/\s+/).pop()?.toLowerCase() ?? "");
  const shared = items.every((i) => i.text.split(/\s+/).length >= 2) && lastWords.every((w) => w === lastWords[0]) ? lastWords[0] : undefined;
  // "technical, human relations, and conceptual skills" after "Managerial skills …": the last item carries the noun
  // every item shares, which the sentence named before the list — kept in the prompt ("and _____ skills")
  const last = items[items.length - 1];
  const lastWord = lastWords[lastWords.length - 1] ?? "";
  const carried =
    !shared && last && last.text.split(/\s+/).length >= 2 && lastWords.filter((w) => w === lastWord).length === 1 && new RegExp(`\\b${escapeRegExp(lastWord.replace(/s$/, ""))}`, "i").test(sentence.slice(0, items[0]?.start ?? 0))
      ? lastWord
      : undefined;
  const lastCarries = !shared && !carried && (last?.text.split(/\s+/).length ?? 0) > Math.max(...items.slice(0, -1).map((i) => i.text.split(/\s+/).length));
  const firstThe = /^the\s/i.test(items[0]?.text ?? "") && items.slice(1).every((i) => !/^the\s/i.test(i.text));
  const outside = text.replace(sentence, " ").toLowerCase();
  const picks: { text: string; start: number; end: number; accept: string[]; seen: number; uses: number; at: number }[] = [];
  items.forEach((item, k) => {
    if (k === items.length - 1 && lastCarries) return;
    if (k === 0 && firstThe) return;
    let start = item.start;
    let shown = item.text;
    const the = /^the\s+/i.exec(shown);
    if (the) {
      start += the[0].length;
      shown = shown.slice(the[0].length);
    }
    const accept: string[] = [];
    if (shared) {
      accept.push(shown);
      shown = shown.slice(0, shown.length - (shared.length + 1)).trimEnd();
    } else if (carried) {
      if (k === items.length - 1) shown = shown.slice(0, shown.length - (carried.length + 1)).trimEnd();
      accept.push(`${shown} ${carried}`);
    }
    if (!shown || shown.split(/\s+/).length > 3) return;
    const own = normalizeAnswer(shown);
    const others = items.filter((_, j) => j !== k).map((o) => normalizeAnswer(shared ? o.text.slice(0, o.text.length - shared.length) : o.text));
    // a word another item holds too ("_____, mass customization, and customization" for "mass production"): the pattern
    // of the others gives it
    if (others.some((o) => o.split(" ").some((w) => ` ${own} `.includes(` ${w} `)))) return;
    // a form another item shares ("nasopharynx, oropharynx, and _____", "desmosomes, hemidesmosomes", "demographic,
    // geographic, psychographic"): the ending or the opening the others show gives most of it
    if (others.some((o) => sharesForm(o, own))) return;
    if (SERIES.test(shown) && others.some((o) => SERIES.test(o))) return;
    const uses = outside.split(shown.toLowerCase()).length - 1;
    picks.push({ text: shown, start, end: start + shown.length, accept, seen: /\s/.test(shown) ? 0 : familiarity(shown), uses, at: k });
  });
  return picks.sort((a, b) => a.seen - b.seen || b.uses - a.uses || b.at - a.at).map(({ text: t, start, end, accept }) => ({ text: t, start, end, accept }));
}

/** Endings many words share, which say nothing of the word ("informational, interpersonal, and decisional"). */
const SUFFIX_ONLY = /^\p{L}?(?:ational|tional|ional|ation|ization|isation|ical|ative|itive|ement|ment|ness|ence|ance|ously|ities|ity|ings|ing|ists|ist|isms|ism)$/u;

/**
 * How familiar a word is: how often WordNet's sense-tagged text (SemCor) used it, as any part of speech, in its own form
 * or as a plural's singular ("roots" → "root"); 0 for a word it does not know ("condyloid"). A compound is as familiar
 * as its most familiar part ("ball-and-socket" as "ball": the table lacks many plain words, "socket" among them).
 */
function familiarity(word: string): number {
  const parts = word.toLowerCase().split("-").filter((p) => p && !/^(?:and|or|of|the|a|to|in)$/.test(p));
  if (parts.length > 1) return Math.max(...parts.map(familiarity));
  const w = parts[0] ?? "";
  const forms = [w, w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")];
  let seen = 0;
  for (const form of forms) for (const pos of ["n", "a", "v", "r"] as const) seen = Math.max(seen, wordEntry(form, pos)?.seen ?? 0);
  return seen;
}

/**
 * Two items with five letters or more in common at the start or at the end of one of their words (an ending more than a
 * suffix: "nasopharynx, oropharynx"), or one inside the other.
 */
function sharesForm(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const common = (x: string, y: string): number => {
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n++;
    return n;
  };
  const reversed = (w: string): string => [...w].reverse().join("");
  return a.split(" ").some((x) =>
    b.split(" ").some((y) => {
      const end = common(reversed(x), reversed(y));
      return common(x, y) >= 5 || (end >= 5 && !SUFFIX_ONLY.test(x.slice(x.length - end)));
    }),
  );
}

/** "…, operational, and _____." typed: the item, or (items sharing a last word) the item with that word. */
export function makeListCloze(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s: SentenceInfo | undefined = ctx.sentenceOf(f);
  if (!s || !f.list) return undefined;
  const q: FullQuestion = {
    id: questionId("cloze", f, "list"),
    type: "cloze",
    prompt: stemFor(s, f),
    kind: "list",
    answer: f.text,
    evidence: evidence(s, f),
    explanation: `Paragraph ${s.paragraph + 1} names all ${f.list.items.length}: “${s.text}”`,
  };
  if (f.list.accept.length > 0) q.accept = f.list.accept;
  return q;
}
