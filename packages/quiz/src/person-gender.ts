import { unquotedText, type ArticleAnalysis } from "./find-facts";

export type Gender = "m" | "f";

const PRONOUN_RE = /\b(he|him|his|himself|she|her|hers|herself)\b/i;
const FEMALE_PRONOUNS = new Set(["she", "her", "hers", "herself"]);
const MALE_BEFORE = /\b(?:father|husband|son|brother|uncle|Mr\.?|man|boy|actor|king|prince|businessman|chairman|spokesman)[,]? $/i;
const FEMALE_BEFORE = /\b(?:mother|wife|daughter|sister|aunt|Mrs\.?|Ms\.?|Miss|woman|girl|actress|queen|princess|businesswoman|chairwoman|spokeswoman)[,]? $/i;
/** Words that say whether the person a sentence is about is a man or a woman. */
const GENDERED_RE =
  /\b(?:she|her|hers|herself|woman|women|girl|mother|wife|daughter|sister|actress|spokeswoman|he|him|his|himself|man|boy|father|husband|son|brother|actor|spokesman)\b/i;

const cache = new WeakMap<ArticleAnalysis, Map<string, Gender | undefined>>();

/**
 * What the article says of each person's sex, by full name: a role word right before the name ("her father, Albert
 * Jaquier"), or the first he/she pronoun after the name in its sentence ("Kiara Perkins … admitted she was willing").
 * Undefined when the article does not say, or its cues disagree. Computed once per analysis.
 */
export function personGenders(analysis: ArticleAnalysis): Map<string, Gender | undefined> {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const votes = new Map<string, Set<Gender>>();
  for (const p of analysis.persons) votes.set(p.full, new Set());
  for (const s of analysis.sentences) {
    if (s.voiced) continue; // "I" and "we" in quoted speech say nothing of the people named
    // every mention of a person in the sentence, in order: a pronoun belongs to the nearest name before it
    const found: { full: string; at: number; end: number }[] = [];
    for (const p of analysis.persons) {
      const name = s.text.includes(p.full) ? p.full : p.surname;
      for (const at of wordsAt(s.text, name)) found.push({ full: p.full, at, end: at + name.length });
    }
    found.sort((a, b) => a.at - b.at);
    // "Cynthia Thompson … said, “… people in his every day life …”": a pronoun in quoted speech is someone else's
    const unquoted = unquotedText(s.text, s.quoted);
    found.forEach((m, i) => {
      const set = votes.get(m.full) as Set<Gender>;
      const before = s.text.slice(Math.max(0, m.at - 30), m.at);
      if (MALE_BEFORE.test(before)) set.add("m");
      if (FEMALE_BEFORE.test(before)) set.add("f");
      // "Paris claims she …", not "Wilkins explained Warhol's obsession … when he …" (another name in between)
      const next = found[i + 1];
      const pronoun = PRONOUN_RE.exec(unquoted.slice(m.end, next ? next.at : s.text.length))?.[1]?.toLowerCase();
      if (pronoun) set.add(FEMALE_PRONOUNS.has(pronoun) ? "f" : "m");
    });
  }
  const out = new Map<string, Gender | undefined>();
  for (const [full, set] of votes) out.set(full, set.size === 1 ? [...set][0] : undefined);
  cache.set(analysis, out);
  return out;
}

/** Where `name` stands in `text` as whole words (no letter either side), in order. */
export function wordsAt(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    if (!/\p{L}/u.test(text[at + name.length] ?? " ") && !/\p{L}/u.test(text[at - 1] ?? " ")) out.push(at);
  }
  return out;
}

/** True when a sentence (with its person left out) says "she", "his", "woman" … of someone. */
export function isGendered(textWithoutPerson: string): boolean {
  return GENDERED_RE.test(textWithoutPerson);
}
