import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import { unquotedText } from "../find-facts";
import { crediblePeople, evidence, FAMOUS_ROLE_BEFORE, questionId, type BuildContext } from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import { personGenders, wordsAt } from "../person-gender";
import type { FullQuestion } from "../quiz-schema";
import { ROLE_WORDS, TITLE_WORDS } from "../word-lists";
import { shuffleOptions } from "../rng";

/**
 * Who is who ("According to the article, who is Ken Perkins?"): news names most people once, with what they are —
 * "said DZ bank economist Bernd Weidensteiner", "Ken Perkins, an analyst at research firm RetailMetrics LLC, told …" —
 * and a reader who took the article in knows which voice is whose. The options are the descriptions the article gives
 * its other people, so each is of one kind and form and none is true of the person asked about. Only descriptions
 * written as such (a role noun next to the name, in lower case: a capitalised title — "Chancellor Gordon Brown" — is
 * news a reader knows without the article), without a pronoun ("his successor" leans on someone else), one per person.
 */

/** A person's description as the article writes it, and where (UTF-16 offsets into the sentence). */
export interface RoleMention {
  person: string;
  role: string;
  paragraph: number;
  sentence: number;
  start: number;
  end: number;
  /** Where the person's name is in the same sentence. */
  nameStart: number;
}

const PRONOUN = /\b(?:he|she|his|her|hers|him|they|their|them|its|it|this|that|these|those|who|whom|whose|which)\b/i;
/** Words a description never holds: a verb or a clause has begun ("an analyst who said", "the man accused of"). */
const NOT_IN_ROLE = /\b(?:said|says|told|tells|added|is|was|are|were|has|had|have|will|would|could|can|and|or|but|when|while|after|before|because|accused|charged|arrested|known|named|called|believed|expected)\b/i;
/** Words between a verb of saying or a preposition and the description: where a description before a name starts. */
const STOP_BEFORE = /^(?:said|says|told|added|by|from|with|to|for|of|on|in|at|as|and|or|but|says|insisted|warned|argued|explained|admitted|according|that|than|like|including|between|against|about|under|over|after|before|while|when|if|because|the|a|an)$/i;
const GENDERED_M = /\b(?:spokesman|chairman|businessman|father|son|brother|husband|man|boy|king|prince)\b/i;
const GENDERED_F = /\b(?:spokeswoman|chairwoman|businesswoman|mother|daughter|sister|wife|woman|girl|queen|princess|actress)\b/i;

const cache = new WeakMap<ArticleAnalysis, RoleMention[]>();

/** Every credible person's first description in the article (see the module comment). */
export function findRoles(analysis: ArticleAnalysis): RoleMention[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  // people named in full (a description is itself a sign of a person: "Anna Holt, chief executive of …"), but heads of
  // state and government, known without the article ("President Jacques Chirac")
  const { credible, swappable } = crediblePeople(analysis);
  const people = analysis.persons.map((p) => p.full).filter((full) => full.includes(" ") && (swappable.has(full) || !credible.has(full)));
  const out: RoleMention[] = [];
  const seen = new Set<string>();
  for (const s of analysis.sentences) {
    if (s.voiced) continue;
    // most sentences name nobody: the cheap test first (a long article has thousands of sentences and hundreds of people)
    if (!people.some((full) => s.text.includes(full))) continue;
    const text = unquotedText(s.text, s.quoted);
    for (const full of people) {
      if (seen.has(full) || !text.includes(full)) continue;
      for (const at of wordsAt(text, full)) {
        const role = after(text, at + full.length) ?? before(text, at);
        if (!role || !usable(role.text, full, people)) continue;
        out.push({ person: full, role: shown(role.text), paragraph: s.paragraph, sentence: s.sentence, start: role.start, end: role.end, nameStart: at });
        seen.add(full);
        break;
      }
    }
  }
  // two people described alike ("an analyst", "an analyst"): which is which cannot be asked
  const counts = new Map<string, number>();
  for (const r of out) counts.set(normalizeAnswer(r.role), (counts.get(normalizeAnswer(r.role)) ?? 0) + 1);
  const result = out.filter((r) => counts.get(normalizeAnswer(r.role)) === 1);
  cache.set(analysis, result);
  return result;
}

/** "Ken Perkins, an analyst at research firm RetailMetrics LLC, told …": the apposition after the name. */
function after(text: string, end: number): { text: string; start: number; end: number } | undefined {
  const m = /^, (?:(?:a|an|the) )?(\p{Ll}[^,;:()“”"]{2,80}?)(?=, |\.$|\. | told\b| said\b)/u.exec(text.slice(end));
  if (!m) return undefined;
  const role = m[1] as string;
  const start = end + m[0].length - role.length;
  // the role noun comes early: "an analyst at …", "chief economist with …", "secretary general of …"
  const head = role.split(/\s+(?:of|at|with|for|in|to|from)\s+/)[0] ?? role;
  if (!head.split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase()))) return undefined;
  return { text: role, start, end: start + role.length };
}

/** "said DZ bank economist Bernd Weidensteiner", "former independent MP Martin Bell": the words before the name. */
function before(text: string, at: number): { text: string; start: number; end: number } | undefined {
  const lead = text.slice(0, at);
  if (!/\s$/.test(lead)) return undefined;
  const words = [...lead.matchAll(/[\p{L}\p{N}'’.&-]+/gu)];
  const last = words[words.length - 1];
  if (!last || (last.index as number) + last[0].length !== lead.trimEnd().length) return undefined;
  // the word right before the name is a role noun in lower case ("economist"), or an MP
  if (!(ROLE_WORDS.has(last[0]) || /^(?:MEP|MP|MSP)s?$/.test(last[0]))) return undefined;
  let k = words.length - 1;
  for (;;) {
    if (k === 0) return undefined; // the sentence's first word is capitalised whatever it is
    const prev = words[k - 1] as RegExpMatchArray;
    const gap = lead.slice((prev.index as number) + prev[0].length, words[k]?.index);
    // a clean start: a verb of saying, a preposition or an article before it, or punctuation — not "to" ("to force home
    // keeper Shaka Hislop into a save": a verb, reading P)
    if (gap === " " && /^to$/i.test(prev[0])) return undefined;
    if (gap !== " " || STOP_BEFORE.test(prev[0])) break;
    // "reportedly met Blues boss", "handed off hooker", "several phases lock": no description's words — no question
    if (TITLE_WORDS.has(prev[0]) || /(?:ly|ed|ing)$/.test(prev[0]) || /^\p{Ll}[\p{L}-]*[^s's]s$/u.test(prev[0]) || words.length - k >= 5) return undefined;
    k--;
  }
  const start = (words[k] as RegExpMatchArray).index as number;
  const role = lead.slice(start, lead.trimEnd().length);
  if (role.split(/\s+/).length < 2) return undefined;
  // "carmaker's chief executive": whose carmaker is in the sentences before
  if (/^\p{Ll}+['’]s\b/u.test(role)) return undefined;
  return { text: role, start, end: start + role.length };
}

/** "French president", "US president", "Spanish prime minister": a head of state or government, known to any reader. */
const HEAD_OF_STATE = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)|US|UK|EU)\s+(?:president|prime minister|premier|king|queen|chancellor|leader)$/u;

function usable(role: string, person: string, people: readonly string[]): boolean {
  // "defender Goran Stanic, midfielder Gabor Vincze, and …": another person's name in it is the next item of a list
  if (people.some((p) => p !== person && role.includes(p.split(" ").pop() ?? p))) return false;
  // "fellow flanker": what the person is to someone else
  if (/^(?:fellow|former team-?mate|team-?mate|colleague)\b/i.test(role)) return false;
  if (PRONOUN.test(role) || NOT_IN_ROLE.test(role) || HEAD_OF_STATE.test(role)) return false;
  // "Facebook creator", "Tory leader": roles that come with a famous name
  if (FAMOUS_ROLE_BEFORE.test(`${role} `)) return false;
  // a capitalised title in it ("UK Chancellor of the Exchequer", "Prime Minister"): known without the article
  if (role.split(/\s+/).some((w) => TITLE_WORDS.has(w) && /^\p{Lu}/u.test(w))) return false;
  // the person's own name in the description
  if (person.split(" ").some((w) => w.length > 2 && new RegExp(`\\b${w}\\b`).test(role))) return false;
  return role.length >= 6 && role.split(/\s+/).length <= 12;
}

/** A description as an option shows it: no article before it, no comma after it. */
function shown(role: string): string {
  return role.replace(/^(?:a|an|the)\s+/i, "").replace(/[,.]$/, "");
}

/** The role facts of an article, for the quiz maker's candidates (one per described person). */
export function findRoleFacts(analysis: ArticleAnalysis): Fact[] {
  return findRoles(analysis).map((r) => ({
    id: `${r.paragraph}.${r.sentence}.${r.start}.role`,
    kind: "role",
    text: r.role,
    group: r.person,
    paragraph: r.paragraph,
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    flags: [],
  }));
}

/**
 * "According to the article, who is Ken Perkins?" with the descriptions of other people as options; when the article
 * describes fewer than four people, "According to the article, who is the DZ bank economist?" with other people of the
 * article as options (never the person the headline names: the answer would be on screen).
 */
export function makeRoleChoice(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s: SentenceInfo | undefined = ctx.sentenceOf(f);
  const person = f.group;
  if (!s || !person) return undefined;
  const genders = personGenders(ctx.analysis);
  const sex = genders.get(person);
  const fits = (role: string): boolean => !(sex === "m" && GENDERED_F.test(role)) && !(sex === "f" && GENDERED_M.test(role));
  if (!fits(f.text)) return undefined;
  const headline = ` ${normalizeAnswer(ctx.analysis.headline)} `;
  const inHeadline = (t: string): boolean => normalizeAnswer(t).split(" ").filter((w) => w.length > 3).some((w) => headline.includes(` ${w} `));
  // the description in the headline is the headline's news, not the reader's
  if (inHeadline(f.text)) return undefined;
  const others = findRoles(ctx.analysis)
    .filter((r) => r.person !== person && fits(r.role))
    .map((r) => r.role);
  const base = { type: "choice" as const, kind: "role" as const, evidence: evidence(s, f), explanation: `Paragraph ${s.paragraph + 1} describes ${person} as “${f.text}”.` };
  // four options, as every multiple choice has (a fourth missing reads as a shortcut: one option fewer to rule out)
  if (others.length >= 3) {
    const options = shuffleOptions(ctx.rng, f.text, [f.text, ...ctx.rng.shuffle(others).slice(0, 3)]);
    return { ...base, id: questionId("choice", f, "role"), prompt: `According to the article, who is ${person}?`, options, answer: f.text };
  }
  if (inHeadline(person.split(" ").pop() ?? person)) return undefined;
  const role = /^\p{L}+['’]s\b/u.test(f.text) ? f.text : `the ${f.text}`;
  // who else could it be: people of the article, none named in the description, of the person's sex where it shows
  const gendered = GENDERED_M.test(f.text) || GENDERED_F.test(f.text);
  // someone the article gives the same role noun ("flanker Martyn Williams" for "who is the fellow flanker?") is a
  // second right answer (reading Q)
  const head = (f.text.split(/\s+(?:of|at|with|for|in|to|from)\s+/)[0] ?? f.text).split(/\s+/).pop() ?? f.text;
  const roles = findRoles(ctx.analysis);
  const sameRole = (p: string): boolean =>
    roles.some((r) => r.person === p && r.role.split(/\s+/).includes(head)) || ctx.analysis.sentences.some((x) => x.text.includes(`${head} ${p}`) || x.text.includes(`${head} ${p.split(" ").pop() ?? p}`));
  const people = [...crediblePeople(ctx.analysis).swappable].filter(
    (p) =>
      p !== person &&
      !p.split(" ").some((w) => w.length > 2 && new RegExp(`\\b${w}\\b`).test(f.text)) &&
      (!gendered || (sex !== undefined && genders.get(p) === sex)) &&
      !sameRole(p),
  );
  if (people.length < 3) return undefined;
  const options = shuffleOptions(ctx.rng, person, [person, ...ctx.rng.shuffle(people).slice(0, 3)]);
  // the evidence points at the name, the answer here
  const at = findRoles(ctx.analysis).find((r) => r.person === person)?.nameStart ?? f.start;
  return {
    ...base,
    id: questionId("choice", f, "role-who"),
    prompt: `According to the article, who is ${role}?`,
    options,
    answer: person,
    evidence: { ...base.evidence, start: at, end: at + person.length },
  };
}
