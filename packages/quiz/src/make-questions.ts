/**
 * What the question types of question-types/ share: the build context, stems and evidence, ids and explanations,
 * distractor pools (numbers, places, people, organisations, concepts), credible people and speakers, same-sex swaps.
 * Each type's own builders are in its file there (question-types/index.ts gathers them).
 */
import type { ArticleAnalysis, Fact, SentenceInfo } from "./find-facts";
import { afterItsTime, againstComparison, againstDirection, figureCrossing, mentions, nearestToAnchor, newestYearIn, outsideDecade, outsideTerm, monthEdgeCandidates, periodEndCandidates, roundEraCandidates, numericCandidates, pickNumeric, pickPlaces, placePool, toRateGrid, type ArticleValues, type PlacePool } from "./distractors";
import { normalizeAnswer } from "./normalize-answer";
import { isGendered, personGenders } from "./person-gender";
import type { FullQuestion, QuestionType } from "./quiz-schema";
import { hashString, type Rng } from "./rng";
import { ORG_WORDS, ROLE_WORDS, TITLE_WORDS } from "./word-lists";
import { indefiniteArticle, type ConceptIndex, type ConceptInfo } from "./find-concepts";
import { kindGroup, kinship, nounClass, singular } from "./noun-classes";
import { contentWords } from "./sentence-centrality";
import { BEYOND_ASCII, escapeRegExp } from "./regexp";

export const BLANK = "_____";

export interface BuildContext {
  analysis: ArticleAnalysis;
  values: ArticleValues;
  rng: Rng;
  sentenceOf: (f: Fact) => SentenceInfo | undefined;
  relatedHeadlines: readonly string[];
  glossary: readonly { term: string; expansion: string }[];
  /**
   * Each fact's distractor candidates, worked out once per quiz and shared by its seeded selections (they depend on
   * the article, the fact and its stem, never on the seed).
   */
  pools: Map<Fact, { stem: string; pool: DistractorPool }>;
  /** The article's key concepts, for concept questions' distractors. */
  concepts?: ConceptIndex;
  /**
   * Whether the next true/false statement should be true: the quiz keeps its keys near half true (a reader who learns
   * that "false" wins more often scores without reading). Absent: a fair coin.
   */
  nextTrueFalse?: () => boolean;
  /**
   * Where the answer of the next multiple choice on numbers should stand among its options (0 smallest … 3 largest),
   * among the ranks `feasible`: the quiz keeps each place about as often as the others (a reader who learns that the
   * answer is rarely the largest scores without reading). Absent: a seeded draw.
   */
  nextRank?: (feasible: readonly number[]) => number;
}

/** A fact's distractor candidates before the seeded pick; `none`: no distractor may be offered. */
type DistractorPool =
  | { by: "none" }
  | { by: "numeric"; texts: readonly string[] }
  | { by: "place"; pool: PlacePool }
  | { by: "shuffle"; items: readonly string[] }
  /** Best first: three of the first five are picked. */
  | { by: "ranked"; items: readonly string[] };

export const NUMERIC = new Set(["number", "date", "date-range", "percent", "money", "duration"]);

/**
 * A question's id: its type, where its evidence is (paragraph.sentence.start) and its answer, and for true-false the
 * statement shown (as written, or which value was swapped in). No seed goes in, so the same question has the same id
 * in every quiz of the article: flags and review schedules count it once.
 */
export function questionId(type: QuestionType, f: Fact, variant = ""): string {
  return `q${hashString(`${type}|${f.id}|${f.text}${variant ? `|${variant}` : ""}`)}`;
}

/** A short window of the sentence around the fact, for explanations. */
export function snippet(text: string, start: number, end: number): string {
  let a = Math.max(0, start - 50);
  let b = Math.min(text.length, end + 50);
  while (a > 0 && text[a - 1] !== " ") a--;
  while (b < text.length && text[b] !== " ") b++;
  return `${a > 0 ? "…" : ""}${text.slice(a, b).trim()}${b < text.length ? "…" : ""}`;
}

export function evidence(s: SentenceInfo, f: Fact): FullQuestion["evidence"] {
  return { paragraph: s.paragraph, sentence: s.sentence, start: f.start, end: f.end, text: s.text };
}

export function stemFor(s: SentenceInfo, f: Fact): string {
  return `${s.text.slice(0, f.start)}${BLANK}${s.text.slice(f.end)}`;
}

/**
 * Same-kind wrong values for a fact, none of them stated in the stem: options for a multiple choice (or the values a
 * true/false statement takes in the fact's place), or (`"typed"`) the values a typed blank is checked against — for which
 * what would give the answer away only among options does not apply.
 */
export function distractorsFor(f: Fact, stem: string, ctx: BuildContext, purpose: "options" | "typed" = "options"): string[] {
  let hit = ctx.pools.get(f);
  if (hit?.stem !== stem) {
    hit = { stem, pool: distractorPool(f, stem, ctx) };
    ctx.pools.set(f, hit);
  }
  const { pool } = hit;
  if (pool.by === "numeric") {
    // (shown values only: a typed answer is checked against the whole pool)
    const crosses = purpose === "options" ? figureCrossing(stem, f.text) : undefined;
    const shown = crosses ? pool.texts.filter((t) => !crosses(t)) : pool.texts;
    const picked = pickNumeric(shown, ctx.rng, f.text, ctx.nextRank, purpose === "options").filter((d) => !mentions(stem, d));
    // (options that leave the answer alone beside a figure of the prompt: another form is asked instead)
    return purpose === "options" && nearestToAnchor(stem, f.text, picked) ? [] : picked;
  }
  if (pool.by === "place") return pickPlaces(pool.pool, ctx.rng);
  if (pool.by === "shuffle") return ctx.rng.shuffle(pool.items).slice(0, 3);
  if (pool.by === "ranked") return ctx.rng.shuffle(pool.items.slice(0, 5)).slice(0, 3);
  return [];
}

/** The seed-free part of `distractorsFor`: the candidates it picks from. */
function distractorPool(f: Fact, stem: string, ctx: BuildContext): DistractorPool {
  const none: DistractorPool = { by: "none" };
  if (f.kind === "concept") return conceptPool(f, stem, ctx) ?? none;
  if (NUMERIC.has(f.kind)) {
    const ends = f.kind === "date" ? (periodEndCandidates(stem, f.text) ?? monthEdgeCandidates(f.text) ?? roundEraCandidates(stem, f.text)) : undefined;
    if (ends) return { by: "numeric", texts: ends.filter((t) => !ctx.values.texts.has(normalizeAnswer(t))) };
    // (a past event's options stop at the text's latest past year only when the answer is before it: an answer of that year
    // would be the latest option every time)
    const past = ctx.values.newestPastYear;
    const pastBound = past !== undefined && (newestYearIn(f.text) ?? past) < past ? past : undefined;
    const texts = numericCandidates(f, ctx.values)?.filter((t) => !afterItsTime(t, ctx.values.newestYear, stem, pastBound) && !againstDirection(stem, f.text, t) && !outsideTerm(stem, f.text, t) && !outsideDecade(stem, f.text, t) && !againstComparison(stem, f.text, t))
      // (a bank's rate on its quarter-point grid: reading ZH)
      .map((t) => toRateGrid(stem, f.text, t))
      .filter((t, i, all) => all.indexOf(t) === i && normalizeAnswer(t) !== normalizeAnswer(f.text) && !ctx.values.texts.has(normalizeAnswer(t)));
    return texts && texts.length > 0 ? { by: "numeric", texts } : none;
  }
  if (f.kind === "place") {
    const pool = placePool(f, ctx.values, stem);
    return pool ? { by: "place", pool } : none;
  }
  if (f.kind === "person") {
    const answerWords = new Set(normalizeAnswer(f.group ?? f.text).split(" "));
    const others = ctx.analysis.persons
      .map((p) => p.full)
      .filter((full) => full !== f.group && !mentions(stem, full) && !mentions(stem, full.split(" ").pop() ?? full))
      // "al" or "de" shared is no clash; a shared given name or surname is ("Mark Rutte", "Mark Hamill")
      .filter((full) => !normalizeAnswer(full).split(" ").some((w) => w.length > 2 && answerWords.has(w)))
      .filter((full) => full.split(" ").length >= 2 && !/[.]$/.test(full));
    return { by: "shuffle", items: others };
  }
  if (f.kind === "organisation") {
    const seen = new Set<string>([normalizeAnswer(f.text)]);
    const others: string[] = [];
    const head = ` ${normalizeAnswer(ctx.analysis.headline)} `;
    // an organisation and its acronym are one organisation
    const sameAs = new Set<string>([normalizeAnswer(f.text)]);
    for (const g of ctx.glossary) {
      if (normalizeAnswer(g.term) === normalizeAnswer(f.text) || normalizeAnswer(g.expansion) === normalizeAnswer(f.text)) {
        sameAs.add(normalizeAnswer(g.term));
        sameAs.add(normalizeAnswer(g.expansion));
      }
    }
    if ([...sameAs].some((n) => n !== normalizeAnswer(f.text) && mentions(stem, n))) return none;
    // "The ___ said … the Secretary of State": a word of the answer in the stem gives it away
    if (normalizeAnswer(f.text).split(" ").some((w) => w.length > 3 && mentions(stem, w))) return none;
    // the same kind of body ("Council" and "Commission", "University" and "College"), unless both share the
    // headline's word ("Greek Orthodox Church", "Greek Ministry of Culture"): otherwise the stem tells which fits
    const cls = orgClass(f.text);
    const headWords = (t: string): string[] => normalizeAnswer(t).split(" ").filter((w) => w.length > 2 && head.includes(` ${w} `));
    const ownHead = headWords(f.text);
    // the same headline word in both: "Greek", not "Canada" in one and "Toronto" in the other ("Comic Corps of Canada"
    // for "Metro Toronto Convention Centre": a convention centre is no volunteer organisation)
    const shareHeadWord = (t: string): boolean => headWords(t).some((w) => ownHead.includes(w));
    for (const g of ctx.analysis.facts) {
      if (g.kind !== "organisation" || g.group !== f.group || g.text.split(" ").length < 2) continue;
      if (orgClass(g.text) !== cls && !shareHeadWord(g.text)) continue;
      if (sameAs.has(normalizeAnswer(g.text))) continue;
      // two distractors sharing a word ("United Nations", "Untied Nations") would be near-duplicates
      const gw = normalizeAnswer(g.text).split(" ").filter((w) => w.length > 3);
      if (others.some((o) => normalizeAnswer(o).split(" ").some((w) => gw.includes(w)))) continue;
      const n = normalizeAnswer(g.text);
      if (seen.has(n) || mentions(stem, g.text)) continue;
      // "European Union" and "European Commission": too alike (a shared headline word such as "Greek" is no clash)
      if (n.split(" ").some((w) => normalizeAnswer(f.text).split(" ").includes(w) && w.length > 3 && !head.includes(` ${w} `))) continue;
      seen.add(n);
      others.push(g.text);
    }
    return { by: "shuffle", items: others };
  }
  return none;
}

/**
 * Other key concepts of the article for a concept blank: of the answer's kind by WordNet (sisters first, then
 * cousins, then the same class), in the same number, about as long, sharing no word with the answer or the prompt, and
 * never from a sentence that says much the same as the question's (then the distractor might fit the blank too).
 */
function conceptPool(f: Fact, stem: string, ctx: BuildContext): DistractorPool | undefined {
  const c = f.concept;
  const idx = ctx.concepts;
  const own = c ? nounClass(c.head) : undefined;
  if (!c || !idx || !own) return undefined;
  const sKey = `${f.paragraph}.${f.sentence}`;
  const target = idx.sentenceWords.get(sKey) ?? new Set<string>();
  const answerWords = new Set(contentWords(c.phrase));
  const answerSingles = new Set(c.words.map(singular));
  const scored: { text: string; score: number }[] = [];
  for (const e of idx.buckets.get(`${kindGroup(own.lex)}|${c.plural}`) ?? []) {
    if (e.norm === c.phrase.toLowerCase() || e.sentences.includes(sKey)) continue;
    // "a ___": only count nouns take an "a"/"an" ("a solution", never "a hydrogen peroxide")
    if (c.article && !e.countable) continue;
    if (e.words.some((w) => answerSingles.has(singular(w)))) continue;
    if (Math.abs(e.words.length - c.words.length) > 1) continue;
    if (mentions(stem, e.phrase) || e.words.some((w) => w.length > 3 && mentions(stem, w))) continue;
    let ambiguous = false;
    for (const k of e.sentences) {
      let shared = 0;
      for (const w of idx.sentenceWords.get(k) ?? []) if (target.has(w) && !idx.topic.has(w) && !answerWords.has(w)) shared++;
      if (shared >= 2) ambiguous = true;
    }
    if (ambiguous) continue;
    // only sisters and cousins by WordNet: a noun phrase lifted from elsewhere in the text that is merely of the same
    // broad class rarely fits the sentence, and a reader picks the only option that does (blind review A: 12 % of
    // concept questions passed with class-level distractors)
    const kin = kinship(own, e.cls);
    if (kin < 2) continue;
    scored.push({ text: e.phrase, score: kin * 2 + Math.min(e.salience, 3) - Math.abs(e.words.length - c.words.length) });
  }
  scored.sort((a, b) => b.score - a.score || a.text.localeCompare(b.text));
  const items: string[] = [];
  for (const { text } of scored) {
    const shown = renderConcept(c, f.text, text);
    if (!items.some((i) => normalizeAnswer(i) === normalizeAnswer(shown))) items.push(shown);
    if (items.length >= 6) break;
  }
  return items.length >= 3 ? { by: "ranked", items } : undefined;
}

/** A distractor written as the answer is: with its own "a"/"an" when the answer has one, capitalised like it. */
function renderConcept(c: ConceptInfo, answer: string, phrase: string): string {
  // (a phrase keeps a capital it has wherever the text writes it: "Russian forces")
  let out = phrase;
  if (c.article) out = `${indefiniteArticle(out)} ${out}`;
  return /^\p{Lu}/u.test(answer) ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

export function explainFound(s: SentenceInfo, f: Fact): string {
  return `Paragraph ${s.paragraph + 1} says: “${snippet(s.text, f.start, f.end)}”`;
}

/** What kind of body an organisation is, from its organisation word ("Ministry of Culture" → government). */
const ORG_CLASSES: [RegExp, string][] = [
  [/\b(?:Times|News|Herald|Post|Gazette|Weekly|Magazine|Journal|Broadcasting|Television|Radio|Press|Review|Tribune|Chronicle|Telegraph|Guardian|Observer|Daily|Channel)\b/, "media"],
  [/\b(?:University|College|School|Institute|Academy)\b/, "education"],
  [/\b(?:Church|Mosque|Temple|Diocese|Synagogue)\b/, "religion"],
  [/\b(?:Nations|Union|Organi[sz]ation|Alliance|Coalition|Federation|League)\b/, "international"],
  [/\b(?:Navy|Army|Forces?|Guard|Brigade|Regiment|Battalion|Corps|Legion|Police)\b/, "force"],
  [/\b(?:Ministry|Department|Agency|Service|Authority|Council|Commission|Office|Bureau|Board|Administration|Government|Parliament|Senate|Congress|Cabinet|Assembly|Court|Tribunal)\b/, "government"],
  [/\b(?:Foundation|Association|Society|Trust|Fund|Club|Team|Relations|Project|Network)\b/, "association"],
  [/\b(?:Corporation|Corp\.|Company|Co\.|Inc\.?|Ltd\.?|Group|Holdings|Industries|Enterprises|Motors|Airlines|Airways|Bank|Studios|Records|Games|Systems|Technologies|Labs)\b/, "company"],
  [/\b(?:Museum|Gallery|Library|Hospital|Centre|Center)\b/, "venue"],
];
const ORG_CLASS_RES = ORG_CLASSES.map(([re, cls]) => [new RegExp(re.source, "g"), cls] as const);
const orgClassCache = new Map<string, string>();
function orgClass(name: string): string {
  const hit = orgClassCache.get(name);
  if (hit) return hit;
  // the last organisation word before any "of" decides: "Civil Defense Authority" is government, "Church of Scientology" religion
  const stop = name.indexOf(" of ") > 0 ? name.indexOf(" of ") : name.length;
  let best = "other";
  let at = -1;
  for (const [re, cls] of ORG_CLASS_RES) {
    for (const m of name.matchAll(re)) {
      if (m.index > at && m.index < stop) {
        at = m.index;
        best = cls;
      }
    }
  }
  if (orgClassCache.size > 5000) orgClassCache.clear();
  orgClassCache.set(name, best);
  return best;
}

export const FAMOUS_ROLE_BEFORE = /\b(?:President|Prime Minister|Premier|King|Queen|Pope|Chancellor|Supreme Leader|leader|co-founder|founder|creator|CEO)[,]? $/;

export const TITLED_BEFORE = new RegExp(
  `(?:^|[\\s(])(?:${[...TITLE_WORDS, ...ROLE_WORDS].map((w) => w.replace(/[.]/g, "\\.")).join("|")}|co-founder|creator|[A-Z][a-z]+(?:an|ian|ese|ish|i))[,]? $`,
  "i",
);

/** Titles of heads of state or government: a reader knows what such a person does ("Junichiro Koizumi, president of a
 * volunteer centre" about Japan's prime minister is false at a glance). */
export const HEAD_OF_GOVERNMENT_BEFORE = /\b(?:President|Prime Minister|Premier|King|Queen|Pope|Chancellor|Emperor|Supreme Leader)[,]? $/;

/** Every place a sentence names `full`: the sentence's text and where the name starts in it. */
function* mentionsOf(sentences: readonly SentenceInfo[], full: string): Generator<{ text: string; at: number }> {
  for (const { text } of sentences) for (let at = text.indexOf(full); at >= 0; at = text.indexOf(full, at + 1)) yield { text, at };
}

const credibleCache = new WeakMap<ArticleAnalysis, { credible: Set<string>; swappable: Set<string>; bodies: Set<string> }>();

/**
 * The people of the article a reader would take for people in any option or swap: those it quotes, or names after a
 * title or role, or describes ("X, a …"). A run the name finder took for a person without such a sign ("Northrop
 * Grumman of Redondo Beach", "Economic Report", "Car Nicobar") is left out: blind readers failed them as speakers and
 * swaps (readings I and J). `swappable`: the credible ones but heads of state and government, whose doings are known
 * without the article (fine as speakers, not as a swap into someone else's deed).
 */
/** A party or a storm written like a person's name ("Lib Dems", "Tories", "Hurricane Mitch"). */
const PARTY_NAME = /^(?:Lib Dems?|Liberal Democrats?|Tory|Tories|Labour(?: Party)?|Conservatives?(?: Party)?|UKIP|Plaid Cymru|Greens?|Democrats|Republicans)$|^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm)\s/;

/** What follows a name that is one of a list of names: ", the Kings Own Scottish Borderers, the Royal Scots and …". */
const NAME_IN_LIST_AFTER = /^, the (?:\p{Lu}[\p{L}'’.-]*\s?)+(?:,|\s*and\b)/u;

/** A name that ends on a building's or a place's kind ("Coudenberg Palace", "Riverside Church"); not a football club's. */
const BUILDING_NAME = /(?<!Crystal)\s(?:Palace|Castle|Museum|Cathedral|Church|Abbey|Tower|Bridge|Square|Stadium|Theatre|Theater|Gallery|Hotel|Airport)$/;

export function crediblePeople(analysis: ArticleAnalysis): { credible: Set<string>; swappable: Set<string>; bodies: Set<string> } {
  const hit = credibleCache.get(analysis);
  if (hit) return hit;
  const speakers = new Set(analysis.facts.flatMap((f) => (f.kind === "quote" && f.speakerFull ? [f.speakerFull] : [])));
  const out = { credible: new Set<string>(), swappable: new Set<string>(), bodies: new Set<string>() };
  const main = mainFigure(analysis);
  const surnames = new Set(analysis.persons.map((p) => p.surname));
  const allText = analysis.sentences.map((x) => x.text).join(" ");
  for (const p of analysis.persons) {
    if (!p.full.includes(" ")) continue;
    // ("Ms Mehta also says …", "Mr Senanayake started to wonder …": the article's courtesy title for the surname, when no
    // one else of the article has that surname, 2.11.37)
    let credible = speakers.has(p.full) || (!p.shared && new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\\.? ${escapeRegExp(p.surname)}\\b`, "u").test(allText));
    let famous = false;
    let body = false;
    // "claims made in journalist Robert Peston's new book", "…, writes Mr Peston": the writer of a source the article
    // reports, no actor in its events — swapped into a politician's deed the statement is false at a glance (reading BQ:
    // "Robert Peston … goes head-to-head with the prime minister in the Commons")
    let author = new RegExp(`\\bwrites?\\s+(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?${escapeRegExp(p.surname)}\\b|\\b${escapeRegExp(p.surname)}\\s+writes\\b`, "u").test(allText);
    // "freed from US custody in Guantanamo Bay", "at Guantanamo Bay, the men …": a name only ever after "in", "at" or
    // "near" is where things happen, no person (reading BW offered it as a speaker)
    let named = 0;
    let placed = 0;
    let personSign = false;
    for (const { text, at } of mentionsOf(analysis.sentences, p.full)) {
      const before = text.slice(Math.max(0, at - 30), at);
      named++;
      if (/\b(?:in|at|near)\s+(?:the\s+)?$/.test(before)) placed++;
      // "The National Association of Purchasing Management-Chicago said …": the end of a body's name, not a person, even
      // as a speaker (reading V offered it as one)
      // ("the Office for National Statistics said …", reading BW)
      const of = /\b(\p{Lu}[\p{L}.-]*)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(before);
      // ("analyst Mike Powell of Dresdner Kleinwort Wasserstein": a name after a person's "of" is where they work, reading AW)
      if (of && (ORG_WORDS.has(of[1] ?? "") || surnames.has(of[1] ?? ""))) body = true;
      if (HEAD_OF_GOVERNMENT_BEFORE.test(before)) famous = true;
      // "the same fate as late Beatle George Harrison": someone dead is no one to put words or deeds of the story to
      // (reading CQ offered him as a speaker)
      if (/\blate\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u.test(before)) famous = true;
      const after = text.slice(at + p.full.length);
      if (/^['’]s (?:new |latest |forthcoming |recent )?(?:book|biography|memoir|memoirs|diary|diaries|novel|column)\b/.test(after) || /\b(?:book|biography|memoir|memoirs|novel|column) by\s+$/.test(before)) author = true;
      // a title or a role noun before ("Sen. X", "campaign coordinator X"), a description after ("X, a …", "X, who …",
      // "X, agent for …", "X, 42,"), or a verb of saying
      // (not a list of names: "the Black Watch, the Kings Own Scottish Borderers, the Royal Scots and …", regiments
      // offered as speakers, found while checking reading CE's rules)
      // ("Tim Ellsmore, managing director of 3ami", "John Connors, Microsoft's chief financial officer": a role of a few
      // words set off after the name, 2.11.37)
      const described =
        TITLED_BEFORE.test(before) ||
        /\b\p{Ll}+(?:or|er|ist|ant|ent|man|woman|ian)\s$/u.test(before) ||
        (/^,? (?:a|an|the|who|whose) |^, (?:\d{1,3},|(?:\p{Ll}[\p{Ll}-]* ){1,3}(?:of|for|at|to|from|with)\b|\p{Lu}[\p{L}.&-]*['’]s (?:[\p{Ll}-]+ ){0,3}(?:chief|head|director|officer|executive|manager|president|spokes(?:man|woman|person)|analyst|editor|founder|chairman|chairwoman)\b)/u.test(after) && !NAME_IN_LIST_AFTER.test(after));
      // ("The BBC's home affairs correspondent, Daniel Sandford, said …": a role set off by a comma says person too)
      if (described || ROLE_AND_COMMA_BEFORE.test(before)) personSign = true;
      // (a verb of saying right before the name makes a speaker too: '“That is not the case,” said Tim Ellsmore', whose
      // words are too short to be a quotation of their own, 2.11.37)
      if (described || /^,? (?:said|says|told|added|wrote|explained|insisted)\b/.test(after) || /\b(?:said|says|added|explained|insisted|commented|declared|recalled|recalls|admitted|stressed|warned|argued)\s$/.test(before)) credible = true;
    }
    // "The Lib Dems said the plan could …": a party said it, and is no person to offer beside people (reading BL: "Lib
    // Dems is quoted as saying …"); nor is a storm ("Hurricane Mitch" offered as a speaker, reading BM), nor a building
    // ("Coudenberg Palace is quoted as saying …", reading CI) — a name the article uses at all
    if (named > 0 && (PARTY_NAME.test(p.full) || BUILDING_NAME.test(p.full))) body = true;
    // "Political parties cannot afford to take older voters for granted, says Age Concern. … Age Concern says …": a name
    // said in full again and again, never by its last word alone, with no title, role or description and nothing saying
    // he or she — a body named like a person (offered as a speaker beside Gordon Lishman, its director general)
    const bodyLike = !personSign && named >= 2 && personGenders(analysis).get(p.full) === undefined &&
      (allText.match(new RegExp(`\\b${escapeRegExp(p.surname)}\\b`, "gu")) ?? []).length <= named;
    if (body || bodyLike || (named > 0 && placed === named) || thingDescribed(p.full, allText)) {
      out.bodies.add(p.full);
      continue;
    }
    if (credible) out.credible.add(p.full);
    // (swapped in only with a sign of a person beyond a verb of saying — a title, a role, a quotation of their own, a "he"
    // or "she": "said Screen International", "the Federal Reserve said" are bodies speaking, 2.11.37)
    if (credible && !famous && !author && p.full !== main && (personSign || speakers.has(p.full) || personGenders(analysis).get(p.full) !== undefined)) out.swappable.add(p.full);
  }
  credibleCache.set(analysis, out);
  return out;
}

/** A role noun and a comma right before a name ("The BBC's home affairs correspondent, Daniel Sandford"). */
const ROLE_AND_COMMA_BEFORE = /\b\p{Ll}+(?:or|er|ist|ant|ent|man|woman|ian),\s$/u;

/** Words an apposition gives to a place, a business or a thing, never to a person. */
const THING_NOUN = /^(?:farm|estate|company|firm|group|business|brand|chain|bank|club|team|hotel|restaurant|bar|pub|shop|store|factory|plant|mine|field|site|village|town|city|region|province|district|island|river|mountain|port|airport|stadium|ground|school|college|university|hospital|prison|church|mosque|temple|ship|vessel|newspaper|magazine|website|programme|show|film|album|song|book|drug|product|project|plan|scheme|fund|index|party|charity|agency|body|organisation|organization|network|channel|station|ranch|property|building|complex|centre|center|park|airline|carrier|studio|label|museum|gallery|theatre|retailer|maker|manufacturer|supplier)s?$/;

/** ", a beef cattle ranch owned by …": an apposition naming what a name is. */
const THING_APPOSITION = /^, (?:a|an|the) ((?:[\p{L}-]+\s+){0,3}?)([\p{Ll}]+)(?=\s+(?:owned|run|based|in|on|of|near|that|which|where|for|with|by)\b|[,.;])/u;

/**
 * "Hato El Charcote, a beef cattle ranch owned by Agroflora": a name the article describes, where it first says what it is,
 * as a place or a business — no person, though described like one (reading BX offered the ranch as a speaker).
 */
function thingDescribed(full: string, allText: string): boolean {
  const at = allText.indexOf(`${full}, `);
  if (at < 0) return false;
  const m = THING_APPOSITION.exec(allText.slice(at + full.length));
  return m !== null && THING_NOUN.test(m[2] ?? "");
}

// (module constants: `match` starts a global pattern at 0 and leaves it there)
const CAPITALISED = /\p{Lu}[\p{L}-]*/gu;
/** CAPITALISED for a text with nothing BEYOND_ASCII. */
const ASCII_CAPITALISED = /[A-Z][A-Za-z-]*/g;

/**
 * The person a report is about: named in at least three sentences and in more than anyone else. A reader knows what
 * they did, so they are swapped into no one else's deed ("Ms Sturgeon has written to Mr Ferguson …" — the escaped
 * prisoner in the first minister's place, reading AJ), like the person a headline names.
 */
function mainFigure(analysis: ArticleAnalysis): string | undefined {
  // one pass over the sentences: the capitalised words of each, counted once per sentence
  const sentencesNaming = new Map<string, number>();
  for (const x of analysis.sentences) for (const w of new Set(x.text.match(BEYOND_ASCII.test(x.text) ? CAPITALISED : ASCII_CAPITALISED) ?? [])) sentencesNaming.set(w, (sentencesNaming.get(w) ?? 0) + 1);
  const counts = analysis.persons.map((p) => ({ full: p.full, n: sentencesNaming.get(p.surname) ?? 0 })).sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  return first && first.n >= 3 && first.n > (second?.n ?? 0) ? first.full : undefined;
}

/** The last word of an office run into a name ("… for Children and Families Margaret Hodge", "Commons Oliver Heald"). */
export const CUT_TITLE_START = /^(?:Constable|Superintendent|Inspector|Sergeant|Commons|Lords|House|Parliament|Assembly|Council|Office|Department|Ministry|Justices|Judges|Families|Affairs|Services|Skills|Schools|Pensions|Communities|Industries|Works|Trade|Culture|Sport|Health|Education|Defence|Transport)\s/;

/** A name cut at its particle ("Nick Van") or run into the next sentence's first word ("Vadim Mitroshin The"). */
const CUT_NAME_END = /\s(?:Van|Von|De|Der|Den|Da|Di|Du|La|Le|Del|Della|Bin|Ibn|Al|El|Ter|Mac|The|A|An|In|On|At|He|She|It|But|And|This|His|Her)$/;

/** Words of shops, products and places, never of a person's name ("iTunes Music Store, a new search engine …"). */
// ("China Aviation Oil, the Singapore-listed arm of …": described like a person, named like a business — offered as the
// speaker of a quotation once quotations said "he said" were asked, 2.7.8; "Hengst Investment GmbH" and "Toshiba Machine
// Co" offered among the speakers, reading ZN)
const NOT_IN_NAMES = /^(?:Store|Shop|Music|Records|Service|Online|Street|Road|Report|News|Times|Post|Oil|Gas|Energy|Power|Airlines?|Airways|Aviation|Motors|Steel|Telecom|Holdings|Capital|Partners|Systems|Technologies|Pharmaceuticals|Foods|Mining|Petroleum|Chemicals|Electric|Insurance|Securities|Media|Entertainment|Software|Networks|Leisure|GmbH|AG|SA|NV|Inc|Corp|Co|PLC|plc|Ltd|Investment|Bank|Group|Machine)\.?$/;

/**
 * A name the article gives a sign of being a person's (see crediblePeople), with no cut-off title ("U.N. John
 * Danforth") and no word of a shop or service in it.
 */
export function isCrediblePerson(analysis: ArticleAnalysis, full: string): boolean {
  // ("Nick Van" for Nick Van den Brul: a name cut at its particle, reading AW; "Families Margaret Hodge", the end of
  // "Minister for Children and Families" run into her name, reading AX)
  if (CUT_TITLE_START.test(full)) return false;
  // ("Vadim Mitroshin The": the next sentence's first word run into a name where the source lost its full stop, reading AY)
  if (CUT_NAME_END.test(full)) return false;
  return crediblePeople(analysis).credible.has(full) && !full.split(" ").some((w) => /\p{L}\.\p{L}/u.test(w) || NOT_IN_NAMES.test(w));
}

// (hoisted: esbuild, which runs this code under tsx and vitest, rewrites a `\p{…}` pattern outside a class into a
// `new RegExp(…)` built again at every evaluation)
const LOWER_START = /^[\s'‘’"“]*\p{Ll}/u;

/**
 * A quotation that opens mid-sentence ("was due primarily to the onset of winter", "as if he is coming round …"): the
 * writer's words carry its start, so shown alone as someone's words it is no statement a reader can judge (readings N
 * and O failed such "is quoted as saying" items, and a "who said" one).
 */
export function isQuoteFragment(text: string): boolean {
  // a quotation cut off by an ellipsis at its end goes on in words the article does not give ("depending on the
  // country's needs...", reading AL)
  if (/(?:\.\s?\.\s?\.|…)[\s'’"”]*$/u.test(text)) return true;
  // "Or, send it at the same time to other people …": the alternative to what the speaker said before (reading CH)
  if (/^[\s'‘’"“]*Or\b/.test(text)) return true;
  return LOWER_START.test(text.replace(/^(?:\.\s?\.\s?\.|…)\s*/, ""));
}

/** Shortens a long quotation to its first 40 words (without an ellipsis it opens with: the words are the speaker's). */
export function shortQuote(text: string): string {
  const own = text.trim().replace(/^(?:\.\s?\.\s?\.|…)\s*/, "");
  const words = own.split(/\s+/);
  if (words.length <= 40) return own.replace(/[,.]$/, "");
  // a long quotation ends at its last full sentence within 40 words; one sentence of up to 55 words is shown whole — cut
  // at 40 words it stopped mid-clause ("… unpayable in the real world, are …", reading BM)
  const head = words.slice(0, 40);
  for (let i = head.length - 1; i >= 8; i--) if (/[.!?]$/.test(head[i] ?? "")) return head.slice(0, i + 1).join(" ").replace(/[.]$/, "");
  return (words.length <= 55 ? own : `${head.join(" ")} …`).replace(/[,.]$/, "");
}

const OFFICE_RUN = /((?:\p{Lu}\p{Ll}+\s+(?:of\s+)?){1,4})$/u;
const OFFICE_WORD = /^(?:Minister|Chancellor|Secretary|State|President|Governor|Mayor|Chairman|Chairwoman|Commissioner|Premier|Speaker|Treasurer|General)$/;
const NOT_OF_OFFICE = /^(?:Former|Then|Acting|Outgoing|New|\p{Lu}\p{Ll}+(?:ish|ian|an|ese|ch|i))$/u;
const titlesCache = new WeakMap<ArticleAnalysis, Map<string, string[]>>();
/** An office in lower case right before a name, with the word that says which ("sports minister", "foreign secretary"). */
const LOWER_OFFICE = /(?<!\b(?:the|a|an|former|ex|then|acting|new)\s)\b(\p{Ll}+\s+(?:minister|secretary|chancellor|president|governor|mayor|chairman|chairwoman|commissioner|spokesman|spokeswoman|ambassador|prosecutor|director))\s+$/u;

/**
 * The offices the article gives a person by a title before their name ("First Minister Rhodri Morgan", "British Prime
 * Minister Tony Blair": "first minister", "prime minister"), lower-cased. A quotation that speaks of "the first minister"
 * is not that person's own words, so they are no fair stand-in speaker for it (reading AS: "Rhodri Morgan is quoted as
 * saying: “… this reshuffle by the first minister …”").
 */
export function officesOf(analysis: ArticleAnalysis): Map<string, string[]> {
  const hit = titlesCache.get(analysis);
  if (hit) return hit;
  const out = new Map<string, string[]>();
  for (const p of analysis.persons) {
    if (!p.full.includes(" ")) continue;
    for (const { text, at } of mentionsOf(analysis.sentences, p.full)) {
      const run = OFFICE_RUN.exec(text.slice(Math.max(0, at - 60), at))?.[1]?.trim().split(/\s+/) ?? [];
      while (run.length > 0 && NOT_OF_OFFICE.test(run[0] ?? "")) run.shift();
      if (run.length > 0 && OFFICE_WORD.test(run[run.length - 1] ?? "")) out.set(p.full, [...(out.get(p.full) ?? []), run.join(" ").toLowerCase()]);
      // ("Belgian sports minister Claude Eerdekens": an office written in lower case, whose holder a quotation attacking
      // "this Belgian sports minister" is not; reading BX)
      const lower = LOWER_OFFICE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
      if (lower) out.set(p.full, [...(out.get(p.full) ?? []), lower.toLowerCase()]);
    }
  }
  titlesCache.set(analysis, out);
  return out;
}

/** A quotation that speaks of a company in the third person ("the company announced …", "the firm's shares"). */
const OUTSIDE_VOICE = /\bthe (?:company|firm)\b/i;
const EXEC_ROLE = String.raw`(?:[Cc]o-)?[Cc]hairman|[Cc]hairwoman|[Cc]hief (?:[Ee]xecutive|[Oo]perating [Oo]fficer|[Ff]inancial [Oo]fficer)|(?:[Ff]inance|[Mm]anaging) [Dd]irector|[Bb]oss|[Ff]ounder`;
/** A company's chief: a role before the name ("chief executive Patrick Cescau") or after it (", the co-chairman, …"). */
const EXEC_BEFORE = new RegExp(String.raw`\b(?:${EXEC_ROLE})\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$`, "u");
const EXEC_AFTER = new RegExp(String.raw`^,\s+(?:[^,.;]{0,50}?\s)?(?:${EXEC_ROLE})\b`);
const execCache = new WeakMap<ArticleAnalysis, Set<string>>();

/** Does the article describe `person` as a company's chairman, chief executive, boss or founder? */
export function runsACompany(analysis: ArticleAnalysis, person: string): boolean {
  let chiefs = execCache.get(analysis);
  if (!chiefs) {
    chiefs = new Set();
    for (const p of analysis.persons) {
      if (!p.full.includes(" ")) continue;
      for (const { text, at } of mentionsOf(analysis.sentences, p.full)) {
        const end = at + p.full.length;
        if (EXEC_BEFORE.test(text.slice(Math.max(0, at - 60), at)) || EXEC_AFTER.test(text.slice(end, end + 90))) chiefs.add(p.full);
      }
    }
    execCache.set(analysis, chiefs);
  }
  return chiefs.has(person);
}

/** Does a quotation or claim speak of `person` by an office the article gives them ("the first minister")? */
export function speaksOfOffice(analysis: ArticleAnalysis, person: string, text: string): boolean {
  return (officesOf(analysis).get(person) ?? []).some((office) => mentions(text, office));
}

/** Content words two statements share, as a share of the shorter one's. */
export function wordOverlap(a: string, b: string): number {
  const wa = new Set(contentWords(a));
  const wb = new Set(contentWords(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / Math.min(wa.size, wb.size);
}

/**
 * Each article's `otherSpeakers` answers by speaker and quotation: a quiz's seeded selections ask them again for the same
 * quotation (five times on the sample), and they depend on the article alone.
 */
const speakersCache = new WeakMap<ArticleAnalysis, Map<string, string[]>>();

/** The speaker's sex as their own words give it ("my wife": a man; "my husband": a woman), if they do. */
export function quoteSpeakerSex(quote: string): "m" | "f" | undefined {
  if (/\bmy (?:wife|girlfriend|fiancée)\b/i.test(quote)) return "m";
  if (/\bmy (?:husband|boyfriend|fiancé)\b/i.test(quote)) return "f";
  return undefined;
}

/** Other people of the article who could have said a quotation: full names, none named in it, none sharing a word. */
export function otherSpeakers(full: string, quote: string, ctx: BuildContext): string[] {
  let cache = speakersCache.get(ctx.analysis);
  if (!cache) speakersCache.set(ctx.analysis, (cache = new Map()));
  const key = `${full}\u0000${quote}`;
  let hit = cache.get(key);
  if (!hit) cache.set(key, (hit = otherSpeakersUncached(full, quote, ctx)));
  return hit.slice();
}

/**
 * The people a text calls "then …" or "the late" ("imposed by then president Ronald Regan in 1986"): they speak in no
 * quotation of its day (reading ZJ offered him as the speaker of a Libyan banker's words). Once per article.
 */
const pastPeopleOf = new WeakMap<ArticleAnalysis, Set<string>>();
function pastPeople(analysis: ArticleAnalysis): Set<string> {
  let past = pastPeopleOf.get(analysis);
  if (!past) {
    past = new Set(analysis.persons.map((p) => p.full).filter((p) => analysis.sentences.some((x) => new RegExp(`\\b(?:then|the late)\\s+(?:[\\p{L}-]+\\s+){0,2}${escapeRegExp(p)}\\b`, "u").test(x.text))));
    pastPeopleOf.set(analysis, past);
  }
  return past;
}

function otherSpeakersUncached(full: string, quote: string, ctx: BuildContext): string[] {
  const own = normalizeAnswer(full).split(" ");
  const { credible } = crediblePeople(ctx.analysis);
  // someone quoted saying much the same ("Walter is the outstanding candidate" beside "He would be an outstanding
  // candidate") could have said it too: no wrong option, no false swap (reading BA)
  // (two words at least, besides the headline's: quotations on the article's topic share its words)
  const topic = new Set(contentWords(ctx.analysis.headline));
  const quoteWords = contentWords(quote).filter((w) => !topic.has(w));
  const saysAlike = (text: string): boolean => {
    const theirs = new Set(contentWords(text).filter((w) => !topic.has(w)));
    const shared = quoteWords.filter((w) => theirs.has(w)).length;
    return shared >= 2 && shared / Math.min(quoteWords.length, theirs.size) >= 0.5;
  };
  const ownSex = quoteSpeakerSex(quote);
  const alike = new Set(ctx.analysis.facts.flatMap((x) => (x.kind === "quote" && x.speakerFull && x.speakerFull !== full && saysAlike(x.text) ? [x.speakerFull] : [])));
  return ctx.analysis.persons
    .filter((p) => !alike.has(p.full))
    .map((p) => p.full)
    .filter((p) => p !== full && p.split(" ").length >= 2 && credible.has(p) && isCrediblePerson(ctx.analysis, p) && !p.split(" ").some((w) => w.length > 2 && mentions(quote, w)))
    .filter((p) => !speaksOfOffice(ctx.analysis, p, quote))
    // "The best part of the news was that the company announced a structure simplification," said an analyst: words that
    // speak of "the company" from outside are not its own chief's (reading CE swapped in the co-chairman)
    .filter((p) => !(OUTSIDE_VOICE.test(quote) && runsACompany(ctx.analysis, p)))
    // "My wife is travelling around": the speaker is a man, so only men the article shows as men stand in (reading BY
    // offered a woman)
    .filter((p) => ownSex === undefined || personGenders(ctx.analysis).get(p) === ownSex)
    .filter((p) => !pastPeople(ctx.analysis).has(p))
    .filter((p) => !normalizeAnswer(p).split(" ").some((w) => w.length > 2 && own.includes(w)));
}

/**
 * Which people may stand in for `person` in a swap: anyone, unless the sentence shows the person's sex (a pronoun,
 * "woman", or — `shown` — a "Mr"/"Mrs" before the name); then only people the article shows to be of the same sex
 * ("Albert Jaquier, an Australian woman …": a man swapped in is false at a glance).
 */
export function sameSexAs(ctx: BuildContext, person: string, stem: string, shown = false): (other: string) => boolean {
  if (!shown && !isGendered(stem.replace(BLANK, ""))) return () => true;
  const genders = personGenders(ctx.analysis);
  const own = genders.get(person);
  return (other) => own !== undefined && genders.get(other) === own;
}
