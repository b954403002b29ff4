import { unquotedText, type ArticleAnalysis, type SentenceInfo } from "./find-facts";
import { personGenders, wordsAt } from "./person-gender";
import { lookupPlace } from "./places";

/** Whom a sentence's "he"/"she"/"his"/"her" stands for, as a prompt names them ("Mr Hague", "Cynthia Cooper"). */
export type Subject = { surname: string; pronoun: "He" | "She"; full?: string };

/**
 * News sentences lean on the sentence before with "He said …", "She said Andersen had given …", "His comments come
 * after …": read alone as a prompt they do not say who (the blind readers' first failure, G). When the nearest earlier
 * sentence that names anyone names exactly one person, not of the other sex, the pronoun stands for that person, and
 * the prompt can name them. By sentence key ("p.s"). Sentences further back than two, or past a paragraph boundary
 * and one more, or past an unnamed person ("a 25-year-old man", "the coach"), give no referent: a wrong name is worse
 * than no question.
 */
export function newsReferents(analysis: ArticleAnalysis, isPerson: (full: string) => boolean): Map<string, Subject> {
  const out = new Map<string, Subject>();
  const genders = personGenders(analysis);
  const sentences = analysis.sentences;
  const namedIn = sentences.map((s) => (openQuote(s) ? [] : peopleNamed(s, analysis)));
  const keyOf = (s: SentenceInfo): string => `${s.paragraph}.${s.sentence}`;
  sentences.forEach((s, i) => {
    if (s.voiced) return;
    const pronoun = openingPronoun(s);
    if (!pronoun) return;
    for (let j = i - 1; j >= Math.max(0, i - 2); j--) {
      const earlier = sentences[j] as SentenceInfo;
      if (earlier.paragraph < s.paragraph - 1) return;
      // the people the earlier sentence is about: those it names, and whom its own pronoun stands for ("He warned …
      // Mr Blair's promise" is about Mr Cook and Mr Blair: "His comments" may be either's)
      const named = new Map((namedIn[j] ?? []).map((m) => [m.full, m]));
      const before = out.get(keyOf(earlier));
      if (before?.full) named.set(before.full, { full: before.full, shown: before.surname });
      // "On Thursday he is due to announce … his sights set on Defence Secretary Geoff Hoon's Ashfield seat. He was joined
      // …": the sentence before speaks of someone as "he" before it names anyone, and nobody resolved that "he" — its one
      // name need not be the one meant (reading Y: "He" read as Geoff Hoon gave a wrong key)
      if (!before && named.size > 0) {
        const plain = unquotedText(earlier.text, earlier.quoted);
        const own = new RegExp(`\\b${pronoun === "He" ? "he" : "she"}\\b`, "i").exec(plain)?.index;
        const first = Math.min(...[...named.values()].map((m) => wordsAt(plain, m.full)[0] ?? wordsAt(plain, m.shown.split(" ").pop() ?? m.shown)[0] ?? Infinity));
        if (own !== undefined && own < first) return;
        // "A Labour Party spokesman criticised Michael Howard's record, …. He said: “…”": someone unnamed comes first, the
        // subject the pronoun goes on with, and the name is only what they speak of (reading BL: "He" read as Michael
        // Howard gave a wrong key) — unless the word is the name's title ("Celtic coach Bobby Hassell")
        const unnamed = UNNAMED_PERSON.exec(plain);
        if (unnamed && unnamed.index < first && !/^\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*$/u.test(plain.slice(unnamed.index + unnamed[0].length, first))) return;
      }
      // "In 1982 Cummings successfully ran … He remained there for fourteen years" where the article names Elijah, Robert
      // and Maya Cummings: a surname several people share says nobody in particular (reading YG: "He" read as his wife
      // gave a wrong key)
      const plainEarlier = unquotedText(earlier.text, earlier.quoted);
      if (analysis.persons.some((p) => p.shared && wordsAt(plainEarlier, p.surname).length > 0 && wordsAt(plainEarlier, p.full).length === 0)) return;
      // "Mr Flight landed in trouble …" where the name finder knows no Flight: someone is named all the same
      if (named.size === 0 && /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? \p{Lu}/u.test(unquotedText(earlier.text, earlier.quoted))) return;
      if (named.size === 0) {
        // "A 25-year-old man was arrested. He …": the pronoun may stand for someone the article does not name
        if (!openQuote(earlier) && UNNAMED_PERSON.test(unquotedText(earlier.text, earlier.quoted))) return;
        // "In 1927, Stalin expelled Trotsky from the Communist Party. In 1929, Trotsky was forced into exile. He was
        // assassinated …": the sentence between has a subject the name finder does not know, and it may be whom the
        // pronoun stands for (reading VM: "He" read as Stalin gave a wrong key)
        const subject = UNKNOWN_SUBJECT.exec(unquotedText(earlier.text, earlier.quoted))?.[1];
        if (subject !== undefined && !NOT_A_NAME.has(subject) && lookupPlace(subject) === undefined) return;
        continue;
      }
      // two people, or a name the article gives no sign of being a person's ("Music Store", "Bernie Ebbers" named
      // only as "his ex-boss"): whom the pronoun stands for is not sure enough to print
      const one = [...named.values()][0] as Mention;
      if (named.size !== 1 || !isPerson(one.full)) return;
      const sex = genders.get(one.full);
      if (sex && sex !== (pronoun === "He" ? "m" : "f")) return;
      out.set(keyOf(s), { surname: one.shown, pronoun, full: one.full });
      return;
    }
  });
  return out;
}

/** A capitalised word as a sentence's subject, after an opening phrase or none: "In 1929, Trotsky was forced …". */
const UNKNOWN_SUBJECT = /^(?:[^,]{0,40},\s+)?(\p{Lu}\p{Ll}+)\s+(?:was|were|is|had|has|did|would|could|\p{Ll}+ed)\b/u;
/** Capitalised words that open a sentence without naming anyone. */
const NOT_A_NAME = new Set("The A An This That These Those It Its They There Such Some Many Most Each Every Both All No One Other Others Another He She We You I Their His Her Our".split(" "));

/** A sentence that opens a quotation it does not close: the rest of it is someone's speech, whatever its marks say. */
function openQuote(s: SentenceInfo): boolean {
  return /^[“"]/.test(s.text) && (s.text.match(/[“”"]/g) ?? []).length % 2 === 1;
}

interface Mention {
  full: string;
  /** How a prompt names them: the article's "Mr Hague" where it uses a title, else the full name. */
  shown: string;
}

/** Titles the article puts before a surname alone ("Mr Hague"; "Sir Clive Woodward" keeps his given name). */
const TITLE = /(?:^|\s)((?:Mr|Mrs|Ms|Miss|Dr)\.?)\s$/;

/** The people a sentence names outside quotation marks, each once. */
function peopleNamed(s: SentenceInfo, analysis: ArticleAnalysis): Mention[] {
  const text = unquotedText(s.text, s.quoted);
  const out: Mention[] = [];
  for (const p of analysis.persons) {
    const at = wordsAt(text, p.full)[0] ?? wordsAt(text, p.surname)[0];
    if (at === undefined) continue;
    const title = TITLE.exec(text.slice(Math.max(0, at - 6), at))?.[1];
    const shown = title ? `${title} ${p.surname}` : p.full.includes(" ") ? p.full : p.surname;
    out.push({ full: p.full, shown });
  }
  return out;
}

/**
 * The pronoun a sentence leans on, as its subject: at its start ("He said …", "But she added …", "His broadside came as
 * …"), after a quotation it closes ("“…,” he said.") or as the attribution that ends it ("…, he added."). Elsewhere
 * ("Asked whether he …, the former general said") the pronoun may be someone else's.
 */
function openingPronoun(s: SentenceInfo): "He" | "She" | undefined {
  const m =
    /^(?:(?:But|And|Yet|However|Meanwhile|Still|Instead),? )?(He|She|His|Her)\b/.exec(s.text) ??
    /^[“"][^“”"]+[”"],? (he|she) (?:(?:later|also|recently|then) )?(?:said|says|added|told|insisted|argued|warned|explained|admitted|continued)\b/.exec(s.text) ??
    // "Output rose by 5% in the year to November, he added." (readings N and O failed "he added" with no one named)
    /^[^“”"]{10,}, (he|she) (?:said|says|added|told reporters|insisted|argued|warned|explained|admitted)\.$/.exec(s.text);
  if (!m) return undefined;
  return /^(?:he|his)$/i.test(m[1] ?? "") ? "He" : "She";
}

/** Words that stand for a person the article may not name. */
const UNNAMED_PERSON =
  /\b(?:man|woman|boy|girl|teenager|child|spokes(?:man|woman|person)|official|officer|minister|leader|chairman|chief|director|executive|coach|manager|player|striker|captain|president|judge|lawyer|doctor|driver|pilot|soldier|victim|suspect|father|mother|son|daughter|husband|wife|brother|sister|friend|MP|senator|governor|mayor|author|writer|singer|actor|actress)s?\b/;

/** A connective that opens a sentence by leaning on the one before, and can go without changing what it states. */
const OPENING_CONNECTIVE = /^(?:(?:But|And|Yet)\s+(?!then\b|so\b|yet\b|also\b|still\b)|(?:However|Meanwhile|Still|Instead|Nevertheless|Nonetheless|Separately|On the other hand|By contrast|In contrast|For (?:its|their|his|her) part|Similarly|Likewise|In addition|Additionally|Also|Furthermore|Moreover|In fact|Indeed|Overall|As a result|Elsewhere|Even so|At the same time|First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Finally|Lastly|For example|For instance|Specifically|In particular|Notably|Interestingly|Importantly|Surprisingly|Unfortunately|Fortunately),\s+)(?=[\p{L}\p{N}“"_])/u;

/**
 * A clause of its own after the connective ("… soap operas, however, his role as Jackie Robinson …"): the connective
 * joins two clauses, and dropped with its commas it left a run-on (reading YM) — see `joinedClauses`.
 */
const CLAUSE_AFTER = /^\s(?:his|her|its|their|our|my|the|a|an|he|she|it|they|we|this|these|those)\s/;

/**
 * Two clauses a connective joins: after a clause that opens on a subordinator ("Even after allowance was made …, however,
 * it was found …") the comma alone joins them; after a main clause the source's comma splice is a semicolon ("… acted in
 * soap operas, however, his role …" → "…; however, his role …").
 */
function joinedClauses(before: string, hit: string): string {
  return /^(?:Even (?:after|though|if|when|as)|After|Although|Though|When|While|If|Because|Since|As|Despite|Before|Until|Once|Whereas)\b/.test(before) ? "," : `;${hit.slice(1)}`;
}

/** An opening phrase of time that keeps its comma when a connective after it is dropped ("Soon after, however, …"). */
const TIME_OPENING = /^(?:Soon|Shortly|Later|Earlier|Then|Afterwards?|Since then|Until then|At first|At the time|Before that|After that)(?:\s+(?:after|afterwards?|thereafter|before|that))?$/;

/** The same connectives set off by commas after the subject ("The UK economy, on the other hand, is …"). */
const INNER_CONNECTIVE = /, (?:however|on the other hand|meanwhile|by contrast|in contrast|for (?:its|their|his|her) part|in turn|though|for example|for instance),(?= \p{Ll})/gu;
/**
 * "In 1998/99, for example, contributions rose …": after a bare time an example leans on what the sentences before said
 * (reading BH) — kept, for `standsAlone` to refuse; after a name or a place ("Sweden, for example, has very few
 * regulations …") it goes like "however".
 */
const TIME_BEFORE_EXAMPLE = /^(?:In|By|Since|During|From|Until|Between)\s+(?:the\s+)?\d[^,]*$/;

/**
 * "Six government units would also be scrapped …", "Mr Howard also said …": an "also" that adds to what the sentence
 * before said (reading AE), after an auxiliary or before a verb of saying or deciding; and right after a subject of
 * capitalised words opening the sentence ("Ministers also boast of …", "Mr Kennedy also outlined …", reading BB).
 */
const INNER_ALSO =
  /(?<=\b(?:would|will|could|can|may|might|should|must|has|have|had|is|are|was|were)) also(?= \p{Ll})| also(?= (?:said|says|warned|announced|called|urged|criticised|criticized|rejected|backed|supported|revealed|reported|added|wants|plans|faces|faced)\b)|(?<=^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4})also(?= \p{Ll}+ )\s/gu;

/** Whether the place `at` of `text` is inside a quotation (curly marks opened and not closed, or an odd number of straight ones). */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return curly > 0 || (before.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * The sentence without a connective that opens it ("But Simon Hart … has questioned how …" → "Simon Hart … has
 * questioned how …", "However, Ms Cooper said …", "Separately, the Bundesbank …"), or one set off by commas after the
 * subject ("The UK economy, on the other hand, is expected …"; not inside a quotation): the statement stays the same
 * and no longer reads as the second half of something. Undefined when it holds none. A prompt's "True or false? " stays in front.
 */
export function withoutOpening(text: string): string | undefined {
  const tf = /^True or false\? /.exec(text)?.[0] ?? "";
  let body = text.slice(tf.length);
  const m = OPENING_CONNECTIVE.exec(body);
  if (m) {
    const rest = body.slice(m[0].length);
    body = `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  }
  // ("Soon after, however, rumors circulated …": after an opening phrase of time the comma stays — "Soon after rumors
  // circulated" reads otherwise, reading YH)
  const connected = body.replace(INNER_CONNECTIVE, (hit, at: number) => (insideQuotation(body, at) || (/for (?:example|instance)/.test(hit) && TIME_BEFORE_EXAMPLE.test(body.slice(0, at))) ? hit : TIME_OPENING.test(body.slice(0, at)) ? "," : CLAUSE_AFTER.test(body.slice(at + hit.length)) ? joinedClauses(body.slice(0, at), hit) : ""));
  // (read only where an "also" stands: the pattern looks behind at every place)
  const inner = connected.includes("also") ? connected.replace(INNER_ALSO, (hit, at: number, whole: string) => (insideQuotation(whole, at) ? hit : "")) : connected;
  if (!m && inner === body) return undefined;
  return `${tf}${inner}`;
}
