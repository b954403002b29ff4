import { escapeRegExp } from "../regexp";
import type { ArticleAnalysis, Fact, SentenceInfo } from "../find-facts";
import { firstNumber, mentions, swapFarFromPair } from "../distractors";
import { takesAn } from "../find-concepts";
import {
  BLANK,
  crediblePeople,
  distractorsFor,
  evidence,
  explainFound,
  HEAD_OF_GOVERNMENT_BEFORE,
  otherSpeakers,
  questionId,
  sameSexAs,
  isQuoteFragment,
  shortQuote,
  stemFor,
  TITLED_BEFORE,
  type BuildContext,
} from "../make-questions";
import { normalizeAnswer } from "../normalize-answer";
import { nounClass } from "../noun-classes";
import { contentWords } from "../sentence-centrality";
import type { FullQuestion } from "../quiz-schema";
import { QUESTION_TYPE_LABELS } from "./labels";
import { makeStatementTrueFalse } from "./statement";
import type { QuestionTypeSpec } from "./question-type";
import { ROLE_WORDS } from "../word-lists";
import { SCALES } from "../facts/figures";

/** A name that opens or goes on an open list ("like X, Y and …", "such as", "including"). */
const OPEN_LIST_BEFORE = /\b(?:like|such as|including|among them)\s+(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,?\s+(?:and\s+)?)*$/u;

/** Names after a name that end on "and others" / "among others": the list is open. */
const OPEN_LIST_AFTER = /^(?:,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*,?\s+(?:and|among) (?:many )?others\b/u;
/** Does a name between `before` and `after` open or go on an open list ("Characters like Souness, _____ and …", "_____,
 * Berry, and others")? */
export function inOpenList(before: string, after = ""): boolean {
  return OPEN_LIST_BEFORE.test(before) || OPEN_LIST_AFTER.test(after);
}

/** Kinds whose swapped figure keeps the article's roundness. */
const ROUNDED_KINDS = new Set(["number", "percent", "money", "duration"]);

/** A round figure: 10 or more, a multiple of five, at most two digits before its zeros (10, 25, 1,500, 60,000; not 845). */
function isRound(value: number): boolean {
  if (!Number.isInteger(value) || value < 10 || value % 5 !== 0) return false;
  return String(value).replace(/0+$/, "").length <= 2;
}

// (hoisted: esbuild, which runs this code under tsx and vitest, rewrites a `\p{…}` pattern outside a class into a
// `new RegExp(…)` built again at every evaluation)
const CAP_START = /^\p{Lu}/u;

/** An amount, a share, a count in millions or a rate in a currency ("122 yen/dollar", reading WJ): a measurement, dated by the sentence's date. */
const MEASURED_FIGURE = /[$£€]\s?\d|\d\s?%|\d[\d,.]*\s*(?:percent|per cent|million|billion|trillion|yen|euros?|pounds|dollars|yuan|rupees|pesos|francs)\b/;
/** An age that bounds a measured group ("About one-third of immigrants over the age of 25 lack a high school diploma"): swapped, the article says nothing of the other group (reading WK). */
const AGE_BOUND_BEFORE = /\b(?:(?:over|under|above|below)\s+the\s+age\s+of|older than|younger than)\s+$/i;
/** The name's own deed denied, within two words after it: "… gave no details", "… did not attend", "… has never been". */
const NEGATED_DEED = /^(?:['’]s)?(?:\s+\p{Ll}+){0,2}?\s+(?:no|not|never|none|nothing|neither|nor)\b|^(?:\s+\p{Ll}+){0,1}?\s+\p{Ll}+n['’]t\b/u;

const TRUE_FALSE_KINDS = new Set(["number", "date", "date-range", "percent", "money", "duration", "place", "person", "organisation"]);

/** A lower-case kind of body right before a name: "Aids charity (the) …", "drugs firm …", "consumer watchdog …". */
/** A possessive or a people's adjective, then up to five words, right before a name (see makeTrueFalse). */
const SIDE_BEFORE = /(?:\b\p{Lu}\p{Ll}+['’]s|\b\p{Lu}\p{Ll}+(?:an|ian|ese|ish))\s+(?:[\p{L}\d-]+\s+){0,5}$/u;

const ORG_DESCRIBED_BEFORE =
  /\b(?:charity|firm|group|company|agency|body|watchdog|union|bank|maker|retailer|airline|giant|organi[sz]ation|network|channel|newspaper|broadcaster|club|team|campaigners?|lobby|think-tank|thinktank|regulator|insurer|lender|foundation|trust|association|society)\s+(?:the\s+)?$/u;

/**
 * "inflation had risen into the double digits by _____", "By _____, Fillmore had come to acknowledge …", "By _____, the
 * global supply of oil was in the hands of seven oil conglomerates": a date a state of things had come about by — any
 * later date holds too (not a deadline or a forecast: "wants the bill to pass by 14 March", "By 2025, 40% … will").
 * (Reading VL: "By 1944, the global supply of oil was …" keyed false, the one wrong key of its build.)
 */
export function byADate(f: Fact, sentence: string): boolean {
  // (what is to be done by a date is done by any later one too: "reserves will be exhausted by August 1987" keyed false as
  // "by September 1987", reading ZU)
  const state = /\b(?:had|already|was|were|will|would|expected|due)\b/.test(sentence);
  // ("By the _____ century CE, many empires using the Silk Roads had begun to decline": a century or a millennium too —
  // reading VO's "By the sixth century CE" keyed false where the text said the third)
  if (f.kind === "number" && /^\s+(?:century|millennium)\b/i.test(sentence.slice(f.end))) return state && /\b[Bb]y\s+the\s+(?:(?:end|middle|start|beginning|turn|close)\s+of\s+the\s+)?$/.test(sentence.slice(0, f.start));
  return f.kind === "date" && /\b[Bb]y\s+(?:(?:the\s+)?(?:end|middle|start|beginning|spring|summer|autumn|fall|winter)\s+of\s+)?$/.test(sentence.slice(0, f.start)) && state;
}

/** A verb that reports what someone says, estimates or plans: a "would", "could" or "will" beside it is their claim, which the text reports ("Lisa D. Cook estimates that GDP could be as much as 2.6% higher if …"). */
const REPORTED_CLAIM = /\b(?:said|says|told|estimates?|estimated|expects?|expected|forecasts?|predicts?|predicted|projects?|projected|warned|announced|believes?|argues?|argued|claims?|claimed|suggests?|shows?|showed|finds?|found|according to)\b/i;
/** A condition put to the reader: "if the going rate of interest … is 8%, … the company would finance $30 million". */
const CONDITION = /\b(?:if|unless|suppose|supposing|imagine|assume|assuming)\b/i;
const MODAL = /\b(?:would|could|might|can|will|may)\b/i;
/** A case with no one in particular as its subject, and a modal: "An additional increase from $10,000 to $15,000 will
 * increase output", "a person could carry a credit card debt of $1,000", "you could not buy an iPhone". */
const GENERIC_CASE = /(?:^|[,;:]\s+|\bthat\s+)(?:an?|any|each|every|one|you|we|someone|somebody)\s+(?:(?:[^,;:]|,(?=\d)){0,60}?\s)?(?:would|could|might|can|will|may)\b/i;

/**
 * A figure of a case the text puts to the reader, not one it reports: "An additional increase from $10,000 to $15,000
 * will increase output further, but the marginal increase will be smaller" (reading WK keyed "$11,000" and "$21,000"
 * false: the case holds for any step), "a person could carry a credit card debt of $1,000 that has a 15% yearly interest
 * cost, and simultaneously have a $3,000 account" (WJ), "if the going rate … is 8%, … then the company would finance $30
 * million" (WD), "A corn farmer who attempted to sell at $8.00 per bushel would not have found any buyers" (WF).
 * The signs: a sentence that sets the case up ("Suppose …", "For example, assume that …") or opens on a condition ("If
 * …", "Unless …"), or one with a modal (would, could, might, can, will, may) and a condition anywhere or no one in
 * particular as its subject. A figure swapped in such a case is one the text does not rule out, so it is asked as
 * written only — never as a false statement or among options (typed, the text's own figure is the one answer). A claim
 * someone is reported to make outside the condition ("estimates that GDP could be …", "said the plan would cost …"), or
 * any quotation, is a report, not a case.
 */
export function caseToTheReader(sentence: string): boolean {
  // ("Now suppose that a government antipoverty program guarantees every family … $18,000 in income", "For example, assume
  // that Rolex … sells 300 watches … for US$600,000": a case the writer sets up, modal or not — tuning text m63909 keyed
  // "$15,000" false, reading WU "US$800,000")
  if (/^(?:[^,]{1,30},\s+|(?:Now|So|Then|But)\s+)?(?:suppose|imagine|assume|say)\b/i.test(sentence)) return true;
  // ("If the price increases to $200, suppliers produce more jackets than consumers are willing to buy, and a surplus
  // results": a condition that opens the sentence makes it a case, modal or not — reading WU keyed $220 and $290 false)
  const opensOnCondition = /^(?:[^,]{1,30},\s+)?(?:if|unless)\s+(?!anything\b)/i.test(sentence);
  if (!opensOnCondition && !MODAL.test(sentence)) return false;
  // (anywhere in the sentence, and any quotation: "“We will invest $5bn,” the chief executive said" reports a plan —
  // but a verb of finding inside the condition is part of the case: "If the analyst found that the industry average was
  // 5.5 for small bakeries, Delicious Desserts would appear to have low liquidity", reading WT keyed 3.4 and 5.5 false,
  // and any average above the firm's holds)
  const condition = /^(?:[^,]{1,30},\s+)?(?:If|Unless|Suppose|Imagine|Assume)\b[^,;]*/i.exec(sentence)?.[0];
  const rest = condition === undefined ? sentence : sentence.slice(condition.length);
  if (REPORTED_CLAIM.test(rest) || /[“”"]/.test(sentence)) return false;
  return opensOnCondition || CONDITION.test(sentence) || GENERIC_CASE.test(sentence);
}

/**
 * "In the _____ millennium BCE, the world's first great cities arose": a millennium swapped is three thousand years
 * off or more, false to anyone who knows when cities or bronze began (reading VO and VP failed all four such lines; the
 * typed millennium passed every line) — asked as written only.
 */
function millennium(f: Fact, sentence: string): boolean {
  return f.kind === "number" && /^\s+millennium\b/i.test(sentence.slice(f.end));
}

/** Whether two spans of years ("1880–1900", "2040–1782 BCE") share a year; false when either has no two years. */
export function spansOverlap(a: string, b: string): boolean {
  const ends = (t: string): [number, number] | undefined => {
    const ys = (t.match(/\d{3,4}/g) ?? []).map(Number);
    return ys.length >= 2 ? [Math.min(ys[0] as number, ys[1] as number), Math.max(ys[0] as number, ys[1] as number)] : undefined;
  };
  const x = ends(a);
  const y = ends(b);
  return x !== undefined && y !== undefined && x[0] <= y[1] && y[0] <= x[1];
}

/** Amounts of money ("£2.36m", "$1,200"), shares ("4.5%") and years of a text, each with its unit and scaled value. */
function amountsOf(text: string): { unit: string; value: number }[] {
  const out: { unit: string; value: number }[] = [];
  for (const m of text.matchAll(/([$£€])\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(bn|m|k|tn)\b|\s+(thousand|million|billion|trillion)\b)?/g)) {
    const scale = (m[3] ?? m[4])?.toLowerCase();
    out.push({ unit: m[1] as string, value: Number((m[2] as string).replace(/,/g, "")) * (scale ? (SCALES[scale] ?? 1) : 1) });
  }
  // ("Rossignol shares touched 17.30 euros, before falling back to … 16.60 euros": a currency's word, reading ZG)
  for (const m of text.matchAll(/(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(euros?|dollars?|pounds?|yen|cents?|pence|p)\b/g)) {
    const unit = (m[2] as string).replace(/s$/, "");
    out.push({ unit: unit === "p" ? "pence" : unit, value: Number((m[1] as string).replace(/,/g, "")) });
  }
  for (const m of text.matchAll(/(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(?:%|per ?cent\b)/g)) out.push({ unit: "%", value: Number((m[1] as string).replace(/,/g, "")) });
  // (years: "the 2000 Australian Open, Wimbledon in 1999 and the 1998 US Open" keyed false with 2001 broke the order, reading ZF)
  for (const m of text.matchAll(/(?<![\d.,$£€-])\b(1[5-9]\d\d|20\d\d)\b(?![\d,.%-])/g)) out.push({ unit: "year", value: Number(m[1]) });
  return out;
}

/**
 * "The government gives £200 for winter fuel to households with people over 60, or £300 where people are over 80" with
 * £500 swapped in, "UKIP … spent £2.36m on the campaign - second only to the Conservatives' £3.13m" with £2.35m: a false
 * amount on the other side of another amount of its unit in the sentence breaks the order the sentence sets, and reads
 * false without the article (reading ZA). A false amount keeps the true one's side of each.
 */
export function keepsSides(stem: string, answer: string, option: string): boolean {
  const [own] = amountsOf(answer);
  const [other] = amountsOf(option);
  if (own === undefined || other === undefined || own.unit !== other.unit) return true;
  return amountsOf(stem).every((a) => a.unit !== own.unit || a.value === own.value || Math.sign(own.value - a.value) === Math.sign(other.value - a.value));
}

/**
 * A statement from the text, true as written or with one fact swapped for a same-kind value of the article
 * (a number, date, place, person or organisation), or a quotation with its speaker or another person of the article.
 */
export function makeTrueFalse(f: Fact, ctx: BuildContext): FullQuestion | undefined {
  const s = ctx.sentenceOf(f);
  if (!s) return undefined;
  if (f.kind === "quote") return quoteTrueFalse(f, s, ctx);
  if (f.kind === "statement") return makeStatementTrueFalse(f, s, ctx);
  if (!TRUE_FALSE_KINDS.has(f.kind)) return undefined;
  // "donated more than $3.4 million": "more than $4.8 million" is not ruled out by it (reading J failed such swaps),
  // but the statement as written is fair (reading L passed them): a hedged amount is asked only as written
  // ("had risen into the double digits by 1978" as "by 1980": what was so by a year is so by any later one — a date
  // after "by" is asked as written only, reading VB)
  // ("households … saved almost $1.3 trillion in 2017", "In July 2021, Americans had about $807 billion outstanding …": a
  // measurement's date swapped is one the article says nothing of — not false, reading WI; its figure is swapped instead)
  const measured = ((f.kind === "date" || f.kind === "date-range") && MEASURED_FIGURE.test(s.text)) || (f.kind === "number" && AGE_BOUND_BEFORE.test(s.text.slice(0, f.start)));
  const hedged = f.hedge === "min" || f.hedge === "max" || byADate(f, s.text) || millennium(f, s.text) || measured || caseToTheReader(s.text);
  // "Mr Blair said he would do everything he could …" with another person: the article does not say the other did
  // not say it too, so "false" is not the article's (reading Y; swaps of whose words are the who-said form's)
  if (f.kind === "person" && /^,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|warned|argued|claimed|insisted|stated|explained|admitted|believes|thinks)\b/.test(s.text.slice(f.end))) return undefined;
  // "Characters like Souness, Ferguson and … all cite Smith's experience": an open list, so the article does not say another
  // person swapped in did not too (reading CD: "Vogts" keyed false)
  // ("Hardin, Berry, and others have written extensively about …": a list that ends on "and others", reading VX)
  if (f.kind === "person" && inOpenList(s.text.slice(0, f.start), s.text.slice(f.end))) return undefined;
  // "Kurihara gave no details of the anti-submarine program": what someone did not do, the article does not say of the
  // person swapped in either — "Nakasone gave no details" is no false statement (reading ZN keyed one false)
  if ((f.kind === "person" || f.kind === "organisation") && NEGATED_DEED.test(s.text.slice(f.end))) return undefined;
  // "Britain's 800m and 1500m champion _____", "Ethiopian _____": a country's (or a club's, a party's) possessive or a
  // people's adjective in the words before the name ties it to one side — someone of another swapped in reads false at a
  // glance (reading ZB: "Britain's 800m and 1500m champion Kenenisa Bekele")
  if (f.kind === "person" && SIDE_BEFORE.test(s.text.slice(Math.max(0, f.start - 60), f.start))) return undefined;
  if (f.kind === "person" && surnameOf(f, ctx.analysis) !== undefined) return surnameTrueFalse(f, s, ctx);
  if (f.kind === "person" && (f.group !== f.text || f.text.split(" ").length < 2)) return undefined;
  // "South Korean President ___", "Facebook co-founder ___": a title binds the name, and a swapped-in person with
  // another title elsewhere in the article (or in the news) is easy to spot — unless the article gives the other person
  // the very same title ("Sen. Harry Reid" ↔ "Sen. Dick Durbin")
  if (f.kind === "person" && TITLED_BEFORE.test(s.text.slice(Math.max(0, f.start - 30), f.start))) return sameTitleTrueFalse(f, s, ctx);
  // "The Greek Orthodox Church, a Christian denomination, …": the apposition tells which kind of body fits
  if (f.kind === "organisation" && /^,? (?:a|an|the|which|who) /.test(s.text.slice(f.end))) return undefined;
  // "Aids charity the Terrence Higgins Trust", "drugs firm Merck": the words before say which kind of body fits, and a body of
  // another kind in its place reads false at a glance ("Aids charity the British Lung Foundation", reading V)
  if (f.kind === "organisation" && ORG_DESCRIBED_BEFORE.test(s.text.slice(Math.max(0, f.start - 40), f.start))) return undefined;
  // "the European Court of Human Rights": a name that goes on past the fact ("the Home Office of Human Rights", reading Y)
  if (f.kind === "organisation" && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(f.end))) return undefined;
  // "the head of Al Iraqiya, the American-financed television network", "Ian Paisley's Democratic Unionists", "Sens.
  // Norm Coleman, R-Minn.": a name the sentence describes, owns or titles — another name in its place reads as nonsense
  // ("the head of Erik Kurilla, the … network", "Ian Paisley's Gerry Adams"), false without the article
  // ("Christopher Andrew, who now teaches at Cambridge, said …": a relative clause pins the person down too, reading BQ's
  // rules)
  if ((f.kind === "person" || f.kind === "organisation") && (/^, (?:a|an|the|who|whose) /.test(s.text.slice(f.end)) || roleAfter(s.text.slice(f.end)) || /(?:['’]s|\bof|\bSens?\.|\bReps?\.) $/.test(s.text.slice(0, f.start)))) return undefined;
  // "The dollar has weakened sharply since September when it traded about $1.20 against the euro" swapped to $4.00: an
  // exchange rate a reader of the news knows to within a few cents (reading ZL)
  if (f.kind === "money" && /^\s*(?:against|to) the (?:euro|dollar|US dollar|pound|yen|yuan)\b/.test(s.text.slice(f.end))) return undefined;
  const stem = stemFor(s, f);
  let wrong = distractorsFor(f, stem, ctx);
  if (f.kind === "person") wrong = wrong.filter(sameSexAs(ctx, f.group ?? f.text, stem));
  if (f.kind === "person") {
    const people = crediblePeople(ctx.analysis);
    if (!people.credible.has(f.text)) return undefined;
    wrong = wrong.filter((w) => people.swappable.has(w) && !sameDeedElsewhere(w, stem, s, ctx.analysis.sentences));
  }
  // "an $11bn accounting fraud": a swapped value takes the article the sentence gives it ("an $13bn" showed the swap,
  // reading AM)
  const article = /\b(a|an) _____/i.exec(stem)?.[1]?.toLowerCase();
  if (article) wrong = wrong.filter((w) => takesAn(w) === (article === "an"));
  // "facing 8% fewer consumers by 2050" as "7% fewer": a share a point away reads as a quibble, arguably still true
  // (reading BW) — a false share is a fifth or more away from the article's
  const value = f.kind === "percent" ? firstNumber(f.text) : undefined;
  if (value !== undefined && value > 0) wrong = wrong.filter((w) => {
    const v = firstNumber(w);
    return v === undefined || Math.abs(v - value) / Math.max(v, value) >= 0.2;
  });
  // "planted his shot wide from 10 yards" as "from 9 yards": a round figure swapped for an odd one reads as the altered
  // fact (reading BX) — a false figure is as round as the article's
  const amount = ROUNDED_KINDS.has(f.kind) ? firstNumber(f.text) : undefined;
  if (amount !== undefined && isRound(amount)) wrong = wrong.filter((w) => isRound(firstNumber(w) ?? 0));
  // "Egypt’s Middle Kingdom (2038–1780 BCE)" for 2040–1782, "From 1877 to 1897" for 1880–1900: a span shifted within
  // itself is still mostly true (readings VL and VN failed such statements) — a false span shares no year with the true one
  if (f.kind === "date-range") wrong = wrong.filter((w) => !spansOverlap(f.text, w));
  if (f.kind === "money" || f.kind === "percent" || f.kind === "date") wrong = wrong.filter((w) => keepsSides(stem, f.text, w));
  if (f.kind === "money" || f.kind === "number") {
    const far = swapFarFromPair(stem, f.text);
    wrong = wrong.filter((w) => !far(w));
  }
  if (wrong.length < 1) return undefined;
  const isTrue = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  if (hedged && !isTrue) return undefined;
  const swapped = wrong[0] as string;
  const statement = isTrue ? s.text : stem.replace(BLANK, swapped);
  const explanation = isTrue
    ? `True. ${explainFound(s, f)}`
    : `False: the article says ${f.text}, not ${swapped}. ${explainFound(s, f)}`;
  return {
    id: questionId("true-false", f, isTrue ? "true" : swapped),
    type: "true-false",
    prompt: `True or false? ${statement}`,
    options: ["True", "False"],
    kind: f.kind,
    answer: isTrue ? "true" : "false",
    evidence: evidence(s, f),
    explanation,
  };
}

/**
 * "Trump granted _____ a full and unconditional pardon" with Bernard Kerik swapped in, where another sentence says "Trump
 * granted Bernard Bailey Kerik a full and unconditional pardon": a person the article says did (or had done to them) the
 * same — most of the statement's words again, in a sentence naming them — makes the swap true, not false (reading YN
 * keyed two such statements wrong).
 */
export function sameDeedElsewhere(person: string, stem: string, s: SentenceInfo, sentences: readonly SentenceInfo[]): boolean {
  const own = new Set(contentWords(stem.replace(BLANK, " ")));
  if (own.size === 0) return false;
  const surname = person.split(" ").pop() ?? person;
  // ("Baldrige expressed concern that the sale would leave the U.S. military dependent …. Pentagon officials said Defence
  // Secretary Caspar Weinberger also opposes the sale": the sentence beside the statement's says the person sides with it,
  // so Weinberger swapped in is no plain falsehood — reading ZZL keyed it false)
  const at = sentences.indexOf(s);
  const alsoNear = new RegExp(String.raw`\b${escapeRegExp(surname)}\b,?(?:\s+(?:has|had|is|was|would|will))?\s+(?:also|too|likewise|similarly|as well)\b`, "u");
  if (at >= 0 && [sentences[at - 1], sentences[at + 1]].some((x) => x !== undefined && alsoNear.test(x.text))) return true;
  return sentences.some((x) => {
    if (x === s || !mentions(x.text, surname)) return false;
    const other = new Set(contentWords(x.text));
    let shared = 0;
    for (const w of own) if (other.has(w)) shared++;
    return shared / own.size >= 0.5;
  });
}

/** The title right before a name: its last one or two words ("Sen.", "Korean President", "chief executive"). */
function titleBefore(text: string, at: number): string | undefined {
  const m = /((?:[\p{L}.-]+ )?[\p{L}.-]+) $/u.exec(text.slice(Math.max(0, at - 40), at));
  return m?.[1];
}

/**
 * "True or false? Sen. Dick Durbin was elevated to leader …": a titled person swapped only for another whom the article
 * gives the same title words ("Sen. X", "Rep. Y", "Foreign Minister Z"), in full, of the same sex where the sentence
 * shows it.
 */
function sameTitleTrueFalse(f: Fact, s: SentenceInfo, ctx: BuildContext): FullQuestion | undefined {
  if (f.group !== f.text || !f.text.includes(" ")) return undefined;
  const title = titleBefore(s.text, f.start);
  // "President X" ↔ "President Y": what a head of state or government does is known without the article
  if (!title || /(?:['’]s|\bof)$/.test(title) || HEAD_OF_GOVERNMENT_BEFORE.test(`${title} `)) return undefined;
  if (/^, (?:a|an|the) /.test(s.text.slice(f.end))) return undefined;
  const body = ctx.analysis.sentences.map((x) => x.text).join(" ");
  const stem = stemFor(s, f);
  const others = ctx.analysis.persons
    .filter((p) => p.full !== f.text && p.full.includes(" ") && !s.text.includes(p.surname) && body.includes(`${title} ${p.full}`))
    .map((p) => p.full)
    .filter(sameSexAs(ctx, f.text, stem));
  if (others.length < 1) return undefined;
  const isTrue = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  const swapped = ctx.rng.shuffle(others)[0] as string;
  return personTrueFalse(f, s, stem, isTrue, swapped);
}

/** The true/false question on a person: the sentence as written, or with `swapped` in the person's place. */
function personTrueFalse(f: Fact, s: SentenceInfo, stem: string, isTrue: boolean, swapped: string): FullQuestion {
  return {
    id: questionId("true-false", f, isTrue ? "true" : swapped),
    type: "true-false",
    prompt: `True or false? ${isTrue ? s.text : stem.replace(BLANK, swapped)}`,
    options: ["True", "False"],
    kind: "person",
    answer: isTrue ? "true" : "false",
    evidence: evidence(s, f),
    explanation: isTrue ? `True. ${explainFound(s, f)}` : `False: the article says ${f.text}, not ${swapped}. ${explainFound(s, f)}`,
  };
}

/**
 * A person named by the surname alone ("Mr Mandelson has resigned twice …", "Johanns, who will replace Ann Veneman, …"),
 * when the article names them in full elsewhere and no one else of the article has that surname: the full name.
 */
function surnameOf(f: Fact, analysis: ArticleAnalysis): string | undefined {
  if (f.text.includes(" ")) return undefined;
  const person = analysis.persons.find((p) => p.full === f.group && p.surname === f.text && p.full.includes(" "));
  if (!person || analysis.persons.some((p) => p !== person && p.surname === person.surname)) return undefined;
  return person.full;
}

/**
 * "True or false? Mr Frattini has resigned twice from the British government …": the surname, or the surname of another
 * person the article names in full (one surname each, not in this sentence; of the same sex where "Mr"/"Mrs" or a
 * pronoun shows it). A role before the name ("Sen.", "chief executive") binds it, as for full names; "Mr"/"Mrs"/"Dr"
 * do not. Reading I passed 17 of 22 true/false swaps of people.
 */
function surnameTrueFalse(f: Fact, s: SentenceInfo, ctx: BuildContext): FullQuestion | undefined {
  const before = s.text.slice(Math.max(0, f.start - 30), f.start);
  const courtesy = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? $/.test(before);
  if (!courtesy && TITLED_BEFORE.test(before)) return undefined;
  // "the Hutu rebels": a name used as a modifier is no person here
  if (/(?:['’]s|\bof|\bthe) $/i.test(before) || /^(?:['’]s\b|, (?:a|an|the) )/.test(s.text.slice(f.end)) || roleAfter(s.text.slice(f.end))) return undefined;
  const headline = ` ${normalizeAnswer(ctx.analysis.headline)} `;
  // the article's main figure (named by the headline) is known to the reader; a surname that is also a common noun
  // ("Giuliani Partners" read as a person) may be no person at all
  const namesAPerson = (surname: string): boolean =>
    CAP_START.test(surname) && !headline.includes(` ${normalizeAnswer(surname)} `) && nounClass(surname) === undefined;
  const people = crediblePeople(ctx.analysis);
  if (!namesAPerson(f.text) || !people.credible.has(f.group ?? "")) return undefined;
  const stem = stemFor(s, f);
  const sameSex = sameSexAs(ctx, f.group ?? "", stem, courtesy);
  const surnames = new Map<string, number>();
  for (const p of ctx.analysis.persons) surnames.set(p.surname, (surnames.get(p.surname) ?? 0) + 1);
  const others = ctx.analysis.persons
    // not the person the headline names: a reader knows what the article's main figure did ("Mr Barroso has resigned twice
    // from the British government" about Peter Mandelson)
    .filter((p) => p.full !== f.group && p.full.includes(" ") && surnames.get(p.surname) === 1 && !s.text.includes(p.surname) && namesAPerson(p.surname) && people.swappable.has(p.full))
    .filter((p) => sameSex(p.full) && !sameDeedElsewhere(p.full, stem, s, ctx.analysis.sentences))
    .map((p) => p.surname);
  if (others.length < 1) return undefined;
  const isTrue = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  return personTrueFalse(f, s, stem, isTrue, ctx.rng.shuffle(others)[0] as string);
}

/** Does the quotation share a content word with a quotation in the headline ("'No more concessions' on terror")? */
export function quotesHeadline(headline: string, quote: string): boolean {
  const quoted = [...headline.matchAll(/(?:^|[\s(])['‘“"]([^'’”"]{3,})['’”"](?=[\s:;,.!?)]|$)/gu)].flatMap((m) => contentWords(m[1] ?? ""));
  if (quoted.length === 0) return false;
  const own = new Set(contentWords(quote));
  return quoted.some((w) => own.has(w));
}

/** "True or false? X is quoted as saying: “…”" — the speaker, or another person of the article. */
function quoteTrueFalse(f: Fact, s: SentenceInfo, ctx: BuildContext): FullQuestion | undefined {
  if (!f.speakerFull || !f.speaker || !(s.text.includes(f.speaker) || f.speakerBefore) || isQuoteFragment(f.text)) return undefined;
  const full = f.speakerFull;
  const quote = shortQuote(f.text);
  const surname = full.split(" ").pop() ?? full;
  if (mentions(quote, surname)) return undefined;
  // a head of state or government is no fair stand-in speaker in a statement ("Junichiro Koizumi is quoted as saying: “I
  // was stunned …”" about an astronomer's finding)
  const swappable = crediblePeople(ctx.analysis).swappable;
  // (nor the person the headline names: "Lindsay Davenport is quoted as saying: “I'm extremely disappointed …”" under
  // "Davenport sees off Vaidisova", reading AN)
  // (nor anyone else the sentence names outside the quotation: "…,” JP Morgan chief executive William Harrison and chief
  // operating officer James Dimon said" — both said it, reading ZJ keyed "Harrison" false)
  const outside = s.text.replace(/[“"][^”"]*[”"]/g, " ");
  const others = otherSpeakers(full, quote, ctx).filter((p) => swappable.has(p) && !mentions(ctx.analysis.headline, p.split(" ").pop() ?? p) && !mentions(outside, p.split(" ").pop() ?? p));
  if (others.length < 1) return undefined;
  // "'No more concessions' on terror" over "I have no desire to make further so-called concessions": the headline quotes
  // the words, so whose they are is the headline's (reading BX)
  if (quotesHeadline(ctx.analysis.headline, quote)) return undefined;
  const isTrue = ctx.nextTrueFalse ? ctx.nextTrueFalse() : ctx.rng.next() < 0.5;
  const shown = isTrue ? full : (ctx.rng.shuffle(others)[0] as string);
  return {
    id: questionId("true-false", f, isTrue ? "true" : shown),
    type: "true-false",
    prompt: `True or false? ${shown} is quoted as saying: “${quote}”`,
    options: ["True", "False"],
    kind: "quote",
    answer: isTrue ? "true" : "false",
    evidence: evidence(s, f),
    explanation: `${isTrue ? "True" : `False: ${full} said it, not ${shown}`} (paragraph ${s.paragraph + 1}).`,
  };
}

/** True or false: a sentence of the article as written, or with one value, name or speaker swapped. */
export const trueFalseType: QuestionTypeSpec<"true-false"> = {
  type: "true-false",
  labels: QUESTION_TYPE_LABELS["true-false"],
  build: makeTrueFalse,
};

/**
 * "Digby Jones, ex-chief economic adviser to the Treasury, said …": a role the sentence gives the person right after the
 * name. Another person in the name's place keeps the role, and the statement is false only by it — while the other
 * may well have said the same (reading AL).
 */
export function roleAfter(after: string): boolean {
  // (or set off by a dash, or owned by a place or a body: "Oleg Gordievsky - a former Yale historian", "Chris Furness,
  // Libya's oil minister, told Reuters" — a swapped name reads wrong by the role, reading BK)
  if (/^\s+[-–—]\s+(?:a|an|the)\s/u.test(after)) return true;
  // (", formerly the president and chief executive officer of …", reading YN)
  if (/^, (?:formerly|once|previously|until recently)\s+(?:a|an|the)\s/.test(after)) return true;
  // (a role written with capitals too: "David Frost, Director General of the British Chambers of Commerce", reading BW's
  // rules)
  const m = /^, (?:\p{Lu}[\p{L}-]*['’]s\s+)?((?:[\p{L}-]+\s+){0,5}[\p{L}-]+)(?=\s+(?:of|to|at|for|in|with)\b|,)/u.exec(after);
  return m !== null && (m[1] ?? "").split(/\s+/).some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/^(?:ex|former)-/, "")));
}

