import type { Fact, SentenceInfo } from "./find-facts";

/**
 * Claims: what a sentence says happened or how things compare — "prices rose", "the court rejected the appeal", "more
 * than 100 people" — found from a short list of words whose opposite turns the statement false ("rose" → "fell",
 * "rejected" → "accepted"). A true-or-false question on a claim asks about the direction of a main point rather than a
 * number or a name, so texts with few numbers (interviews, textbooks, essays) get questions on what they argue.
 *
 * Only one-way swaps that stay grammatical in every use are listed: "lost" is not turned into "won" ("lost his keys"),
 * "support" the noun is not turned into a verb, "more" only in "more than"/"more likely".
 */
const OPPOSITE: ReadonlyMap<string, string> = new Map([
  ["increase", "decrease"], ["increased", "decreased"], ["increases", "decreases"], ["increasing", "decreasing"],
  ["decrease", "increase"], ["decreased", "increased"], ["decreases", "increases"], ["decreasing", "increasing"],
  ["reduced", "increased"], ["reduces", "increases"], ["reducing", "increasing"],
  ["rose", "fell"], ["risen", "fallen"], ["rising", "falling"], ["fell", "rose"], ["fallen", "risen"], ["falling", "rising"],
  ["grew", "shrank"], ["shrank", "grew"],
  ["higher", "lower"], ["lower", "higher"], ["highest", "lowest"], ["lowest", "highest"],
  ["larger", "smaller"], ["smaller", "larger"], ["largest", "smallest"], ["smallest", "largest"], ["bigger", "smaller"],
  ["longer", "shorter"], ["shorter", "longer"], ["older", "younger"], ["younger", "older"], ["oldest", "youngest"],
  ["youngest", "oldest"], ["faster", "slower"], ["slower", "faster"], ["stronger", "weaker"], ["weaker", "stronger"],
  ["easier", "harder"], ["richer", "poorer"], ["poorer", "richer"], ["richest", "poorest"], ["poorest", "richest"],
  ["won", "lost"], ["supported", "opposed"], ["opposed", "supported"], ["accepted", "rejected"], ["approved", "rejected"],
  ["rejected", "accepted"], ["strengthened", "weakened"], ["weakened", "strengthened"], ["gained", "lost"],
  ["majority", "minority"], ["minority", "majority"],
  ["positive", "negative"], ["negative", "positive"], ["more than", "fewer than"], ["fewer than", "more than"],
  ["less than", "more than"], ["more likely", "less likely"], ["less likely", "more likely"],
  ["most likely", "least likely"], ["above average", "below average"], ["below average", "above average"],
  ["agreed to", "refused to"], ["refused to", "agreed to"], ["allowed to", "forbidden to"], ["forbidden to", "allowed to"],
  ["able to", "unable to"], ["unable to", "able to"], ["a success", "a failure"],
  ["a failure", "a success"], ["successful", "unsuccessful"], ["unsuccessful", "successful"], ["popular", "unpopular"],
  ["unpopular", "popular"], ["the first", "the last"], ["the last", "the first"], ["earliest", "latest"],
  ["early", "late"], ["large", "small"], ["small", "large"], ["strong", "weak"], ["weak", "strong"],
  ["rich", "poor"], ["wealthy", "poor"], ["poor", "rich"],
  ["urban", "rural"], ["rural", "urban"], ["internal", "external"],
  ["external", "internal"], ["minimum", "maximum"], ["maximum", "minimum"], ["expensive", "cheap"],
  ["cheaper", "more expensive"], ["hotter", "colder"], ["colder", "hotter"], ["warmer", "cooler"], ["cooler", "warmer"],
  ["win", "lose"], ["wins", "loses"], ["winning", "losing"], ["growth", "decline"], ["before", "after"], ["after", "before"],
]);

/** Uses of a listed word in which it does not carry the claim ("named after", "at large", "high school", "as long as"). */
const IDIOM =
  /\b(?:named after|looked after|look after|after all|after a while|after that|before that|after which|soon after|shortly after|long before|shortly before|the day after|the day before|at large|by and large|large number|small number|the last (?:few|two|three|several|year|week|month|decade|time)|the first (?:time|half|of)|early on|too late|poor health|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)[ -]years?[ -]old)\b/i;

/** One alternation of every listed word, longest first ("more than" before "more"), matched as whole lower-case words. */
const CLAIM_RE = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(${[...OPPOSITE.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}'’-])`,
  "giu",
);

/**
 * Sentences whose claims turn over when one word does not: a negation, a condition, a possibility or a question
 * ("prices did not rise", "if rates rose", "it could grow") — reversed, they are not plainly false.
 */
const UNSURE =
  /\b(?:not|no|never|without|neither|nor|hardly|barely|unless|if|whether|may|might|could|would|should|can|cannot|perhaps|possibly|rather than|instead of|than expected|compared)\b|n[’']t\b|\?/i;

/** Claims are asked from sentences of this many words: shorter is a fragment, longer a prompt to untangle. */
const MIN_WORDS = 7;
const MAX_WORDS = 35;

function opposite(found: string): string {
  const swap = OPPOSITE.get(found.toLowerCase()) ?? found;
  return /^\p{Lu}/u.test(found) ? swap[0]?.toUpperCase() + swap.slice(1) : swap;
}

/**
 * The claims of an article: at most one per sentence, from a sentence that holds exactly one listed word, never its
 * opposite too ("rose and then fell"), no quotation, nothing that makes the reversal unsure (see UNSURE).
 */
export function findClaims(sentences: readonly SentenceInfo[]): Fact[] {
  const out: Fact[] = [];
  for (const s of sentences) {
    if (s.metadata || s.text.length > 400) continue;
    const words = s.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS) continue;
    if (/[“”"]/.test(s.text) || UNSURE.test(s.text) || IDIOM.test(s.text)) continue;
    const hits = [...s.text.matchAll(CLAIM_RE)];
    if (hits.length !== 1) continue;
    const hit = hits[0] as RegExpExecArray;
    const text = hit[0];
    // a capitalised word inside the sentence is part of a name ("Lower Saxony", "Higher Education Act")
    if (hit.index > 0 && /^\p{Lu}/u.test(text)) continue;
    const swapped = opposite(text);
    if (new RegExp(`(?<![\\p{L}])${swapped}(?![\\p{L}])`, "iu").test(s.text)) continue;
    const start = hit.index;
    out.push({
      id: `${s.paragraph}.${s.sentence}.${start}`,
      kind: "claim",
      text,
      paragraph: s.paragraph,
      sentence: s.sentence,
      start,
      end: start + text.length,
      // a first-person sentence is asked only as an interview guest's words (see interviewVoices in make-quiz.ts)
      flags: s.voiced ? ["first-person"] : [],
      opposite: swapped,
    });
  }
  return out;
}
