import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import type { PersonInfo } from "../facts/types";
import { mentions } from "../distractors";
import { crediblePeople, evidence, isQuoteFragment, otherSpeakers, questionId, sameSexAs, shortQuote, snippet, speaksOfOffice, wordOverlap, type BuildContext } from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import type { FullQuestion } from "../quiz-schema";
import { QUESTION_TYPE_LABELS } from "./labels";
import type { QuestionTypeSpec } from "./question-type";
import { shuffleOptions } from "../rng";
import { SCHOLAR_NOUNS } from "../word-lists";

/** A quotation and four people from the article: who said it? */
export function makeWhoSaid(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s || f.kind !== "quote" || !f.speakerFull || !f.speaker || isQuoteFragment(f.text)) return undefined;
  const full = f.speakerFull;
  // a speaker the sentence calls "he" is named in full (see speakerBefore)
  const useFull = s.text.includes(full) || f.speakerBefore === true;
  const surname = full.split(" ").pop() ?? full;
  const answer = useFull ? full : s.text.includes(f.speaker) && f.speaker.split(" ").length === 1 ? f.speaker : surname;
  if (!s.text.includes(answer) && !f.speakerBefore) return undefined;
  const quote = shortQuote(f.text);
  // never the person the headline names ("Stars pay tribute to actor Davis": a quotation about Davis at his funeral,
  // with Davis among the speakers, reading CF) — as the statements and the claims leave them out
  const others = otherSpeakers(full, quote, ctx).filter((p) => !mentions(ctx.analysis.headline, p.split(" ").pop() ?? p));
  if (others.length < 3 || mentions(quote, surname) || speaksOfOffice(ctx.analysis, full, quote)) return undefined;
  const wrong = ctx.rng.shuffle(others).slice(0, 3).map((p) => (useFull ? p : (p.split(" ").pop() ?? p)));
  const options = shuffleOptions(ctx.rng, f.text, [answer, ...wrong]);
  if (new Set(options.map(normalizeAnswer)).size !== 4) return undefined;
  return {
    id: questionId("who-said", f),
    type: "who-said",
    prompt: `Who said: “${quote}”?`,
    options,
    kind: "quote",
    answer,
    evidence: evidence(s, f),
    explanation: `${full} said it (paragraph ${s.paragraph + 1}).`,
  };
}

const SAY_VERB =
  "(?:has |had )?(?:said|argued|insisted|warned|claimed|admitted|suggested|predicted|denied|conceded|acknowledged|maintained|accepted|revealed|confirmed)|says|argued|argues|insisted|insists|warned|warns|claimed|claims|admitted|admits|believes|added|stressed|suggested|predicted|denied|denies|conceded|acknowledged|maintained|maintains|accepted|revealed|confirmed|told (?:reporters|journalists|MPs|the (?:jury|court|Commons|conference|paper|newspaper)|a (?:jury|court|news conference|press conference)|(?:the )?(?:\\p{Lu}[\\p{L}'’.]*)(?: \\p{Lu}[\\p{L}'’.]*){0,3})";
/** "<role words> <Person>[, <apposition>,] <verb of saying> [that] <clause>." — the person opens the sentence. */
const CLAIM = new RegExp(`^\\s+(?:also )?(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?(${SAY_VERB})(?: on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?(?: that)? (\\p{Ll}.{20,260}?)[.!]([”"’]?)$`, "u");

/**
 * The claim a person's name opens, from what follows the name ("said the Tories were in turmoil."): the verb of saying,
 * the clause and a closing quotation mark. Verbs that also take a thing ("Jones added four conversions", "revealed a
 * plan") make a claim only with "that" (reading R).
 */
export function claimAfterName(after: string): { verb: string; clause: string; closing: string } | undefined {
  const m = CLAIM.exec(after);
  if (!m) return undefined;
  const [, verb = "", clause = "", closing = ""] = m;
  if (/^(?:added|confirmed|revealed|accepted|acknowledged|admitted|maintained|conceded)$/.test(verb) && !/^\s+(?:also )?\S+ that /.test(after)) return undefined;
  return { verb, clause, closing };
}

/** A scholar's role noun right before a name: "anthropologist Franz Boas", "The French thinker René Descartes". */
const SCHOLAR = `(?:${SCHOLAR_NOUNS.join("|")})s?`;
const SCHOLAR_BEFORE = new RegExp(`\\b${SCHOLAR}\\s+(?:such as\\s+|like\\s+|including\\s+)?$`, "iu");
/** A name's first word that is a scholar's role the name finder glued on ("Archaeologists Kylie Quave"). */
const SCHOLAR_WORD = new RegExp(`^${SCHOLAR}$`, "iu");
/** A life span or a work's year in brackets after a name: "René Descartes (1596–1650)", "Carol Mukhopadhyay (2008)". */
const YEARS_AFTER_NAME = /^ \((?:c\. ?|ca\. ?|b\. ?)?\d{3,4}(?: ?(?:BCE|CE|BC|AD))?(?: ?[–-] ?(?:c\. ?)?\d{2,4}(?: ?(?:BCE|CE|BC|AD))?)?\)/u;
/** Verbs that put a view to a thinker: "argued that", "believed that", "held that" — always with "that". */
const THOUGHT_VERB =
  "argued|argues|believed|believes|held|holds|claimed|claims|maintained|maintains|proposed|proposes|suggested|suggests|contended|contends|asserted|asserts|theorized|theorizes|insisted|insists|thought|thinks|concluded|concludes|posited|posits|emphasized|emphasizes|observed|observes|noted|notes|wrote|writes";
const THOUGHT_AFTER = new RegExp(`^(?:,[^,“”"]{3,80},)? (?:also )?(?:${THOUGHT_VERB}) that `, "u");
const THOUGHT_CLAIM = new RegExp(`^\\s+(?:also )?(${THOUGHT_VERB}) that (\\p{Ll}.{20,260}?)[.!]([”"’]?)$`, "u");
/** A sentence that sets two thinkers against each other ("Unlike Freud and Jung, Cartwright …"), not side by side. */
const CONTRAST = /\b(?:[Uu]nlike|[Ww]hereas|[Ii]n contrast|[Bb]y contrast|disagree[ds]?|disagreeing|rejected|rejects|criticized|criticizes|opposed|challenged)\b/u;
/** A source cited at a claim's end: "(1971)", "(Descartes 2008)", "(Khatib 2013, 45)". */
const CITATION_AT_END = /\s*\((?:[^()]*\s)?\d{4}[a-z]?(?:[,:] ?[\d–-]+)?\)$/u;

const thinkerCache = new WeakMap<ArticleAnalysis, Set<string>>();
/**
 * The people a text names as thinkers — by a scholar's role noun before the name ("anthropologist Franz Boas",
 * "anthropologists such as Franz Boas") or a life span or a work's year after it ("Immanuel Kant (1724–1804)").
 * Textbooks name scholars so, and rarely with the titles and quotations that make a person of the news credible; a
 * view put to someone is no sign ("Valeska Paris … has claimed that …" in the news).
 */
export function thinkersOf(analysis: ArticleAnalysis): Set<string> {
  const hit = thinkerCache.get(analysis);
  if (hit) return hit;
  const people = analysis.persons.filter((p) => p.full.includes(" ") && !p.full.split(" ").some((w) => SCHOLAR_WORD.test(w)));
  const signed = (p: PersonInfo, sign: (before: string, after: string, full: boolean) => boolean): boolean =>
    analysis.sentences.some(({ text }) =>
      (p.shared ? [p.full] : [p.full, p.surname]).some((n) => {
        for (let at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + 1)) {
          const after = text.slice(at + n.length);
          if (!/^\p{L}/u.test(after) && sign(text.slice(Math.max(0, at - 40), at), after, n === p.full)) return true;
        }
        return false;
      }),
    );
  const out = new Set(people.filter((p) => signed(p, (before, after, full) => full && (SCHOLAR_BEFORE.test(before) || YEARS_AFTER_NAME.test(after)))).map((p) => p.full));
  // in a text that names scholars as such, someone a view is put to is one too ("Bronislaw Malinowski, an early
  // proponent of this approach, argued that …")
  if (out.size > 0) for (const p of people) if (signed(p, (_, after) => THOUGHT_AFTER.test(after))) out.add(p.full);
  thinkerCache.set(analysis, out);
  return out;
}

/**
 * A thinker's view as a textbook states it: "For example, British anthropologist Edward Tylor argued that human culture
 * evolved from savagery through barbarism to civilization." — the person (a thinker, `thinkersOf`) after an opening
 * phrase and role words, a life span in brackets, an apposition, then a verb of thought with "that"; a source cited at
 * the end is left out. Not when the name is one of several ("anthropologists such as Franz Boas", "X and Y argued").
 */
export function thinkerClaim(s: SentenceInfo, f: Fact, analysis: ArticleAnalysis): { verb: string; clause: string; closing: string } | undefined {
  if (f.kind !== "person") return undefined;
  const full = f.group ?? f.text;
  if (!full.includes(" ") || !thinkersOf(analysis).has(full)) return undefined;
  // an opening phrase the prompt leaves out: "For example,", "In the early 20th century,", "Drawing on …,"
  const head = s.text.slice(0, f.start).replace(/^[^“”"]*?, (?=(?:[\p{L}\d'’.-]+ ){0,5}$)/u, "");
  if (!/^(?:(?:But|And|Yet),? )?(?:[\p{L}\d'’.-]+ ){0,5}$/u.test(head) || /[“"]/.test(head)) return undefined;
  if (/\b(?:such as|including|like|and|or|with|for|of|to|from|by)\s+$/i.test(head)) return undefined;
  const after = s.text.slice(f.end).replace(YEARS_AFTER_NAME, "").replace(/^, [^,“”"]{3,80}, /, " ");
  const m = THOUGHT_CLAIM.exec(after);
  if (!m) return undefined;
  const [, verb = "", clause = "", closing = ""] = m;
  return { verb, clause: clause.replace(CITATION_AT_END, ""), closing };
}

/** Whether a claim's clause can follow "Who said that …" as a statement of its own. */
function claimOpensWell(clause: string): boolean {
  // "Who said it was …", "Who said they …": a pronoun other than the speaker's own points to a sentence before
  if (/^(?:it|they|this|that|these|those|its|their|them)\b/.test(clause)) return false;
  // "Whitmore told LA Weekly in a statement that …": the verb's object or a time came first, not the claim
  if (/^(?:in|on|at|during|after|before|earlier|later|last|yesterday|today|when|while|to|of|for|with|by)\b/.test(clause)) return false;
  // "Who said that who was able to issue the control orders was not the main issue?": a clause that opens on a question
  // word reads as two questions (reading AM)
  return !/^(?:who|what|which|whether|how|why|where|when|whom|whose)\b/.test(clause);
}

/**
 * Whose claim is it? "Labour election campaign coordinator Alan Milburn said the Tories were in “turmoil” because …"
 * becomes "Who said the Tories were in “turmoil” because …?" with people of the article as the other options: which
 * view is whose, the question blind readers missed in every reading ("none asks whose view is whose"). Only when the
 * person, named in full in the article and credible as a person (quoted, titled or described), opens the sentence and
 * a verb of saying follows; other options are credible people of the article, none named in the claim, none who says
 * much the same elsewhere, of the same sex when the claim says "he" or "she". Not for the person the headline names
 * (picked without reading).
 */
export function makeWhoClaims(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s || f.kind !== "person" || s.voiced) return undefined;
  const full = f.group ?? f.text;
  if (!full.includes(" ")) return undefined;
  const thinker = thinkerClaim(s, f, ctx.analysis);
  // (with too few other thinkers, the claim may still be asked as the news's are, among the credible people)
  const asked = thinker && askThinker(f, full, thinker, ctx);
  if (asked) return asked;
  const { credible } = crediblePeople(ctx.analysis);
  if (!credible.has(full)) return undefined;
  // only role words before the name ("Chief police officers spokesman Nigel Yeo", "Mr Tanguay")
  const head = s.text.slice(0, f.start);
  if (!/^(?:(?:But|And|Yet|However|Meanwhile),? )?(?:[\p{L}'’.-]+ ){0,5}$/u.test(head) || /[“"]/.test(head)) return undefined;
  // "A spokesman for Mr Blair said the Prime Minister expected …": the claim is the spokesman's (reading AS)
  if (/\b(?:for|of|to|with|from|behind)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?$/i.test(head)) return undefined;
  const after = s.text.slice(f.end).replace(/^, [^,“”"]{3,80}, /, " ").replace(/^(?=\p{L})/u, " ");
  const said = claimAfterName(after);
  if (!said) return undefined;
  const { verb, clause, closing } = said;
  if ((clause.match(/[“”"]/g) ?? []).length % 2 !== (closing ? 1 : 0)) return undefined;
  const surname = full.split(" ").pop() ?? full;
  const words = clause.split(/\s+/).length;
  if (words < 6 || words > 45 || mentions(clause, surname) || mentions(ctx.analysis.headline, surname)) return undefined;
  if (!claimOpensWell(clause)) return undefined;
  const prompt = `Who ${verb} that ${clause}${closing}?`;
  const sameSex = sameSexAs(ctx, full, clause);
  const quoteSpeakers = new Set(ctx.analysis.facts.flatMap((x) => (x.kind === "quote" && x.speakerFull ? [x.speakerFull] : [])));
  // someone who says much the same elsewhere in the article is a second right answer
  const saysSame = (p: string): boolean =>
    ctx.analysis.sentences.some((o) => o !== s && o.text.includes(p.split(" ").pop() ?? p) && wordOverlap(o.text, clause) >= 0.5);
  const others = otherSpeakers(full, clause, ctx).filter((p) => sameSex(p) && !saysSame(p) && !mentions(ctx.analysis.headline, p.split(" ").pop() ?? p));
  if (others.length < 2) return undefined;
  // speakers of the article first: the likeliest to have said it
  const ranked = [...ctx.rng.shuffle(others.filter((p) => quoteSpeakers.has(p))), ...ctx.rng.shuffle(others.filter((p) => !quoteSpeakers.has(p)))];
  return claimQuestion(f, s, full, prompt, ranked.slice(0, 3), ctx);
}

/** "Who argued that …?": the claim's person and up to three others as options, shuffled by the quiz's seed. */
function claimQuestion(f: Fact, s: SentenceInfo, full: string, prompt: string, wrong: string[], ctx: BuildContext): FullQuestion | undefined {
  const options = shuffleOptions(ctx.rng, prompt, [full, ...wrong]);
  if (new Set(options.map(normalizeAnswer)).size !== options.length) return undefined;
  return {
    id: questionId("who-said", f, "claim"),
    type: "who-said",
    prompt,
    options,
    kind: "person",
    answer: full,
    evidence: evidence(s, f),
    explanation: `${full} (paragraph ${s.paragraph + 1}): “${snippet(s.text, f.start, Math.min(s.text.length, f.end + 80))}”`,
  };
}

/**
 * "Who argued that human culture evolved from savagery through barbarism to civilization?" among the text's other
 * thinkers: which view is whose, what a textbook section on a field's thinkers teaches. None of them named in the claim
 * or in a sentence with the answer ("Both Tylor and Morgan … thought that …": they may share the view — unless the sentence
 * sets them apart, "Unlike Freud and Jung, …"), none who says
 * much the same elsewhere, of the same sex when the claim says "he" or "she"; three or four options.
 */
function askThinker(f: Fact, full: string, claim: { verb: string; clause: string; closing: string }, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  const { verb, clause, closing } = claim;
  const surname = full.split(" ").pop() ?? full;
  const words = clause.split(/\s+/).length;
  if (!s || words < 6 || words > 40 || mentions(clause, surname) || mentions(ctx.analysis.headline, surname)) return undefined;
  if (!claimOpensWell(clause)) return undefined;
  const thinkers = thinkersOf(ctx.analysis);
  const named = (text: string, p: string): boolean => text.includes(p) || mentions(text, p.split(" ").pop() ?? p);
  const sameSex = sameSexAs(ctx, full, clause);
  const others = [...thinkers].filter(
    (p) =>
      p !== full &&
      !p.split(" ").some((w) => w.length > 2 && mentions(clause, w)) &&
      !ctx.analysis.sentences.some((o) => named(o.text, full) && named(o.text, p) && !CONTRAST.test(o.text)) &&
      !ctx.analysis.sentences.some((o) => o !== s && named(o.text, p) && wordOverlap(o.text, clause) >= 0.5) &&
      sameSex(p),
  );
  if (others.length < 2) return undefined;
  const prompt = `Who ${verb} that ${clause}${closing}?`;
  return claimQuestion(f, s, full, prompt, ctx.rng.shuffle(others).slice(0, 3), ctx);
}

/** Who said it: a quotation, or a claim a person of the article makes, and four people of the article. */
export const whoSaidType: QuestionTypeSpec<"who-said"> = {
  type: "who-said",
  labels: QUESTION_TYPE_LABELS["who-said"],
  build: (f, ctx) => (f.kind === "person" ? makeWhoClaims(f, ctx) : makeWhoSaid(f, ctx)),
};
