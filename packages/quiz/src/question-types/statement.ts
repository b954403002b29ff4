import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import { evidence, questionId, type BuildContext } from "../make-questions";
import type { FullQuestion } from "../quiz-schema";

/**
 * Statements (kind `statement`): a sentence of the text that says which way something went, asked true or false as
 * written or with that direction turned round ("Japan's exports rose 5% in January." / "… fell 5% …", "The committee
 * approved the plan." / "… rejected …"). Which way things went — up or down, won or lost, backed or opposed — is what a
 * report is about, and a sentence need name no figure for it (issue #10: coverage and one question per 60 words).
 *
 * (A first form negated the main verb — "The G8 countries will not meet at Gleneagles" — and reading BM passed 8 of 48
 * such lines: an inserted "not" is the tell a reader spots without the article, and it garbled or contradicted what
 * followed. A turned-round word reads like any sentence of the report.)
 */
export interface StatementInfo {
  /** The sentence with its word of direction turned round. */
  turned: string;
}

/**
 * Words of direction and their opposites, by form ("rose" ↔ "fell"). A word listed only as an opposite ("cut",
 * "lost", "rejected") is not turned itself: it answers to more than one word ("lost" a match or a lead, "cut" rates or
 * jobs). Forms that are also nouns of another pattern are left out ("an increase" → "an decrease", "a win" → "a lose",
 * "job losses" → "job profits", "support for" → "oppose for").
 */
const TURNS: readonly (readonly [string, string])[] = [
  ...pairs(["rise", "rises", "rose", "risen", "rising"], ["fall", "falls", "fell", "fallen", "falling"], true),
  ...pairs(["increased", "increasing"], ["decreased", "decreasing"], true),
  ...pairs(["climbed", "climbing"], ["dropped", "dropping"], false),
  ...pairs(["raised", "raising"], ["cut", "cutting"], false),
  ...pairs(["won"], ["lost"], false),
  ...pairs(["gained"], ["lost"], false),
  ...pairs(["grew", "growing"], ["shrank", "shrinking"], true),
  ...pairs(["accepted"], ["rejected"], true),
  ...pairs(["approved"], ["rejected"], false),
  ...pairs(["supported", "backed"], ["opposed", "opposed"], false),
  ...pairs(["strengthened", "strengthening"], ["weakened", "weakening"], true),
  ...pairs(["improved", "improving"], ["worsened", "worsening"], true),
  ...pairs(["higher", "highest", "larger", "largest", "bigger", "biggest", "stronger", "strongest"], ["lower", "lowest", "smaller", "smallest", "smaller", "smallest", "weaker", "weakest"], true),
  ...pairs(["above"], ["below"], true),
  ...pairs(["surplus"], ["deficit"], true),
];

/** Each form with its opposite; both ways when `both`, else only from the first list to the second. */
function pairs(a: readonly string[], b: readonly string[], both: boolean): [string, string][] {
  const out: [string, string][] = a.map((w, i) => [w, b[i] as string]);
  if (both) b.forEach((w, i) => out.push([w, a[i] as string]));
  return out;
}

const TURN = new Map<string, string>();
for (const [from, to] of TURNS) if (!TURN.has(from)) TURN.set(from, to);
/** Every word of direction, either side: a sentence with two of them turned at one would say "fell … fell". */
const DIRECTION_WORDS = new Set(TURNS.flat());

/**
 * Words that make a turned sentence say nothing false or contradict itself: a negation ("did not rise" / "did not
 * fall" may both hold), a hedge, a comparison with what was expected ("rose less than expected"), a concession.
 */
const NOT_TURNABLE =
  /\b(?:not|never|no|neither|nor|without|may|might|could|would|perhaps|possibly|probably|likely|unlikely|if|unless|whether|despite|although|though|expected|expectations?|forecasts?|predicted|than|either|or|only|flat|unchanged|steady|stable)\b|n['’]t\b/i;

/**
 * The sentence with its one word of direction turned round, or undefined: no such word outside quotation marks, two of
 * them ("exports rose while imports fell": one turned would leave "fell … fell"), or a word that makes the turned
 * sentence say nothing false. The word is turned in lower case, or capitalised at the sentence's start before a word in
 * lower case ("Higher prices …", not "Rose Smith …").
 */
export function turnRound(text: string): string | undefined {
  if (NOT_TURNABLE.test(text) || /[“”"?]/.test(text)) return undefined;
  const words = [...text.matchAll(/\p{L}+/gu)];
  // (not in a compound: "best-known", "higher-than-expected", "state-backed")
  const found = words.filter((m) => DIRECTION_WORDS.has(m[0].toLowerCase()) && (m[0] === m[0].toLowerCase() || (m.index === 0 && /^\s+\p{Ll}/u.test(text.slice(m[0].length)))) && !/-/.test(`${text[(m.index ?? 0) - 1] ?? ""}${text[(m.index ?? 0) + m[0].length] ?? ""}`));
  if (found.length !== 1) return undefined;
  const m = found[0] as RegExpExecArray;
  const word = m[0];
  const to = TURN.get(word.toLowerCase());
  if (!to) return undefined;
  // ("up 5%"-style adverbs are not listed: "up" and "down" are most often parts of phrasal verbs)
  const shown = m.index === 0 ? `${to.charAt(0).toUpperCase()}${to.slice(1)}` : to;
  return `${text.slice(0, m.index)}${shown}${text.slice((m.index ?? 0) + word.length)}`;
}

const cache = new WeakMap<ArticleAnalysis, Fact[]>();

/** Words a sentence has to hold to say something a reader can check (8–35 words, like a fair prompt). */
const MIN_WORDS = 8;
const MAX_WORDS = 35;

/**
 * The sentences that can be asked as statements: the story's own words (no quotation, no first person, no page
 * clutter), standing alone, with one word of direction `turnRound` can turn.
 */
export function findStatements(analysis: ArticleAnalysis, standsAlone: (text: string) => boolean): Fact[] {
  const hit = cache.get(analysis);
  if (hit) return hit;
  const out: Fact[] = [];
  for (const s of analysis.sentences) {
    if (s.metadata || s.voiced || s.quoted.some((q) => q === 1)) continue;
    const words = s.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS || !/[.!]$/.test(s.text.trim()) || !standsAlone(s.text)) continue;
    const turned = turnRound(s.text);
    if (!turned) continue;
    out.push({
      id: `${s.paragraph}.${s.sentence}.0`,
      kind: "statement",
      text: s.text,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start: 0,
      end: s.text.length,
      flags: [],
      statement: { turned },
    });
  }
  cache.set(analysis, out);
  return out;
}

/** "True or false? <the sentence>" as written (true) or turned round (false), keys kept even. */
export function makeStatementTrueFalse(f: Fact, s: SentenceInfo, ctx: BuildContext): FullQuestion | undefined {
  if (f.kind !== "statement" || !f.statement) return undefined;
  const truth = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  const shown = truth ? s.text : f.statement.turned;
  return {
    id: questionId("true-false", f, truth ? "statement" : "statement-turned"),
    type: "true-false",
    prompt: `True or false? ${shown}`,
    options: ["True", "False"],
    kind: "statement",
    answer: truth ? "true" : "false",
    evidence: evidence(s, f),
    explanation: truth ? `True (paragraph ${s.paragraph + 1}).` : `False: paragraph ${s.paragraph + 1} says “${s.text}”`,
  };
}
