import { unquotedText, type ArticleAnalysis } from "./find-facts";
import { wordsAt } from "./person-gender";
import { lookupPlace } from "./places";
import { escapeRegExp } from "./regexp";
import { MONTH_NAMES, ROLE_WORDS, WEEKDAYS } from "./word-lists";

/**
 * "The firm said profits rose 5%", "Shares in the bank fell": which firm, which bank, the sentences before said — and
 * read alone as a prompt the sentence says nothing a reader can check (the blind readers' first failure, G, after
 * pronouns). News names a business once with what it is ("drinks giant Diageo", "Diageo, the world's biggest drinks
 * firm,", "Deutsche Bank") and calls it "the firm" after: where the article has introduced exactly one business that
 * the word can stand for, the prompt can name it ("Diageo said profits rose 5%").
 */

/** The word a sentence calls a business by, mapped to the words that introduce one it can stand for. */
const ANAPHORS: Record<string, ReadonlySet<string>> = (() => {
  const business = new Set(
    "company firm group giant maker carmaker automaker drugmaker retailer chain brewer operator conglomerate manufacturer producer supplier insurer lender bank airline carrier publisher broadcaster supermarket grocer miner".split(" "),
  );
  return {
    company: business,
    firm: business,
    group: new Set(["group"]),
    bank: new Set(["bank", "lender"]),
    lender: new Set(["bank", "lender"]),
    airline: new Set(["airline", "carrier"]),
    carrier: new Set(["airline", "carrier"]),
    insurer: new Set(["insurer"]),
    retailer: new Set(["retailer", "chain", "supermarket", "grocer"]),
    carmaker: new Set(["carmaker", "automaker"]),
    brewer: new Set(["brewer"]),
  };
})();

const INTRO_WORDS = [...new Set(Object.values(ANAPHORS).flatMap((s) => [...s]))].join("|");
/** A run of capitalised words that may be a business's name ("Royal Bank of Scotland", "Marks & Spencer", "easyJet"). */
const NAME = String.raw`(?:\p{Lu}|[a-z]+\p{Lu})[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:\p{Lu}|\d)[\p{L}\p{N}&'’.-]*|&|of|de|du|and(?=\s+\p{Lu}[\p{L}-]*\s+(?:Group|Company|Co|Corp|Inc|plc|PLC|Ltd|Holdings)\b)))*`;
/** "drinks giant Diageo", "the firm Hitwise": the word, then the name. */
const WORD_THEN_NAME = new RegExp(String.raw`(?<![\p{L}-])(${INTRO_WORDS})\s+(${NAME})`, "gu");
/**
 * "Diageo, the world's biggest drinks firm,": the name, then what it is between commas (or before "which"/"that"). Not a
 * name that "with", "to", "from", "by" or an "and" governs ("shares in Norvale, the drinks firm," is one), nor the tail of
 * a longer one: "In a filing with the Secruties and Exchange Commission, the Edelman/Dominion group, known as …" is no
 * group called "Exchange Commission" (reading ZZG read "Exchange Commission said the sale …").
 */
const NAME_THEN_WORD = new RegExp(String.raw`(?<!\b(?:and|with|to|from|by|against|into)\s+(?:the\s+)?)(?<!\p{Lu}[\p{L}&'’.-]*\s)(${NAME}),\s+(?:the|a|an)\s+(?:[^,;()“”"]{0,50}?\s)?(${INTRO_WORDS})(?=\s*(?:,|\)|\s(?:which|that|whose)\b)|\s+(?:in|on|with|behind|of)\s[^,;.()“”"]{1,30},)`, "gu");
/**
 * A name that says what it is by its last word ("Deutsche Bank", "British Airways"): a bank or an airline, which "the
 * bank" or "the airline" can stand for. Not "Inc", "Corp", "Ltd", "Group": a report names a business's parent, buyer
 * and partners so, and "the company" after one of them was another's twice in reading ZQ–ZS ("Canadian Pacific Ltd"
 * for its unit CIP, "Hemdale Film Corp" for its buyer) — those are introduced by what they are, or not at all.
 */
const NAME_ENDING: ReadonlyArray<[RegExp, string]> = [
  [/\bBank(?:\s+of(?:\s+\p{Lu}[\p{L}-]*)+)?$/u, "bank"],
  [/\b(?:Airlines|Airways)$/, "airline"],
];
/** A business's name with its legal or group ending ("Vodafone Group", "Hemdale Film Corp"): a business, never a person. */
const BUSINESS_ENDING = /\b(?:Bank|Airlines|Airways|Group|Motors|Corp|Corporation|Inc|plc|PLC|Ltd|Holdings|Company|Co|GmbH|AG|SA|NV)\.?$/;
/** "A US firm has said …", "an unnamed bank": a business the sentence does not name (not "…, a drinks firm," after a name). */
const UNNAMED_BUSINESS = new RegExp(String.raw`(?<!,\s)(?<![\p{L}-])[Aa]n? (?:[\p{L}-]+ ){0,2}(${INTRO_WORDS})(?![\p{L}-])(?!\s+(?:spokes\w+|official|source|executive|statement|\p{Lu}))`, "gu");
/** A word that opens sentences, not a name: "Shares", "Analysts", "Revenues" (a run that is one of them names nothing). */
const SENTENCE_OPENER = /^(?:Shares|Analysts|Revenues?|Sales|Profits?|Investors|Officials|Meanwhile|Although|While|When|After|Before|Despite|Since|Last|Earlier|Later|Under|With|Without|According|Trade|Its|His|Her|Their|Our|We|They|He|She|It|There|These|Those|Some|Many|Most|All|Both|Each|One|Two|Three)$/;
/** Words after a business's name that leave it the same business ("Vodafone Group", "Hyundai Motor Co"). */
const SUFFIXES = /^(?:\s+(?:Group|plc|PLC|Inc|Corp|Corporation|Ltd|Co|Motor|Motors|Company|SA|AG|NV)\.?)+$/;
/** Capitalised words that start a run without being a business's name. */
const NOT_A_BUSINESS = new Set([...MONTH_NAMES, ...WEEKDAYS, "Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "The", "A", "An", "This", "That", "It", "Its", "In", "On", "At", "For", "But", "And", "However", "Chief", "Executive", "Chairman", "President", "Director", "Boss", "Analysts"]);

/** A name an introduction gives, tidied, or undefined when it is no business's name. */
function businessName(raw: string, people: ReadonlySet<string>): string | undefined {
  // ("Trouble-hit Mitsubishi Motors": a describing word the sentence's capital starts)
  const name = raw.replace(/^\p{Lu}\p{Ll}+-\p{Ll}+\s+(?=\p{Lu})/u, "").replace(/['’]s?$/, "").replace(/[.,]+$/, "").replace(/\s+(?:of|de|du|and|&)$/, "").trim();
  const first = name.split(/\s+/)[0] ?? "";
  if (name.length < 2 || NOT_A_BUSINESS.has(first) || ROLE_WORDS.has(first.toLowerCase())) return undefined;
  // ("Falic Group" beside Simon Falic: a business's ending keeps its founder's name a business's)
  if (people.has(name) || (!BUSINESS_ENDING.test(name) && name.split(/\s+/).some((w) => people.has(w)))) return undefined;
  if (lookupPlace(name) !== undefined) return undefined;
  return name;
}

/** What each word ("firm", "bank") stands for in one sentence: the name a prompt puts in its place, the article's "the" kept. */
export type BodyNames = ReadonlyMap<string, string>;

/**
 * By sentence key ("p.s"), the businesses "the company", "the bank" … stand for there: for each word, the one business
 * the headline and the sentences so far (this one included) have introduced that the word can stand for, if this
 * sentence or one of the three before names it and no other name stands between (the subject of the sentence before,
 * a name before the word in this one). Two such businesses, an unnamed one ("A US firm …"), or none, give no name: a
 * wrong name is worse than no question.
 */
export function bodyReferents(analysis: ArticleAnalysis): Map<string, BodyNames> {
  const out = new Map<string, BodyNames>();
  const people = new Set(analysis.persons.flatMap((p) => [p.full, p.surname]));
  const body = analysis.sentences.map((s) => s.text).join(" ");
  // (nothing to work out where no sentence says "the firm" or the like)
  if (body.search(THE_BODY) < 0) return out;
  /** Each introduced name, with the words it was introduced by. */
  const introduced = new Map<string, Set<string>>();
  const introduce = (text: string): void => {
    for (const m of text.matchAll(WORD_THEN_NAME)) {
      const name = businessName(m[2] as string, people);
      if (name) add(name, m[1] as string);
    }
    for (const m of text.matchAll(NAME_THEN_WORD)) {
      const name = businessName(m[1] as string, people);
      // (a name at the sentence's start must be one the article writes again inside a sentence: "However, the firm, …")
      if (name && (m.index > 0 || nameInside(name))) add(name, m[2] as string);
    }
    for (const m of text.matchAll(new RegExp(NAME, "gu"))) {
      for (const [ending, word] of NAME_ENDING) {
        if (!ending.test(m[0])) continue;
        const name = businessName(m[0], people);
        // ("… SLBA chairman - and Commercial Bank managing director - AL Gooneratne": a bank named once, in someone's
        // title, is no bank the article is about)
        if (name && name.split(/\s+/).length > 1 && wordsAt(`${analysis.headline} ${body}`, name).length > 1) add(name, word);
      }
    }
  };
  /** Whether the article writes the name with its capital inside a sentence, not only as a sentence's first words. */
  const insideMemo = new Map<string, boolean>();
  const nameInside = (name: string): boolean => {
    let hit = insideMemo.get(name);
    if (hit === undefined) {
      hit = new RegExp(String.raw`[^.!?\s]\s+${escapeRegExp(name)}(?![\p{L}-])`, "u").test(body);
      insideMemo.set(name, hit);
    }
    return hit;
  };
  const add = (name: string, word: string): void => {
    // "Vodafone Group" and "Vodafone" are one business ("China Aviation Oil Holding Company" and "China Aviation Oil" two)
    const same = [...introduced.keys()].find((k) => (k.startsWith(`${name} `) && SUFFIXES.test(k.slice(name.length))) || (name.startsWith(`${k} `) && SUFFIXES.test(name.slice(k.length))));
    const key = same !== undefined && same.length < name.length ? same : name;
    if (same !== undefined && same !== key) {
      introduced.set(key, new Set([...(introduced.get(same) ?? []), ...(introduced.get(key) ?? [])]));
      introduced.delete(same);
    }
    introduced.set(key, (introduced.get(key) ?? new Set()).add(word));
  };
  introduce(analysis.headline);
  const plain = analysis.sentences.map((s) => unquotedText(s.text, s.quoted));
  // "GlaxoSmithKline saw its profits fall 9% …" under "Glaxo aims high after profit fall": the business the headline and
  // the first sentence open on is the one "the company" after stands for, if nothing else is introduced as one
  const headlineWords = new Set(analysis.headline.split(/[^\p{L}\p{N}&-]+/u));
  for (const m of (plain[0] ?? "").matchAll(new RegExp(NAME, "gu"))) {
    if ((plain[0] ?? "").slice(0, m.index).split(/\s+/).length > 6) break;
    const name = businessName(m[0], people);
    const first = name?.split(/\s+/)[0] ?? "";
    if (!name) continue;
    // the first name the sentence opens on, and only if the headline names it too ("CIP Inc, wholly-owned by Canadian
    // Pacific Ltd, is considering …" under "Canadian Pacific (CP) unit studies pulp mill" opens on CIP, not its owner —
    // reading ZQ; "Human resource management …" under "Human Resource Management": a common word a headline capitalises)
    if (nameInside(name) && [...headlineWords].some((w) => w.length > 2 && (first === w || first.startsWith(w)))) add(name, "company");
    break;
  }
  // the names each sentence gives that may be a business's: one beside the business may be what "the firm" stands for
  // (the previous sentence's subject — a name in its first five words — and the names this one gives before its "the
  // firm"; a name further into the sentence before, "… thanks to clients like Deutsche Telekom", is seldom what it means)
  const namesIn = (text: string, before: number, within?: number): string[] =>
    [...text.slice(0, before).matchAll(new RegExp(NAME, "gu"))]
      .filter((m) => within === undefined || text.slice(0, m.index).split(/\s+/).length <= within)
      // ("Drinks firm Norvale …": a sentence's first word is a name only if the article writes it so inside one)
      .filter((m) => m.index > 0 || nameInside(m[0].split(/\s+/)[0] ?? m[0]))
      .map((m) => businessName(m[0], people))
      .filter((n): n is string => n !== undefined && !SENTENCE_OPENER.test(n) && !n.split(/\s+/).some((w) => lookupPlace(w) !== undefined && !/^(?:Bank|Group)$/.test(w)));
  // "To grow and prosper, a firm must keep investing …": a textbook's firm is any firm, and so is its "the firm"
  const generic = new Set(Object.keys(ANAPHORS).filter((w) => new RegExp(String.raw`\b[Aa] ${w} (?:must|can|could|may|might|will|would|should|is|has|needs?|wants?|that|which|with)\b`).test(body)));
  // "A US firm has said it is in talks with luxury goods group LVMH …": a business the article does not name (yet) may be
  // what "the firm" stands for — the words an unnamed one is called by, sentence by sentence
  const unnamed = [analysis.headline, ...plain].map((t) => new Set([...t.matchAll(UNNAMED_BUSINESS)].map((m) => m[1] as string)));
  plain.forEach((text, i) => {
    const s = analysis.sentences[i];
    if (!s) return;
    introduce(text);
    const names = new Map<string, string>();
    // (worked out once a sentence, and only for a sentence that says "the firm" or the like)
    const at = text.search(THE_BODY);
    if (at < 0) return;
    const others = [...namesIn(plain[i - 1] ?? "", Infinity, 5), ...namesIn(text, at)];
    for (const [word, intros] of Object.entries(ANAPHORS)) {
      if (generic.has(word) || unnamed.slice(0, i + 2).some((u) => [...u].some((w) => intros.has(w)))) continue;
      const fits = [...introduced].filter(([, words]) => [...words].some((w) => intros.has(w))).map(([name]) => name);
      if (fits.length !== 1) continue;
      const name = fits[0] as string;
      // named in this sentence or the three before; no other organisation named in this one or the one before
      if (!plain.slice(Math.max(0, i - 3), i + 1).some((t) => wordsAt(t, name).length > 0 || wordsAt(t, name.split(/\s+/)[0] ?? name).length > 0)) continue;
      if (others.some((o) => !name.includes(o) && !o.includes(name) && !name.includes(o.split(/\s+/)[0] ?? o))) continue;
      names.set(word, name);
    }
    if (names.size > 0) out.set(`${s.paragraph}.${s.sentence}`, names);
  });
  return out;
}

/** "the firm", "The bank's" outside quotation marks, with nothing after that says which ("the firm Hitwise", "the bank of …"). */
const THE_BODY = new RegExp(String.raw`(?<![\p{L}-])([Tt])he (${Object.keys(ANAPHORS).join("|")})(['’]s)?(?![\p{L}-])(?!\s+(?:of|for|in|at|on|called|named|known|between|that|which|who|he|she|they|it|we|I|you)\b)(?!\s+\p{Ll}+(?:ed|en)\s+(?:in|by|at|on|from|with|to|as)\b)(?!\s+\p{Lu})(?!\s+(?:website|web site|share|shares|spokes(?:man|woman|person)|chairman|chief|boss|headquarters|statement|board|executives?|employees|staff|logo|name|brand|founder|president|director|price)\b)`, "gu");

/**
 * A prompt with the business its "the firm" stands for named in its place ("The firm said profits rose" → "Diageo said
 * profits rose"; "Shares in the bank's …" → "Shares in Deutsche Bank's …"), the article's "the" kept ("the Bank of
 * England"). Only the first such phrase, outside quotation marks; undefined when there is none, or when the prompt
 * names the business already.
 */
export function withBodyNamed(text: string, names: BodyNames | undefined, article: string): string | undefined {
  if (!names || names.size === 0) return undefined;
  const unquoted = text.replace(/[“"][^”"]*(?:[”"]|$)/g, (m) => " ".repeat(m.length));
  for (const m of unquoted.matchAll(THE_BODY)) {
    const name = names.get(m[2] as string);
    if (name === undefined) continue;
    if (wordsAt(unquoted, name).length > 0 || wordsAt(unquoted, name.split(/\s+/)[0] ?? name).length > 0) return undefined;
    // (a sentence's "The" too: "The Bank of Zambia has paid out …", reading ZZC read "Bank of Zambia had not paid …")
    const withThe = (article.match(new RegExp(String.raw`\b[Tt]he ${escapeRegExp(name)}\b`, "gu")) ?? []).length;
    const bare = (article.match(new RegExp(String.raw`(?<![Tt]he )\b${escapeRegExp(name)}\b`, "gu")) ?? []).length;
    // ("the Bank of Japan": a name of the form "X of Y" the article ever writes with "the" keeps it — "Bank of Japan has
    // established …" read as a word missing, reading ZU)
    const the = withThe > bare || (withThe > 0 && /\sof\s/.test(name));
    const shown = `${the ? `${m[1] === "T" ? "The" : "the"} ` : ""}${name}${m[3] ?? ""}`;
    const at = m.index;
    return `${text.slice(0, at)}${shown}${text.slice(at + m[0].length)}`;
  }
  return undefined;
}
