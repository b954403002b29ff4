import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildArticle, parseArticleText } from "@newsquiz/article";
import { sampleArticle } from "@newsquiz/article/samples";
import { QuizInputError } from "./errors";
import { isOrgWord } from "./facts/names";
import { capitalsAfterInitials, lowerAfterInitials, namesMisspelt, namesRespelled } from "./misspelling";
import { afterItsTime, againstComparison, againstDirection, crossesAFigure, farFromItsPair, monthEdgeCandidates, nearestToAnchor, outsideDecade, outsideTerm, rewriteNumber, toRateGrid } from "./distractors";
import { adjacentBound, inDayList, sharesItsMonth, countInTerm, yearOnYear, attributiveDate, badBlank, closeComparison, forecastHorizon, inEvenSeries, stateOverSpan, contradictsItself, continuedQuotes, datedByEra, famousYear, remoteCentury, sharesMakeAWhole, fixedByConvention, givenByTerm, impossibleValue, inCitation, isFragment, leansOnEarlier, looseYear, oneInShare, OPINION, joinAnswerKey, makeQuiz, namesNothing, placeStem, workedFromTwoOthers, standsAlone, sumOfTwoOthers, theirOfNoOne, unclosedQuote, valueAgain, withSubjectNamed, workedOutByMultiplier } from "./make-quiz";
import { crediblePeople, isCrediblePerson, isQuoteFragment, quoteSpeakerSex, runsACompany, shortQuote } from "./make-questions";
import { caseToTheReader, inOpenList, keepsSides, quotesHeadline, roleAfter, sameDeedElsewhere, spansOverlap } from "./question-types/true-false";
import { pairedWith } from "./question-types/choice";
import { takesAn } from "./find-concepts";
import { analyzeArticle, findFacts, type Fact } from "./find-facts";
import { sentenceNames } from "./facts/names";
import { normalizeAnswer } from "./normalize-answer";
import { QUESTION_TYPES, quizSchema, type FullQuestion, type QuestionType } from "./quiz-schema";
import { articleOf } from "./test-helpers";
import { newsReferents, withoutOpening } from "./referents";

const ARTICLES = join(import.meta.dirname, "../../article/samples/library");
// the 14 news texts of the starter library (01–14); interviews, biographies and textbooks are held to the same bars
// once the engine asks enough of them (issue #10)
const articleFiles = readdirSync(ARTICLES).filter((f) => /^(0\d|1[0-4])-.*\.txt$/.test(f)).sort();

const squash = (s: string): string => s.replace(/\s+/g, " ").trim().toLowerCase();
const words = (text: string): number =>
  text.split("\n").filter((l) => l.trim() && !l.startsWith("- ")).slice(1).join(" ").split(/\s+/).filter(Boolean).length;

/** True when `other`'s prompt shows `q`'s answer (normalised: case, punctuation, number forms; whole words). */
function answerShownIn(q: FullQuestion, other: FullQuestion): boolean {
  if (q.type === "true-false") return false; // "true"/"false": every true-false prompt begins "True or false?"
  // a key concept recurs through its text by nature and its distractors come from the same text (see hiddenValues)
  if (q.kind === "concept") return false;
  return ` ${normalizeAnswer(other.prompt)} `.includes(` ${normalizeAnswer(q.answer)} `);
}

/**
 * The question count a whole article must reach at count 40. The checker's bar is one question per full 60 words;
 * engine 2.0 asks each sentence once with its whole sentence as the prompt (no cut prompts), and 2.2 no longer asks
 * the forms blind readers failed most (a place or person as multiple choice, 5–17 % passed; see TYPES_FOR) nor
 * sentences that point back ("The move …", "the two sides"), which costs the news texts up to two thirds of that bar
 * until question kinds that pass fill it (issue #10): this floor keeps what 2.2 reaches (the lowest news texts,
 * 03-clock and 01-afghan, ask 33–38 % of it) so that a change asking still fewer fails. Lowered from 0.3 to 0.2 of the
 * bar for the rules from reading AL: a span written as a modifier ("In the _____ PlayStation VR demonstration", "a
 * _____ plan") is a blank many words fill, and 06-expo was left one question.
 */
const densityFloor = (text: string): number => Math.floor(0.2 * Math.floor(words(text) / 60));

/**
 * Every question of the count-40 (or `count`) quizzes of seeds 1…`seeds` on an article made of these sentences, of the
 * given `types` when given (the tests of what a blind reading failed ask it of sentences of the same shape).
 */
function askedIn(
  sentences: string[],
  { headline = "A headline about something else entirely", seeds = 8, count = 40, types }: { headline?: string; seeds?: number; count?: number; types?: QuestionType[] } = {},
): FullQuestion[] {
  const article = articleOf(sentences, headline);
  return Array.from({ length: seeds }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count, ...(types ? { types } : {}) })));
}

/** The words of the evidence sentence a question blanks or swaps. */
const blanked = (q: FullQuestion): string => q.evidence.text.slice(q.evidence.start, q.evidence.end);

/** What the engine blanks or swaps in a one-sentence article, over `askedIn`'s seeds. */
const blanksOf = (sentence: string): string[] => askedIn([sentence]).map((q) => blanked(q));

/** `famousYear` of a year as written in a sentence (a single year, not a span). */
const yearOf = (sentence: string, year: string): boolean => {
  const start = sentence.indexOf(year);
  return famousYear(sentence, { start, end: start + year.length, value: Number(year) });
};

/** "p.s" of a question's evidence sentence. */
const sentenceKey = (q: FullQuestion): string => `${q.evidence.paragraph}.${q.evidence.sentence}`;

function checkInvariants(qs: FullQuestion[]): void {
  const facts = new Set<string>();
  // every prompt shows its whole sentence, so a sentence carries one question (two would show each other's answer)
  // (a who-is-who prompt shows a name, not its sentence, and may share it with a "who said" question: role.ts)
  const shown = qs.filter((q) => q.kind !== "role");
  for (const q of qs.filter((x) => x.kind === "role")) expect(qs.filter((o) => o !== q && sentenceKey(o) === sentenceKey(q)).every((o) => o.type === "who-said" && o.kind === "quote")).toBe(true);
  expect(new Set(shown.map(sentenceKey)).size).toBe(shown.length);
  for (const q of qs) {
    if (q.type === "choice" || q.type === "cloze" || q.type === "who-said") {
      // (a speaker named in the sentence before — "…,” he said.", or a sentence that only goes on with a quotation — is
      // named by the explanation)
      expect(q.evidence.text.includes(q.answer) || (q.type === "who-said" && q.explanation.startsWith(`${q.answer} said it`)), `${q.answer} in ${q.evidence.text}`).toBe(true);
      expect(q.evidence.text.slice(q.evidence.start, q.evidence.end).includes(q.answer) || q.type === "who-said").toBe(true);
    }
    if (q.options) {
      expect(new Set(q.options.map(normalizeAnswer)).size).toBe(q.options.length);
      if (q.type !== "true-false") expect(q.options).toContain(q.answer);
      if (q.type === "choice") {
        expect(q.options).toHaveLength(4);
        expect(new Set(q.options.map((o) => /\d/.test(o))).size).toBe(1);
      }
    }
    if (q.type === "choice" || q.type === "cloze") {
      const escaped = squash(q.answer).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      expect(new RegExp(`\\b${escaped}\\b`).test(squash(q.prompt)), `${q.answer} leaks in ${q.prompt}`).toBe(false);
    }
    for (const other of qs) {
      if (other !== q) expect(answerShownIn(q, other), `${q.answer} shown by: ${other.prompt}`).toBe(false);
    }
    const fact = `${q.evidence.paragraph}.${q.evidence.sentence}.${q.evidence.start}`;
    expect(facts.has(fact), `two questions on ${fact}`).toBe(false);
    facts.add(fact);
  }
  // a true-false statement or a who-said quotation shows its whole sentence: no other question may blank a fact of it
  const sentenceOf = (q: FullQuestion): string => `${q.evidence.paragraph}.${q.evidence.sentence}`;
  for (const q of qs.filter((x) => x.type === "true-false" || x.type === "who-said")) {
    const others = qs.filter((x) => x !== q && x.type !== "headline" && sentenceOf(x) === sentenceOf(q));
    expect(others.map((x) => x.prompt), `shares a sentence with: ${q.prompt}`).toEqual([]);
  }
}

describe("makeQuiz on the sample article", () => {
  const article = sampleArticle();

  it("pins the sample's questions for seed 1", () => {
    const qs = joinAnswerKey(makeQuiz(article, { seed: 1, count: 10 }));
    expect(qs.map((q) => `${q.type} | ${q.kind} | ${q.answer} | ${q.options?.join(" / ") ?? ""}`)).toMatchSnapshot();
  });

  it("is deterministic for a seed and differs for another seed", () => {
    const a = makeQuiz(article, { seed: 7, count: 10 });
    expect(makeQuiz(article, { seed: 7, count: 10 })).toEqual(a);
    const b = makeQuiz(article, { seed: 8, count: 10 });
    expect(b.questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
  });

  it("uses every question type when asked for all", () => {
    const types = new Set(makeQuiz(article, { seed: 1, count: 40, types: [...QUESTION_TYPES] }).questions.map((q) => q.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it("leaves the headline question out unless asked for: the quiz page shows the headline", () => {
    for (const seed of [1, 2, 3]) expect(makeQuiz(article, { seed, count: 40 }).questions.map((q) => q.type)).not.toContain("headline");
  });

  it("keeps the answers out of the public questions and validates with its schema", () => {
    const quiz = makeQuiz(article, { seed: 2, count: 40 });
    expect(quizSchema.parse(quiz)).toEqual(quiz);
    for (const q of quiz.questions) expect(Object.keys(q).sort()).toEqual(expect.arrayContaining(["id", "kind", "prompt", "type"]));
    expect(JSON.stringify(quiz.questions)).not.toContain("evidence");
    expect(Object.keys(quiz.answerKey).sort()).toEqual(quiz.questions.map((q) => q.id).sort());
  });

  it("respects count and types", () => {
    const quiz = makeQuiz(article, { seed: 1, count: 5, types: ["cloze", "true-false"] });
    expect(quiz.questions).toHaveLength(5);
    for (const q of quiz.questions) expect(["cloze", "true-false"]).toContain(q.type);
  });

  it("asks at least 70 % of one question per full 60 words", () => {
    const text = readFileSync(join(ARTICLES, "../sample-article.txt"), "utf8");
    expect(makeQuiz(article, { count: 40 }).questions.length).toBeGreaterThanOrEqual(densityFloor(text));
  });
});

describe("makeQuiz on the real articles", () => {
  it.each(articleFiles)("%s: mechanical bars", (file) => {
    const text = readFileSync(join(ARTICLES, file), "utf8");
    const quiz = makeQuiz(parseArticleText(text), { count: 40, seed: 1 });
    const qs = joinAnswerKey(quiz);
    checkInvariants(qs);
    // one question per full 60 words, the checker's bar (check-quiz.py); ceil(words / 60) was reached before 1.2 only
    // with pairs of questions on one sentence that showed each other's answer (03-clock, 08-hackers, the sample)
    expect(qs.length).toBeGreaterThanOrEqual(densityFloor(text));
  });
});

describe("makeQuiz on bad input", () => {
  it("returns an empty quiz with a reason when there are no usable facts", () => {
    // (too short a sentence to ask as a statement, which any sentence with a subject and a verb can be)
    const quiz = makeQuiz(articleOf(["Everyone went outside to play."]));
    expect(quiz.questions).toEqual([]);
    expect(quiz.reason).toMatch(/no checkable facts/);
  });

  it("throws a typed error on bad options or a malformed article", () => {
    expect(() => makeQuiz(sampleArticle(), { count: 41 })).toThrow(QuizInputError);
    expect(() => makeQuiz(sampleArticle(), { count: 0 })).toThrow(QuizInputError);
    expect(() => makeQuiz({ headline: "x" } as never)).toThrow(QuizInputError);
  });

  it("handles a 100,000-word article", () => {
    const paras = sampleArticle().paragraphs.map((p) => p.text);
    const big: string[] = [];
    while (big.join(" ").split(" ").length < 100_000) big.push(...paras);
    const quiz = makeQuiz(buildArticle({ headline: "A long article", paragraphs: big, relatedHeadlines: [] }), { count: 40 });
    // the sample 160 times over holds the sample's facts, each asked once (a value is one fact wherever it recurs)
    expect(quiz.questions.length).toBeGreaterThanOrEqual(4);
  }, 60_000);
});

describe("makeQuiz: question kinds added in engine 1.1", () => {
  const read = (file: string) => parseArticleText(readFileSync(join(ARTICLES, file), "utf8"));

  it("gives the same id to the same question under every seed, and another id to another statement", () => {
    const byId = new Map<string, string>();
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const q of joinAnswerKey(makeQuiz(read("04-crane.txt"), { seed, count: 40 }))) {
        const shown = `${q.type}|${q.prompt}|${q.answer}|${q.evidence.paragraph}.${q.evidence.sentence}.${q.evidence.start}`;
        const before = byId.get(q.id);
        // options are reshuffled per seed, so the prompt, answer and evidence are what must match
        if (before) expect(shown).toBe(before);
        else byId.set(q.id, shown);
      }
    }
    // 04-crane is 190 words: five seeds between them ask three or more questions
    expect(byId.size).toBeGreaterThan(2);
  });

  it("asks true or false on a quotation with its speaker or another person of the article", () => {
    const qs = [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(read("04-crane.txt"), { seed, count: 40 })));
    const quoteTf = qs.filter((q) => q.type === "true-false" && q.kind === "quote");
    expect(quoteTf.length).toBeGreaterThan(0);
    for (const q of quoteTf) {
      expect(q.prompt).toMatch(/^True or false\? (?:Khaled Al-Maeena|Suleiman al-Amr) is quoted as saying: “/);
      const named = /\? (.+?) is quoted/.exec(q.prompt)?.[1] ?? "";
      // true exactly when the person shown is the one the evidence sentence names as the speaker
      expect(q.answer).toBe(q.evidence.text.includes(named) ? "true" : "false");
    }
  });

  it("asks nothing about a name sharing a word with the headline, which the quiz page shows (2.3)", () => {
    // reading I: as written such a statement repeats the headline; swapped it reads wrong at a glance ("Homeland
    // Security, the New York-based consulting firm"). Engine 2.2 swapped "Greek Orthodox Church" and "Greek Ministry of
    // Culture" here.
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(worshipNamed(), { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    const onHeadlineNames = qs.filter((q) => /Greek/.test(q.evidence.text.slice(q.evidence.start, q.evidence.end)));
    expect(onHeadlineNames.map((q) => q.prompt)).toEqual([]);
  });

  it("does not swap a person whose title binds the name ('South Korean President ___')", () => {
    // The sample names "South Korean President Yoon Suk Yeol" and gets no person swap at all; two library texts
    // whose quizzes do swap people show the rule holding where swaps are made.
    let checked = 0;
    for (const [article, seed] of [article0(), read("02-asylum.txt"), read("23-bio-bernoulli.txt")].flatMap((a) => [1, 2, 3].map((seed) => [a, seed] as const))) {
      const qs = joinAnswerKey(makeQuiz(article, { seed, count: 40 }));
      for (const q of qs.filter((x) => x.type === "true-false" && x.kind === "person")) {
        checked += 1;
        const name = q.evidence.text.slice(q.evidence.start, q.evidence.end);
        expect(q.evidence.text.slice(0, q.evidence.start)).not.toMatch(/(?:President|leader|Minister) $/);
        // a surname alone only for a person the article names in full (2.4)
        if (!name.includes(" ")) expect(article.paragraphs.map((p) => p.text).join(" ")).toMatch(new RegExp(`\\p{Lu}\\p{Ll}+ ${name}\\b`, "u"));
      }
    }
    expect(checked, "these quizzes swap people").toBeGreaterThan(0);
  });

  it("asks no multiple choice on a world-famous name after its role ('US President ___', 'North Korean leader ___')", () => {
    const qs = [read("03-clock.txt"), sampleArticle()].flatMap((a) => joinAnswerKey(makeQuiz(a, { seed: 1, count: 40 })));
    expect(qs.filter((q) => q.kind === "person" && /(?:President|leader|co-founder) _____/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("asks people only as true-or-false swaps, never as options or a typed name (2.2: 5 % and 30 % passed blind)", () => {
    const qs = ["13-warhol.txt", "02-asylum.txt", "23-bio-bernoulli.txt"].flatMap((file) =>
      [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(read(file), { seed, count: 40 }))),
    );
    const people = qs.filter((x) => x.kind === "person");
    expect(people.length, "people are still asked about").toBeGreaterThan(0);
    expect(people.filter((x) => x.type !== "true-false").map((x) => x.prompt)).toEqual([]);
  });

  it("asks nothing from the page's category and source lines", () => {
    const qs = joinAnswerKey(makeQuiz(read("11-sensitive.txt"), { seed: 1, count: 40 }));
    expect(qs.filter((q) => /^Categories:|— [^—]+, \w+ \d{1,2}, \d{4}$/.test(q.evidence.text))).toEqual([]);
  });
});

/**
 * 14-worship with its ministry sentence naming the religion ("Hellenic polytheism was banned …", the text's own name
 * for it): as written, "the religion" points back to the sentence before (leansOnEarlier), which leaves the text no
 * organisation to swap.
 */
function worshipNamed() {
  const text = readFileSync(join(ARTICLES, "14-worship.txt"), "utf8").replace("the religion was banned", "Hellenic polytheism was banned");
  return parseArticleText(text);
}

function article0() {
  return sampleArticle();
}

describe("makeQuiz: number words in distractors", () => {
  it("rewrites 'eighteen' as whole words, never 'eleveneen'", () => {
    // one question per sentence: over a few seeds, the sentence is asked about the age too
    const article = articleOf(["Paris claims she was first sent to the ship aged eighteen for two weeks as a teenager but ended up spending twelve years there."]);
    const qs = Array.from({ length: 24 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { count: 40, seed, types: ["true-false"] })));
    // a count is asked as a true-or-false swap (2.2): the swapped-in age is written in the statement
    const swapped = qs.filter((q) => q.answer === "false" && q.evidence.text.slice(q.evidence.start, q.evidence.end) === "eighteen");
    expect(swapped.length, "the age is swapped in some quiz").toBeGreaterThan(0);
    const written = swapped.flatMap((q) => q.prompt.match(/\b\p{L}+een\b/gu) ?? []);
    expect(written.filter((w) => !/^(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)$/i.test(w))).toEqual([]);
  });
});

describe("makeQuiz: no question gives another away (engine 1.2)", () => {
  const article = sampleArticle();
  const SHIPS =
    "According to the NIS, approximately 1,500 North Korean soldiers were transported during the first phase, using four amphibious landing ships and three escort vessels owned by Russia.";
  const quizzes = [10, 40].flatMap((count) =>
    Array.from({ length: 50 }, (_, i) => ({ count, seed: i + 1, qs: joinAnswerKey(makeQuiz(article, { count, seed: i + 1 })) })),
  );

  it("shows no question's answer in another question's prompt, for seeds 1..50 at count 10 and 40", () => {
    const shown: string[] = [];
    for (const { count, seed, qs } of quizzes) {
      for (const q of qs) for (const o of qs) if (q !== o && answerShownIn(q, o)) shown.push(`count ${count} seed ${seed}: ${q.answer} in “${o.prompt}”`);
    }
    expect(shown).toEqual([]);
  });

  it("asks a sentence once, its prompt the whole sentence: never 'four … and ___ escort vessels' beside '___ amphibious landing ships and three …'", () => {
    const onShips = quizzes.map(({ qs }) => qs.filter((q) => q.evidence.text === SHIPS));
    expect(onShips.some((qs) => qs.length > 0)).toBe(true);
    let blanked = 0;
    for (const qs of onShips) {
      expect(qs.length).toBeLessThanOrEqual(1);
      for (const q of qs.filter((x) => x.type === "choice" || x.type === "cloze")) {
        blanked += 1;
        expect(q.prompt).toBe(SHIPS.slice(0, q.evidence.start) + "_____" + SHIPS.slice(q.evidence.end));
      }
    }
    expect(blanked, "some quiz blanks a number of the ships sentence").toBeGreaterThan(0);
  });

  it("keeps the rule on the real articles too (seeds 1..10, count 40)", () => {
    for (const file of articleFiles) {
      const a = parseArticleText(readFileSync(join(ARTICLES, file), "utf8"));
      for (let seed = 1; seed <= 10; seed++) {
        const qs = joinAnswerKey(makeQuiz(a, { count: 40, seed }));
        for (const q of qs) for (const o of qs) if (q !== o) expect(answerShownIn(q, o), `${file} seed ${seed}: ${q.answer} in ${o.prompt}`).toBe(false);
      }
    }
  }, 60_000);
});

describe("makeQuiz: defects found reading engine 1.2.0's quizzes (1.2.1)", () => {
  const read = (file: string) => parseArticleText(readFileSync(join(ARTICLES, file), "utf8"));
  const quizzesOf = (file: string, seeds = 20, count = 40): FullQuestion[][] =>
    Array.from({ length: seeds }, (_, i) => joinAnswerKey(makeQuiz(read(file), { count, seed: i + 1 })));

  it("asks no number from a quotation that is most of its sentence, but still from a short one", () => {
    const ZEITGEIST = 'He said, "Andy Warhol was the center of the Zeitgeist for the 20th century and everything since.';
    const warhol = quizzesOf("13-warhol.txt").flat();
    expect(warhol.filter((q) => q.evidence.text === ZEITGEIST).map((q) => q.prompt)).toEqual([]);
    // "… to frame three guys who went out of their ways …" is Rathbun's plea, not the article's count
    const defector = quizzesOf("05-defector.txt").flat();
    expect(defector.filter((q) => q.evidence.text.startsWith('He described Montalvo as an individual, "facing')).map((q) => q.prompt)).toEqual([]);
    expect(defector.filter((q) => /a _____ who does not even know/.test(q.prompt))).toEqual([]);
    // Matthew Ingram's "… waging for almost 15 years, since … 1994" is a clause of the article's own sentence, but the
    // sentence begins "He characterized …": a prompt showing it would not say who "he" is (engine 2.0), so it is not asked
    const hackers = quizzesOf("08-hackers.txt", 5).flat();
    expect(hackers.filter((q) => q.evidence.text.startsWith("He characterized")).map((q) => q.prompt)).toEqual([]);
  });

  it("shows only sentences that stand alone (engine 2.0)", () => {
    expect(standsAlone("Hydrogen peroxide reduced infected ant fatalities by 15%.")).toBe(true);
    expect(standsAlone("“We infected the ants by preparing a solution,” Bos said.")).toBe(true);
    expect(standsAlone("He characterized the conflict as another small skirmish.")).toBe(false);
    expect(standsAlone("This common black ant eats other insects.")).toBe(false);
    expect(standsAlone("But they avoided it.")).toBe(false);
    expect(standsAlone("and then it rained.")).toBe(false);
    expect(standsAlone("What first attracted you to researching ants?")).toBe(false);
  });

  it("shows no sentence leaning on a cost, a claim or a time given before it (from reading P)", () => {
    expect(standsAlone("Ms Reid compared that new cost with the £200m spent on the old bridge.")).toBe(false);
    expect(standsAlone("Ms Reid said that new costs would be met by the council.")).toBe(true);
    expect(standsAlone("Some engineers believe this could take up to 12 years.")).toBe(false);
    expect(standsAlone("Some engineers believe the new bridge could take up to 12 years.")).toBe(true);
    expect(standsAlone("Shares in the firm have risen since but fell 3% on Tuesday.")).toBe(false);
    expect(standsAlone("Shares in Norbank have risen since March but fell 3% on Tuesday.")).toBe(true);
    expect(standsAlone("Restrictions were imposed ahead of its flotation in May.")).toBe(false);
    expect(standsAlone("Restrictions were imposed ahead of Norbank's flotation in May.")).toBe(true);
    expect(standsAlone("Norbank set restrictions ahead of its flotation in May.")).toBe(true);
    // reading Q
    expect(standsAlone("The 32-year-old will have an operation on his thumb on Monday.")).toBe(false);
    expect(standsAlone("The 150-year-old building will be sold for £2m.")).toBe(true);
    expect(standsAlone("The decline came despite a rise in exports of 4% in March.")).toBe(false);
    expect(standsAlone("Moments later the striker scored a second goal from 20 yards.")).toBe(false);
    // reading R
    expect(standsAlone("The figure means the annual rate of increase fell to 10.2% in March.")).toBe(false);
    expect(standsAlone("The total delays amount to 62 months, the report said.")).toBe(false);
  });

  it("shows no fragment of the source as a sentence (engine 2.0.1, from reading C)", () => {
    for (const fragment of [
      "1640), the most influential treatise on the aesthetics of guqin music, the category of li is merely the 10th of 24.",
      "(Three Sinners, 1950) and alongside Jean Gabin as a showgirl in the film Touchez pas au grisbi (1954).",
      "1 In a 2007 study Duckworth and colleagues found that individuals with high grit kept going.",
      "Duckworth, A. L.; Peterson, C.; Matthews, M. D.; Kelly, D. R. (2007).",
      "Hit for the cycle on June 16, 2015",
      "The quartiles are illustrated below:",
      "For the 11 salaries, calculate the IQR and determine if any salaries are outliers.",
      "Jespersen's autobiography (see below) was published in English translation as recently as 1995.",
      "In 1830, it forbade future U.S. immigration and increased its military presence in Texas.",
      "Moreau was born in Paris, the daughter of Katherine, a dancer who performed at the Folies Bergère (d.",
      "Denis Dutton (2007) provides such an account in his TED talk.",
      "With over 40,000 inhabitants, though, it's not just a nature reserve.",
      "Built by Shah Abbas II between 1656 and 1662.",
      "Germany: You can obtain the tourist card through the Cuban embassy in post.",
      "☎ +44 1904 550099 e-mail: info@example.org.",
      "Suilen H. Alvarado Laboratorio de Bases de Datos s.hernandez@udc.es Presented at the 2nd XoveTIC Congress.",
    ]) {
      expect([fragment, isFragment(fragment)]).toEqual([fragment, true]);
      expect(standsAlone(fragment)).toBe(false);
    }
    for (const sentence of [
      "12 May 1999 was the day the bridge opened.",
      "Santa Anna and his army of four thousand had besieged San Antonio in February 1836.",
      "When the war ended, it was clear that the treaty had failed.",
      "Such a plan, officials said, would cost $3 million.",
      "Built in 1650, the mosque is the city's largest.",
      "Located in the old town, the museum opened in 1901.",
      "The minister said: the border stays closed until March.",
      "The city council voted for an increase in the price of bus tickets for the following year.",
    ]) expect([sentence, isFragment(sentence)]).toEqual([sentence, false]);
  });

  it("names a biography's subject for the pronoun that stands for them, and only then", () => {
    const dvorak = { surname: "Dvořák", pronoun: "He" as const };
    expect(withSubjectNamed("Visiting Russia in _____, he conducted concerts of his own music.", dvorak, new Set(["Brahms"]))).toBe("Visiting Russia in _____, Dvořák conducted concerts of his own music.");
    expect(withSubjectNamed("Originally buried in the Foreign Quarter, his remains were reinterred at Azov.", dvorak, new Set(["Brahms"]))).toBe("Originally buried in the Foreign Quarter, Dvořák's remains were reinterred at Azov.");
    // someone else named first may be whom "he" stands for
    expect(withSubjectNamed("Following the advice of his mentor Vilhelm Thomsen, he returned to Copenhagen.", dvorak, new Set(["Vilhelm", "Thomsen"]))).toBeUndefined();
    expect(withSubjectNamed("Visiting Russia in _____, he conducted concerts of his own music.", dvorak)).toBeUndefined();
    expect(withSubjectNamed("He's garnered praise for his performances.", { surname: "Goode", pronoun: "He" })).toBeUndefined();
    // an object "her" cannot become "Moreau's"
    expect(withSubjectNamed("The director cast her in 1958.", { surname: "Moreau", pronoun: "She" })).toBeUndefined();
    expect(withSubjectNamed("In 1947, she made her theatrical debut.", { surname: "Moreau", pronoun: "She" })).toBe("In 1947, Moreau made her theatrical debut.");
  });

  it("asks no count the sentence lists, no sentence leaning on 'that figure', no opinion as a fact (from reading F)", () => {
    expect(badBlank("The review is organized around _____ broad themes: (a) the data, (b) the methods, (c) the models.", "three")).toBe(true);
    expect(badBlank("The review covers _____ themes (a) data, (b) methods and (c) models.", "three")).toBe(true);
    // "dominated by four companies, A …, B …, the C group and the D group" (reading O)
    expect(badBlank("The market is dominated by _____ companies, Alpha Telecom which is allied with a Dutch group, Beta, the Gamma group and the Delta group.", "four")).toBe(true);
    expect(badBlank("The market is dominated by _____ companies, which together hold 90% of it and face a new rival.", "four")).toBe(false);
    // "fell to 79,000 from 82,000 in _____": the month before the one the sentence names (reading R)
    expect(badBlank("Approvals in January fell to 79,000 from 82,000 in _____, the bank said.", "December")).toBe(true);
    expect(badBlank("Approvals fell to 79,000 in _____, the bank said.", "December")).toBe(false);
    // "final _____ games against Italy and Scotland" (reading Q)
    expect(badBlank("Wales face their final _____ games against Italy and Scotland in March.", "two")).toBe(true);
    expect(standsAlone("For fruits and vegetables that figure is closer to 20 percent.")).toBe(false);
    expect(standsAlone("Officials said that prices rose by 20 percent.")).toBe(true);
    expect(OPINION.test("The recent attack on Saudi Arabia's oil facilities was completely unacceptable.")).toBe(true);
    expect(OPINION.test("Saudi Arabia's oil output fell by half after the attack.")).toBe(false);
  });

  it("asks no name the article keeps naming: its topic is picked without reading (from reading G)", () => {
    const paragraphs = [
      "Visitors to Thailand should remove their shoes before entering a temple.",
      "In Thailand, the head is considered the most sacred part of the body.",
      "Many travellers arrive in Thailand through Bangkok, where the main airport opened in 2006.",
      "The King of Thailand is deeply respected, and criticism of the monarchy is a crime.",
      "Tipping is not expected in Vietnam, a neighbour with different customs, where 12 provinces border Laos.",
    ];
    const asked = (text: string) =>
      [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(paragraphs), { seed, count: 40 }))).filter((q) => q.answer === text);
    expect(asked("Thailand")).toEqual([]);
    // a name given once is still a detail to find (the rule is not "no places")
    expect(joinAnswerKey(makeQuiz(articleOf(paragraphs), { seed: 1, count: 40 })).length).toBeGreaterThan(0);
  });

  it("asks no span after 'over the last': a longer one is true too (from reading R)", () => {
    const paragraphs = [
      "Nine leading players have retired from international rugby over the last 12 months, the union said on Monday.",
      "The union will spend £4m on a new academy in Cardiff, which opens in September 2006 with 40 places.",
      "Coaches at the academy will work with players aged 16 to 18 for two years before they join a club.",
    ];
    const qs = [1, 2, 3, 4, 5].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(paragraphs), { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === "12 months")).toEqual([]);
  });

  it("asks nothing a reader works out from the sentence or completes as a stock phrase (from reading T)", () => {
    expect(standsAlone("Federer was on course for a easy victory when the rain came in the third set.")).toBe(false);
    expect(standsAlone("Federer was on course for an easy victory when the rain came in the third set.")).toBe(true);
    expect(standsAlone("Wales had an historic win in Rome, and a unique one for coach Mike Ruddock.")).toBe(true);
    expect(standsAlone("The pair then spent three days in a hospital in Athens after the crash.")).toBe(false);
    const paragraphs = [
      "Public borrowing for the year is forecast at £34.9bn - £2.5bn less than the £37.5bn the Treasury expected in March.",
      "Midfielder Lee Dunn was sent off for two bookable offences in the second half, and nine out of ten fans booed.",
      "The club said it would spend £12m on a new stand with 8,000 seats, to open in August 2007.",
    ];
    const qs = [1, 2, 3, 4, 5].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(paragraphs), { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    const asked = qs.map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end));
    for (const worked of ["£34.9bn", "£2.5bn", "£37.5bn", "two", "ten"]) expect(asked, worked).not.toContain(worked);
  });

  it("asks one value once, however it is written ('24 hours', '24-hour'), and shows no answer among options (reading T)", () => {
    const paragraphs = [
      "Police want powers to close problem pubs for 24 hours if there is serious trouble, the Home Office said on Monday.",
      "Under the plan, 24-hour closure orders could be used by any officer of the rank of superintendent or above.",
      "Some 3,000 pubs were visited by police in a month-long campaign last summer, and 60 were shut early.",
    ];
    for (let seed = 1; seed <= 10; seed++) {
      const qs = joinAnswerKey(makeQuiz(articleOf(paragraphs), { seed, count: 40 }));
      const on24 = qs.filter((q) => /^24[ -]hours?$/.test(q.evidence.text.slice(q.evidence.start, q.evidence.end)));
      expect(on24.length, on24.map((q) => q.prompt).join(" | ")).toBeLessThanOrEqual(1);
      for (const q of qs)
        for (const other of qs)
          if (other !== q && other.type === "choice") expect(answerShownIn(q, { ...other, prompt: `${other.prompt} ${(other.options ?? []).join(" ")}` }), `${q.answer} among ${other.options?.join(", ")}`).toBe(false);
    }
  });

  it("offers no value a reader rejects without the article", () => {
    expect(impossibleValue("Tulsa has over 608 days of sunshine annually.")).toBe(true);
    expect(impossibleValue("The 22nd century however, marked the rapid development of Athens.")).toBe(true);
    expect(impossibleValue("Athens is forging a new identity for the 23rd Century.")).toBe(true);
    expect(impossibleValue("Air Chathams fly 8 days per week to Wellington.")).toBe(true);
    expect(impossibleValue("Air Chathams fly 5 days per week to Wellington.")).toBe(false);
    expect(impossibleValue("Tulsa has over 225 days of sunshine annually.")).toBe(false);
    expect(impossibleValue("The crew spent 608 days in orbit.")).toBe(false);
    expect(impossibleValue("Athens is forging a new identity for the 21st century.")).toBe(false);
  });

  it("leaves no blank that holds only a date's year, cuts a word or counts a list the sentence gives", () => {
    expect(badBlank("L'Enfant was promoted to Major on May 2, _____, in recognition of his service.", "1783")).toBe(true);
    expect(badBlank("The festival opened in March _____ in the old town.", "2008")).toBe(true);
    expect(badBlank("Sit down strikes began at a significant level in the _____’s.", "1930")).toBe(true);
    expect(badBlank("Dvořák wrote his _____ most successful orchestral works: the New World Symphony and the Cello Concerto.", "two")).toBe(true);
    expect(badBlank("Felix Airways offers _____ flights per week on Wednesday afternoon and Saturday morning.", "two")).toBe(true);
    expect(badBlank("The shuttle launched from Cape Canaveral, _____.", "Florida")).toBe(true);
    expect(badBlank("The square is the largest in the world after Tiananmen Square in _____.", "Beijing")).toBe(true);
    expect(badBlank("Gordon visited England and Scotland in _____.", "1686")).toBe(false);
    expect(badBlank("The team, led by _____, won the final.", "Ana Díaz")).toBe(false);
    expect(badBlank("L'Enfant was wounded at the Siege of Savannah on _____.", "October 9, 1779")).toBe(false);
    expect(badBlank("Sarvis answered _____ questions submitted by Wikinews reporters.", "five")).toBe(false);
  });

  it("asks nothing from a line that is only a name ('Valeska Paris' under a pulled quotation)", () => {
    const qs = [10, 40].flatMap((count) => quizzesOf("09-imprisoned.txt", 20, count)).flat();
    expect(qs.filter((q) => q.evidence.text.split(" ").length < 4).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no place at all (2.2: blind readers passed 17 % of place options and 12 % of place swaps)", () => {
    // 06-expo names Brazil and Toronto, 01-afghan Syria and Estonia: places that 2.0.1 asked
    for (const file of ["06-expo.txt", "01-afghan.txt"]) {
      const asked = [10, 40].flatMap((count) => quizzesOf(file, 20, count)).flat().filter((q) => q.kind === "place");
      expect(asked.map((q) => q.prompt)).toEqual([]);
    }
    expect(placeStem("Syria")).toBe("syri");
    expect(placeStem("Canada")).toBe("canad");
    expect(placeStem("Brazil")).toBe("brazil");
    expect(placeStem("Iran")).toBe("iran"); // Iranian
    expect(placeStem("Peru")).toBeUndefined(); // "per" is too short to be safe
    expect(placeStem("New York")).toBeUndefined();
  });

  it("does not ask a count that the rest of its sentence counts out ('two Syrian teams …, one national and one …')", () => {
    const SYRIAN = "There were also two Syrian teams scheduled to compete, one national and one made up of refugees.";
    const qs = quizzesOf("01-afghan.txt").flat();
    expect(qs.filter((q) => q.evidence.text === SYRIAN && q.evidence.start === SYRIAN.indexOf("two")).map((q) => q.prompt)).toEqual([]);
  });

  it("never swaps a man into a sentence about a woman in a true-false statement", () => {
    const qs = [...quizzesOf("09-imprisoned.txt", 30), ...quizzesOf("13-warhol.txt", 30)].flat();
    const prompts = qs.filter((q) => q.type === "true-false" && q.kind === "person").map((q) => q.prompt);
    expect(prompts.filter((p) => /Albert Jaquier, an Australian woman|Carlo De Benedetti, a second year USI art major, admitted she/.test(p))).toEqual([]);
    // the article tells their sexes apart ("her parents moved her", "Paris's father, Albert Jaquier"): see person-gender.test.ts
  });

  it("does not swap an organisation for another kind of body (Expo)", () => {
    const qs = quizzesOf("06-expo.txt", 30).flat();
    expect(qs.filter((q) => /Volunteer organization Metro Toronto Convention Centre/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: a person's surname in another prompt (1.2.1)", () => {
  const read = (file: string) => parseArticleText(readFileSync(join(ARTICLES, file), "utf8"));

  // at count 40 the relaxed pass still allows it on 4 of seeds 1..20 to reach one question per full 60 words (README)
  it("does not ask who told LA Weekly while another prompt says 'Whitmore told LA Weekly' (count 10, and 40 with seed 1)", () => {
    const a = read("05-defector.txt");
    const offenders: string[] = [];
    const runs = [...Array.from({ length: 20 }, (_, i) => ({ count: 10, seed: i + 1 })), { count: 40, seed: 1 }];
    for (const { count, seed } of runs) {
      const qs = joinAnswerKey(makeQuiz(a, { count, seed }));
      const onWhitmore = qs.filter((q) => q.kind === "person" && q.evidence.text.slice(q.evidence.start, q.evidence.end) === "Steve Whitmore");
      for (const q of onWhitmore) {
        for (const o of qs) if (o !== q && /\bWhitmore\b/.test(o.prompt)) offenders.push(`count ${count} seed ${seed}: ${q.prompt} / ${o.prompt}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("leansOnEarlier", () => {
  it("finds a sentence that opens on a description of what the sentences before named", () => {
    const before = ["Naqsh-e Jahan Square is the heart of the city and one of the largest squares in the world."];
    expect(leansOnEarlier("The square contains two mosques, a palace, and the bazaar.", before)).toBe(true);
    expect(leansOnEarlier("In 1982, the plant was closed for good.", ["GM opened its Fremont plant in 1962."])).toBe(true);
    expect(leansOnEarlier("The two institutes were later joined by the Leiden University Libraries.", ["The Royal Institute and the Kern Institute hold the collection; both institutes are in Leiden."])).toBe(true);
  });

  it("leaves a sentence that names what it is about, or opens on something new", () => {
    const before = ["The religion was banned for decades."];
    expect(leansOnEarlier("The ancient Greek religion was banned from public worship.", before)).toBe(false);
    expect(leansOnEarlier("The square contains two mosques, a palace, and the bazaar.", [])).toBe(false);
    expect(leansOnEarlier("The museum opened in 1990.", ["The city has many parks."])).toBe(false);
  });
});

describe("makeQuiz: news-page clutter and sentences that point back (2.2, from reading H)", () => {
  it("leaves a wire dateline and a stock ticker out of the prompt", () => {
    const article = articleOf([
      "CUZCO, Peru (Reuters) - South American leaders on Wednesday launched a regional integration pact covering 12 nations.",
      "Cablevision Systems Corp. (NYSE: CVC - message board) announced it had passed 250,000 internet phone customers in 2004.",
    ]);
    const qs = [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/CUZCO|Reuters|NYSE|message board/);
    expect(qs.some((q) => /South American leaders on Wednesday|Cablevision Systems Corp\. announced/.test(q.prompt))).toBe(true);
  });

  it("does not ask the count in 'the two sides': it counts what the sentences before named", () => {
    const article = articleOf(["Kmart agreed to buy Sears for $11bn in 2004, creating a new retail giant.", "Officials of the two sides said they hoped the merger would save the new company $500m a year from 2008."]);
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === "two").map((q) => q.prompt)).toEqual([]);
  });

  it("does not take a sentence opening on a pointing description or a concession as standing alone", () => {
    expect(standsAlone("The move, which won unanimous approval from both companies' directors, will create the third largest retailer in the US.")).toBe(false);
    expect(standsAlone("The discount retailer closed more than 300 stores and laid off more than 35,000 employees.")).toBe(false);
    expect(standsAlone("True, Firefox is not the only alternative to Internet Explorer.")).toBe(false);
    expect(standsAlone("The city of Tulsa has over 225 days of sunshine a year.")).toBe(true);
    expect(standsAlone("The European Commission approved the merger in 2005.")).toBe(true);
  });
});

describe("makeQuiz: person swaps read as sense (2.2, from reading I)", () => {
  it("does not swap a name the sentence describes or owns ('the head of Al Iraqiya, the … network', 'Ian Paisley's …')", () => {
    const article = articleOf([
      "Colonel Erik Kurilla said the raid on the mosque in Baghdad took place around noon on Friday.",
      "In Baghdad, the head of Moktada al-Sadr, the American-financed television network, was reported kidnapped on Sunday.",
      "Northern Ireland's most bitter enemies, Sinn Fein and Ian Paisley's Gerry Adams, were close to a deal in 2004.",
      "Lance Smith, the deputy head of Central Command, spoke in Washington on Monday, and Amer Hamid agreed.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    const swaps = qs.filter((q) => q.type === "true-false" && (q.kind === "person" || q.kind === "organisation"));
    const described = swaps.filter((q) => /^(?:, (?:a|an|the) )/.test(q.evidence.text.slice(q.evidence.end)) || /(?:['’]s|\bof) $/.test(q.evidence.text.slice(0, q.evidence.start)));
    expect(described.map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: world knowledge, epithets and slips (2.3, from reading I)", () => {
  const span = (sentence: string, value: string) => ({ start: sentence.indexOf(value), end: sentence.indexOf(value) + value.length });

  it("takes a date that names an event ('the Sept. 11 attacks', 'the 1984 original') as no fact to ask", () => {
    const named = [
      ["Kerik, a fixture at Mayor Rudolph Giuliani's side during the Sept. 11 attacks, has been tapped to run the department.", "Sept. 11"],
      ["The song, a remake of the 1984 original, was recorded on Friday by more than 50 artists.", "1984"],
      ["Troops crossed the border to target extremists who fled there after the 1994 genocide in Rwanda.", "1994"],
      ["Officials said the country's 2005 budget was the largest yet.", "2005"],
    ] as const;
    for (const [sentence, value] of named) expect(attributiveDate(sentence, span(sentence, value)), sentence).toBe(true);
    const told = [
      ["Insurgent attacks have continued in advance of national elections set for January 30.", "January 30"],
      ["Daschle has served as party leader since 1995, leading Democrats in the minority and the majority.", "1995"],
      ["The Tilt Train has been in service since 1998 and can travel at up to 160kph.", "1998"],
      ["The rocket was erected at pad 37B on December 10 after rolling out.", "December 10"],
    ] as const;
    for (const [sentence, value] of told) expect(attributiveDate(sentence, span(sentence, value)), sentence).toBe(false);
  });

  it("asks no quiz question on such a date", () => {
    const article = articleOf([
      "The song, a remake of the 1984 original, was recorded on Friday by more than 50 artists in London.",
      "The first version raised 8 million pounds for famine relief in Ethiopia, the organisers said on Monday.",
      "The new single will go on sale on 29 November and costs 3.99 pounds, the record company said.",
    ]);
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === "1984").map((q) => q.prompt)).toEqual([]);
  });

  it("does not take a sentence opening on a role or home state for a person as standing alone", () => {
    expect(standsAlone("The Nevada lawmaker played an instrumental role in Sen. James Jeffords' decision to leave the GOP in 2001.")).toBe(false);
    expect(standsAlone("The 64-year-old Nevadan, who has long served as Daschle's second-in-command, was elevated to leader.")).toBe(false);
    expect(standsAlone("The Nevada senator Harry Reid spoke to reporters in Washington on Tuesday.")).toBe(true);
    expect(standsAlone("The mayor of Kabul said the roads to the airport were closed for three days.")).toBe(true);
  });

  it("does not read a group's name as the person 'he' stands for, nor copy a slip of the source", () => {
    expect(standsAlone("Like a majority of Democrats, he voted to give Bush authority to use military force in Iraq.")).toBe(false);
    expect(standsAlone("Like most senators, Harry Reid said he voted to give Bush authority to use force in Iraq.")).toBe(true);
    expect(standsAlone("Madonna recorded an introduction to the video of the single, which is due to hit the shops in on 29 November.")).toBe(false);
    expect(standsAlone("The the fire spread to three buildings before it was put out on Sunday.")).toBe(false);
    expect(standsAlone("Madonna recorded an introduction to the video of the single, which is due in the shops on 29 November.")).toBe(true);
  });

  it("asks no quotation of the person the headline names", () => {
    const article = articleOf(
      [
        "José Manuel Barroso asked the European Parliament on Thursday to approve his new team of 25 commissioners in 2004.",
        "\u201cI am ready and anxious to build a better Europe,\u201d Barroso told the members in Strasbourg on Thursday.",
        "\u201cThe new team is stronger than the old one,\u201d said Monica Frassoni, who leads the Green group in the parliament.",
        "The parliament had forced Barroso to withdraw his first team in October 2004, after a row over Rocco Buttiglione.",
        "Franco Frattini replaced Buttiglione as the Italian candidate for the commission in November 2004.",
        "Peter Mandelson, the trade commissioner, met ministers in Brussels on the same day as the vote.",
        "\u201cWe will vote for this commission,\u201d said Graham Watson, the leader of the Liberal group, on Thursday in 2004.",
      ],
      "Barroso asks MEPs to back his reshuffled team",
    );
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    // engine 2.2 asked "José Manuel Barroso is quoted as saying: “I am ready and anxious …”" here (seed 3)
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.kind === "quote" && /Barroso/.test(q.evidence.text.slice(q.evidence.end))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: people named by the surname alone (2.4)", () => {
  it("swaps a surname for another person's the article names in full, never the headline's main figure", () => {
    const article = articleOf(
      [
        "José Manuel Barroso presented his new team of commissioners to the European Parliament on Wednesday.",
        "Peter Mandelson, the new trade commissioner, met ministers in Brussels on Tuesday.",
        "Franco Frattini, an Italian lawyer, will take over the justice brief next month.",
        "Mr Mandelson has resigned twice from the British government in the past ten years.",
        "Frattini said he hoped to work closely with the parliament on migration and asylum.",
      ],
      "Barroso names his new team",
    );
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    const onSurnames = qs.filter((q) => q.type === "true-false" && q.kind === "person" && !q.evidence.text.slice(q.evidence.start, q.evidence.end).includes(" "));
    expect(onSurnames.length, "a surname alone is asked").toBeGreaterThan(0);
    for (const q of onSurnames) {
      expect(q.prompt).not.toMatch(/Barroso/);
      if (q.answer === "false") expect(q.prompt).toMatch(/\b(?:Mr Frattini|Mandelson said)\b/);
    }
  });
});

describe("makeQuiz: titled people (2.4)", () => {
  it("swaps a titled person only for another the article gives the very same title ('Sen. X' ↔ 'Sen. Y')", () => {
    const article = articleOf([
      "Sen. Harry Reid of Nevada won election as leader of the Democrats in the Senate on Tuesday.",
      "Sen. Dick Durbin of Illinois was unopposed to replace Reid as the party's whip in the new Senate.",
      "Rep. Tom DeLay of Texas was re-elected majority leader by House Republicans on the same day.",
      "President George Bush called Reid on Tuesday evening to congratulate him on the vote.",
      "Democrats will hold 44 seats in the new Senate, fewer than at any time since the 1930s.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    const swaps = qs.filter((q) => q.type === "true-false" && q.kind === "person" && q.answer === "false");
    expect(swaps.length, "a titled person is swapped").toBeGreaterThan(0);
    for (const q of swaps) {
      const title = /(\S+) \S+ \S+ of (?:Nevada|Illinois|Texas)/.exec(q.prompt)?.[1] ?? /(President) \S+ \S+ called/.exec(q.prompt)?.[1];
      const swapped = /(?:Sen\.|Rep\.|President) (\S+ \S+)/.exec(q.prompt)?.[1] ?? "";
      // the swapped-in person carries the same title elsewhere in the article
      expect(article.paragraphs.some((p) => p.text.includes(`${title} ${swapped}`)), q.prompt).toBe(true);
    }
  });
});

describe("makeQuiz: who counts as a person in options and swaps (2.4, from reading J)", () => {
  const article = articleOf(
    [
      "Brian McNamara of Ohio University said the black hole had swallowed a mass of about 300 million suns.",
      "\u201cI was stunned to find that so much mass was swallowed,\u201d said Brian McNamara, who led the study.",
      "Northrop Grumman of Redondo Beach, Calif., was the prime development contractor for the Chandra X-ray Observatory.",
      "Astronomer Paul Nulsen of the Harvard-Smithsonian Center co-wrote the paper in the journal Nature in 2005.",
      "\u201cThis is the most powerful explosion we have seen,\u201d said Michael Wise, an astronomer in Amsterdam.",
      "Prime Minister Junichiro Koizumi praised the team, and Secretary of State Colin Powell sent a message on Monday.",
      "Researcher Laura Davis, who works with Wise, counted 50 similar clusters in the survey of 2004.",
      "Kenji Sato, president of the Japan International Volunteer Center, says European governments treat charities as partners.",
      "Japan gave 12 telescopes to the project, Kenji Sato told reporters in Tokyo on Tuesday.",
    ],
    "Astronomers find the most powerful explosion",
  );
  const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
  const shown = qs.flatMap((q) => (q.options ? q.options.map((o) => q.prompt.replace("_____", o)) : [q.prompt]));

  it("offers or swaps in no name without a sign of a person (a company 'of Redondo Beach', 'State Colin Powell')", () => {
    expect(qs.filter((q) => q.kind === "person" || q.kind === "quote").length).toBeGreaterThan(0);
    expect(qs.flatMap((q) => q.options ?? []).filter((o) => /Northrop|State Colin/.test(o))).toEqual([]);
    const swaps = qs.filter((q) => q.type === "true-false" && q.answer === "false" && q.kind === "person");
    expect(swaps.filter((q) => /Northrop Grumman|State Colin Powell/.test(q.prompt) && !/Northrop Grumman of Redondo/.test(q.evidence.text.slice(0, 20))).map((q) => q.prompt)).toEqual([]);
  });

  it("swaps no head of government into another's deed", () => {
    const swappedIn = qs.filter((q) => q.type === "true-false" && q.answer === "false" && /Koizumi/.test(q.prompt) && !/Koizumi/.test(q.evidence.text));
    expect(swappedIn.map((q) => q.prompt)).toEqual([]);
    expect(shown.length).toBeGreaterThan(0);
  });
});

describe("makeQuiz: source clutter and blanks a calendar answers (2.4, from reading J)", () => {
  it("takes page furniture, a subhead run into its paragraph and a team sheet as fragments", () => {
    expect(isFragment("Friday, Dec 31, 2004,Page 16 Advertising Meet the Fockers claimed the top box office spot.")).toBe(true);
    expect(isFragment("The hunt is on for Oscars The race for the Oscars was heating up with three films.")).toBe(true);
    expect(isFragment("New Zealand 1 Mark Richardson, 2 Mathew Sinclair, 3 Stephen Fleming (capt), 4 Scott Styris.")).toBe(true);
    expect(isFragment("Flights left on 3 May, 5 May and 7 May from the main airport.")).toBe(false);
    expect(isFragment("The race for the Oscars was heating up, with Martin Scorsese's The Aviator in the lead.")).toBe(false);
  });

  it("takes copied slips and a pointing 'the center' as not standing alone", () => {
    expect(standsAlone("WHO is preparing to supply at least15 New Emergency Health Kits to the region.")).toBe(false);
    expect(standsAlone("Tracy Plank is a former police officer who now operates J&K; Canine Academy.")).toBe(false);
    expect(standsAlone("“Lacy was standing inside with the the bull mastiff on a leash,” Officer Tracy Plank wrote.")).toBe(false);
    expect(standsAlone("More than 500 students have graduated since the center opened in 1999.")).toBe(false);
    expect(standsAlone("More than 500 students have graduated since the Focus: Hope Center opened in 1999.")).toBe(true);
    expect(standsAlone("More than 500 students have graduated since the center of the town was rebuilt in 1999.")).toBe(true);
  });

  it("leaves no blank on a month that its neighbour names, and offers no year after the article's time", () => {
    expect(badBlank("In late _____ or March, the administration plans to produce its proposed overhaul.", "February")).toBe(true);
    expect(badBlank("In late _____, the administration plans to produce its proposed overhaul.", "February")).toBe(false);
    expect(afterItsTime("2006", 2004)).toBe(true);
    expect(afterItsTime("December 28, 2004", 2004)).toBe(false);
    const article = articleOf([
      "Europe's heatwave of 2003 killed 14,000 people in France, the study published in Nature in 2004 said.",
      "Scientists first linked emissions to a single extreme event in the study, which was led by Peter Stott.",
      "Floods in Bangladesh in 2001 and a drought in 1999 were also studied by the team of 12 researchers.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    const years = qs.flatMap((q) => (q.options ?? []).concat(q.type === "true-false" ? [q.prompt] : []));
    expect(qs.some((q) => q.kind === "date"), "years are asked").toBe(true);
    expect(years.filter((o) => /\b20(?:0[5-9]|1\d)\b/.test(o))).toEqual([]);
  });

  it("swaps no hedged amount ('more than $3.4 million' does not rule out 'more than $4.8 million'): as written only", () => {
    const article = articleOf([
      "Microsoft has donated more than $3.4 million in cash and software to Focus: Hope since 1999.",
      "The charity trains 500 students a year in Detroit and employs 90 teachers, its director said on Monday.",
      "The company gave $1.2 million to a second charity in Chicago in 2003, the director said.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.type === "true-false" && q.answer === "false" && q.evidence.text.slice(q.evidence.start, q.evidence.end).includes("3.4")).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: press-release datelines, pairs of speakers, hedged options (2.4, from reading K)", () => {
  it("leaves a dated dateline out of the prompt and takes a headline run into a dateline as a fragment", () => {
    const article = articleOf([
      "December 15, 2004 - The worldwide market for packaged software on Linux will reach $14 billion by 2008, a study by IDC said.",
      "The market grew by 44 percent in 2004 and is led by servers, which make up 60 percent of it, the study found.",
    ]);
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /December 15, 2004 -/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(isFragment("Markets react as Budget keeps out tax cuts MUMBAI: Equities closed sharply lower on Tuesday.")).toBe(true);
    expect(standsAlone("Thirty-six hours later, the asteroid was found again by a team in Australia.")).toBe(false);
  });

  it("asks no two 'who said' questions on the same speakers, and no hedged amount as options", () => {
    const article = articleOf([
      "\u201cWe are very pleased with the results of the screening,\u201d said Capt. Mary Jones, the unit's doctor.",
      "\u201cThe children were healthy and well fed, which surprised us,\u201d said Sgt. Paul Brown, a medic.",
      "\u201cWe will come back to the school next month with more supplies,\u201d Capt. Mary Jones said on Monday.",
      "\u201cMost of the children had never seen a dentist before the visit,\u201d Sgt. Paul Brown said.",
      "Dr. Ahmed Ali, the school's director, said up to 95 percent of the pupils were screened in 2004.",
      "Lt. Col. John Smith, the battalion commander, said the unit screened 320 children in two days.",
    ]);
    let asked = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const qs = joinAnswerKey(makeQuiz(article, { seed, count: 10 }));
      const whoSaid = qs.filter((q) => q.type === "who-said");
      asked += whoSaid.length;
      for (const a of whoSaid) for (const b of whoSaid) if (a !== b) expect(a.options, `seed ${seed}`).not.toContain(b.answer);
      expect(qs.filter((q) => q.type === "choice" && q.answer.startsWith("95")).map((q) => q.prompt)).toEqual([]);
    }
    expect(asked, "who-said questions are asked").toBeGreaterThan(0);
  });
});

describe("makeQuiz: blanks with several right answers (2.4, from readings L and M)", () => {
  it("types no age ('Mr Hague, _____, told …': 'the former leader' fits too) and blanks no month a series names", () => {
    const article = articleOf([
      "Mr Hague, 43, told the BBC on Monday that he would not stand for the party leadership again in 2005.",
      "The 29-year-old striker, out of favour at City, joined Liverpool for a fee of 6 million pounds.",
      "Its index of business confidence fell to 95.5 in February from 97.5 in January, the institute said.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.type === "cloze" && /^(?:43|29-year-old)$/.test(q.answer)).map((q) => q.prompt)).toEqual([]);
    expect(badBlank("Its index fell to 95.5 in _____ from 97.5 in January, the institute said.", "February")).toBe(true);
    expect(badBlank("Its index fell to 95.5 in _____, the institute said.", "February")).toBe(false);
  });
});

describe("makeQuiz: faults reading N found (2.5)", () => {
  const quizzesOn = (text: string): FullQuestion[] =>
    [...Array.from({ length: 10 }, (_, i) => ({ count: 10, seed: i + 1 })), { count: 40, seed: 1 }, { count: 40, seed: 2 }].flatMap((o) =>
      joinAnswerKey(makeQuiz(parseArticleText(text), o)),
    );

  it("swaps a person after a sport's position only with someone the article gives the same position ('Former Arsenal keeper Sol Campbell')", () => {
    const text = [
      "Keeper row splits the club",
      "Former United keeper Dan Ward believes the young goalkeeper has been harshly treated by the club this season.",
      "Manager Tom Hale, 52, said he would pick the side on Friday after a meeting with his staff.",
      "Defender Sam Reed, who has played 200 games for the club, said the squad would back whoever was picked.",
      "\"We have the best players in the league and we will win the title this year,\" said Tom Hale.",
      "\"Every one of us wants the young keeper to play in the final next month,\" said Sam Reed.",
      "\"He is a great young keeper and he deserves another chance in the first team,\" said Dan Ward.",
    ].join("\n");
    const qs = quizzesOn(text);
    expect(qs.filter((q) => /keeper (?:\p{Lu}\p{Ll}+ )?(?:Tom Hale|Sam Reed)/u.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no decimal the writer would have dropped ('13.0%' beside '5.6%')", () => {
    const text = [
      "Department store sales rise",
      "Upscale department store Nordstrom said same store sales were 5.6% higher than during the same period last year.",
      "Discount chain Target said its sales rose 3.9% over the five weeks to the end of December.",
      "Electronics chain Circuit City said its sales fell 2.7% in the same weeks.",
    ].join("\n");
    const options = quizzesOn(text).flatMap((q) => [...(q.options ?? []), q.prompt]);
    expect(options.length).toBeGreaterThan(3);
    expect(options.filter((o) => /\b\d+\.0%/.test(o))).toEqual([]);
  });

  it("does not show a sentence that says 'sent there' of a place named before", () => {
    expect(standsAlone("Mr Brand said he was sent there after being questioned by a British man in 2002.")).toBe(false);
    expect(standsAlone("Mr Brand said he was sent to Cuba after being questioned by a British man in 2002.")).toBe(true);
  });

  it("asks no claim that points back ('Who believes that the action will soon be followed by others?')", () => {
    const text = [
      "Prisoners win court case",
      "Lawyer Tony Kelly said the ruling would cost the government millions of pounds in the next five years.",
      "Shadow minister Kenny Cole believes the action will soon be followed by others in the courts.",
      "Minister Cathy Jamie said 300 prisoners had already made similar claims since 2004.",
      "\"This is a fiasco from start to finish and the public will pay for it,\" said Kenny Cole.",
      "\"We will appeal against this ruling at the first chance we get,\" said Cathy Jamie.",
    ].join("\n");
    const claims = quizzesOn(text).filter((q) => q.type === "who-said" && q.kind === "person").map((q) => q.prompt);
    expect(claims.filter((p) => /the action/.test(p))).toEqual([]);
  });
});

describe("makeQuiz: quotations shown as someone's words (2.5, readings N and O)", () => {
  it("shows no quotation that opens mid-sentence ('… quoted as saying: “close contact with all our partners …”')", () => {
    const qs = Array.from({ length: 10 }, (_, i) => joinAnswerKey(makeQuiz(sampleArticle(), { count: 10, seed: i + 1 }))).flat();
    const quoted = qs.filter((q) => q.kind === "quote").map((q) => /“([^”]*)”/.exec(q.prompt)?.[1] ?? "");
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((t) => /^\p{Ll}/u.test(t))).toEqual([]);
  });
});

describe("makeQuiz: what reading V failed (2.6)", () => {
  const quizzes = (sentences: string[], seeds = 8) => Array.from({ length: seeds }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(sentences), { seed, count: 40 })));
  const answered = (qs: ReturnType<typeof quizzes>, value: string) => qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === value).map((q) => q.prompt);

  it("takes no sentence that leans on a business, an economy or a stance the sentences before named as standing alone", () => {
    expect(standsAlone("The South Korean bank will also make up 22% of the group's total assets.")).toBe(false);
    expect(standsAlone("The most recent was the announcement in December 2000 that it had won marketing rights for a drug.")).toBe(false);
    expect(standsAlone("The tough stance paid off with 776 parents sending their children back to school.")).toBe(false);
    expect(standsAlone("Services now make up roughly 40% of the economy, and retail banking has become more important.")).toBe(false);
    // what says which: a name in the sentence, or a team that is the article's own subject
    expect(standsAlone("Services now make up roughly 40% of the South Korean economy.")).toBe(true);
    expect(standsAlone("Shares in Google rose 5% after the firm's results.")).toBe(true);
    expect(standsAlone("The Afghan team's supplies were delayed, leaving them only two weeks to build their robot.")).toBe(true);
    expect(standsAlone("The most recent survey was published in May 2004 by the Office for National Statistics.")).toBe(true);
  });

  it("does not show 'Mr Smith' beside another Smith the prompt names", () => {
    expect(standsAlone("Mr Smith, 57, whose retirement was announced by Work and Pensions Secretary Alan Smith in November, is made a knight.")).toBe(false);
    expect(standsAlone("Mr Smith, 57, whose retirement was announced by Work and Pensions Secretary Alan Johnson in November, is made a knight.")).toBe(true);
  });

  it("asks nothing in a prompt whose quotation goes on past it", () => {
    expect(unclosedQuote("A spokeswoman said: “The award reflects a career spanning over 40 years.")).toBe(true);
    expect(unclosedQuote("A spokeswoman said: “The award reflects a career spanning over 40 years.”")).toBe(false);
    const qs = quizzes([
      "A Department for Work and Pensions spokeswoman said of Mr Smith's honour: “The award reflects all that he has achieved in a Civil Service career spanning over 40 years. He has served six ministers.”",
      "Doug Smith ran the Child Support Agency from 2002 until his retirement in November 2004.",
    ]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => unclosedQuote(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no count of something the sentence does not name, and none a stock phrase gives ('not one but two')", () => {
    const qs = quizzes([
      "Ruth Kelly's truancy crackdown led to 800 parents being warned in England in 2004.",
      "Penalty notices paid off with just 24 issued, while attendance improved in 776 cases in 2004.",
      "Former NatWest chief executive Derek Wanless, 57, has delivered not one but two major reports on the NHS since 2002.",
    ]);
    expect(qs.length).toBeGreaterThan(0);
    expect(answered(qs, "24")).toEqual([]);
    expect(answered(qs, "two")).toEqual([]);
  });

  it("swaps no body that the words before it describe ('Aids charity the …')", () => {
    const qs = quizzes([
      "Aids charity the Terrence Higgins Trust said the policy was prejudice-based rather than evidence-based.",
      "Dr John Moore-Gillon of the British Lung Foundation said screening at ports would miss many cases.",
      "Doctors at the British Medical Association attacked the plans on Monday.",
      "The Home Office announced the screening plans for migrants on 12 January 2005.",
    ], 12);
    // bodies are no longer swapped at all (9 of 28 lines passed over readings V–AC); the guard stays for a better form
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.type === "true-false" && q.kind === "organisation").map((q) => q.prompt)).toEqual([]);
  });

  it("asks an amount with its conversion as one value, a swapped one converted at the article's own rate", () => {
    const qs = quizzes([
      "UK-based bank Standard Chartered said it would spend $3.3bn (£1.8bn) to buy one of South Korea's main retail banks.",
      "Air Deccan has ordered 30 planes in a $1.8bn (£931m) deal with Airbus in 2004.",
    ], 12);
    const money = qs.filter((q) => q.kind === "money");
    expect(money.filter((q) => q.answer === "false").length).toBeGreaterThan(0);
    // never typed, and each amount shown with its conversion at 1.8/3.3 or 931/1.8 (within the rounding of what is shown)
    expect(money.filter((q) => q.type === "cloze").map((q) => q.prompt)).toEqual([]);
    for (const q of money) {
      const m = /\$(\d+(?:\.\d+)?)bn \(£(\d+(?:\.\d+)?)(bn|m)\)/.exec(q.prompt);
      expect(m, q.prompt).not.toBeNull();
      const [usd, gbp] = [Number(m?.[1]), Number(m?.[2]) / (m?.[3] === "m" ? 1000 : 1)];
      const rate = /Standard Chartered/.test(q.prompt) ? 1.8 / 3.3 : 0.931 / 1.8;
      expect(Math.abs(gbp / usd - rate), q.prompt).toBeLessThan(0.04);
    }
  });

  it("offers the end of a body's name as no person ('the National Association of Purchasing Management-Chicago said')", () => {
    const a = articleOf([
      "The National Association of Purchasing Management-Chicago said its index dropped to 61.2 on Thursday.",
      "\"People want to go into the weekend positioned for a weaker buck,\" said Tim Mazanec, director of foreign exchange at Investors Bank and Trust.",
    ]);
    const people = crediblePeople(analyzeArticle(a));
    expect([...people.credible]).toContain("Tim Mazanec");
    expect([...people.credible].filter((p) => /Management/.test(p))).toEqual([]);
  });
});

describe("makeQuiz: what reading W failed (2.6)", () => {
  const quizzes = (sentences: string[], seeds = 8) => Array.from({ length: seeds }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(sentences), { seed, count: 40 })));
  const answered = (qs: ReturnType<typeof quizzes>, value: string) => qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === value);

  it("offers no choice between a listed value's neighbours ('12.1% in Germany, _____ in Spain and 9.7% in France')", () => {
    const qs = quizzes([
      "The UK's jobless rate remains one of the lowest in Europe, compared with 12.1% in Germany, 10.4% in Spain and 9.7% in France.",
      "The number of people out of work rose by 17,000 to 1.42 million in the three months to December.",
    ], 12);
    const spain = answered(qs, "10.4%");
    expect(spain.length).toBeGreaterThan(0);
    expect(spain.filter((q) => q.type === "choice").map((q) => q.prompt)).toEqual([]);
  });

  it("drops a copied ', however,' from the prompt: the contrast is with a sentence it does not show", () => {
    const qs = quizzes([
      "The Bank of England left interest rates on hold at 4.75% for a sixth month in a row in 2005.",
      "Inflation, however, has been rising faster than expected, hitting an annual rate of 1.6% in December.",
    ]);
    const inflation = qs.filter((q) => /Inflation/.test(q.prompt));
    expect(inflation.length).toBeGreaterThan(0);
    expect(inflation.map((q) => q.prompt).filter((p) => /however/.test(p))).toEqual([]);
  });

  it("asks no share that the words before its bracket give ('Less than a quarter of companies (_____)')", () => {
    const qs = quizzes([
      "Less than a quarter of companies (24%) get their reports independently verified, says the survey of 2005.",
      "The survey by Context covered the top 100 companies in the UK, Europe and the US in January 2005.",
    ]);
    expect(answered(qs, "24%").map((q) => q.prompt)).toEqual([]);
  });

  it("takes 'another senior adviser' and 'The Corkman' as leaning on sentences before", () => {
    expect(standsAlone("On 28 December, another senior economic adviser called the sale the swindle of the century.")).toBe(false);
    expect(standsAlone("On 28 December, another company called the sale the swindle of the century.")).toBe(true);
    expect(standsAlone("The Corkman quickly held his hands up in admission and was handed a two-year ban.")).toBe(false);
  });

  it("reads a 'Global Reporting Initiative' as a body, never a person to quote", () => {
    const a = articleOf([
      "Blake Lee-Harwood, campaigns director at Greenpeace, said: \"It is fairly meaningless to talk about sustainability without knowing your supply chain.\"",
      "Global Reporting Initiative, director of Context, said the survey covered 90 firms.",
    ]);
    const an = analyzeArticle(a);
    expect(an.persons.map((p) => p.full)).toEqual(["Blake Lee-Harwood"]);
  });
});

describe("makeQuiz: what reading X failed (2.6)", () => {
  const quizzes = (sentences: string[], seeds = 8) => Array.from({ length: seeds }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(sentences), { seed, count: 40 })));

  it("cuts no name off a sentence as if it were a dateline ('EADS - Airbus' majority owner - admitted …')", () => {
    const qs = quizzes([
      "EADS - Airbus' majority owner - admitted earlier this week that the project was running 1.45bn euros (£1bn; $1.9bn) over budget.",
      "The A380 superjumbo will carry 555 passengers and make its first flight in March 2005.",
    ]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /^(?:True or false\? )?Airbus' majority owner/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("converts a swapped amount's rounded conversion too ('1.45bn euros (£1bn …)' never beside 2.03bn euros)", () => {
    const qs = quizzes([
      "Airbus said on Monday that the A380 project was running 1.45bn euros (£1bn; $1.9bn) over budget.",
      "The A380 superjumbo will carry 555 passengers and make its first flight in March 2005.",
    ], 16);
    const swapped = qs.filter((q) => q.kind === "money" && q.answer === "false");
    expect(swapped.length).toBeGreaterThan(0);
    for (const q of swapped) {
      const m = /([\d.]+)bn euros \(£([\d.]+)bn; \$([\d.]+)bn\)/.exec(q.prompt);
      expect(m, q.prompt).not.toBeNull();
      expect(Math.abs(Number(m?.[2]) / Number(m?.[1]) - 1 / 1.45), q.prompt).toBeLessThan(0.1);
    }
  });

  it("reads the pronoun after an opening quotation as unnamed, and 'the Frenchman' or 'The … gold medallist' as leaning back", () => {
    expect(standsAlone('"If five players or more are picked for your country they should move the date of the game," he told BBC Sport.')).toBe(false);
    expect(standsAlone('"If five players or more are picked for your country they should move the date," Philippe Saint-Andre told BBC Sport.')).toBe(true);
    expect(standsAlone("Sale host Bath in the Powergen Cup on Friday, but the Frenchman has endured a difficult week with six players away.")).toBe(false);
    expect(standsAlone("The Sydney Olympic gold medallist says Conte damaged her reputation and she is seeking $25m (£13m) in the suit.")).toBe(false);
  });

  it("asks no count that a dash goes on to list ('two airlines - US Airways and Delta …')", () => {
    const qs = quizzes([
      "The US government is to investigate two airlines- US Airways and Delta Air Lines' Comair subsidiary - after travel chaos over Christmas 2004.",
      "More than 1,000 flights were cancelled and 10,000 bags were lost over the weekend.",
    ]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === "two").map((q) => q.prompt)).toEqual([]);
  });

  it("swaps a counted word only for its neighbours ('its second reading' never 'its seventh reading')", () => {
    const article = articleOf([
      "Lord Dubs agreed to withdraw his bill after its second reading in the House of Lords.",
      "The bill would have ended the bar on Catholics taking the throne, which dates from 1701.",
    ]);
    const qs = Array.from({ length: 16 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["true-false"] })));
    const swapped = qs.filter((q) => q.type === "true-false" && /its \w+ reading/.test(q.prompt) && q.answer === "false");
    expect(swapped.length).toBeGreaterThan(0);
    for (const q of swapped) expect(/its (\w+) reading/.exec(q.prompt)?.[1], q.prompt).toMatch(/^(?:third|fourth)$/);
  });
});

describe("makeQuiz: what reading Y failed (2.6)", () => {
  const quizzes = (sentences: string[], seeds = 8, types?: ("true-false" | "cloze" | "choice")[]) =>
    Array.from({ length: seeds }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(sentences), { seed, count: 40, ...(types ? { types } : {}) })));
  const answered = (qs: ReturnType<typeof quizzes>, value: string) => qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === value).map((q) => q.prompt);

  it("takes a short nameless sentence, a trailing 'this' and a figure with two decimal points as no prompt", () => {
    expect(standsAlone("Shares fell just 0.03%.")).toBe(false);
    expect(standsAlone("Tokyo's Nikkei index fell just 0.03%.")).toBe(true);
    expect(standsAlone("A written parliamentary answer on 17 March 2003 did not suggest this.")).toBe(false);
    expect(standsAlone("Germany's Dax index closed the day 16.29 points lower at 3.817.69 on Friday.")).toBe(false);
  });

  it("asks no 'two' the sentence counts itself, and no share worked out from the points it gives", () => {
    const qs = quizzes([
      "Shares in Munich Re and Swiss Re - the world's two biggest reinsurers - both fell 1.7% on Monday in Frankfurt.",
      "Larkin kicked two more penalties just before the break, the second of which led to Kelly Brown being sin-binned in 2005.",
      "The Dow Jones index had risen 20.54 points, or 0.2%, to 10,847.66 by late morning in New York.",
    ]);
    expect(qs.length).toBeGreaterThan(0);
    expect(answered(qs, "two")).toEqual([]);
    expect(answered(qs, "0.2%")).toEqual([]);
  });

  it("swaps no body whose name goes on, and no speaker of a claim", () => {
    const qs = quizzes([
      "Mrs Robinson warned that a lack of action could lead to further action at the European Court of Human Rights in Strasbourg.",
      "The Home Office and the Foreign Office both rejected the report on Tuesday.",
      "Labour MP David Lammy, the junior minister, opened the debate on Monday.",
      "Mr Lammy said he would do everything he could to meet concerns about the bill.",
      "Conservative MP Dominic Grieve, the shadow attorney general, called the plan a shambles.",
    ], 12, ["true-false"]);
    expect(qs.filter((q) => q.answer === "false" && /of Human Rights/.test(q.prompt) && !/European Court of Human Rights/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    const claims = quizzes([
      "Home Office minister David Lammy opened the debate in the Commons on Monday.",
      "David Lammy said the bill would protect workers in every region.",
      "Shadow attorney general Dominic Grieve called the plan a shambles on Tuesday.",
      "Liberal Democrat spokesman Simon Hughes warned that the plan had been rushed.",
    ], 8, ["true-false"]);
    expect(claims.filter((q) => q.answer === "false" && / said the bill would protect/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading Z failed (2.6)", () => {
  it("takes 'the policy', 'the report' and a nameless economy as leaning on sentences before", () => {
    expect(standsAlone('"Dubious" assumptions could drive the cost of the policy up by another £130m by 2022, the report warned.')).toBe(false);
    expect(standsAlone("Gross domestic product fell by 0.1% in the last three months of 2004.")).toBe(false);
    expect(standsAlone("Japan's gross domestic product fell by 0.1% in the last three months of 2004.")).toBe(true);
    expect(standsAlone("The Scottish Executive said the cost of the policy would rise by £130m by 2022.")).toBe(true);
  });
});

describe("makeQuiz: what reading AA failed (2.6)", () => {
  it("asks no span of a record high or low ('fresh four-month highs': a three-month high is true too)", () => {
    const article = articleOf([
      "US crude prices have soared to fresh four-month highs as refinery problems pushed petrol prices to an all-time high.",
      "Light sweet crude rose 94 cents to $53.03 a barrel in New York on Wednesday, 16 March 2005.",
    ]);
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["choice", "cloze"] })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end) === "four-month").map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AB failed (2.6)", () => {
  it("asks no amount the sentence lets a reader add up ('$850m, a $697m improvement from $153m')", () => {
    const article = articleOf([
      "For the full year, Ford's worldwide automotive division earned a pre-tax profit of $850m, a $697m improvement from $153m a year ago.",
      "Ford Motor opened a new engine plant with 1,200 workers in Cologne, Germany, in March 2004.",
    ]);
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    const asked = qs.map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end));
    for (const worked of ["$850m", "$697m", "$153m"]) expect(asked, worked).not.toContain(worked);
  });

  it("asks no value that stands twice in its sentence ('date back to 1834 - … the fire … in 1834')", () => {
    const text = "Records for the Commons only date back to 1834 - anything earlier was wiped out by the fire which destroyed most of the Parliament buildings in 1834.";
    const first = text.indexOf("1834");
    expect(valueAgain(text, { start: first, end: first + 4 })).toBe(true);
    expect(valueAgain(text, { start: text.lastIndexOf("1834"), end: text.lastIndexOf("1834") + 4 })).toBe(true);
    const once = "The archives hold 325,000 items on 12 floors, from acts of 1497 and 1834 onwards; 1,834 were lost.";
    expect(valueAgain(once, { start: once.indexOf("1834"), end: once.indexOf("1834") + 4 })).toBe(false);
    expect(valueAgain(once, { start: once.indexOf("12"), end: once.indexOf("12") + 2 })).toBe(false);
  });
});

describe("makeQuiz: what reading AC failed (2.6)", () => {
  it("takes a nameless 'Revenue …' or 'A merger …' as leaning on the sentences before", () => {
    expect(standsAlone("Revenue dipped 1.4% to 86.7bn Swiss francs in 2004 as sales of ice cream were dampened by the wet summer.")).toBe(false);
    expect(standsAlone("In 2004, pre-tax profits rose 12% to £1.2bn on strong demand from China.")).toBe(false);
    expect(standsAlone("Sales at Nestle dipped 1.4% to 86.7bn Swiss francs in 2004.")).toBe(true);
    expect(standsAlone("Nestle's revenue dipped 1.4% to 86.7bn Swiss francs in 2004.")).toBe(true);
    expect(standsAlone("A merger would create a global player with worldwide annual sales of 39m cases.")).toBe(false);
    expect(standsAlone("A merger of Southcorp and Foster's would create a global player with annual sales of 39m cases.")).toBe(true);
  });

  it("asks no figure cut in two ('A$4|.17'), no year that names a tournament ('the 2006 finals'), no copied 'a \"excellent\"'", () => {
    expect(standsAlone('Southcorp said the offer from Foster\'s was a "excellent strategic fit" for the winemaker.')).toBe(false);
    expect(standsAlone('Southcorp said the offer from Foster\'s was an "excellent strategic fit" for the winemaker.')).toBe(true);
    const article = articleOf([
      "Australian winemaker Southcorp said Foster's A$4.17-a-share takeover proposal undervalued the company on Monday, 17 January 2005.",
      "Ireland will close their bid to reach the 2006 finals by playing Switzerland in Dublin on 12 October 2005. The Republic met the Swiss in their final Euro 2004 qualifier, losing 2-0 away and missing out on a place in the finals in Portugal.",
      "The Irish open their campaign on 4 September at home to Cyprus and wrap up the 10-match series on 12 October 2005, with the visit of Switzerland.",
    ], "Irish finish with home game");
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    const asked = qs.map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end));
    expect(asked.filter((a) => /^A\$4$|^2006$/.test(a))).toEqual([]);
  });

  it("swaps no body out of a person's title ('European Commission president Jose Manuel Barroso')", () => {
    const article = articleOf([
      "French president Jacques Chirac has called the UK's £3bn rebate from the European Union \"unjustified\".",
      "European Commission president Jose Manuel Barroso has indicated he wants the rebate to come to an end.",
      "The UK Government said on Tuesday that the rebate was fully justified and would stay.",
      "The European Parliament will vote on the budget for 2007 to 2013 in June 2005.",
    ], "Chirac attacks UK over rebate");
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text.startsWith("European Commission president") && q.kind === "organisation").map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: where the answer stands among number options", () => {
  // pooled over seeds 1–3: one seed gives ~25 such questions over the library, too few for a share to mean much (one
  // question moving from one place to the next took seed 2 from 9 of 23 at one place to 10)
  it("puts it at each place (smallest … largest) 10–40 % of the time over the library, seeds 1–3 together", () => {
    const files = readdirSync(ARTICLES).filter((f) => f.endsWith(".txt")).sort();
    const read = (file: string) => parseArticleText(readFileSync(join(ARTICLES, file), "utf8"));
    const places = [0, 0, 0, 0];
    for (const seed of [1, 2, 3]) {
      const before = places.reduce((a, b) => a + b, 0);
      for (const file of files) {
        for (const q of joinAnswerKey(makeQuiz(read(file), { seed, count: 40 }))) {
          const num = (t: string): number | undefined => {
            const m = /\d[\d,]*(?:\.\d+)?/.exec(t);
            return m ? Number(m[0].replace(/,/g, "")) : undefined;
          };
          const values = (q.options ?? []).map(num);
          const own = num(q.answer);
          if (q.type !== "choice" || values.length !== 4 || own === undefined || values.some((v) => v === undefined)) continue;
          const at = (values as number[]).filter((v) => v < own).length;
          places[at] = (places[at] ?? 0) + 1;
        }
      }
      expect(places.reduce((a, b) => a + b, 0) - before, `seed ${seed}`).toBeGreaterThanOrEqual(20);
    }
    const all = places.reduce((a, b) => a + b, 0);
    for (const n of places) {
      expect(n / all, places.join("/")).toBeGreaterThanOrEqual(0.1);
      expect(n / all, places.join("/")).toBeLessThanOrEqual(0.4);
    }
  });
});

describe("makeQuiz: what reading AD failed (2.6)", () => {
  it("takes '…, he said.' with no name, 'In Wales it was …' and 'he' after a body's name as leaning on sentences before", () => {
    expect(standsAlone("Only 300,000 people would benefit, he said.")).toBe(false);
    expect(standsAlone("Only 300,000 people would benefit, Gordon Brown said.")).toBe(true);
    expect(standsAlone("In Northern Ireland it was just over 66,000, in Wales just over 59,000 and in Scotland 53,000.")).toBe(false);
    expect(standsAlone("In Northern Ireland the average seat had just over 66,000 voters, in Wales just over 59,000.")).toBe(true);
    expect(standsAlone("Last December, the International Rugby Board confirmed that he could only be eligible for England.")).toBe(false);
    expect(standsAlone("Last December, Andy Robinson confirmed that he would pick Duncan Bell for England.")).toBe(true);
  });

  it("asks no fraction's count, no ordinal another one counts out, no span 'later', no figure the headline rounds, no half-title speaker", () => {
    const article = articleOf([
      "Consumer spending accounts for about two thirds of all economic activity in the US, the Commerce Department said on 28 January 2005.",
      "President Bush is expected to point to figures showing that consumer spending grew at 4.6% in the third quarter, up from just 1.6% in the second.",
      "Everton keeper Nigel Martyn came to the rescue three minutes later when Wayne Rooney raced clean through at Goodison Park on Saturday, 19 February 2005.",
      "The majority owner of Russian oil firm Yukos, Group Menatep, has sued the Russian government for $28.3bn (£15.2bn) in a court in Stockholm.",
      "Shadow Leader of the Commons Oliver Heald said: \"This will be part of our aim to reduce the size and role of the State.\"",
      "Labour MP Tony Wright said: \"The Conservative plan would cut the Commons by 120 seats.\"",
      "Liberal Democrat Paul Tyler said: \"We have argued for a smaller Commons since 1997.\"",
    ], "Yukos owner sues Russia for $28bn");
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    const asked = qs.map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end));
    for (const no of ["two", "third", "three minutes", "$28.3bn"]) expect(asked, no).not.toContain(no);
    expect(qs.filter((q) => /Commons Oliver Heald/.test(`${q.prompt} ${q.answer} ${(q.options ?? []).join(" ")}`)).map((q) => q.prompt)).toEqual([]);
  });

  it("each on its own: the fraction, the ordinal and the headline's rounded figure are not asked", () => {
    const cases: [string, string, string][] = [
      ["Consumer spending accounts for about two thirds of all economic activity in the US.", "two", "Consumer spending lifts US growth"],
      ["Greg Rusedski takes Tim Henman's place as first choice in the singles, while Alex Bogdanovic will play in the second singles clash.", "second", "Murray to make Cup history"],
      ["The majority owner of embattled Russian oil firm Yukos has sued the Russian government for $28.3bn (£15.2bn).", "$28.3bn", "Yukos owner sues Russia for $28bn"],
    ];
    for (const [sentence, answer, headline] of cases) {
      const rest = [
        "The Kremlin last year seized and sold Yukos' main production arm, Yugansk, to state-run oil group Rosneft for $9.3bn to offset a massive back tax bill.",
        "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
      ];
      const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf([sentence, ...rest], headline), { seed, count: 40 })));
      expect(qs.length, answer).toBeGreaterThan(0);
      // (an amount's span holds its conversion: "$28.3bn (£15.2bn)")
      expect(qs.map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end)).filter((a) => a === answer || a.startsWith(`${answer} (`)), answer).toEqual([]);
    }
  });
});

describe("makeQuiz: what reading AE failed (2.6)", () => {
  it("takes 'The Larne athlete …' as someone the sentences before named", () => {
    expect(standsAlone("The Larne athlete dominated the race from start to finish in Birmingham on Saturday.")).toBe(false);
    expect(standsAlone("James McIlroy dominated the 800m race from start to finish in Birmingham on Saturday.")).toBe(true);
  });

  it("asks no race time cut at its decimals, no stock span after 'the opening', no share worked out from two amounts", () => {
    const cases: [string, string][] = [
      ["James Nolan (3:46.04) took second place behind Ireland's Alistair Cragg in Birmingham on 19 February 2005.", "3:46"],
      ["Arsenal were barely seen as an attacking force in the opening 45 minutes, although Freddie Ljungberg turned a half-chance wide.", "45 minutes"],
      ["Shares in Krispy Kreme sank 14.87% - or $1.83 - to close at $10.48 on the news in New York on 4 January 2005.", "14.87%"],
      ["Shares in Krispy Kreme sank 14.87% - or $1.83 - to close at $10.48 on the news in New York on 4 January 2005.", "$10.48"],
      // (reading BO: the change between two levels, the currency written after them)
      ["Despite the dip in profits, total revenue for the year was 10bn euros, up 8.1% from 9.26bn euros in 2003.", "8.1%"],
    ];
    for (const [sentence, answer] of cases) {
      const rest = ["The Federal Reserve raised interest rates to 2.5% on 22 March 2005.", "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005."];
      const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf([sentence, ...rest], "A headline about something else entirely"), { seed, count: 40 })));
      expect(qs.length, answer).toBeGreaterThan(0);
      expect(qs.filter((q) => q.evidence.text === sentence).map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end)), answer).not.toContain(answer);
    }
  });
});

describe("makeQuiz: what reading AF failed (2.6)", () => {
  it("takes '…, the report added', 'those industries', 'A few days later' and 'the plane' as leaning on sentences before", () => {
    expect(standsAlone("Advisors Goldman Sachs are understood to have valued the Deluxe Film unit at £300m, the report added.")).toBe(false);
    expect(standsAlone("Advisors Goldman Sachs valued the Deluxe Film unit at £300m, the Sunday Times reported.")).toBe(true);
    expect(standsAlone("Like northern England and industrial Scotland, those industries have been in long term decline.")).toBe(false);
    expect(standsAlone("Like northern England and industrial Scotland, the Lille region has been in long term decline.")).toBe(true);
    expect(standsAlone("A few days later, Baikal sold its stake to state-run oil group Rosneft for $9.3bn.")).toBe(false);
    expect(standsAlone("Better fuel efficiency from engines made by GE means that the plane can fly further than ever.")).toBe(false);
    expect(standsAlone("Better fuel efficiency from engines made by GE means that the Boeing 777 can fly further than ever.")).toBe(true);
  });

  it("asks no set phrase ('the fourth official'), no blank before a possessive mark, no party in a speaker's name", () => {
    const cases: [string, string][] = [
      ["Referee Steve Kaplan declined to consult the fourth official when Josh Lewsey crossed the line at Lansdowne Road on Sunday, 27 February 2005.", "fourth"],
      ["Children would be offered two hours' free sports training a week by a future Tory government, Conservative leader Michael Howard said on 20 February 2005.", "two hours"],
    ];
    for (const [sentence, answer] of cases) {
      const rest = ["The Federal Reserve raised interest rates to 2.5% on 22 March 2005.", "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005."];
      const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf([sentence, ...rest], "A headline about something else entirely"), { seed, count: 40 })));
      expect(qs.length, answer).toBeGreaterThan(0);
      expect(qs.filter((q) => q.evidence.text === sentence).map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end)), answer).not.toContain(answer);
    }
    const speakers = articleOf([
      "Lib Dems David Laws said: \"The chancellor will no doubt tell us today how wonderfully the economy is doing.\"",
      "Shadow chancellor George Osborne said: \"Taxes have gone up 66 times since 1997.\"",
      "SNP leader Alex Salmond said: \"Scotland deserves a better deal from the Treasury.\"",
      "Treasury minister Ed Balls said: \"The economy has grown for 50 quarters in a row.\"",
    ]);
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(speakers, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /Lib Dems David Laws/.test(`${q.prompt} ${q.answer}`)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AG failed (2.6)", () => {
  it("takes 'the battling 35-year-old', 'Just five days later', 'The following day', 'on that occasion' and 'The youngest is' as leaning back", () => {
    expect(standsAlone("The battling 35-year-old leaves the sport with a vast medal haul including two silvers.")).toBe(false);
    expect(standsAlone("The battling 35-year-old Steve Backley leaves the sport with a vast medal haul.")).toBe(true);
    expect(standsAlone("Just five days later, Kelly Holmes made it double gold in the 1500m in Athens.")).toBe(false);
    expect(standsAlone("The following day, Jeremy Thorpe's colleagues wanted electoral reform.")).toBe(false);
    expect(standsAlone("The Irish defence foiled Scotland on that occasion, but Chris Paterson kicked a penalty.")).toBe(false);
    expect(standsAlone("The youngest is understood to have been Tory Edward Turnour, who won the Horsham by-election.")).toBe(false);
  });
});

describe("makeQuiz: what reading AH failed (2.6)", () => {
  it("takes '…, he confirmed.' after no one, 'The Russian, who …', 'To that end', 'the comments' and 'the start of the second' as leaning back", () => {
    expect(standsAlone("Chinese firms would be allowed to operate 15 oil fields in the east of Venezuela, he confirmed.")).toBe(false);
    expect(standsAlone("Chinese firms would be allowed to operate 15 oil fields in Venezuela, President Hugo Chavez said.")).toBe(true);
    expect(standsAlone("Chinese firms would be allowed to operate 15 oil fields in Venezuela, Hugo Chavez said, and he confirmed it.")).toBe(true);
    expect(standsAlone("The Russian, who lost the 2002 and 2004 finals, fought back to win in Melbourne.")).toBe(false);
    expect(standsAlone("The Russian government said the deal with Venezuela was signed in Caracas.")).toBe(true);
    expect(standsAlone("To that end Tony Blair set out a broad programme for voters who switched to Labour in 1997.")).toBe(false);
    expect(standsAlone("The comments were at odds with the government's prediction of a net cut in immigration.")).toBe(false);
    expect(standsAlone("The Spaniards twice surrendered breaks of serve at the start of the second before the Bryans broke.")).toBe(false);
  });

  it("asks no count before 'out of 10' ('in nine out of 10 separations')", () => {
    const sentence = "Between 15,000 and 20,000 couples go to court over access to children each year, although in nine out of 10 separations in England there is no court at all.";
    const rest = ["The Federal Reserve raised interest rates to 2.5% on 22 March 2005.", "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005."];
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf([sentence, ...rest], "A headline about something else entirely"), { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text === sentence).map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end))).not.toContain("nine");
  });
});

describe("makeQuiz: what reading AI failed (2.6)", () => {
  it("takes two sentences the source ran together without a full stop as a slip ('… European Union In his speech, …')", () => {
    expect(standsAlone("UKIP won 12 seats on the back of its call for the UK to leave the European Union In his speech, Mr Kilroy-Silk says the result was amazing.")).toBe(false);
    expect(standsAlone("UKIP won 12 seats on the back of its call for the UK to leave the European Union, Mr Kilroy-Silk says.")).toBe(true);
    expect(standsAlone("The reality show Made In Chelsea was watched by 1.2 million viewers on Monday.")).toBe(true);
  });
});

describe("makeQuiz: what reading AJ failed (2.6)", () => {
  it("takes 'The news came as …' and 'The issue entered …' as pointing back, and a person as no owner of 'its'", () => {
    expect(standsAlone("The news came as Deutsche Boerse held its third meeting with the LSE since its bid approach in December.")).toBe(false);
    expect(standsAlone("The issue entered the public spotlight when Norfolk farmer Tony Martin was jailed in 1999.")).toBe(false);
    expect(standsAlone("The row over pensions entered the public spotlight in 1999.")).toBe(true);
    expect(standsAlone("Among sweeteners discussed by Mr Seifert with Ms Furse were plans to move its cash market to London, as well as two members of its board.")).toBe(false);
    expect(standsAlone("Among sweeteners discussed by Mr Seifert with Ms Furse were plans for Deutsche Boerse to move its cash market to London.")).toBe(true);
  });

  it("asks nothing on the count two ('divided developing nations in two groups', 'there are two options')", () => {
    const sentences = [
      "The market situation has divided developing nations in two groups, the FAO said in its report on Tuesday.",
      "As far as the timing of the prime minister's press conference is concerned, there are two options.",
      "The Lego kit holds four green spheres and a purple cube.",
      "The eurozone's two biggest economies left the pact in tatters in November 2003 when they persuaded fellow EU members to wait.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
      "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005.",
    ];
    const qs = askedIn(sentences);
    expect(qs.filter((q) => blanked(q) === "four").length).toBeGreaterThan(0);
    expect(qs.filter((q) => blanked(q) === "two").map((q) => q.prompt)).toEqual([]);
  });

  it("swaps the person a report is about into no one else's deed ('Ms Sturgeon has written to Mr Ferguson')", () => {
    const article = articleOf(
      [
        "First Minister Jack McConnell has ordered a report on the decision to allow a knife attacker to go on a visit unguarded.",
        "Michael Ferguson, 36, escaped after being allowed out of the high-security Carstairs unit. The SNP's Nicola Sturgeon has demanded to know who was responsible.",
        "Police said Ferguson posed a danger to the public. BBC Scotland political correspondent Glenn Campbell said the first minister had ordered an urgent report.",
        "Ferguson, who slashed a man in a doctors' surgery in Coatbridge in 1994, had been out to see his fiancee.",
        "Ms Sturgeon has written to Mr McConnell asking for clarification on the move to allow the prisoner out.",
        "Tory justice spokeswoman Annabel Goldie said the escape was a disgrace and Labour's Cathy Peattie, the local MSP, called for answers.",
        "The Scottish Executive said ministers would be notified but it would not be common practice to sign approval.",
      ],
      "Escaped prisoner report ordered",
    );
    const { credible, swappable } = crediblePeople(analyzeArticle(article));
    expect([...credible]).toEqual(expect.arrayContaining(["Michael Ferguson", "Glenn Campbell", "Annabel Goldie"]));
    expect([...swappable]).toEqual(expect.arrayContaining(["Glenn Campbell", "Annabel Goldie"]));
    expect([...swappable]).not.toContain("Michael Ferguson");
    // "The Scottish Executive said …": a body, no person to offer or swap
    expect([...credible]).not.toContain("Scottish Executive");
  });

  it("asks no ordinal that the names ranked ahead of it count out ('the second biggest in the world after the NYSE')", () => {
    const sentence = "A deal with either bidder would create the biggest stock market operator in Europe and the second biggest in the world after the New York Stock Exchange.";
    const rest = ["The Federal Reserve raised interest rates to 2.5% on 22 March 2005.", "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005."];
    const qs = askedIn([sentence, ...rest]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text === sentence).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AK failed (2.6)", () => {
  it("takes 'it' speaking or acting after an opening phrase or at the end, and 'The conviction …', as leaning back", () => {
    expect(standsAlone("Last month it said it was looking for a further 540bn yen in fresh financial backing.")).toBe(false);
    expect(standsAlone("Following the death earlier this year of Kalan Kawa Karim, an Iraqi Kurd living in Swansea, it organised an anti-racism march.")).toBe(false);
    expect(standsAlone("The European Union, in particular, was imposing new international financial reporting standards in 2005, it noted.")).toBe(false);
    expect(standsAlone("Last month Mitsubishi Motors said it was looking for a further 540bn yen in fresh financial backing.")).toBe(true);
    expect(standsAlone("On Monday, the BBC said it would cut 2,900 jobs across the UK.")).toBe(true);
    expect(standsAlone("The conviction was later reduced to manslaughter on appeal and the sentence cut to five years.")).toBe(false);
    expect(standsAlone("The inquiry into the escape was ordered by the first minister in 2004.")).toBe(true);
  });

  it("asks no duration that 'after' ends a sentence on, and no round another round counts out", () => {
    const sentences = [
      "Henry epitomised a determination about the Arsenal side but Chelsea appeared unruffled and equalised after 16 minutes.",
      "Manchester United avoided an FA Cup upset by edging past Exeter City in their third round replay.",
      "The persistent Rooney eventually rounded Jones with three minutes to go to book a home tie with Middlesbrough in the fourth round.",
      "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005.",
    ];
    const asked = askedIn(sentences).map(blanked);
    expect(asked).toContain("three minutes");
    expect(asked.filter((a) => /^(?:16 minutes|third|fourth)$/.test(a))).toEqual([]);
  });
});

describe("makeQuiz: what reading AL failed (2.6)", () => {
  it("takes 'in such cases' and 'won the seat' as leaning back", () => {
    expect(standsAlone("Criminal investigations in such cases - thought to involve about 5% of Georgian businesses - are to continue.")).toBe(false);
    expect(standsAlone("Labour's Elizabeth Blackman won the seat in 1997 and has a 6,932 majority.")).toBe(false);
    expect(standsAlone("Labour's Elizabeth Blackman won the Erewash seat in 1997 and has a 6,932 majority.")).toBe(true);
    expect(standsAlone("Banks such as Barclays and HSBC raised their rates in 2004.")).toBe(true);
  });


  it("asks no span written as a modifier, no amount given again in another currency, no 'top N' and no count a dash list counts out", () => {
    const sentences = [
      "The government's new five-year plan is designed to show how Labour would reform immigration controls.",
      "Half the population are living below the poverty line with many surviving on income of less than $4, or three euros, a day.",
      "Saulnier will move into the world's top 100 for the first time after his passage through to the final.",
      "Diane Abbott said she had been elected along with three other ethnic minority MPs - Keith Vaz, Paul Boateng and Bernie Grant - in 1987.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ];
    const asked = askedIn(sentences).map(blanked);
    expect(asked).toContain("2.5%");
    expect(asked.filter((a) => /^(?:five-year|five|\$4|three|100)$/.test(a))).toEqual([]);
  });

  it("asks no quotation an ellipsis cuts off, and swaps no one into a role the sentence gives another ('Ed Balls, ex-chief economic adviser to the Treasury')", () => {
    // BBC reports politics/153 (its first six paragraphs) and politics/359 (three of its paragraphs) of reading AL
    const blair = articleOf(["New controls on economic migrants and tighter border patrols will be part of government plans unveiled on Monday.", "Home Secretary Charles Clarke wants to introduce a points system for economic migrants and increase deportations of failed asylum seekers. Tony Blair has said people are right to be concerned about abuses of the system but there is no \"magic bullet\". The Tories say Labour is acting too late while the Lib Dems say the plans may not produce an efficient system.", "The government's new five-year plan is designed to show how Labour would reform immigration and asylum controls if it wins the election, expected to be held in May. Ministers deny they have been spurred into action by Tory campaigning or because the prime minister is worried too little has been done.", "Instead, they say the plans are part of an \"evolving\" process aimed at winning public confidence. Mr Clarke is expected to announce an end to the automatic right to settle for immigrants' families, and the introduction of fingerprinting for all visa applicants. The prime minister on Sunday said immigration would be \"toughened up\" to ensure only those immigrants with skills the UK really needs will be granted work permits. But he rejected the Tories' call for a quota on economic migrants, saying no \"arbitrary figure\" could reflect the UK's needs.", "Mr Blair told BBC Radio 4's Westminster Hour: \"We should cut the number or increase it depending on the country's needs... \"The public are worried about this, they are worried rightly, because there are abuses of the immigration and asylum system.\" But he defended the UK's current regime, saying all systems around the world were subject to abuse. Tory proposals to cap the number of asylum seekers and process all claims abroad would not work, argued Mr Blair.", "He said: \"We will not be... pretending there is some simple easy way of processing Britain's asylum seekers in some other country, because no such other country exists.\" Conservative shadow home secretary David Davis said the government had failed to remove 250,000 failed asylum seekers from the UK and limits on economic migrants had been a \"shambles\". \"What we are seeing today is a rather panicky response from the government after eight years of failure,\" he said. Liberal Democrat home affairs spokesman Mark Oaten said Labour was right to reject the Tories' idea of quotas on asylum. But he said it was yet to be seen if Mr Clarke could deliver \"a fair and efficient asylum system\"."], "Clarke to unveil immigration plan");
    const balls = articleOf(["Chancellor Gordon Brown's closest ally has denied suggestions there will be a Budget giveaway on 16 March.", "Ed Balls, ex-chief economic adviser to the Treasury, said there would be no spending spree before polling day. But Mr Balls, a prospective Labour MP, said he was confident the chancellor would meet his fiscal rules. He was speaking as Sir Digby Jones, CBI director general, warned Mr Brown not to be tempted to use any extra cash on pre-election bribes.", "Mr Balls refused to say whether Mr Brown would remain as chancellor after the election, amid speculation he will be offered the job of Foreign Secretary. \"I think that Gordon Brown wants to be part of the successful Labour government which delivers in the third term for the priorities of the people and sees off a Conservative Party that will take Britain backwards,\" Mr Balls told Today. Prime Minister Tony Blair has yet to name the date of the election, but most pundits are betting on 5 May."], "Brown ally rejects Budget spree");
    const qs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((seed) => [blair, balls].flatMap((a) => joinAnswerKey(makeQuiz(a, { seed, count: 40 }))));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /needs\.\./.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(qs.filter((q) => q.type === "true-false" && /ex-chief economic adviser/.test(q.prompt) && !q.prompt.startsWith("True or false? Ed Balls")).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AM failed (2.7)", () => {

  it("takes 'The change will see …', 'Elsewhere, …', a who-said claim opening on 'who' and a stray comma before 'told' as not standing alone", () => {
    expect(standsAlone("The change will see the end of such dizzyingly-high denominations as the five million lira note in 2005.")).toBe(false);
    expect(standsAlone("Elsewhere, the BBA added underlying mortgage lending rose by £4m in November, compared to October's £4.29m.")).toBe(false);
    expect(standsAlone('"If a person has 10 billion lira in investments this will suddenly decrease," shop owner Hayriye Evren, told Associated Press.')).toBe(false);
    expect(standsAlone("Shop owner Hayriye Evren, 45, told Associated Press the new lira would be worth more in 2005.")).toBe(true);
    expect(standsAlone("The changes to the tax code were announced by Gordon Brown on 16 March 2005.")).toBe(false);
  });

  it("asks no year of being elected ('before being elected to Parliament in 1987')", () => {
    const asked = askedIn([
      'Mr Boateng served on the Greater London Council before being elected to Parliament in 1987, declaring "today Brent South, tomorrow Soweto".',
      "Labour swept to power in 1997 with a majority of 179 seats in the Commons.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(asked.map(blanked)).toContain("2.5%");
    expect(asked.filter((q) => /^(?:1987|1997)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no count a name gives ('the G7 meeting of seven …'), no '1 January', no end of a range, no typed age closed by a dash", () => {
    const asked = askedIn([
      "India, which attends the G7 meeting of seven leading industrialised nations on Friday, is unlikely to be cowed.",
      "The currency will be launched at midnight on 1 January, the central bank said on 12 December 2004.",
      "Energy and telecommunication stocks performed particularly well, recording an 8%-10% rise since Monday morning.",
      "Stefan Pakeerah's mother said her son's killer, Warren Leblanc, 17 - who was jailed for life in September - had mimicked the game.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(asked.map(blanked)).toContain("2.5%");
    expect(asked.filter((q) => /^(?:seven|1 January|8%)$/.test(blanked(q)) || (blanked(q) === "17" && q.type === "cloze")).map((q) => q.prompt)).toEqual([]);
  });

  it("reads an amount's article by its number ('an $11bn fraud', 'a $13bn fraud', 'an A$8m deal')", () => {
    expect(["$11bn", "$8m", "A$8m", "US$18bn", "£80,000", "€11"].map(takesAn)).toEqual([true, true, true, true, true, true]);
    expect(["$13bn", "$1.5bn", "£7m", "US$2bn"].map(takesAn)).toEqual([false, false, false, false]);
  });

  it("swaps no value to one the article's 'a/an' does not fit, nor a 'from' figure against the fall, and offers no options where a superlative points at the largest", () => {
    const qs = askedIn(
      [
        "Former Worldcom boss Bernie Ebbers is currently standing trial, accused of overseeing an $11bn fraud.",
        "Data from the CML showed lending fell to just over £25bn in November, from £25.5bn a year earlier.",
        "In 2002, the KSE was the world's best performing stock market, with the index rising 112%.",
        "The Karachi Stock Exchange has recorded its largest single day gain, surging 3.5% to a new high on Monday.",
        "The index closed at 7,000 points on 17 March 2005, up from 6,200 points at the end of February.",
        "Liberty director Shami Chakrabarti said who was able to issue the control orders was not the main issue.",
        "Shadow home secretary David Davis said the plans were an affront to British justice.",
        "Lib Dem leader Charles Kennedy said the measures would not be passed in their present form.",
        "Labour MP Barbara Follett said the government had listened to its critics on the bill.",
      ],
      { seeds: 12 },
    );
    expect(qs.length).toBeGreaterThan(0);
    const statements = qs.filter((q) => q.type === "true-false").map((q) => q.prompt);
    expect(statements.filter((p) => /\ban \$(?!8|11|18)\d/.test(p))).toEqual([]);
    expect(statements.filter((p) => /fell to just over £25bn in November, from £(?:1\d|2[0-4])(?:\.\d+)?bn/.test(p))).toEqual([]);
    expect(qs.filter((q) => q.type === "choice" && /best performing|largest single day gain/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    // "Who said that who was able to issue …?": a claim opening on a question word is no question
    expect(qs.filter((q) => q.type === "who-said").length).toBeGreaterThan(0);
    expect(qs.filter((q) => /that who was able/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AN failed (2.7)", () => {

  it("takes 'The ban …', 'The Sheffield-born right-hander', 'The American made …', 'The British number one', 'In December it will …' and 'Mind you, …' as leaning back", () => {
    expect(standsAlone("The ban comes into force on 18 February.")).toBe(false);
    expect(standsAlone("The ban on smoking in pubs comes into force on 18 February.")).toBe(true);
    expect(standsAlone("The Sheffield-born right-hander, aged 24, also reached another final in Plaisir, France.")).toBe(false);
    expect(standsAlone("The American made 36 unforced errors but was still good enough to romp through the contest.")).toBe(false);
    expect(standsAlone("The British number one then showed his superior strength to take the decider.")).toBe(false);
    expect(standsAlone("In December it will launch a hybrid version of its Highlander SUV.")).toBe(false);
    expect(standsAlone("In December Toyota will launch a hybrid version of its Highlander SUV.")).toBe(true);
    expect(standsAlone("Mind you, every time she breaks the record she gets $30,000.")).toBe(false);
  });

  it("asks no date of an election, no share a fraction gives and no ordinal 'alongside' another", () => {
    const asked = askedIn([
      "Prime Minister Tony Blair has yet to name the date of the election, but most pundits are betting on 5 May.",
      "Nearly half of all Palestinians - some 47% - live below the poverty line, the World Bank said.",
      "Bogdanovic looks set to take the second singles place alongside Greg Rusedski in Israel.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(asked.map(blanked)).toContain("2.5%");
    expect(asked.filter((q) => /^(?:5 May|47%|second)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("takes an event for no person ('At the Detroit Motor Show, …')", () => {
    const names = analyzeArticle(articleOf(["At the Detroit Motor Show, a range of manufacturers are prominently displaying their hybrid credentials."])).facts;
    expect(names.filter((f) => f.kind === "person").map((f) => f.text)).toEqual([]);
    expect(names.filter((f) => f.kind === "organisation").map((f) => f.text)).toContain("Detroit Motor Show");
  });

  it("swaps no one into the words of a person the headline names ('Davenport through in Australia')", () => {
    // three speakers only: no "who said" question, so their quotations are asked as statements
    const qs = askedIn(
      [
        'Nicole Vaidisova said: "I\'m extremely disappointed because I couldn\'t have asked to play better in my first two matches."',
        'Lindsay Davenport said: "We were destined to meet, I guess, and she played very well for a set."',
        'Her coach, Robert Lansdorp, said: "Nicole will be a top player one day, no doubt about it."',
        "Davenport won 6-1 6-1 in exactly one hour on Monday, 17 January 2005.",
      ],
      { headline: "Davenport through in Australia", seeds: 12 },
    );
    expect(qs.filter((q) => q.type === "true-false" && q.kind === "quote").length).toBeGreaterThan(0);
    expect(qs.filter((q) => /^True or false\? Lindsay Davenport is quoted as saying: “I'm extremely/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AP failed (2.7)", () => {

  it("takes 'helping making', 'When it reported …', 'the men' and a nameless 'Share trading' as not standing alone", () => {
    expect(standsAlone("The shake-up is aimed at helping making £65m in efficiency savings between 2005 and 2008.")).toBe(false);
    expect(standsAlone("The shake-up is aimed at helping the Foreign Office save £65m between 2005 and 2008.")).toBe(true);
    expect(standsAlone("When it reported the results, the airline was upbeat about prospects for 2005.")).toBe(false);
    expect(standsAlone("When Ryanair reported the results, it was upbeat about prospects for 2005.")).toBe(true);
    expect(standsAlone("The government was told that using anti-terror legislation to hold the men indefinitely broke human rights laws.")).toBe(false);
    expect(standsAlone("Share trading will begin on 15 December, the LSE said.")).toBe(false);
    expect(standsAlone("Shares in Air China will begin trading on 15 December, the LSE said.")).toBe(true);
  });

  it("asks no share the sentence's count works out, no count of a list after 'under', no '11 September'", () => {
    const asked = askedIn([
      "Ethnic minorities make up 8% of the United Kingdom population but only 2% of MPs - 13 out of 659 - are from a visible minority group.",
      "A dozen state-owned carriers have been reorganised into three groups under Air China, China Southern and China Eastern.",
      "Anti-terror legislation brought in after 11 September was used to hold nine foreign nationals without charge.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(asked.map(blanked)).toContain("2.5%");
    expect(asked.filter((q) => /^(?:2%|three|11 September)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AQ failed (2.7)", () => {

  it("takes 'Ferrari -best known', 'that quarter-final tie' and 'the unit' as not standing alone", () => {
    expect(standsAlone("Fiat owns a 56% stake in Ferrari -best known for its Formula One team - having first bought into it in 1969.")).toBe(false);
    expect(standsAlone("Fiat owns a 56% stake in Ferrari - best known for its Formula One team - having first bought into it in 1969.")).toBe(true);
    expect(standsAlone("Chelsea have not played Barcelona since that quarter-final tie five years ago.")).toBe(false);
    expect(standsAlone("Many observers believe that the unit, which produces 60% of Yukos' oil output, could fall to Gazprom.")).toBe(false);
  });

  it("asks no end of a range after a currency sign, no change a percentage gives, no leader's term", () => {
    const qs = askedIn([
      "Analysts have valued the six tracks at between £40m-£50m.",
      "Shares in Wembley were up 56 pence, or 7.6%, at 797p by mid-morning.",
      "George W Bush will display a more consensual approach as he begins his second term as US President, Tony Blair has said.",
      "Mr Blair also dismissed claims that government plans to get 50% of young people into university would devalue degrees.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    const asked = qs.map(blanked);
    expect(asked).toContain("2.5%");
    expect(asked.filter((a) => /^(?:£40m|56|7\.6%|second)$/.test(a))).toEqual([]);
  });
});

describe("makeQuiz: what reading AR failed (2.7)", () => {

  it("takes 'Meantime, …' as leaning back and 'while 63%, disagreed' as a slip", () => {
    expect(standsAlone("Meantime, 32% said Mr Blair was a good prime minister and 38% disagreed.")).toBe(false);
    expect(standsAlone("Thirty per cent said the affair showed Mr Blunkett could not be trusted as a minister while 63%, disagreed.")).toBe(false);
    expect(standsAlone("Thirty per cent said the affair showed Mr Blunkett could not be trusted as a minister while 63% disagreed.")).toBe(true);
  });

  it("asks no Olympic year, no 'No 10', no 'one in four' and types no amount after 'an'", () => {
    const qs = askedIn([
      "Kenteris, 31, won gold in the 200m at the Sydney Olympics in 2000, where Thanou, 29, won silver in the 100m.",
      "Gordon Brown was speaking after Cabinet members held their last meeting at No 10 before the expected election announcement.",
      "One in four said he should be back in the Government's top ranks within a year or two while 39% opposed a comeback.",
      "Former Worldcom boss Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:2000|10|four)$/.test(blanked(q)) || (blanked(q) === "$11bn" && q.type === "cloze")).map((q) => q.prompt)).toEqual([]);
  });
});


describe("makeQuiz: what reading AS failed (2.7)", () => {
  it("takes 'The remaining', 'Any such', 'that result', a share with no 'of whom' and 'the pair' after one name as leaning back", () => {
    expect(standsAlone("The remaining $36m will be paid by the directors' insurers.")).toBe(false);
    expect(standsAlone("Any such move would have to wait until March when the Office of Fair Trading completes an investigation.")).toBe(false);
    expect(standsAlone("The BBC's David Willey in Rome says one reason for that result is the changeover from the lira to the euro in 2001.")).toBe(false);
    expect(standsAlone("48% were pessimistic about their national economy, while 41% were optimistic.")).toBe(false);
    expect(standsAlone("48% of Britons were pessimistic about their national economy, while 41% were optimistic.")).toBe(true);
    expect(standsAlone("Mr Peston said the pair had \"mutual animosity and contempt\" for each other and that Mr Blair had decided in 2003 he would quit.")).toBe(false);
    expect(standsAlone("Mr Peston said Mr Blair and Mr Brown had a pact, and the pair met in 2003.")).toBe(true);
  });

  it("asks no ordinal the sentence counts out, no rounded figure the article gives exactly, no year of history in news", () => {
    const qs = askedIn([
      "Stevens will be winning his third cap on Sunday after coming on twice as a replacement on the tour to New Zealand last year.",
      "Almost 23,000 people in 22 countries were questioned for the poll in January 2005.",
      "The survey of 22,953 people was conducted by the polling firm GlobeScan in December 2004.",
      "Mr Straw promised to keep the UK's budget rebate, secured in 1984 by Margaret Thatcher, in the talks of 2005.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:third|23,000|1984)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("keeps a biography's old years (Hadid moved to London in 1972; the text names 2016)", () => {
    const article = parseArticleText(readFileSync(join(ARTICLES, "26-bio-hadid.txt"), "utf8"));
    expect(joinAnswerKey(makeQuiz(article, { seed: 1, count: 40 })).map((q) => q.answer)).toContain("1972");
  });
});

describe("who said it: reading AS", () => {
  const people = [
    "Foreign Secretary Jack Straw said the talks in London were a vital step for the peace process.",
    "UN Secretary General Kofi Annan, the head of the United Nations, told reporters the meeting had been well prepared.",
    "Condoleezza Rice, the US secretary of state, said Washington would send its own envoy to the talks.",
    "Ieuan Wyn Jones, leader of the Plaid Cymru group, said the reshuffle was a mistake by the government.",
    "Kirsty Williams, a Liberal Democrat member of the assembly, said the change of minister would not help patients.",
  ];
  it("does not take the person a spokesman speaks for as the speaker", () => {
    const qs = askedIn([
      "Tuesday's meeting on Palestinian reform is being hosted by British Prime Minister Tony Blair in London.",
      ...people,
      "A spokesman for Mr Blair said the Prime Minister expected the conference to discuss \"a comprehensive and practical work plan for the Palestinian Authority and the international community\".",
      "A spokesman for Mr Blair said the conference would discuss a practical work plan for the Palestinian Authority and its donors.",
      "A spokesman for Mr Blair said: \"We expect the conference to agree a practical work plan for the Palestinian Authority and its donors.\"",
    ], { seeds: 16 });
    expect(qs.filter((q) => q.type === "who-said" && /Blair/.test(q.answer)).map((q) => q.prompt)).toEqual([]);
    expect(qs.filter((q) => /Blair is quoted/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(qs.some((q) => q.type === "who-said" && q.answer === "Jack Straw")).toBe(true);
  });

  it("does not put a quotation about 'the first minister' in the first minister's mouth", () => {
    const qs = askedIn([
      "First Minister Rhodri Morgan told BBC Wales he had agreed with Ms Hutt in 2003 that she would leave the post.",
      ...people,
      "In response, Ieuan Wyn Jones said: \"It is apparent that this reshuffle by the first minister was just changing the deckchairs on a sinking Titanic.\"",
    ], { seeds: 16 });
    expect(qs.some((q) => /deckchairs/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /deckchairs/.test(q.prompt) && (/Rhodri Morgan is quoted/.test(q.prompt) || (q.options ?? []).some((o) => /Morgan/.test(o)))).map((q) => q.prompt)).toEqual([]);
  });

  it("does not ask who said words that speak of the speaker's own office", () => {
    const qs = askedIn([
      "Tuesday's meeting on Palestinian reform is being hosted by British Prime Minister Tony Blair in London.",
      ...people,
      "Tony Blair told reporters: \"No prime minister could have done more for the peace process than this government has done.\"",
    ], { seeds: 16 });
    expect(qs.some((q) => /done more for the peace/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => q.type === "who-said" && /done more for the peace/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AT failed (2.7)", () => {
  it("takes the source's slips and 'do just that' as no prompt", () => {
    expect(standsAlone("The payments are shown in bands of up £5,000, making it difficult to calculate the exact earnings.")).toBe(false);
    expect(standsAlone("Readers who do not follow the argument can to look it up on Google, where there are 283,000 entries.")).toBe(false);
    expect(standsAlone("Economic growth has average 6-7% in the past three years, ahead of IMF forecasts.")).toBe(false);
    expect(standsAlone("Economic growth has averaged 6-7% in the past three years, ahead of IMF forecasts.")).toBe(true);
    expect(standsAlone("Everyone does, indeed, expect Gordon Brown to do just that in his last budget before polling day on 5 May.")).toBe(false);
    expect(standsAlone("Gordon Brown will do that job until polling day on 5 May.")).toBe(true);
  });

  it("asks no unhyphenated span as a modifier, no round threshold, no count after 'of their last'", () => {
    const qs = askedIn([
      "The Turkish economics minister, Ali Babacan, said the two sides had reached general agreement on a new three year funding program.",
      "Inflation in Turkey fell below 10% this year for the first time since the country's crisis of 2001.",
      "Wales have beaten France on two of their last three visits to Paris, according to the Welsh Rugby Union.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:three year|10%|three)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no Christmas or New Year's Day for a date that is neither", () => {
    const qs = askedIn([
      "The European Union will decide on 17 December whether to begin entry talks with Turkey, the commission said.",
      "The IMF board approved the loan on 3 December after two months of talks with Ankara.",
      "Turkey's parliament will vote on the budget on 21 December, officials in Ankara said.",
    ], { seeds: 24 });
    const dayOptions = qs.filter((q) => q.type === "choice" && /December/.test(q.answer)).flatMap((q) => q.options ?? []);
    expect(dayOptions.length).toBeGreaterThan(8);
    expect(dayOptions.filter((o) => /^(?:24|25|26) December$/.test(o))).toEqual([]);
  });
});

describe("an amount written before a plural word of scale (reading BP)", () => {
  it("asks nothing of 'a figure of £22 billions' (blanked, '£22' is cut from its word of scale)", () => {
    const sentence = "The Treasury has come up with a figure of £22 billions worth of efficiency savings across Whitehall departments.";
    const qs = askedIn([sentence, "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.", "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005."]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text === sentence).map((q) => q.prompt)).toEqual([]);
  });
});

describe("the month of an event held every year (readings BL and BO)", () => {
  it.each([
    ["Sania Mirza reached the third round at the Australian Open in January, the best run of her career so far.", "January"],
  ])("asks no month of %s", (sentence, month) => {
    const rest = ["The Federal Reserve raised interest rates to 2.5% on 22 March 2005.", "Wales beat Italy 38-8 in Rome on Saturday, 19 February 2005."];
    const qs = askedIn([sentence, ...rest]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text === sentence && q.answer === month).map((q) => q.prompt)).toEqual([]);
  });
});

describe("standsAlone: sentences that lean on the ones before (reading BN)", () => {
  it.each([
    "The accusation came after it emerged a Devon man had been told he could use his two dogs to chase away animals.",
    "Lord Drayson, whose company PowderJect won contracts to provide vaccine to the government, gave £500,000 to the party just days before Christmas.",
    "As a Northern Ireland minister he dealt with education and later security where he rode out the mass IRA escape from the Maze in 1983.",
    "After the death of leader John Smith in 1994 he stood aside, agreeing to give Tony Blair a clear run at the leadership.",
    "Entering Westminster, he came to share an office with the newly elected MP for Sedgefield, Tony Blair.",
    "The latest to pitch in has been President George W Bush himself, who told the summit in Chile the dollar would be strong.",
    // (reading BO)
    "The insurer made a loss of $337m in the fourth quarter of last year.",
    "Economists expect that expansion to slow to 5% in the second half of the year.",
  ])("%s", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "Lord Drayson gave £500,000 to the Labour party just days before Christmas, the Electoral Commission said.",
    "As a Northern Ireland minister, Sir John Scott dealt with education and later security.",
    "The accusation of fraud against Enron was rejected by a judge in Houston on Tuesday.",
    "After Vladimir Putin became president in 2000, he did not raise taxes but put a lot of effort into enforcement.",
    "In one local education authority alone 800 parents were warned they would receive a penalty notice.",
    "I think we have all felt a little jaded, but it reminded us why we joined the party in the first place,\" said Mr Spence.",
  ])("still takes %s", (text) => {
    expect(standsAlone(text)).toBe(true);
  });
});

describe("shortQuote: a long quotation shown to its last whole sentence (reading BM)", () => {
  const one = "We could be at the beginning of the final stage of the process where the debts that were owed by the poorest countries, built up over 20 or 30 years, debts that are simply unpayable in the real world, are finally taken care of,";
  it("shows one sentence of up to 55 words whole, not cut mid-clause at 40", () => {
    expect(shortQuote(one)).toBe(one.slice(0, -1));
  });
  it("ends a longer quotation at its last full sentence within 40 words", () => {
    const two = `The talks went well and we are pleased with the progress the two sides have made on the main points. ${one}`;
    expect(shortQuote(two)).toBe("The talks went well and we are pleased with the progress the two sides have made on the main points");
  });
});

describe("a sentence that is only a quotation goes on with the one person quoted just before it (2.9.0)", () => {
  // people the article describes, none quoted
  const people = [
    "Foreign Secretary Jack Straw arrived in London for the talks on Monday morning.",
    "UN Secretary General Kofi Annan, the head of the United Nations, flew in from New York.",
    "Condoleezza Rice, the US secretary of state, will send her own envoy to the talks.",
    "Kirsty Williams, a Liberal Democrat member of the assembly, watched from the public gallery.",
    // the writer's words, no fact in them: a text long enough to ask more than one question per speaker
    "The players trained in heavy rain at the club's ground and went through a long session of passing drills before lunch.",
    "Supporters gathered outside the gates to watch, and several of the younger members of the squad stopped to sign autographs.",
    "The manager has been under pressure after a poor run of results, and the board is expected to discuss his future at its next meeting.",
  ];
  const named = "\"The onus is on the players to force their way into the team before the spring,\" said Celtic coach Bobby Hassell.";
  const goesOn = "\"Juninho has shown in training every day that he wants to be part of the first team again.\"";
  const onJuninho = (qs: FullQuestion[]): FullQuestion[] => qs.filter((q) => /Juninho has shown/.test(q.prompt));

  it.each([
    ["in the same paragraph", [...people, `${named} ${goesOn}`]],
    ["opening the next paragraph", [...people, named, goesOn]],
  ])("asks whose words they are %s", (_, paragraphs) => {
    const analysis = analyzeArticle(articleOf(paragraphs));
    const facts = [...analysis.facts];
    continuedQuotes(facts, analysis.sentences);
    expect(facts.filter((f) => f.kind === "quote").map((f) => f.speakerFull)).toEqual(["Bobby Hassell", "Bobby Hassell"]);
    // (asked "who said" only when the first quotation is not: two "who said" questions on one speaker answer each other)
    const tf = onJuninho(askedIn(paragraphs, { seeds: 6, types: ["true-false"] }));
    expect(tf.length).toBeGreaterThan(0);
    for (const q of tf) expect(q.answer === "true" ? /^True or false\? Bobby Hassell is quoted/.test(q.prompt) : /Bobby Hassell said it/.test(q.explanation)).toBe(true);
  });

  it.each([
    ["a sentence of the writer's comes between", [...people, `${named} The club has not lost at home since the middle of August. ${goesOn}`]],
    ["the paragraph before ends in the writer's words", [...people, `${named} The club has not lost at home since the middle of August.`, goesOn]],
    ["the sentence has words of the writer's besides its quotation", [...people, named, `The players called it ${goesOn.replace(/\.\"$/, "\".")}`]],
    ["the sentence before quotes two people", [...people, `${named.replace(/\.$/, "")}, and captain Jackie McNamara said: \"We will see.\"`, goesOn]],
  ])("does not when %s", (_, paragraphs) => {
    const analysis = analyzeArticle(articleOf(paragraphs));
    const facts = [...analysis.facts];
    continuedQuotes(facts, analysis.sentences);
    expect(facts.filter((f) => f.kind === "quote" && /Juninho/.test(f.text)).map((f) => f.speakerFull)).toEqual([undefined]);
    expect(onJuninho(askedIn(paragraphs, { seeds: 16 })).map((q) => q.prompt)).toEqual([]);
  });

  it("takes '“…,” he added.' right after one person's quotation as theirs, not when the pronoun is of the other sex (2.11.9)", () => {
    const added = goesOn.replace(/\.\"$/, ",\" he added.");
    const his = named.replace("said Celtic coach Bobby Hassell.", "said Celtic coach Bobby Hassell, who took over from his brother in May.");
    for (const [line, who] of [
      [added, "Bobby Hassell"],
      [added.replace("he added", "she added"), undefined],
    ] as const) {
      const analysis = analyzeArticle(articleOf([...people, `${his} ${line}`]));
      const facts = [...analysis.facts];
      continuedQuotes(facts, analysis.sentences, (full) => (full === "Bobby Hassell" ? "m" : undefined));
      expect(facts.filter((f) => f.kind === "quote" && /Juninho/.test(f.text)).map((f) => f.speakerFull)).toEqual([who]);
    }
  });

  it("takes '“…,” he told reporters.' and '“…,” he later said.' right after one person's quotation as theirs (2.11.30)", () => {
    // (the sentence before names two people, so no "he" of the article is settled by it: only the quotation goes on)
    const two = named.replace("said Celtic coach Bobby Hassell.", "said Celtic coach Bobby Hassell, who signed him with chairman Brian Quinn.");
    for (const tail of ["he told reporters.", "he told BBC Sport.", "he later said."]) {
      const analysis = analyzeArticle(articleOf([...people, `${two} ${goesOn.replace(/\.\"$/, `," ${tail}`)}`]));
      const facts = [...analysis.facts];
      continuedQuotes(facts, analysis.sentences);
      expect(facts.filter((f) => f.kind === "quote" && /Juninho/.test(f.text)).map((f) => f.speakerFull), tail).toEqual(["Bobby Hassell"]);
    }
  });

  it("asks a speaker a second time in a long quiz, on another quotation", () => {
    const text = [
      ...people,
      named,
      "The club's next match is against Hibernian at Easter Road on Saturday, with a crowd of 20,000 expected.",
      "\"We have had a difficult few weeks but the squad is stronger now than at any time this season,\" Bobby Hassell added.",
    ];
    const quizzes = [1, 2, 3, 4].map((seed) => joinAnswerKey(makeQuiz(articleOf(text), { seed, count: 40, types: ["true-false", "who-said", "cloze", "choice"] })));
    // (Bobby Hassell is the only person quoted: every quotation question is on his words)
    expect(quizzes.some((qs) => qs.filter((q) => q.kind === "quote").length === 2)).toBe(true);
  });
});

describe("who said it: a quotation that says 'he said' (2.7.8)", () => {
  // people the article describes, none of them making a claim of their own (two "who said" questions never share
  // their speakers)
  const people = [
    "Foreign Secretary Jack Straw arrived in London for the talks on Monday morning.",
    "UN Secretary General Kofi Annan, the head of the United Nations, flew in from New York.",
    "Condoleezza Rice, the US secretary of state, will send her own envoy to the talks.",
    "Kirsty Williams, a Liberal Democrat member of the assembly, watched from the public gallery.",
  ];
  const quote = "\"The onus is on the players to force their way into the team before the spring,\" he said.";
  it("asks whose words they are when the sentence before names one person", () => {
    const asked = (types: QuestionType[]): FullQuestion[] =>
      askedIn([...people, "Celtic coach Bobby Hassell spoke to reporters at the club's training ground on Monday.", quote], { seeds: 6, count: 10, types }).filter((q) => /onus is on the players/.test(q.prompt));
    expect(asked(["who-said"]).map((q) => q.answer)).toContain("Bobby Hassell");
    expect(asked(["who-said"]).every((q) => q.answer === "Bobby Hassell")).toBe(true);
    const tf = asked(["true-false"]);
    expect(tf.length).toBeGreaterThan(0);
    for (const q of tf) expect(q.answer === "true" ? /^True or false\? Bobby Hassell is quoted/.test(q.prompt) : /Bobby Hassell said it/.test(q.explanation)).toBe(true);
  });

  it.each([
    ["\"With Gareth missing I would think Michael Owen will be our captain for the game,\" said Wales coach Mike Ruddock.", "Mike Ruddock"],
    ["\"Juninho is the best signing Celtic ever made and he deserves his place in the team,\" insisted Bobby Hassell.", "Bobby Hassell"],
  ])("takes the name after 'said Wales coach' or 'insisted' as the speaker (2.7.9): %s", (sentence, speaker) => {
    const asked = askedIn([...people, sentence], { seeds: 6, count: 10, types: ["who-said"] }).filter((q) => q.evidence.text === sentence);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.answer === speaker)).toBe(true);
  });

  it("does not when the sentence before names two people", () => {
    const qs = askedIn([...people, "Celtic coach Bobby Hassell and captain Jackie McNamara spoke to reporters on Monday.", quote], { seeds: 16 });
    expect(qs.filter((q) => /onus is on the players/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no party written like a person as a speaker (reading BL)", () => {
    const qs = askedIn([
      ...people,
      "Party leader Michael Howard said the new role would replace police authorities. The Lib Dems said the plan could let extreme groups run policing, while Labour criticised the promises.",
      "Police Federation chairman Jan Berry said: \"It is a service, not a political football to be kicked around every time an election approaches.\"",
      "Liberal Democrat home affairs spokesman Mark Oaten said: \"The plan could create conflict between chief constables and elected officials.\"",
    ], { seeds: 16, types: ["who-said", "true-false"] });
    expect(qs.some((q) => q.kind === "quote")).toBe(true);
    expect(qs.filter((q) => /Lib Dems/.test(q.prompt) || (q.options ?? []).includes("Lib Dems")).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no storm as a speaker (reading BM: 'Hurricane Mitch')", () => {
    const qs = askedIn([
      ...people,
      "Early estimates from the World Bank put the aid needed at about $5bn, similar to the cash offered to Central America after Hurricane Mitch.",
      "Mitch killed about 10,000 people and caused damage of about $10bn in 1998.",
      "Red Cross official Patrick Bartlett said: \"We cannot fathom the cost of these poor societies and the nameless fishermen and farmers.\"",
      "Aid worker Max Lawson said: \"The richest countries must now hear the voices of the poorest people in the region.\"",
    ], { seeds: 16, types: ["who-said", "true-false"] });
    expect(qs.some((q) => q.kind === "quote")).toBe(true);
    expect(qs.filter((q) => q.kind === "quote" && (/Hurricane/.test(q.prompt) || (q.options ?? []).some((o) => /Hurricane/.test(o)))).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no business described like a person as a speaker", () => {
    const qs = askedIn([
      ...people,
      "The collapse last week of China Aviation Oil, the Singapore-listed arm of a Chinese jet fuel trader, has cast a spotlight on Chinese firms.",
      "Exchange chief Clara Furse said: \"The London Stock Exchange offers ambitious Chinese companies access to the world's deepest pool of capital.\"",
    ], { seeds: 16 });
    expect(qs.some((q) => /deepest pool/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /Aviation Oil/.test(q.prompt) || (q.options ?? []).some((o) => /Aviation Oil/.test(o))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AU failed (2.7)", () => {
  it("takes 'the gap' with no 'between' and 'the 24-year-old told' as leaning back", () => {
    expect(standsAlone("In the poorest areas, the gap was 30% in women's favour and growing faster than anywhere else.")).toBe(false);
    expect(standsAlone("The gap between rich and poor areas was 30% in 2004.")).toBe(true);
    expect(standsAlone("\"I wish I was playing for Real Madrid,\" the 24-year-old told Cadena Cope.")).toBe(false);
  });

  it("asks no end of a range, no date after 'highest since', no milestone, no even chance, no named day, no '22-man', no figure of a table", () => {
    const qs = askedIn([
      "Between 1.1 and 1.5 million people were killed at the camp, the museum in Krakow says.",
      "The number of Americans filing initial jobless claims jumped to 367,000, the highest rate since September.",
      "Analysts believe the Bovespa index will rise above the 25,000 mark for the first time before too long.",
      "Foreign Secretary Jack Straw will visit the camp for the 60th anniversary of its liberation, it has been announced.",
      "The Hefce report said teenagers in the richest areas had a better than 50% chance of going to university, against 10% in Leeds.",
      "Prince Edward will also join the delegation in Poland for National Holocaust Memorial Day on 27 January.",
      "Bourgoin lock Pascal Pape, who has recovered from a sprained ankle, returns to the 22-man squad named by Bernard Laporte.",
      "University entry ranged from 69% in Kensington, 65% in Westminster and 62% in Sheffield Hallam down to 11% in Bristol South and 7% in Nottingham North.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:1\.1|1\.5 million|September|25,000|60th|50%|27 January|22-man|22|69%|65%|62%|11%|7%)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AV failed (2.7)", () => {
  it("takes 'considering to buy' as a slip and 'The Munster number 10' as leaning back", () => {
    expect(standsAlone("Flag carrier Air India is considering to buy 50 new aircraft from either Boeing or Airbus.")).toBe(false);
    expect(standsAlone("Flag carrier Air India is considering buying 50 new aircraft from either Boeing or Airbus.")).toBe(true);
    expect(standsAlone("The Munster number 10 kicked a total of 14 points, including two drop goals, to keep alive the Grand Slam hopes.")).toBe(false);
  });

  it("asks no election month, no figure of a '46-year low', no year of 9/11, no hedged span typed", () => {
    const qs = askedIn([
      "Information packs with elections happening in early May were sent out to the 3,000 schools invited to take part.",
      "The key Fed funds rate has risen during 2004 from the 46-year low of 1% reached in the summer of 2003.",
      "Airport security was tightened not long after the 9/11 attacks in 2001, the report by the commission says.",
      "Charles Kennedy said during his nearly 22 years in Parliament he had seen prime ministers come and go.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:May|1%|2001)$/.test(blanked(q)) || (blanked(q) === "22 years" && q.type === "cloze")).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no true/false on a sentence that says what the headline shows", () => {
    const sentences = [
      "Legendary Dutch coach Rinus Michels, the man credited with developing total football, has died aged 77.",
      "Michels led the Netherlands to the final of the World Cup in 1974, where they lost to West Germany.",
      "He was named coach of the century by Fifa in 1999, ahead of Sir Matt Busby and Bill Shankly.",
    ];
    const under = (headline: string): FullQuestion[] => askedIn(sentences, { headline }).filter((q) => q.type === "true-false" && /has died aged/.test(q.prompt));
    expect(under("Football mourns a coach of the century")).not.toEqual([]);
    expect(under("Legendary Dutch boss Michels dies").map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AW failed (2.7)", () => {
  it("takes 'the Wales star', 'N more by 2010' and 'the programme' as leaning back", () => {
    expect(standsAlone("Rovers have reportedly offered £500,000 up front for the Wales star, 30, with the fee rising to £2.2m.")).toBe(false);
    expect(standsAlone("A target of 1.5 million more by 2010 needed \"creative\" ideas.")).toBe(false);
    expect(standsAlone("Some £3.7bn will be spent on implementing the programme by 2006.")).toBe(false);
    expect(standsAlone("Some £3.7bn will be spent on the Skills for Life programme by 2006.")).toBe(true);
    expect(standsAlone("A hamstring injury denied Luscombe a third start, but the Dragons winger is expected to be fit on 13 March.")).toBe(true);
    expect(standsAlone("Fishermen rescued over 700 asylum seekers whose boat sank, and the navy saved 200 more after they were found swimming.")).toBe(true);
  });

  it("asks no year Labour won power, no end of 'a 2% to 3% rise', types no amount written before 'offer', shows no footnote mark", () => {
    const qs = askedIn([
      "Dan Lewis said at least 111 of the appointed bodies had been set up since Labour won power in 1997.",
      "British Airways had previously forecast a 2% to 3% rise in full-year revenue, the airline said on Friday.",
      "The London Stock Exchange rejected Deutsche Boerse's proposed £1.3bn offer in December, saying it undervalued the business.",
      "A study from the Disaster Research Center at the University of Delaware* found that 70% of local businesses were no worse off.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:1997|2%|3%)$/.test(blanked(q)) || (blanked(q) === "£1.3bn" && q.type === "cloze")).map((q) => q.prompt)).toEqual([]);
    expect(qs.some((q) => /University of Delaware/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /Delaware\*/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    const typed = askedIn([
      "The London Stock Exchange rejected Deutsche Boerse's proposed £1.3bn offer in December, saying it undervalued the business.",
      "Deutsche Boerse paid £1.1bn for the Clearstream settlement house in 2002, its annual report shows.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ], { seeds: 4, count: 10, types: ["cloze"] });
    expect(typed.map(blanked)).toContain("£1.1bn");
    expect(typed.filter((q) => blanked(q) === "£1.3bn").map((q) => q.prompt)).toEqual([]);
  });

  it("offers no bank, business or name cut at its particle as a speaker", () => {
    const options = askedIn([
      "BA chief executive Rod Eddington said the results were \"respectable\" in a quarter when fuel costs rose by £106m.",
      "Aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says the surcharge revenues will still be short of the costs.",
      "Aviation analyst Nick Van den Brul of BNP Paribas described the latest quarterly results as \"pretty modest\".",
      "Chairman Martin Broughton, a former tobacco executive, told shareholders the fuel bill would rise again next year.",
      "Stanley Leisure, the casino operator, said the trial period should last at least five years.",
      "John Whittingdale, the Conservative culture spokesman, said the bill had been rushed through the Commons.",
      "Deutsche Bank Securities analyst Andrew Fitchie said: \"Fares will fall again in the spring as the new routes open.\"",
    ], { seeds: 8, count: 10, types: ["who-said"] }).flatMap((q) => q.options ?? []);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => /Wasserstein|Leisure|^Nick Van$|^Van$|Deutsche|Securities/.test(o))).toEqual([]);
  });
});

describe("makeQuiz: what reading AX failed (2.7)", () => {
  it("takes the source's slips, 'During that year' and 'September's reading' as no prompt", () => {
    expect(standsAlone("With the recovery slowing, the world's second biggest economy is now expected grow by 0.2% in 2004.")).toBe(false);
    expect(standsAlone("Japan's economy grew by just 0.1% in the three months to September, according revised data issued in December.")).toBe(false);
    expect(standsAlone("A used Cooper S is likely to be priced from £12,556, according to the-car buying website Parker's.")).toBe(false);
    expect(standsAlone("During that year, 3,500 people at the Cowley plant produced 56,000 cars.")).toBe(false);
    expect(standsAlone("September's reading was the strongest for 13 years, the Bank of Japan said.")).toBe(false);
    expect(standsAlone("Japan's economy grew by just 0.1% in the three months to September, according to revised data.")).toBe(true);
  });

  it("asks no count the sentence lists after a semicolon, no 'all three', no amount in a colon-separated conversion", () => {
    const qs = askedIn([
      "Every match of the Swiss Open is followed by press interviews in three languages; English, French and Swiss-German.",
      "Realistically, all three will be fighting for the world number two ranking at the Masters Cup in Shanghai.",
      "Baikal paid 260.75bn roubles ($9.37bn: £4.8bn) for Yugansk, far short of the $27bn Russia says Yukos owes.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:three|£4\.8bn|\$9\.37bn)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no office run into a name as a speaker", () => {
    const qs = askedIn([
      "Minister for Children and Families Margaret Hodge said the allowance would be set in the spring.",
      "Robert Tapsfield, chief executive of the Fostering Network, said: \"There are many devils and lots of details hidden within the proposals.\"",
      "Foreign Secretary Jack Straw arrived in London for the talks on Monday morning.",
      "Kirsty Williams, a Liberal Democrat member of the assembly, watched from the public gallery.",
    ], { seeds: 16 });
    expect(qs.some((q) => /many devils/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /Families Margaret Hodge/.test(q.prompt) || (q.options ?? []).some((o) => /^Families/.test(o))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading AY failed (2.7)", () => {
  it("asks no round poll sample", () => {
    const qs = askedIn([
      "87% of the 1,000 adults quizzed by ICM for BBC News 24 said politicians did not deliver what they promised.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => blanked(q) === "1,000").map((q) => q.prompt)).toEqual([]);
  });

  it("offers no name run into the next sentence's first word as a speaker", () => {
    const options = askedIn([
      "Yukos lawyer Mike Lake said: \"Do we have an ability to influence what happens? We think we do.\"",
      "Former chief executive Mikhail Khodorkovsky, in jail since October 2003, denies the charges against him.",
      "\"The litigation risks are real,\" said Credit Suisse First Boston analyst Vadim Mitroshin The dispute is partly driven by President Putin's clampdown.",
      "Letitia Clark, a spokeswoman for the court in Houston, said the Houston bankruptcy court would hear the Yukos case on Thursday.",
      "Foreign Secretary Jack Straw arrived in Moscow for the talks on Monday morning.",
    ], { seeds: 8, count: 10, types: ["who-said"] }).flatMap((q) => q.options ?? []);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => / The$/.test(o))).toEqual([]);
  });
});

describe("makeQuiz: what reading AZ failed (2.7)", () => {
  it("reads a statement its own comparison contradicts", () => {
    const ibge = (to: string, last: string): string => `The Brazilian Institute for Geography and Statistics (IBGE) said unemployment fell to ${to} in December from 10.6% in November and ${last} in December 2003.`;
    expect(contradictsItself(ibge("9.6%", "10.9%"))).toBe(false);
    expect(contradictsItself(ibge("12.2%", "10.9%"))).toBe(true);
    expect(contradictsItself(ibge("9.6%", "6.5%"))).toBe(true);
    const china = (x: string): string => `China's economy has expanded by a breakneck ${x} during 2004, faster than predicted and well above 2003's 9.1%.`;
    expect(contradictsItself(china("9.5%"))).toBe(false);
    expect(contradictsItself(china("5.7%"))).toBe(true);
    expect(contradictsItself("Unemployment fell from 5.2% to 5.4% last month.")).toBe(true);
    expect(contradictsItself("Pre-tax profits rose 5% to £170m from £180m.")).toBe(true);
    expect(contradictsItself("Pre-tax profits rose 5% to £200m from £180m.")).toBe(false);
    // figures in other units are not compared
    expect(contradictsItself("Sales rose to 300 from 2.5% a year earlier.")).toBe(false);
  });

  it("offers no option the prompt's comparison rules out", () => {
    const qs = askedIn([
      "China's economy has expanded by a breakneck 9.5% during 2004, faster than predicted and well above 2003's 9.1%.",
      "Brazil's jobless rate fell to 9.6% in December from 10.6% in November and 10.9% in December 2003, the statistics office said.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
      "Exports to the United States grew by 4.4% in the year to March, the ministry said on Friday.",
    ], { seeds: 12 });
    expect(qs.filter((q) => q.type === "choice").length).toBeGreaterThan(0);
    for (const q of qs) for (const shown of q.type === "choice" ? (q.options ?? []).map((o) => q.prompt.replace("_____", o)) : q.type === "true-false" ? [q.prompt] : []) expect(contradictsItself(shown), shown).toBe(false);
  });

  it("takes 'said it fell to 9.6%' as leaning on the sentence before", () => {
    expect(standsAlone("The Brazilian Institute for Geography and Statistics (IBGE) said it fell to 9.6% in December from 10.6% in November.")).toBe(false);
    expect(standsAlone("The Brazilian Institute for Geography and Statistics (IBGE) said it would publish the figures on 9 March.")).toBe(true);
  });

  it("asks no rugby score, no month a year apart, no number in a list of numbers", () => {
    const qs = askedIn([
      "Scotland finally made the most of a rare foray into the Italian half and snatched three points from Paterson when an Italian forward handled the ball in a ruck.",
      "IBGE also said that average monthly salaries grew 1.9% in December 2004 from December 2003.",
      "All Alfa Romeo models can be bought with a six-cylinder engine - the 147, 156, 156 Sportwagon, 166, GTV, GT and Spider.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:three|December 2004|December 2003|166|147|156)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading BA failed (2.7)", () => {
  it("takes no prison, no office's field and no role word for a person", () => {
    const qs = askedIn([
      "In a statement, detainee 'A' in Woodhill Prison said: \"I hope now that the government will act upon this decision and release me and the other internees.\"",
      "Solicitor Gareth Pierce, who represents eight of the detainees, said the detention had driven four of them to madness.",
      "\"The first quarter of this year is the best time for us to increase fuel prices,\" said Sri Mulyani Indrawati, State Minister for National Development Planning.",
      "Home Secretary Charles Clarke said: \"I will be asking Parliament to renew this legislation in the New Year.\"",
      "Former president Megawati Sukarnoputri, who lost the election in September, said the plan would hurt the poor.",
      "Lord Carlile, the government's reviewer of terror laws, said the ruling would be studied with care by ministers.",
    ], { seeds: 16, types: ["who-said", "true-false"] });
    expect(qs.length).toBeGreaterThan(0);
    const shown = qs.flatMap((q) => [q.prompt, q.answer, ...(q.options ?? [])]).join(" | ");
    expect(shown).not.toMatch(/Woodhill Prison is quoted|National Development Planning(?! \.)|Solicitor Gareth/);
    for (const q of qs) expect([q.answer, ...(q.options ?? [])].filter((o) => /Woodhill|National Development|^Solicitor /.test(o))).toEqual([]);
  });

  it("offers no one quoted saying much the same as the speaker", () => {
    const qs = askedIn([
      "Former Rangers manager Walter Smith is the favourite to take over as Scotland manager, the BBC understands.",
      "Manchester United manager Sir Alex Ferguson said: \"Walter is the outstanding candidate without doubt.\"",
      "Former Scotland manager Craig Brown said: \"He would be an outstanding candidate as far as I'm concerned.\"",
      "Newcastle boss Graeme Souness said: \"The job needs someone who knows the Scottish game inside out.\"",
      "Scottish FA chief executive David Taylor said: \"We will take our time and make the right appointment for the country.\"",
      "Celtic manager Martin O'Neill said: \"I have never been asked about the post and I am happy where I am.\"",
    ], { seeds: 16, types: ["who-said", "true-false"] });
    const outstanding = qs.filter((q) => /outstanding candidate/.test(q.prompt));
    expect(outstanding.length).toBeGreaterThan(0);
    for (const q of outstanding) {
      const other = /Walter is/.test(q.prompt) ? "Brown" : "Ferguson";
      if (q.type === "who-said") expect(q.options?.filter((o) => o.includes(other))).toEqual([]);
      if (q.type === "true-false" && q.answer === "false") expect(q.prompt.split(" is quoted")[0]).not.toContain(other);
    }
  });

  it("takes 'A decision is expected …' and 'the duo' as leaning on the sentences before", () => {
    expect(standsAlone("A decision is expected to be announced before the end of February.")).toBe(false);
    expect(standsAlone("In imposing two-year suspensions on the duo on 22 December, the IAAF described their explanations as \"unacceptable\".")).toBe(false);
    expect(standsAlone("A decision by the IAAF is expected before the end of February.")).toBe(true);
    expect(standsAlone("Kostas Kenteris and Katerina Thanou said the duo would appeal on 22 December.")).toBe(true);
  });

  it("offers the months next to a month", () => {
    const qs = askedIn([
      "Global Sports Communications, Chepkemei's management company, said she had wanted to run in the World Cross Country Championships in March.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March 2005.",
    ], { seeds: 16, types: ["choice"] });
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    const asked = qs.filter((q) => q.answer === "March");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) for (const o of q.options ?? []) expect(Math.min(Math.abs(months.indexOf(o) - 2), 12 - Math.abs(months.indexOf(o) - 2))).toBeLessThanOrEqual(3);
  });
});

describe("makeQuiz: what reading BB failed (2.7)", () => {
  it("takes words said to a person, or about them, as no quotation of theirs", () => {
    const qs = askedIn([
      "Harriet Harman told researchers of the sheer hostility prompted by her advancement to the Cabinet: \"Well, you've only succeeded because you're a woman.\"",
      "Another current member of the Cabinet, Yvette Cooper, says she was told: \"Oh, you've had a very fast rise, who have you been sleeping with?\"",
      "Prof Joni Lovenduski said: \"What I think is shocking to the general public is the level of hostility women face in Parliament.\"",
      "Former minister Gillian Shepherd said: \"Lots of people say it's like an old boys club but it feels more like a school.\"",
      "Tony Blair said: \"We have more women in government than any government in the history of this country.\"",
    ], { seeds: 16, types: ["who-said", "true-false"] });
    expect(qs.some((q) => /level of hostility women face/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /only succeeded because|very fast rise/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("drops an 'also' after the subject that opens the sentence", () => {
    expect(withoutOpening("Ministers also boast of record police numbers and are speeding up plans to put in place 25,000 community support officers.")).toBe("Ministers boast of record police numbers and are speeding up plans to put in place 25,000 community support officers.");
    expect(withoutOpening("True or false? Mr Kennedy also outlined his party's plan to impose a 50% income tax rate on earnings over £100,000 a year.")).toBe("True or false? Mr Kennedy outlined his party's plan to impose a 50% income tax rate on earnings over £100,000 a year.");
    const qs = askedIn(["Ministers also boast of record police numbers and are speeding up plans to put in place 25,000 community support officers."]);
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /\balso\b/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("takes a 'their' with no one before it, an 'it' analysts speak of, 'similar reasons' and 'that inquiry' as leaning back", () => {
    expect(standsAlone("Even their lack of discipline in defence - which presented the admirable Van Ginsberg with 26 points - could not undo them.")).toBe(false);
    expect(standsAlone("For 43 developing countries, more than 20% of their export incomes come from the sale of just one product.")).toBe(true);
    expect(standsAlone("Analysts forecast that it is likely to decline further this year to a rate of expansion of closer to 20%.")).toBe(false);
    expect(standsAlone("A total of 30 large-scale projects have been halted across the country for similar reasons.")).toBe(false);
    expect(standsAlone("Since that inquiry was launched in October, Marsh has replaced its chief executive.")).toBe(false);
    expect(standsAlone("Analysts said their forecasts for 2005 had been cut to 3.1%.")).toBe(true);
    expect(standsAlone("Shares in BP rose 2% after their results beat forecasts.")).toBe(true);
    expect(standsAlone("Nestle said it would cut 3,000 jobs in 2005.")).toBe(true);
  });

  it("offers no group as a speaker", () => {
    const qs = askedIn([
      "Lib Dem leader Charles Kennedy told Lib Dem MPs: \"We go into the election as an independent party and we come out as an independent party.\"",
      "Tory co-chairman Liam Fox said: \"The Liberal Democrats are soft on crime and would put up taxes for millions of families.\"",
      "Prime Minister Tony Blair said: \"Britain is the fourth-largest economy in the world and we will keep it that way.\"",
      "Lib Dem MPs cheered when the plan for a 50% income tax rate on earnings over £100,000 a year was set out on Monday.",
    ], { seeds: 16, types: ["who-said", "true-false"] });
    expect(qs.some((q) => /independent party|soft on crime|fourth-largest economy/.test(q.prompt))).toBe(true);
    expect(qs.flatMap((q) => [q.prompt, q.answer, ...(q.options ?? [])]).filter((x) => /Lib Dem MPs is quoted|^Lib Dem MPs$/.test(x))).toEqual([]);
  });

  it("asks no ordinal the wins it lists count out, none in a title ('Friday the 13th')", () => {
    const qs = askedIn([
      "England have the chance to seal their third autumn international victory after successive wins over Canada and South Africa.",
      "Padalecki had the lead role in the 2009 version of Friday the 13th as Clay Miller, who heads out to Camp Crystal Lake.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:third|13th)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading BC failed (2.7)", () => {
  it("takes 'the 5 billion shares' and a 'he' after a body's name as leaning back", () => {
    expect(standsAlone("No date has been given for when the 5 billion shares will come to the market.")).toBe(false);
    expect(standsAlone("After a brief career as a tutor for the Workers' Educational Association, he became an MP at the age of just 28.")).toBe(false);
    expect(standsAlone("No date has been given for when Baoshan's 5 billion shares will come to the market.")).toBe(true);
    expect(standsAlone("After a brief career as a tutor, Neil Kinnock became an MP at the age of just 28.")).toBe(true);
  });

  it("asks no figure written with a leading zero and no inflation target", () => {
    const qs = askedIn([
      "Over the weeks, there have been any number of signs that 050505 was going to be the day Mr Blair would go for an historic third term.",
      "Rachel Lomax's remarks follow criticism from the House of Lords Economic Affairs Committee, which said the MPC had held interest rates too high given that inflation was way below the 2% target.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:050505|2%)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading BD failed (2.7)", () => {
  it("takes 'Overall. sales …' and 'a more business' as slips", () => {
    expect(standsAlone("Overall. sales across the industry also fell to 1.25 million vehicles from 1.27 million a year earlier.")).toBe(false);
    expect(standsAlone("Even the smaller Suzuki Motor Corp snapped up a more business with sales improving 17.6% on a year earlier.")).toBe(false);
    expect(standsAlone("Google Inc. said sales across the industry fell to 1.25 million from 1.27 million a year earlier.")).toBe(true);
  });

  it("reads a comparison with words between it and its figure", () => {
    expect(contradictsItself("Mr Manuel said the economy had grown by an average of 5.8% over the past four years, slightly below the African average of 4%.")).toBe(true);
    expect(contradictsItself("Mr Manuel said the economy had grown by an average of 3.2% over the past four years, slightly below the African average of 4%.")).toBe(false);
    expect(contradictsItself("Mercedes' profits compared unfavourably with 2003's 784m euro figure and were well below analyst expectations of 374m euros.")).toBe(false);
  });

  it("asks no rugby score with a word before 'points'", () => {
    const qs = askedIn([
      "Ireland continued to press and they showed their intent by opting for a line-out in the 19th minute when three straight-forward points were on offer.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ]);
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => blanked(q) === "three").map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading BE failed (2.7)", () => {
  it("takes 'Since then' and 'approval for to build' as no prompt", () => {
    expect(standsAlone("Since then, the row has flared occasionally, most recently at a forum in November.")).toBe(false);
    expect(standsAlone("In July 2004, Bat announced it had won approval for to build a $1.5bn joint venture factory in China.")).toBe(false);
    expect(standsAlone("In July 2004, Bat announced it had won approval to build a $1.5bn joint venture factory in China.")).toBe(true);
  });

  it("asks no value split in two, no Olympic month", () => {
    const qs = askedIn([
      "McIlroy, whose time of one minute 46.68 seconds in Erfurt elevated him to sixth place on the UK All-Time list, is looking beyond Madrid.",
      "China has 350 million smokers who consume 1.7 trillion cigarettes a year, according to the State Tobacco Monopoly Administration.",
      "Radcliffe's career took a setback when she failed to complete the Olympic marathon and later dropped out of the Athens 10,000m last August.",
      "Kenteris, who won Olympic 200m gold at the 2000 Olympics, and Thanou were suspended by the IAAF last December after missing drugs tests.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.map(blanked)).toContain("December");
    expect(qs.filter((q) => /^(?:one minute|1\.7|August)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading BG failed (2.7)", () => {
  it("takes 'Nor could …' and 'Most (71%) have …' as leaning back", () => {
    expect(standsAlone("Nor could over 65% of the business leaders surveyed say or estimate the prevalence of HIV among their staff.")).toBe(false);
    expect(standsAlone("Most (71%) have no policies in place to address the disease.")).toBe(false);
    expect(standsAlone("Mr Blair has yet to name the day - but it is widely expected to be 5 May.")).toBe(false);
    expect(standsAlone("Mr Blair has yet to name the day of the election - but it is widely expected to be 5 May.")).toBe(true);
    expect(standsAlone("Over 65% of the business leaders surveyed could not estimate the prevalence of HIV among their staff.")).toBe(true);
    expect(standsAlone("Most companies (71%) have no policies in place to address the disease.")).toBe(true);
  });

  it("asks no amount the headline shows rounded in another unit", () => {
    const qs = askedIn([
      "As well as pledging £960m over 15 years to the immunisation IFF, Britain urged other donors to contribute.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { headline: "UK pledges £1bn to vaccine effort" });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => blanked(q) === "£960m").map((q) => q.prompt)).toEqual([]);
  });

  it("offers no value within half as much again of an 'around' figure", () => {
    const qs = askedIn([
      "Across sub-Saharan Africa, even in countries with an HIV prevalence of 10-19%, only around 7% of companies have formal HIV/Aids policies in place, according to the report.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { types: ["true-false", "choice"], seeds: 24 });
    const shown = qs.filter((q) => /HIV/.test(q.prompt)).flatMap((q) => [...`${q.prompt} ${(q.options ?? []).join(" ")}`.matchAll(/around (\d+)%|\b(\d+)%/g)].map((m) => Number(m[1] ?? m[2])));
    expect(shown.filter((v) => v !== 7 && v !== 10 && v !== 19).length).toBeGreaterThan(0);
    expect(shown.filter((v) => v !== 7 && v !== 10 && v !== 19 && v > 7 / 1.5 && v < 7 * 1.5)).toEqual([]);
  });

  it("reads a headline word inside quotation marks as the word", () => {
    const qs = askedIn([
      "Verizon has won a takeover battle for US phone firm MCI with a bid worth $6.8bn (£3.6bn), reports say.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { headline: "Verizon 'seals takeover of MCI'", types: ["true-false"] });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /Verizon/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what reading OA failed (2.7, textbook sections)", () => {
  it("asks no year of a cited work", () => {
    expect(inCitation("The American National Standards Institute (ANSI, 2000), an independent developer of industrial standards, develops many standards.", { start: 44, end: 48 })).toBe(true);
    expect(inCitation("The Treaty of Paris (1783) ended the war.", { start: 21, end: 25 })).toBe(false);
    const qs = askedIn([
      "Research has indicated that hospice care is beneficial for the patient (Brumley, Enquidanos, & Cherin, 2003; Brumley et al., 2007; Godkin, Krant, & Doster, 1984) and for the patient's family.",
      "Howell (2003) outlines some important areas of research and practice in the field of human factors.",
      "The diathesis-stress model (Zuckerman, 1999) integrates biological and psychosocial factors to predict the likelihood of a disorder.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:2003|2007|1984|1999)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no far end of a range and no century", () => {
    const qs = askedIn([
      "About 40%–60% of individuals relapse, which means they return to abusing drugs after a period of improvement.",
      "Diagnosed with terminal pancreatic cancer in his mid-40s and given only 3–6 months to live, Pausch focused on living in a fulfilling way.",
      "In the early part of the 20th century, Max Wertheimer published a paper on perceived motion in flickering images.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:60%|6 months|20th)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("takes 'that reality' as leaning back", () => {
    expect(standsAlone("In 1967 that reality began to change with Cicely Saunders, who created the first modern hospice in England.")).toBe(false);
    expect(standsAlone("In 1967 Cicely Saunders created the first modern hospice in England.")).toBe(true);
  });
});

describe("makeQuiz: what reading OC failed (2.8, textbook sections)", () => {
  it("takes a comma before the 'and' of two names as a slip", () => {
    expect(standsAlone("Jeb Bush, and Ted Cruz were the top fundraisers by July 2015, with Cruz reporting $14 million in contributions.")).toBe(false);
    expect(standsAlone("Jeb Bush and Ted Cruz were the top fundraisers by July 2015, with Cruz reporting $14 million in contributions.")).toBe(true);
  });
});

describe("makeQuiz: what reading BH failed (2.8)", () => {
  it("asks no figure of a change in per cent given with both its ends", () => {
    const qs = askedIn([
      "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
      "A survey of 280 schemes said employer contributions had increased from £5.5bn to £8.2bn a year, a rise of 49.7%.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:2%|\$11\.1bn|\$10\.9bn|£5\.5bn|£8\.2bn|49\.7%)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no year-end date and no year split from its financial year", () => {
    const qs = askedIn([
      "The World Trade Organisation is to end its Multi-Fibre Agreement on midnight of 31 December.",
      "In 1998/99 contributions to company pension schemes rose by 4.7% across the private sector.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:31 December|1998)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("takes 'Two were …', ', for example,' and 'acknowledged the point' as leaning back", () => {
    expect(standsAlone("Two were dressed as Regency dandies to unveil a poster about economic growth.")).toBe(false);
    expect(standsAlone("In 1998/99, for example, contributions rose by 4.7% and in 2002/03 by 8.6%.")).toBe(false);
    expect(standsAlone("Yukos chief financial officer Bruce Misamore, who had moved to the US in early December, acknowledged the point.")).toBe(false);
    expect(standsAlone("Two Labour MPs were dressed as Regency dandies to unveil a poster about economic growth.")).toBe(true);
    expect(standsAlone("Yukos chief financial officer Bruce Misamore moved to the US in early December to set up Yukos USA.")).toBe(true);
  });
});

describe("makeQuiz: what reading BI failed (2.8)", () => {
  it("takes 'the Briton' and 'vote on the issue' as leaning back", () => {
    expect(standsAlone("The Briton regained his composure to win the next two games for only his second win in six matches against the Argentine.")).toBe(false);
    expect(standsAlone("Reports say Standard Life, which owns a 1% stake in Deutsche Boerse, may seek a shareholder vote on the issue.")).toBe(false);
    expect(standsAlone("Tim Henman regained his composure to win the next two games for only his second win in six matches against Guillermo Coria.")).toBe(true);
    expect(standsAlone("The Swiss government raised its forecast for growth to 2% in January.")).toBe(true);
    expect(standsAlone("Reports say Standard Life may seek a shareholder vote on the issue of the bid.")).toBe(true);
  });

  it("asks no count that adds up to the headline's, no ordinal its names count out, no end of a slight change, no year of a Games", () => {
    const qs = askedIn([
      "About 1,100 jobs will go in investment banking while 1,200 and 550 will go in IT and human resources respectively.",
      "ABN Amro is the third large European bank to announce cutbacks in the past month following Deutsche Bank and Credit Suisse Group.",
      "In London, annual inflation rose only slightly in November to 7.1% from 7% the previous month.",
      "Collins, who worked with the British teams at the 2000 and 2004 Olympics, takes over from Max Jones.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { headline: "ABN Amro to cut 2,850 jobs", seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => /^(?:1,100|1,200|550|third|7%|2000)$/.test(blanked(q))).map((q) => q.prompt)).toEqual([]);
  });

  it("types no 'three months' before 'to September'", () => {
    const qs = askedIn([
      "The US economy grew at an annual rate of 3.9% in the three months to September, the Commerce Department said.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 16 });
    expect(qs.map(blanked)).toContain("2.5%");
    expect(qs.filter((q) => q.type === "cloze" && blanked(q) === "three months").map((q) => q.prompt)).toEqual([]);
  });
});

describe("makeQuiz: what readings BJ and OD failed (2.8)", () => {
  it("takes 'the cause', 'the forum', 'the commission' and 'To qualify,' as leaning back", () => {
    expect(standsAlone("On Tuesday, Mr Gates pledged $750m of his own money to support the cause.")).toBe(false);
    expect(standsAlone("In 1883, civil servants under the control of the commission amounted to about 10 percent of the workforce.")).toBe(false);
    expect(standsAlone("To qualify, workers must demonstrate that the injury will last at least twelve months.")).toBe(false);
    expect(standsAlone("On Tuesday, Mr Gates pledged $750m of his own money to fight malaria.")).toBe(true);
    expect(standsAlone("In 1883, civil servants under the control of the Civil Service Commission amounted to about 10 percent of the workforce.")).toBe(true);
  });

  it("offers no four-figure billions for an amount under a thousand billion", () => {
    const qs = askedIn([
      "Social Security, which cost the United States about $845 billion in 2014 alone, is one of the oldest social welfare policies.",
      "The Federal Reserve raised interest rates to 2.5% on 22 March.",
    ], { seeds: 24, types: ["true-false", "choice"] });
    const shown = qs.filter((q) => /Social Security/.test(q.prompt)).flatMap((q) => [...`${q.prompt} ${(q.options ?? []).join(" ")}`.matchAll(/\$([\d,]+) billion/g)].map((m) => Number((m[1] ?? "").replace(/,/g, ""))));
    expect(shown.filter((v) => v !== 845).length).toBeGreaterThan(0);
    expect(shown.filter((v) => v >= 1000)).toEqual([]);
  });
});

describe("sentences that lean on the ones before, and people out of place (reading BQ)", () => {
  it.each([
    "The former Portsmouth boss replaces Steve Wigley, who has been relieved of first-team duties after just one win in 14 league games in charge.",
    "Mr Blair then changed his mind in June 2004, after Cabinet allies intervened and amid suspicion the chancellor was manoeuvring against him.",
    "In the mountainous country surrounded by South Africa, it is feared as many as 50,000 textile workers could lose their jobs.",
  ])("%s", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "Mr Blair changed his mind about the date of the referendum in June 2004, after Cabinet allies intervened.",
    "The manager of Southampton, Steve Wigley, was relieved of first-team duties after just one win in 14 league games.",
    "Lesotho, a mountainous country surrounded by South Africa, fears as many as 50,000 textile workers could lose their jobs.",
  ])("still takes %s", (text) => {
    expect(standsAlone(text)).toBe(true);
  });

  it("reads a 'their' with only people named one by one before it as leaning back", () => {
    const people = new Set(["Milan", "Mandaric", "Harry", "Redknapp", "Jared", "Padalecki"]);
    expect(theirOfNoOne("According to Mandaric, Redknapp vowed he would not join their South coast rivals when he left Portsmouth.", people)).toBe(true);
    // a club, a plural noun or a second person before it may own it
    expect(theirOfNoOne("United almost doubled their lead after 48 minutes when Ronaldo's low drive took a deflection.", people)).toBe(false);
    expect(theirOfNoOne("According to Mandaric, the players vowed they would not join their South coast rivals.", people)).toBe(false);
    expect(theirOfNoOne("Padalecki proposed to her in front of their favorite painting at the Metropolitan Museum of Art in October 2009.", people)).toBe(false);
  });

  const lesotho = [
    "Lesotho's textile industry is facing collapse after the end of a global quota system, trade unions have warned.",
    "Some 6,650 jobs were lost when six factories owned by Taiwanese firms closed in January, the Lesotho Clothing and Allied Workers Union said.",
    "In the mountainous kingdom surrounded by South Africa, it is feared as many as 50,000 textile workers could lose their jobs, and Mr Mafeca said he expected more companies to leave.",
    "Union leader Daniel Maraisane said the government had been warned of the closures as early as 2003.",
    "Exports of clothing to the United States were worth $456m in 2004, according to the Lesotho Textile Exporters Association.",
  ];

  it("asks no sentence whose 'Mr Mafeca' the article names nowhere else", () => {
    for (let seed = 1; seed <= 4; seed++) {
      const prompts = joinAnswerKey(makeQuiz(articleOf(lesotho, "Lesotho fears textile job losses"), { count: 40, seed })).map((q) => q.prompt);
      expect(prompts.length).toBeGreaterThan(0);
      expect(prompts.filter((p) => /Mafeca|50,000/.test(p))).toEqual([]);
    }
    // named a second time, or introduced where the sentence names him, he is someone a reader knows
    const named = lesotho.map((p) => p.replace("and Mr Mafeca said", "and union official Mr Mafeca said"));
    const asked = [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(named, "Lesotho fears textile job losses"), { count: 40, seed })).map((q) => q.prompt));
    expect(asked.some((p) => /Mafeca/.test(p))).toBe(true);
  });

  it("swaps no writer of a source the article reports into someone's deed ('Robert Peston … goes head-to-head with the prime minister')", () => {
    const article = articleOf(
      [
        "The prime minister and chancellor faced backbench discontent at Monday's meeting of the Parliamentary Labour Party over claims made in journalist Robert Peston's new book.",
        "Michael Howard is likely to want to capitalise further on the spat when he goes head-to-head with the prime minister in the Commons.",
        "Mr Blair changed his mind about standing down in June 2004, after Cabinet allies intervened, writes Mr Peston.",
        "Labour MP Paul Flynn said the row was damaging the party, and former minister Alan Milburn said the campaign would be upbeat.",
      ],
      "Blair and Brown row over book claims",
    );
    const { credible, swappable } = crediblePeople(analyzeArticle(article));
    expect([...credible]).toContain("Robert Peston");
    expect([...swappable]).not.toContain("Robert Peston");
    expect([...swappable]).toContain("Alan Milburn");
  });
});

describe("true/false swaps of people a role pins down (reading BK, read again in BQ)", () => {
  it("swaps no one into a role set off by a dash or owned by a country ('Chris Furness, Libya's oil minister')", () => {
    expect(roleAfter(", Libya's oil minister, told Reuters that the cartel saw no need to cut supply.")).toBe(true);
    expect(roleAfter(" - a former Yale historian and expert on code-breaking - who confirmed the claims in 2004.")).toBe(true);
    expect(roleAfter(", ex-chief economic adviser to the Treasury, said there would be no spending spree.")).toBe(true);
    expect(roleAfter(" said the papers were genuine, and that the claims were beyond doubt.")).toBe(false);
    expect(roleAfter(", Gordon Brown and Tony Blair met on Tuesday.")).toBe(false);
    const article = articleOf(
      [
        "Oil prices rose on Tuesday after producers signalled that they would keep output steady at their meeting next month.",
        "“Traders are worried about supplies over the winter,” said analyst Chris Furness, of 4Cast.",
        "Mr Makarov's case has been backed by Christopher Andrew - a former Yale historian and expert on code-breaking - who confirmed the claims in 2004.",
        "“The papers are genuine,” said former KGB officer Oleg Gordievsky. Christopher Andrew, who now teaches at Cambridge, said the claims were “beyond doubt”.",
        "Analyst Julian Lee, of the Centre for Global Energy Studies, said prices could reach $60 a barrel.",
      ],
      "Oil prices climb ahead of meeting",
    );
    const prompts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 }))).filter((q) => q.type === "true-false").map((q) => q.prompt);
    expect(prompts.filter((p) => /Yale historian/.test(p) && !/by Christopher Andrew - a former/.test(p))).toEqual([]);
    expect(prompts.filter((p) => /who now teaches at Cambridge/.test(p) && !/Christopher Andrew, who/.test(p))).toEqual([]);
  });

  it("takes 'Opposite number X had been …' as leaning on the sentences before", () => {
    expect(standsAlone("Opposite number Ronald Waterreus had been Rangers' hero, saving superbly from Craig Bellamy and John Hartson.")).toBe(false);
    expect(standsAlone("Rangers keeper Ronald Waterreus had been the hero, saving superbly from Craig Bellamy and John Hartson.")).toBe(true);
  });
});

describe("an 'its' owned by the name that opens the sentence", () => {
  it("reads 'Boeing said it expected to sell … its 777-200LR planes' as standing alone when the article writes Boeing as a name", () => {
    const text = "Boeing said it expected to sell about 500 of its 777-200LR planes over the next 20 years.";
    expect(standsAlone(text)).toBe(false);
    expect(standsAlone(text, new Set(["Boeing"]))).toBe(true);
    // a common noun opening the sentence is no owner, whatever the article names
    expect(standsAlone("Restrictions were imposed ahead of its flotation in 2004.", new Set(["Boeing"]))).toBe(false);
    const article = articleOf(
      [
        "The US planemaker Boeing has unveiled a long-range airliner, the 777-200LR, at a ceremony in Seattle on Tuesday.",
        "Pakistan International Airlines will be the first carrier to fly the plane, which can travel 11,000 miles without refuelling.",
        "Boeing said it expected to sell about 500 of its 777-200LR planes over the next 20 years.",
        "Rival Airbus delivered 320 aircraft in 2004, ahead of the 285 that Boeing delivered.",
      ],
      "New long-range airliner unveiled",
    );
    const asked = [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 }))).map((q) => q.evidence.text);
    expect(asked).toContain("Boeing said it expected to sell about 500 of its 777-200LR planes over the next 20 years.");
  });
});

describe("what reading BR failed (2.11.10)", () => {
  it.each([
    "The deployment would involve troops from the Royal Gurkha Rifles, based in Brunei, for up to six months.",
    "Germany's Alexander Kosenkow won the race in 21.07 secs with Dutchman Patrick van Balkom second in 21.58 secs.",
  ])("takes '%s' as leaning on the sentences before", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it("still takes a race the sentence names", () => {
    expect(standsAlone("Alexander Kosenkow won the race for the European indoor 200m title in 21.07 secs in Leipzig.")).toBe(true);
  });

  const article = articleOf(
    [
      "France's Pernod Ricard has confirmed it is in talks with Allied Domecq about a possible takeover of the British drinks group.",
      "In terms of market value, Pernod - at 7.5bn euros ($9.7bn) - is about 9% smaller than Allied Domecq, which has a capitalisation of £5.7bn ($10.7bn; 8.2bn euros).",
      "About 500 troops from the 2nd Battalion Royal Gurkha Rifles, based in Brunei, will be sent to Iraq in March.",
      "Allied Domecq shares rose 8% to 545 pence in London trading on Monday, and Pernod said any offer would be made in cash by the end of March.",
    ],
    "Pernod confirms talks with Allied Domecq",
  );
  const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));

  it("asks no per cent that two amounts of the sentence work out, rounded ('about 9% smaller' for 7.5bn against 8.2bn euros), nor swaps the amounts", () => {
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /In terms of market value/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no ordinal that begins a unit's name ('the 2nd Battalion Royal Gurkha Rifles')", () => {
    expect(qs.some((q) => /Gurkha/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /Gurkha/.test(q.prompt) && (q.answer === "2nd" || !/ 2nd Battalion/.test(q.prompt))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading BS failed (2.11.11)", () => {
  it("asks no count two others of its sentence add up to ('an eight to one majority … by _____ detainees')", () => {
    const s = "In a blow to the government, the law lords ruled by an eight to one majority in favour of appeals by nine detainees.";
    const at = s.indexOf("nine detainees");
    expect(sumOfTwoOthers(s, { start: at, end: at + 4, value: 9 })).toBe(true);
    const t = "Venus Williams reeled off nine straight games to finish a 6-3 6-0 winner.";
    expect(sumOfTwoOthers(t, { start: t.indexOf("nine"), end: t.indexOf("nine") + 4, value: 9 })).toBe(true);
    const u = "The law lords ruled in favour of appeals by nine detainees held at Belmarsh for three years.";
    expect(sumOfTwoOthers(u, { start: u.indexOf("nine"), end: u.indexOf("nine") + 4, value: 9 })).toBe(false);
  });

  it("takes an exclamation ('What a half it was for …') as no statement", () => {
    expect(standsAlone("What a half it was for Wales, transforming a 15-6 half-time deficit into an 18-15 lead within five minutes of the second period.")).toBe(false);
    expect(standsAlone("Babayaro left the club in January to join Newcastle, and Gallas is struggling to be fit himself.")).toBe(false);
  });

  it("offers no options for a value paired with another for another name ('13% in New York and _____ in Ireland')", () => {
    expect(pairedWith("Mr McConnell said there had been falling cigarette sales of 13% in New York and _____ in Ireland.", "16%")).toBe(true);
    expect(pairedWith("Cigarette sales fell by _____ in Ireland in the year after the ban.", "16%")).toBe(false);
  });

  const article = articleOf(
    [
      "Scotland's First Minister Jack McConnell has set out plans for a ban on smoking in enclosed public places, to start in the spring of 2006.",
      "Mr McConnell added that there had been a near nine per cent rise in tax revenues from New York bars and, in Ireland, only a one point three per cent volume sales fall.",
      "Mr McConnell said there had been falling cigarette sales of 13% in New York and 16% in Ireland since their bans began.",
      "In a separate case, the law lords ruled by an eight to one majority in favour of appeals by nine detainees held at Belmarsh prison.",
      "Welsh legend Mervyn Davies, a member of two Grand Slam-winning sides of the 1970s, hailed it as one of the great performances of the past three decades.",
      "The rule of succession is regulated by the Act of Settlement which confirmed in 1701 that it was for Parliament to determine the title to the throne.",
      "In resisting a wave of French pressure in a nail-biting final five minutes, Wales showed their resolve, and 74,000 fans in Cardiff cheered them on.",
      "The ban was backed by 56 votes to 12 in a free vote at Holyrood on Thursday, with the Scottish Conservatives voting against.",
    ],
    "Smoking ban plans set out",
  );
  const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
  it.each([
    ["a decimal cut at its point ('one point _____')", /point/, "three per cent"],
    ["a span the decade named beside it gives ('the 1970s … the past _____')", /1970s/, "three decades"],
    ["the year of a named Act ('the Act of Settlement which confirmed in _____')", /Act of Settlement/, "1701"],
    ["a span after 'a nail-biting final'", /nail-biting/, "five minutes"],
    ["count two others of its sentence add up to", /eight to one majority/, "nine"],
  ])("asks no %s", (_, prompt, answer) => {
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => prompt.test(q.prompt) && (q.answer === answer || !q.prompt.includes(answer))).map((q) => q.prompt)).toEqual([]);
  });
  it("asks the paired per cent typed or as a statement, not with options", () => {
    expect(qs.some((q) => /cigarette sales of/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /cigarette sales of/.test(q.prompt) && q.type === "choice").map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading BT failed (2.11.12)", () => {
  it.each([
    "With probably only four months to the next election, that looks like being a particularly difficult trick to pull off.",
    "The council said the rise would hit families to are moving up a band in April.",
  ])("takes '%s' as no prompt", (text) => {
    expect(standsAlone(text)).toBe(false);
  });

  const article = articleOf(
    [
      "Parmalat has launched legal action against banks it says helped it to hide its debts before its collapse in 2003.",
      "According to the Reuters news agency, 35 of the companies sued on Thursday are Italian while the remaining 10 are international.",
      "The European Union estimates that the global trade in pirated wares is worth more than 200bn euros a year (£140bn; $258bn), or about 5% of total world trade.",
      "\"We will prevail,\" said Kate Hoey, chairwoman of the Countryside Alliance, as 400 hunts met on Saturday.",
      "\"Officers will not be chasing hunts across fields and we will act on evidence,\" said Suffolk Chief Constable Alastair McWhirter.",
      "\"There has been hunting in England for 700 years and this ban will be unpicked,\" said Simon Hart, chief executive of the Countryside Alliance.",
    ],
    "Parmalat sues 45 banks over crash",
  );
  const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
  it("asks no count the headline's figure works out with another of the sentence ('35 … Italian while the remaining _____' under '45 banks')", () => {
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /Reuters news agency/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
  it("asks no amount whose conversions follow a few words on ('200bn euros a year (£140bn; $258bn)')", () => {
    expect(qs.filter((q) => /pirated wares/.test(q.prompt) && (q.answer === "200bn euros" || !q.prompt.includes("200bn euros"))).map((q) => q.prompt)).toEqual([]);
  });
  it("offers no name with a title cut in half ('Constable Alastair McWhirter')", () => {
    expect(qs.filter((q) => /^Constable|True or false\? Constable/.test(q.prompt) || (q.options ?? []).some((o) => /^Constable /.test(o))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading BU failed (2.11.13)", () => {
  it.each([
    "Speculation is mounting that the Germans may raise their bid to £1.5bn.",
    "In March this year, North Wales Police reopened the case, saying materials kept during their investigations would be examined.",
    "Dafydd Iwan was released without charge .",
  ])("takes '%s' as no prompt", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "Speculation is mounting that Deutsche Boerse may raise its bid to £1.5bn.",
    "In March this year, North Wales Police reopened the case of the 1980s arson attacks, saying materials would be examined.",
    "Dafydd Iwan was released without charge.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });
});

describe("what reading BV failed (2.11.14)", () => {
  it.each([
    "The peer enjoyed a celebrated judicial career, serving as Law Commission chairman in its first seven years.",
    "Boeing lost a $23bn government contract after a Pentagon inquiry into the case.",
    "Under the package, new mothers would be offered minimum guaranteed maternity pay of £170 a week for the first six months.",
  ])("takes '%s' as leaning on the sentences before", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "Under the package agreed by ministers, new mothers would be offered maternity pay of £170 a week for six months.",
    "Under the plans, unveiled in the Gershon report, some 84,000 civil service jobs will be axed or changed.",
    "Boeing lost a $23bn government contract after a Pentagon inquiry into the case of its former finance chief.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });
});

describe("what reading BW failed (2.11.16)", () => {
  it("takes a 'that' a verb follows after 'said' as pointing back ('said that would be impossible')", () => {
    expect(standsAlone("A UKIP spokesman said that would be impossible under the party's constitution, which requires 70 days before any leadership ballot can take place.")).toBe(false);
    expect(standsAlone("A UKIP spokesman said that members would need 70 days' notice before any leadership ballot could take place.")).toBe(true);
  });
  it("reads a capitalised role after a name as a role ('David Frost, Director General of the British Chambers of Commerce')", () => {
    expect(roleAfter(", Director General of the British Chambers of Commerce (BCC).")).toBe(true);
    expect(roleAfter(", London, said the plan was fair.")).toBe(false);
  });

  const article = articleOf(
    [
      "UK retail sales fell in December, failing to meet expectations and making it by some counts the worst Christmas since 1981.",
      "Statistics to the end of November showed a decline since October from 785 to 708.",
      "Sales had risen by 0.6% in July, the Office for National Statistics said.",
      "The four Britons freed from US custody in Guantanamo Bay are expected to be allowed a visit by one relative.",
      "Louise Christian said that after being held at Guantanamo Bay, the men needed time with their families.",
      "\"None of this changes the big picture of a dramatic deterioration in the fiscal position,\" said Jonathan Loynes, chief UK economist at Capital Economics.",
      "\"At best the timing of these changes is very convenient for the government,\" said shadow chancellor Oliver Letwin.",
      "\"We believe that these demands should be firmly resisted,\" said Kate Barker, a member of the Bank's committee.",
      "But for the Japanese economy, facing 8% fewer consumers by 2050 means slumping domestic sales of cars and home appliances.",
      "Unemployment rose to 4.9% in the spring, while wages grew by 3.1% and exports by 12%.",
    ],
    "Shoppers stay at home",
  );
  const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
  it("asks no month that a holiday or another month of its sentence gives away ('the worst Christmas', 'since October')", () => {
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.kind === "date" && /Christmas|since October/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
  it("offers no body or place as a speaker ('National Statistics' of the Office for National Statistics, 'Guantanamo Bay')", () => {
    expect(qs.some((q) => q.type === "who-said" || /is quoted as saying/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /National Statistics is|Guantanamo Bay is/.test(q.prompt) || (q.options ?? []).some((o) => /^(?:National Statistics|Guantanamo Bay)$/.test(o))).map((q) => q.prompt)).toEqual([]);
  });
  it("swaps a share for none within a fifth of it in a false statement ('8% fewer consumers' as '7%')", () => {
    const statements = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["true-false"] })));
    const swapped = statements.filter((q) => q.answer === "false" && /fewer consumers/.test(q.prompt)).map((q) => Number(/(\d+(?:\.\d+)?)%/.exec(q.prompt)?.[1]));
    expect(swapped.length).toBeGreaterThan(0);
    expect(swapped.filter((v) => Math.abs(v - 8) / Math.max(v, 8) < 0.2)).toEqual([]);
  });
});

describe("what reading BX failed (2.11.17)", () => {
  it.each([
    "David Myers made the comments under questioning by defence lawyers who have been arguing that Mr Ebbers was not responsible.",
    "Lenovo said it had begun an investigation into the risk.",
  ])("takes '%s' as leaning on the sentences before", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "David Myers made the comments about the accounts under questioning by defence lawyers.",
    "Lenovo said it had begun an investigation into the risk of industrial espionage.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });
  it("takes a quotation the headline quotes as the headline's ('No more concessions' on terror)", () => {
    expect(quotesHeadline("'No more concessions' on terror", "I have no desire to make further so-called concessions on the Bill")).toBe(true);
    expect(quotesHeadline("No more concessions on terror", "I have no desire to make further so-called concessions on the Bill")).toBe(false);
    expect(quotesHeadline("'No more concessions' on terror", "The control orders will stay as they are")).toBe(false);
  });
  it("asks no 'is quoted as saying' of words the headline quotes", () => {
    const article = articleOf(
      [
        "\"I have no desire to make further so-called concessions on the Bill,\" Home Secretary Charles Clarke told MPs on Monday.",
        "\"The government has lost the confidence of all sides of the House,\" said shadow home secretary David Davis.",
        "\"These powers are a serious threat to liberty,\" said Liberal Democrat Mark Oaten.",
      ],
      "'No more concessions' on terror",
    );
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["true-false"] })));
    expect(qs.some((q) => /is quoted as saying/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /is quoted as saying: “I have no desire/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  const article = articleOf(
    [
      "Prosecutors in the south of the country have targeted Hato El Charcote, a beef cattle ranch owned by Agroflora.",
      "\"The legal boundaries did not match up with the actual boundaries and there is surplus,\" state prosecutor Alexis Ortiz told Reuters.",
      "\"We will fight this in the courts,\" said Agroflora director Brian Clarke.",
      "Belgian sports minister Claude Eerdekens said that the Russian world number five tested positive for the stimulant ephedrine on 19 December.",
      "\"First of all, this Belgian sports minister has broken every ethical rule in the book by naming a player without any proof,\" Shamil Tarpishchev said.",
      "\"She has never taken anything,\" said her coach Olga Morozova.",
      "Referee Howard Webb played a good advantage to allow Steve Stone to send Gary O'Neil away, but the midfielder planted his shot wide from 10 yards.",
      "Lua Lua had a shot from 25 yards saved, and Yakubu headed over from 12 yards after 35 minutes.",
    ],
    "Kuznetsova denies drug charge",
  );
  const statements = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["true-false", "who-said"] })));
  it("offers no ranch the article describes as one as a speaker ('Hato El Charcote, a beef cattle ranch')", () => {
    expect(statements.some((q) => /is quoted as saying|^Who said/.test(q.prompt))).toBe(true);
    expect(statements.filter((q) => /Hato El Charcote is quoted/.test(q.prompt) || (q.options ?? []).includes("Hato El Charcote")).map((q) => q.prompt)).toEqual([]);
  });
  it("swaps no holder of an office into a quotation that speaks of that office ('this Belgian sports minister')", () => {
    expect(statements.filter((q) => /Claude Eerdekens is quoted as saying: “First of all/.test(q.prompt) || (/this Belgian sports minister/.test(q.prompt) && (q.options ?? []).includes("Claude Eerdekens"))).map((q) => q.prompt)).toEqual([]);
  });
  it("swaps a round figure for a round one ('from 10 yards', not 'from 9 yards')", () => {
    const swapped = statements.filter((q) => q.answer === "false" && /planted his shot wide from/.test(q.prompt)).map((q) => Number(/from (\d+) yards/.exec(q.prompt)?.[1]));
    expect(swapped.length).toBeGreaterThan(0);
    expect(swapped.filter((v) => v % 10 !== 0)).toEqual([]);
  });
});

describe("a body named like a person (the golden set's 'Age Concern is quoted as saying …', 2.11.17)", () => {
  const article = articleOf(
    [
      "Political parties cannot afford to take older UK voters for granted in the coming election, says Age Concern.",
      "Age Concern says the over-55s are \"united around\" key areas of policy they want the government to focus on.",
      "\"Older people want to see manifesto commitments that will make a difference to their lives,\" said Gordon Lishman, its director general.",
      "\"Labour's continued refusal to admit the true extent of the pensions crisis will be one of its monumental failures,\" said David Willetts, the shadow work and pensions secretary.",
      "The BBC's home affairs correspondent, Daniel Sandford, said ministers may try to put forward other solutions.",
      "Daniel Sandford said the plans would be published in the next few weeks.",
    ],
    "Older voters 'hold the key'",
  );
  it("counts a name said in full again and again, never by its last word, with no role, as a body", () => {
    const people = crediblePeople(analyzeArticle(article));
    expect(people.bodies.has("Age Concern")).toBe(true);
    expect(people.credible.has("Age Concern")).toBe(false);
    // (a role set off by a comma says person: "The BBC's home affairs correspondent, Daniel Sandford, said …")
    expect(people.credible.has("Daniel Sandford")).toBe(true);
  });
  it("asks no 'who said' of it nor offers it as a speaker", () => {
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["true-false", "who-said"] })));
    expect(qs.some((q) => /is quoted as saying|^Who sa/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => /Age Concern is quoted/.test(q.prompt) || q.answer === "Age Concern" || (q.options ?? []).includes("Age Concern")).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading BY failed (2.11.18)", () => {
  it.each([
    "A decision on just how BMW will manage its entry into the new market is due in the first half of 2005.",
    "By 1650 GMT, the dollar was trading against the euro at $1.3280, almost a cent and a half weaker than before the announcement.",
    "The poll also found that the majority of Britons would prefer the monarchy to miss a generation.",
  ])("takes '%s' as leaning on the sentences before", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "A decision on just how BMW will manage its entry into the new market for crossover vehicles is due in the first half of 2005.",
    "The poll of 13,772 people was conducted by the international polling firm GlobeScan.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });

  const rugby = articleOf(
    [
      "O'Gara kicked all of Ireland's points, with two dropped goals and five penalties, to give the home side a 100% record.",
      "The Pumas shocked the Irish early on with a try from Federico Aramburu, and Felipe Contepomi kicked 14 points.",
      "A crowd of 45,000 watched at Lansdowne Road, where Ireland have now won eight games in a row.",
    ],
    "Ireland 21-19 Argentina",
  );
  const rugbyQs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(rugby, { seed, count: 40 })));
  it("asks no count of kicks or points the headline's score works out ('two dropped goals and _____ penalties' under '21-19')", () => {
    expect(rugbyQs.length).toBeGreaterThan(0);
    expect(rugbyQs.filter((q) => /dropped goals|kicked 14|Contepomi kicked/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });

  it("reads the speaker's sex from their own words ('my wife …': a man), so no woman stands in for them", () => {
    expect(quoteSpeakerSex("My wife is travelling around. She is very religious but she is very moderate")).toBe("m");
    expect(quoteSpeakerSex("My husband and I are delighted")).toBe("f");
    expect(quoteSpeakerSex("We are a moderate country and we want the world to know it")).toBeUndefined();
  });
});

describe("what reading BZ failed (2.11.19)", () => {
  it.each([
    "Many believe the figure is more likely to be under 2% this year.",
    "The Commons has approved the measures despite considerable opposition, with 32 Labour MPs voting against.",
    "\"People will scratching their heads over this one,\" said analyst Robert Reid.",
  ])("takes '%s' as no prompt", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "\"People will be scratching their heads over this one,\" said analyst Robert Reid.",
    "The Commons has approved the anti-terror measures despite considerable opposition, with 32 Labour MPs voting against.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });

  const article = articleOf(
    [
      "Lawrence Dallaglio became only the fourth Premiership player to reach 1,000 points in the league on Saturday.",
      "Wasps won 25-18 at Adams Park in front of a crowd of 9,500 to go top of the table.",
      "Mark van Gisbergen kicked the conversion after 63 minutes to seal the win.",
    ],
    "Wasps go top with win at Adams Park",
  );
  const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
  it("asks no milestone a reader guesses ('to reach _____ points': 1,000)", () => {
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /Premiership player to reach/.test(q.prompt) && (q.answer === "1,000" || !q.prompt.includes("1,000"))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading CA failed (2.11.20)", () => {
  it("takes 'the company' after a month as leaning back ('In September, the company had said …')", () => {
    expect(standsAlone("In September, the company had said that its half-year clothing sales had been below expectations.")).toBe(false);
    expect(standsAlone("In September, Laura Ashley had said that clothing sales at the company had been below expectations.")).toBe(true);
  });
  it("finds a number word twice in its sentence ('three adult children of three then directors')", () => {
    const text = "Disney failed to tell investors that between 1999 and 2001 it employed three adult children of three then directors.";
    const at = text.lastIndexOf("three");
    expect(valueAgain(text, { start: at, end: at + 5 })).toBe(true);
    const other = "Disney failed to tell investors that it employed three adult children of former directors.";
    const at2 = other.indexOf("three");
    expect(valueAgain(other, { start: at2, end: at2 + 5 })).toBe(false);
  });
  it("counts a name the article calls an airline as a body ('Air Shamrock, an airline owned by …')", () => {
    const article = articleOf([
      "Disney also failed to disclose payments to Air Shamrock, an airline owned by Mr Gold and fellow former Disney directors.",
      "\"Shareholders have a significant interest in information regarding relationships between the company and its directors,\" said SEC deputy enforcement director Linda Thomsen.",
      "Air Shamrock said it had done nothing wrong.",
    ]);
    const people = crediblePeople(analyzeArticle(article));
    expect(people.credible.has("Air Shamrock")).toBe(false);
  });
});

describe("what reading CB failed (2.11.21)", () => {
  it("takes 'the issue' with nothing saying which as leaning back", () => {
    expect(standsAlone("All three main parties say the issue is one for each MP's conscience.")).toBe(false);
    expect(standsAlone("All three main parties say the issue of abortion is one for each MP's conscience.")).toBe(true);
  });

  const article = articleOf(
    [
      "All three main parties say abortion is one for each MP's conscience, rather than one where there is a party-wide policy.",
      "Fly-half Andy Goode is a strong contender for the match-day 22 after an immaculate kicking display on Saturday.",
      "Although two hours 23 minutes wasn't one of Paula's best times, it wasn't far off the record on a difficult course.",
      "Malcolm Glazer owns 28.1%, and has been building up his stake in Manchester United since 2003.",
      "The club's shares rose 4% to 324p in morning trading, valuing it at £854m.",
    ],
    "Glazer raises stake",
  );
  const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
  it.each([
    ["count a set phrase completes ('All _____ main parties')", /main parties/, "three"],
    ["count after 'match-day'", /match-day/, "22"],
    ["half of a time ('two hours _____')", /two hours/, "23 minutes"],
    ["share of something the sentence does not name ('owns _____.')", /Glazer owns/, "28.1%"],
  ])("asks no %s", (_, prompt, answer) => {
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => prompt.test(q.prompt) && (q.answer === answer || !q.prompt.includes(answer))).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading CC failed (2.11.22)", () => {
  it.each([
    "\"Mr Blair¿s government has failed teachers,\" said Tim Collins.",
    "\"Mr Blair&#191;s government has failed teachers,\" said Tim Collins.",
  ])("takes '%s' (a character the source's encoding broke) as no prompt", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it("still takes the sentence with its apostrophe", () => {
    expect(standsAlone("\"Mr Blair's government has failed teachers,\" said Tim Collins.")).toBe(true);
  });
});

describe("what reading CD failed (2.11.23)", () => {
  it.each([
    "Should he win the next general election, he has earmarked £4bn that will be used to reduce taxes.",
    "Of that, £32 billion would go on spending plans, with £8 billion to fill the black hole left by Gordon Brown.",
  ])("takes '%s' as leaning on the sentences before", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it("still takes 'Should the Tories win the next general election, …'", () => {
    expect(standsAlone("Should the Tories win the next general election, Michael Howard has earmarked £4bn to reduce taxes.")).toBe(true);
  });
  it("reads a name in an open list ('Characters like Souness, Ferguson and …') as one no swap may replace", () => {
    expect(inOpenList("Characters like ")).toBe(true);
    expect(inOpenList("Characters like Souness, ")).toBe(true);
    expect(inOpenList("Clubs such as Rangers and ")).toBe(true);
    expect(inOpenList("Former Rangers boss ")).toBe(false);
    expect(inOpenList("Characters like Souness, Ferguson and current Ibrox manager ")).toBe(false);
  });
});

describe("what reading CE failed (2.11.24)", () => {
  it.each([
    ["The court is currently selecting 12 jurors and eight stand-by jurors for the trial.", "12", "number"],
    ["The case will be heard by a jury of 12 in the new year.", "12", "number"],
    ["Often in friendlies a manager will play his strongest side for the first 45 minutes and then send out an entirely different one in the second half.", "45 minutes", "duration"],
  ])("takes the number in '%s' as one a reader knows without the article", (text, value, kind) => {
    const start = text.indexOf(value);
    expect(fixedByConvention(text, { start, end: start + value.length, kind })).toBe(true);
  });
  it.each([
    ["The court is currently questioning 40 jurors for the trial.", "40", "number"],
    ["The court heard from 12 witnesses on Monday.", "12", "number"],
    ["The talks lasted 45 minutes and ended without a deal.", "45 minutes", "duration"],
  ])("still asks the number in '%s'", (text, value, kind) => {
    const start = text.indexOf(value);
    expect(fixedByConvention(text, { start, end: start + value.length, kind })).toBe(false);
  });
  it("asks no jury's 12 in a quiz", () => {
    const article = articleOf(
      [
        "Reporters covering singer Michael Jackson's trial in California have asked to see questionnaires completed by 250 potential jurors.",
        "The court is currently selecting 12 jurors and eight stand-by jurors for the trial, a process delayed until at least Thursday after a member of the star's legal team was hit by family illness.",
      ],
      "Media seek Jackson 'juror' notes",
    );
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /selecting/.test(q.prompt) && (q.answer === "12" || !q.prompt.includes("12 jurors"))).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no company chief as the speaker of words that speak of 'the company' from outside", () => {
    const article = articleOf(
      [
        "Anglo-Dutch consumer goods giant Unilever is to merge its two management boards after reporting \"unsatisfactory\" earnings for 2004.",
        "Unilever, which owns brands including Dove soap, said annual pre-tax profit fell 36% to 2.9bn euros. Shares fell 1% to 510.75 pence in London.",
        "Under the restructuring plans, Patrick Cescau, the UK-based co-chairman, will become group chief executive. Dutch co-chairman Antony Burgmans will take on the role of non-executive chairman.",
        "\"We have recognised the need for greater clarity of leadership and we are moving to a simpler leadership structure,\" Mr Burgmans said. \"The best part of the news this morning was that the company announced a structure simplification,\" said Arjan Sweere, an analyst at Petercam.",
        "\"While it is certainly the case that markets have been tougher in the past eighteen months than we had expected, we have also lost some market share,\" said Mr Cescau.",
      ],
      "Unilever shake up as profit slips",
    );
    const analysis = analyzeArticle(article);
    expect(runsACompany(analysis, "Patrick Cescau")).toBe(true);
    expect(runsACompany(analysis, "Antony Burgmans")).toBe(true);
    expect(runsACompany(analysis, "Arjan Sweere")).toBe(false);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /best part of the news/.test(q.prompt) && /Cescau|Burgmans/.test(`${q.prompt} ${(q.options ?? []).join(" ")}`)).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no multiple choice on a prompt of 40 words or more", () => {
    const article = articleOf(
      [
        "The former chief financial officer at US telecoms firm WorldCom has finished giving evidence at the trial of his ex-boss Bernie Ebbers.",
        "Scott Sullivan admitted to jurors he was willing to commit fraud to meet Wall Street earnings projections. Mr Ebbers is on trial for fraud and conspiracy in relation to WorldCom's collapse in 2002.",
        "Attorney Reid Weingarten has attempted to portray Mr Sullivan as a liar. \"At that point in time,\" Mr Sullivan said, referring to the first false entries in late 2000, \"I knew it was wrong and I knew it was against the law, but I thought we would get through it in the short term.\" Mr Sullivan, 42, has already pleaded guilty to fraud. Mr Ebbers, 63, has always insisted that he was unaware of any hidden shortfalls in WorldCom's finances. The former finance officer said Mr Ebbers knew about the improper accounting entries that were made between 2000 and 2002 to conceal soaring expenses and inflate revenue.",
        "WorldCom emerged from bankruptcy protection in 2004, and is now known as MCI. On Monday, MCI agreed to a buyout by Verizon Communications in a deal valued at $6.75bn.",
      ],
      "Worldcom director ends evidence",
    );
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.some((q) => /At that point in time/.test(q.prompt))).toBe(true);
    expect(qs.filter((q) => (q.type === "choice" || q.type === "who-said") && q.prompt.split(/\s+/).length >= 40).map((q) => q.prompt)).toEqual([]);
  });

  it("takes no name of a list ('the Black Watch, the Kings Own Scottish Borderers, the Royal Scots and …') for a person", () => {
    const article = articleOf([
      "The committee's decision must be ratified by Defence Secretary Geoff Hoon and Prime Minister Tony Blair.",
      "The plan drew a question mark over the futures of the Black Watch, the Kings Own Scottish Borderers, the Royal Scots, the Royal Highland Fusiliers and the Argyll and Sutherland Highlanders.",
      "\"They don't want to get rid of the traditions of the regiment,\" Mr Blair said.",
    ]);
    const { credible } = crediblePeople(analyzeArticle(article));
    expect([...credible].filter((p) => /Watch|Borderers|Scots/.test(p))).toEqual([]);
    expect(credible.has("Geoff Hoon")).toBe(true);
  });
});

describe("what reading CF failed (2.11.25)", () => {
  it.each([
    "The movie, which cost a reported $70m (£36.4m) to make, has taken $138m (£72m) in the US so far.",
    "An early public version of the software should be available before February.",
    "In the 20 years since that day, mobile phones have become an integral part of modern life and now almost 90% of Britons own a handset.",
    "As such, Otis's record shows how far technology has advanced since 1955.",
    "Some major tech firms say it is needed to protect inventions, while others fear it will hurt smaller tech firms The EC says the Council of Ministers will adopt a draft version.",
    "Typical items sold include iron ingots ($5) and shogun armour ($1.70) Gamers can theoretically earn money by accumulating PEDs.",
    "Rod Stewart also won the first Grammy of his career, getting the best traditional pop album award for Stardust...",
  ])("takes '%s' as no prompt that stands alone", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "Hitch, which cost a reported $70m (£36.4m) to make, has taken $138m (£72m) in the US so far.",
    "An early public version of the Exeem software should be available in February.",
    "Mobile phones have become an integral part of modern life and now almost 90% of Britons own a handset.",
    "Martin Scorsese directed The Aviator, which won five Oscars.",
    "Unilever said that year-end sales had risen by 4%.",
    "Otis's record shows how far technology has advanced since 1955.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });

  const quizzes = (paragraphs: string[], headline: string): FullQuestion[] => {
    const article = articleOf(paragraphs, headline);
    return Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
  };

  it("writes a swapped amount's conversion as roundly as the article does ('(£125,000)', never '(£93,751)' or '(£52.0m)')", () => {
    const qs = quizzes(
      [
        "Animated movie Robots has opened at the top of the US and Canada box office chart, taking $36.5m (£19m) on its first weekend on release.",
        "A recut version of Mel Gibson's The Passion of the Christ took just $239,850 (£125,000), despite opening in 957 cinemas.",
        "Will Smith comedy Hitch, which cost a reported $70m (£36.4m) to make, has taken $138m (£72m) in the US so far.",
        "Vin Diesel's family comedy The Pacifier fell to the number two spot, taking $18.1m (£9.4m).",
      ],
      "Robots march to US cinema summit",
    );
    const swapped = qs.filter((q) => q.type === "true-false" && q.answer === "false" && /\(£/.test(q.prompt)).map((q) => q.prompt);
    expect(swapped.length).toBeGreaterThan(0);
    const brackets = swapped.flatMap((p) => [...p.matchAll(/\(£([\d.,]+)(m?)\)/g)].map((m) => m[1] as string));
    expect(brackets.filter((n) => /\.0$/.test(n) || n.replace(/[,.]/g, "").replace(/0+$/, "").length > 3)).toEqual([]);
  });

  it("scales a conversion in brackets as the article writes it: no '.0', no more significant digits than it shows", () => {
    const money = (text: string, value: number): Fact => ({ id: "0.0.0", kind: "money", text, value, paragraph: 0, sentence: 0, start: 0, end: text.length, flags: ["converted"] });
    expect(rewriteNumber(money("$70m (£36.4m)", 70), 100)).toBe("$100m (£52m)");
    expect(rewriteNumber(money("$239,850 (£125,000)", 239850), 179890)).toBe("$179,890 (£93,800)");
    expect(rewriteNumber(money("$3.3bn (£1.8bn)", 3.3), 4.1)).toBe("$4.1bn (£2.2bn)");
  });

  it("asks no count of things the sentence does not name ('got _____ each'), no month after 'before', no figure given again in other units", () => {
    const qs = quizzes(
      [
        "R&B star Alicia Keys won four awards herself at the Grammy ceremony in Los Angeles. U2, Usher, Norah Jones and Kanye West got three each.",
        "The Exeem software has been under development for a few months and is currently being tested by a closed group of 300 users. A public version of Exeem should be available before February.",
        "The lifts will travel at 1,010m per minute, or 60.6 km/h, when the tower opens in 2007.",
        "Sales of the album reached 2.1 million copies in its first week, the label said on Monday.",
      ],
      "Keys wins four Grammy awards",
    );
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /got _____ each|got \w+ each/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    expect(qs.filter((q) => /before _____/.test(q.prompt) || (/before \w+\./.test(q.prompt) && q.type === "true-false" && /Exeem/.test(q.prompt) && q.answer === "false")).map((q) => q.prompt)).toEqual([]);
    expect(qs.filter((q) => /or _____ km\/h/.test(q.prompt) || (/per minute, or [\d.]+ km\/h/.test(q.prompt) && q.answer === "false" && !/60\.6/.test(q.prompt))).map((q) => q.prompt)).toEqual([]);
  });

  it("offers no one the headline names as the speaker of a quotation ('Stars pay tribute to actor Davis')", () => {
    const qs = quizzes(
      [
        "Hollywood stars including Spike Lee, Burt Reynolds and Oscar nominee Alan Alda have paid tribute to actor Ossie Davis at a funeral in New York.",
        "Veteran star Ossie Davis, a well-known civil rights activist, died in Miami at the age of 87. Also present at the service was former US president Bill Clinton and singer Harry Belafonte, who gave the eulogy. \"He would have been a very good president of the United States,\" said Mr Clinton. \"Like most of you here, he gave more to me than I gave to him.\"",
        "\"He was the kind of man who made us all better,\" said director Spike Lee.",
        "\"Ossie was a giant, and we will miss him,\" Alan Alda told reporters.",
      ],
      "Stars pay tribute to actor Davis",
    );
    const onQuotes = qs.filter((q) => q.kind === "quote");
    expect(onQuotes.length).toBeGreaterThan(0);
    expect(onQuotes.filter((q) => /Davis/.test(`${q.prompt} ${(q.options ?? []).join(" ")}`)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading CG failed (2.11.26)", () => {
  it("takes 'the tournament' with nothing saying which as leaning back", () => {
    expect(standsAlone("More than 80,000 people have downloaded the movie of the tournament highlights.")).toBe(false);
    expect(standsAlone("More than 80,000 people have downloaded highlights of the CPL tournament in Sweden.")).toBe(true);
  });

  it("asks no year to come with options that all lie before it ('will be played throughout _____', 2005)", () => {
    const article = articleOf(
      [
        "The Cyberathlete Professional League has announced a world tour of computer gaming, with $1m in prize money.",
        "The CPL World Tour kicks off in mid-February and the first leg will be in Istanbul. All ten bouts of the CPL World Tour will be played throughout 2005, each one in a different country.",
        "At each stop $50,000 in prize money will be handed out. The league was founded in 1997 and held its first event in 1998.",
        "Last year 12,000 players took part in its events, up from 9,000 in 2003.",
      ],
      "Gamers set for world tour",
    );
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    const latest = qs.filter((q) => q.type === "choice" && /will be played throughout _____/.test(q.prompt) && Math.max(...(q.options ?? []).map(Number)) === Number(q.answer));
    expect(latest.map((q) => `${q.prompt} ${(q.options ?? []).join("/")}`)).toEqual([]);
  });
});

describe("what reading CH failed (2.11.27)", () => {
  it.each([
    "In an e-mail, Dan Lane calls it \"an early proof of concept\".",
    "Before that Swansea's Palace Theatre had been used as a nightclub for 10 years.",
  ])("takes '%s' as leaning on the sentences before", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "In an e-mail, Dan Lane calls the phone \"an early proof of concept\".",
    "Swansea's Palace Theatre had been used as a nightclub for 10 years.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });
  it("takes a quotation opening on 'Or,' as the rest of what the speaker said before", () => {
    expect(isQuoteFragment("Or, send it at the same time to other people who are using SMS in the region")).toBe(true);
    expect(isQuoteFragment("Send it at the same time to other people who are using SMS in the region")).toBe(false);
  });

  const quizzes = (paragraphs: string[], headline: string): FullQuestion[] => {
    const article = articleOf(paragraphs, headline);
    return Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
  };

  it("asks no figure right after an opening 'The' ('The _____ connections take the total …')", () => {
    const qs = quizzes(
      [
        "BT reports that more people signed up for broadband in the last three months than in any other quarter. BT said that 99.6% of UK homes could now get broadband.",
        "The 600,000 connections take the total number of people in the UK signing up for broadband from BT to almost 3.3 million.",
      ],
      "Broadband in the UK growing fast",
    );
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /connections take the total/.test(q.prompt) && (q.answer === "600,000" || !/The 600,000/.test(q.prompt))).map((q) => q.prompt)).toEqual([]);
  });

  it("asks no 'who said' whose claim names the answer ('Who said that Mr Palmer was excited …?')", () => {
    const qs = quizzes(
      [
        "The star of film and TV hits Day of the Jackal and Edward and Mrs Simpson has joined forces with Swansea-born actor-director Terry Palmer.",
        "Oscar-winner Sir Anthony Hopkins, who was born in nearby Port Talbot, made his professional debut there, and Charlie Chaplin and Lily Langtry have also trodden its boards.",
        "\"To call it a jewel is not an over-estimation.",
        "\"Two years ago I decided to return to Swansea and do something for the city,\" said Mr Palmer. He said he was excited by the idea of running the Palace as a charity where young actors could develop, and with an annual Shakespeare festival in the summer. Keith Poulton, a business adviser from Swansea, has already committed an undisclosed amount of money to the project. \"We need at least £75,000 to secure a deposit on the building and we've only got two months to do that,\" said Mr Poulton.",
      ],
      "Film star Fox behind theatre bid",
    );
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.type === "who-said" && q.prompt.includes(q.answer.split(" ").pop() ?? q.answer)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading CI failed (2.11.28)", () => {
  it.each([
    "The hit novel took three years to write.",
    "Michael will attend the festival, where the film will be shown at a special screening.",
    "Hailey was born in Luton to working-class parents, They encouraged him to read.",
  ])("takes '%s' as no prompt that stands alone", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "Hailey's hit novel Hotel took three years to write.",
    "George Michael will attend the Berlin film festival in February.",
    "Hailey was born in Luton to working-class parents; they encouraged him to read.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });
  it("leaves a pronoun alone when the sentence names its subject before it ('Hailey emigrated …, where he …')", () => {
    const hailey = { surname: "Hailey", pronoun: "He" as const };
    const others = new Set(["Doubleday"]);
    expect(withSubjectNamed("Hailey emigrated to Canada in 1947, where he eventually became a citizen.", hailey, others)).toBeUndefined();
    expect(withSubjectNamed("In 1947 he emigrated to Canada.", hailey, others)).toBe("In 1947 Hailey emigrated to Canada.");
  });
  it("takes no building for a person ('Coudenberg Palace, an historical seat of European power')", () => {
    const article = articleOf([
      "They have recently been excavated and are thought to be the remnants of Coudenberg Palace, an historical seat of European power.",
      "\"The 3D world can be navigated using a joystick,\" said project leader Tom Dewaele.",
      "Crystal Palace, a club in south London, said it would back the project.",
    ]);
    const { credible } = crediblePeople(analyzeArticle(article));
    expect(credible.has("Coudenberg Palace")).toBe(false);
    expect(credible.has("Tom Dewaele")).toBe(true);
  });
});

describe("what reading CJ failed (2.11.29)", () => {
  it.each([
    "The thriller shot straight to the number one spot after taking $22m (£11.7m) at the box office.",
    "Made by the UPN TV network, the latest spin-off from the hit sci-fi show is due to end in May after four series.",
    "More than $23,000 (£12,000) has been pledged so far, according to the site.",
    "Initiatives like this are critical if power adaptors continue to be made as they are now.",
    "Teenagers get a new mobile every 11 months and a 15 million handsets are replaced in total each year.",
  ])("takes '%s' as no prompt that stands alone", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "Hide and Seek shot straight to the number one spot after taking $22m (£11.7m) at the box office.",
    "More than $23,000 (£12,000) has been pledged so far, according to the SaveEnterprise website.",
    "Schemes like the EPA's Energy Star are critical if power adaptors continue to be made as they are now.",
    "Teenagers get a new mobile every 11 months and 15 million handsets are replaced in total each year.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });
});

describe("what reading CL failed or lost (2.11.31, 2.11.32)", () => {
  it.each([
    "In 2001 it put $300m into a three-year Linux program and has produced Linux versions of many of its programs.",
    "In 2004 it detected more than 18 million phishing e-mail messages.",
    "Last year they sold more than 3,000 of the machines to schools.",
    "In March it bought a small games studio in Leeds for £3m.",
  ])("takes '%s' as no prompt that stands alone: a time phrase, then a pronoun of someone named before", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it.each([
    "In September 2003, MessageLabs caught only 273 phishing e-mails that tried to make people visit fake bank websites.",
    "In 2001 IBM put $300m into a three-year Linux program and has produced Linux versions of many of its programs.",
    "In August 2003 it emerged that producers Morgan Creek were shelving the director's version of the film.",
    // (an "it" after a verb of saying is the sayer's own, and "it is predicted" stands for no one: 2.4.0 asked both and
    // reading CL passed them)
    "In 2004 IBM said it had seen double digit growth in the number of customers using Linux to help staff work together.",
    "By 2007, it is predicted that there will be almost 2.5 million entertainment and leisure robots in homes.",
  ])("still takes '%s'", (text) => {
    expect(standsAlone(text)).toBe(true);
  });

  it("asks no amount given away by its conversion into pence ('$1 (53p)')", () => {
    const sun = "Sun Grid costs users $1 (53p) for an hour's worth of processing and storage power on systems maintained by Sun.";
    expect(findFacts(articleOf([sun])).find((f) => f.kind === "money")?.flags).toContain("conversion");
    const paragraphs = [
      "Sun Microsystems has started selling computing power by the hour to businesses that need it for short bursts of work.",
      sun,
      "The service was first offered to oil companies and banks in Texas in September 2004, with 200 customers signed up by the end of the year.",
    ];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sun)).toEqual([]);
  });

  it("reads no body as a person by what follows a 'which' clause ('Reporters Without Borders, which tracks …, described')", () => {
    const cls = (text: string) => Object.fromEntries(sentenceNames(text, () => undefined).map((m) => [m.seq.text, m.cls]));
    expect(cls("A spokesman for Reporters Without Borders, which tracks press freedom across the globe, described the sentence as harsh.")["Reporters Without Borders"]).not.toBe("person");
    expect(cls("Paul Morris, who runs the shop on the corner, said sales were up.")["Paul Morris"]).toBe("person");
  });

  it("does not blank the count of a whole set ('all _____ limbs amputated')", () => {
    const paragraphs = [
      "A company in Derby makes motorbike controls for riders who have lost the use of an arm or a leg.",
      "Mr Hawkins says his customers have included amputees, people who have had strokes and a woman who had had all four limbs amputated.",
      "The firm was set up in 1998 by Dave Hawkins, who now employs 12 people at its workshop.",
    ];
    const onLimbs = askedIn(paragraphs).filter((q) => q.evidence.text.includes("all four limbs"));
    expect(onLimbs.map((q) => q.answer)).not.toContain("four");
  });

  it("asks the newest year the article names typed when it cannot be offered among options ('In _____ MSN introduced its own blog system')", () => {
    const paragraphs = [
      "Search engine Ask Jeeves has launched a tool for finding and reading blogs, the online journals that have become popular with millions.",
      "Google acquired Pyra Labs, makers of the Blogger software, in 2003.",
      "In 2004 MSN introduced its own blog system and Yahoo has tweaked its technology to do a better job of handling blog entries.",
    ];
    const onNewest = askedIn(paragraphs, { seeds: 12 }).filter((q) => q.answer === "2004");
    expect(onNewest.length).toBeGreaterThan(0);
    // (never among options: later years are after the article's time, so the answer would always be the latest)
    for (const q of onNewest) expect(q.type).toBe("cloze");
  });
});

describe("what reading CM failed (2.11.32)", () => {
  it("reads 'has exceeded 4.8 million' as a floor: no false statement with a smaller figure, which is exceeded too", () => {
    const blogs = "Technorati now estimates that the number of blogs in existence has exceeded 4.8 million.";
    expect(findFacts(articleOf([blogs])).find((f) => f.text === "4.8 million")?.hedge).toBe("min");
    const paragraphs = [
      "The number of people writing online journals is growing fast, according to a firm that tracks them.",
      blogs,
      "The firm was founded in 2002 by Dave Sifry and now employs 25 people in San Francisco.",
    ];
    const onBlogs = askedIn(paragraphs).filter((q) => q.evidence.text === blogs);
    for (const q of onBlogs) expect(q.type === "true-false" ? q.answer : "true").toBe("true");
  });

  it.each([
    ["A similar TV benefit carried by all four primary US TV networks after the terror attacks raised more than $150m (£80m).", "four"],
    ["All three men said that the social interaction of mobile music would drive the market in Europe.", "three"],
  ])("asks no count after 'all': '%s'", (sentence, count) => {
    const paragraphs = ["Music and television firms met in London on Monday to talk about new ways of selling songs.", sentence, "The meeting, held at the Savoy hotel, drew 450 delegates from 30 countries."];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sentence).map((q) => blanked(q))).not.toContain(count);
  });

  it.each([
    "Priced at £229, the handheld device is debuting in the UK and goes on sale in the US and mainland Europe in the next few weeks.",
    "A catalogue of about 20 games is being prepared for the gadget including The Great Escape and Conflict Vietnam.",
    "The original version - which was the Christmas number one in 1984 - sold 750,000 copies in its first week.",
  ])("takes '%s' as no prompt that stands alone: which device or recording, the sentences before said", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it("still takes a device the sentence names ('Sony said its new handheld device, the PSP, …')", () => {
    expect(standsAlone("Sony said its new handheld device, the PSP, will cost £179 when it goes on sale in Europe.")).toBe(true);
  });

  it("does not blank the month and year of a date whose day is glued before it ('pre-11 _____ levels')", () => {
    const sentence = "Charles Saumarez Smith said the number of visitors through the doors had boosted figures to pre-11 September 2001 levels.";
    const paragraphs = ["The National Gallery in London had 4.9 million visitors last year, new figures show.", sentence, "The gallery opened its Sainsbury Wing in 1991 and has been free to enter since 1824."];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sentence).map((q) => blanked(q))).not.toContain("September 2001");
  });

  it("reads no range in 'fell from 102 in 2003 to 81', and still reads '1998-99' and '2003 to 2005'", () => {
    const ranges = (text: string): string[] => findFacts(articleOf([text])).filter((f) => f.kind === "date-range").map((f) => f.text);
    expect(ranges("UK and US co-productions in Britain fell from 102 in 2003 to 81 last year.")).toEqual([]);
    expect(ranges("Profits rose in 1998-99 and the firm grew steadily from 2003 to 2005, the report said.")).toEqual(["1998-99", "2003 to 2005"]);
  });

  it("does not blank one of two sizes sharing a unit ('14 and _____ inch screens')", () => {
    const sentence = "Many laptop makers have committed to creating 14 and 15 inch screens that draw only three watts of power.";
    const paragraphs = ["Computer makers are working on screens that use less power, an industry group said on Tuesday.", sentence, "The group, founded in 1998, has 120 member companies in 14 countries."];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sentence).map((q) => blanked(q))).not.toContain("15");
  });

  it("reads a part larger than its whole as a statement that contradicts itself ('as part of $3bn …, … $7bn')", () => {
    expect(contradictsItself("As part of $3bn in multi-year contracts announced late last year, Sprint will spend around $7bn on EV-DO technology.")).toBe(true);
    expect(contradictsItself("As part of $3bn in multi-year contracts announced late last year, Sprint will spend around $1bn on EV-DO technology.")).toBe(false);
  });
});

describe("what reading CN failed (2.11.33)", () => {
  it("does not blank the far end of a range written with 'to' ('about 80,000 to _____ people')", () => {
    const sentence = "Exact figures are difficult to pin down, but it is thought that about 80,000 to 100,000 people in the UK download TV programmes.";
    const paragraphs = ["Television fans are turning to the net to catch up on programmes they have missed, a study says.", sentence, "The study, by the Institute for Public Policy Research, was published on 12 January."];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sentence).map((q) => blanked(q))).not.toContain("100,000");
  });

  it.each([
    "The band has sold about two million records worldwide.",
    "The returns can be pretty good when you consider that some games cost £5.",
    "The result is that now there are more than 3,000 variations of the Spybot worm.",
    "More than 20 followed suit, including Frontrunner, eLections, President Forever and The Political Machine.",
  ])("takes '%s' as no prompt that stands alone", (text) => {
    expect(standsAlone(text)).toBe(false);
  });
  it("still takes a result that says of what ('The results of the survey were published in March.')", () => {
    expect(standsAlone("The results of the survey of 2,000 adults were published in March.")).toBe(true);
  });

  it("reads no person in a birth name, a name ending 'Jr', an age glued before a name or a band called 'Boys'", () => {
    const { persons } = analyzeArticle(
      articleOf([
        "Singer Joss Stone has won two Brit awards, beating older rivals to the prize for best British female.",
        "Born Jocelyn Stoker, the Devon diva started her career in a BBC talent programme, and was then discovered at a New York audition by Steve Greenberg.",
        "Seventeen-year-old Stone said she was \"shocked\" to win, and thanked her family.",
        "Bono, The Edge, Adam Clayton and Larry Mullen Jr, who formed U2 at school in 1977, begin a world tour on 28 March, said promoter Denis Desmond.",
        "The ceremony featured performances from the Beastie Boys, who entered the stage on bicycles, and from singer Gwen Stefani.",
      ]),
    );
    const people = [...persons.values()].map((p) => p.full);
    expect(people).toContain("Joss Stone");
    expect(people).toContain("Steve Greenberg");
    for (const none of ["Jocelyn Stoker", "Larry Mullen Jr", "Seventeen-year-old Stone", "Beastie Boys"]) expect(people).not.toContain(none);
  });
});

describe("what reading CO failed (2.11.34)", () => {
  it.each([
    "The Linux-based machine was reported to have reached a top speed of 42.7 teraflops in October.",
    "The original title won universal acclaim in 2001, and sold more than four million copies.",
    "The watchdog brought in the action last October following a decision to license all premium rate dialler firms.",
    "The most recent, Die Another Day, was released in late 2002 and saw Pierce Brosnan's final appearance.",
  ])("takes '%s' as no prompt that stands alone", (text) => {
    expect(standsAlone(text)).toBe(false);
  });

  it.each([
    ["The notion is to add a novel dark edge to a 007 game, but the premise does not get the juices flowing.", "007"],
    ["The next Bond film, originally due for release in 2005, has been delayed until 2006 due to Sony's takeover of the MGM studio.", "2006"],
    ["Sixty percent of the fund will go to projects in least developed countries, 30% to developing countries, and 10% to developed countries.", "30%"],
  ])("does not ask '%s' (%s)", (sentence, value) => {
    const paragraphs = ["A report published in London on Thursday looked at the year ahead for the industry.", sentence, "The report was written by a team of 12 analysts at the firm's office in Leeds."];
    const asked = askedIn(paragraphs).filter((q) => q.evidence.text === sentence);
    expect(asked.map((q) => blanked(q))).not.toContain(value);
    if (value === "2006") expect(asked.map((q) => blanked(q))).not.toContain("2005");
  });

  it("reads shares that make up a whole, and not shares that do not", () => {
    expect(sharesMakeAWhole("Sixty percent of the fund goes to the poorest countries, 30% to developing ones and 10% to the rest.")).toBe(true);
    expect(sharesMakeAWhole("Sales rose 5% in May, 7% in June and 3% in July.")).toBe(false);
  });

  it("reads a laboratory as a body, never a person to quote", () => {
    const { persons } = analyzeArticle(articleOf(["The machine is being assembled for the Lawrence Livermore National Laboratory, a US Department of Energy lab, said Nick Donofrio."]));
    expect([...persons.values()].map((p) => p.full)).not.toContain("Lawrence Livermore National Laboratory");
  });
});

describe("what reading CP failed (2.11.35)", () => {
  it("reads a bound written after a figure ('$2,000 a year or less', '65 or over') as a hedge: no false statement past it", () => {
    const facts = findFacts(articleOf(["Two-thirds of the world's population, 4 billion people, live on $2,000 a year or less.", "Pensioners aged 65 or over will get a one-off payment."]));
    expect(facts.find((f) => f.text === "$2,000")?.hedge).toBe("max");
    expect(facts.find((f) => f.text === "65")?.hedge).toBe("min");
    const sentence = "Two-thirds of the world's population, 4 billion people, live on $2,000 a year or less.";
    const paragraphs = ["A laptop that costs $100 is being designed for children in poor countries, its makers say.", sentence, "The first machines will be shipped to Brazil and China in 2006, said project leader Nicholas Negroponte."];
    for (const q of askedIn(paragraphs).filter((x) => x.evidence.text === sentence && blanked(x) === "$2,000")) expect(q.type === "true-false" ? q.answer : "true").toBe("true");
  });

  it("asks no typed blank that opens the sentence ('_____ will see more competition …')", () => {
    const sentence = "2005 will see more competition from mobile phone operators who are keen to offer streaming services on powerful handsets.";
    const paragraphs = ["Apple has sold more than 10 million iPods since the player was launched, the firm said on Tuesday.", sentence, "Analysts at Jupiter say music players will outsell digital cameras by 2008."];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sentence && q.type === "cloze" && q.prompt.startsWith("_____"))).toEqual([]);
  });

  it("takes 'The set can pause and rewind TV …' as no prompt that stands alone", () => {
    expect(standsAlone("The set can pause and rewind TV for up to 90 hours.")).toBe(false);
  });

  it("reads a research firm and a robot as no people to quote", () => {
    const { persons } = analyzeArticle(
      articleOf([
        "\"Europeans care most about music playback,\" said Ian Fogg, an analyst at Jupiter Research, who expects sales to double.",
        "Star of the show will be Sony's Qrio Robot, an all-singing, all-dancing man-machine who can even hold conversations, said Tom Hill.",
      ]),
    );
    const people = [...persons.values()].map((p) => p.full);
    expect(people).toContain("Ian Fogg");
    expect(people).not.toContain("Jupiter Research");
    expect(people).not.toContain("Qrio Robot");
  });
});

describe("what reading CQ failed (2.11.36)", () => {
  const osbourne = [
    "Rock star Ozzy Osbourne has been praised by police for tackling a burglar who stole jewellery from his house.",
    "\"I could have been badly injured or shot or anything,\" Osbourne said.",
    "At a press conference on Tuesday, Sharon Osbourne gave details of nine stolen items, worth about £2m.",
    "He said he could have met the same fate as late Beatle George Harrison, who was stabbed in a break-in in 1999, said Paul Miller of Scotland Yard.",
  ];

  it("keys no one's words to a surname two people of the article share ('Osbourne said' beside Ozzy and Sharon Osbourne)", () => {
    const facts = findFacts(articleOf(osbourne));
    expect(facts.find((f) => f.kind === "quote" && f.text.startsWith("I could have been"))?.speakerFull).toBeUndefined();
    const asked = askedIn(osbourne).filter((q) => q.evidence.text.startsWith("\"I could have been"));
    for (const q of asked) expect(`${q.prompt} ${q.answer}`).not.toMatch(/Sharon/);
  });

  it("offers no one the article calls 'the late …' as a speaker or a swapped name", () => {
    const analysis = analyzeArticle(articleOf(osbourne));
    expect([...crediblePeople(analysis).swappable].some((p) => /Harrison/.test(p))).toBe(false);
  });

  // (2.12.15: no month and year is typed at all now — the year alone was as true, reading VL)
  it("types no month and year beside another month ('between August and _____')", () => {
    const sentence = "Bruvik's site was online between August and November 2001, and it provided links to more than 170 free music files.";
    const paragraphs = ["A Norwegian student who ran a music website has been ordered to pay damages to record firms.", sentence, "The court in Oslo ruled on Friday that he must pay 100,000 kroner."];
    expect(askedIn(paragraphs, { seeds: 6, types: ["cloze"] }).filter((q) => q.evidence.text === sentence && q.answer === "November 2001")).toEqual([]);
    expect(askedIn(paragraphs, { seeds: 6 }).some((q) => q.evidence.text === sentence && q.answer === "November 2001")).toBe(true);
  });

  it("does not blank a span the months beside it count ('shut in the _____ from October to December')", () => {
    const sentence = "The 12,575 cafes were shut in the three months from October to December while police checked their licences.";
    const paragraphs = ["China has closed thousands of internet cafes in a crackdown on illegal sites, officials said.", sentence, "Officials said 4.2 million yuan in fines had been collected by the end of the year."];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sentence).map((q) => blanked(q))).not.toContain("three months");
  });

  it("takes 'The box has three tuners …' as no prompt that stands alone", () => {
    expect(standsAlone("The box has three tuners, which means viewers can record two channels at once.")).toBe(false);
  });
});

describe("who is credible as a person (2.11.37, from the unattributed quotations of 494 BBC reports)", () => {
  const credibleIn = (paragraphs: string[]): Set<string> => crediblePeople(analyzeArticle(articleOf(paragraphs))).credible;

  it("takes a verb of saying right before a name as a speaker's, whose words may be too short to be a quotation", () => {
    const paragraphs = [
      "Software that records every keystroke at work is no threat to trust between staff and employers, its makers say.",
      "\"That is not the case,\" said Tim Ellsmore.",
      "\"People need to recognise that you are using a PC as a representative of a company and that employers have a legal requirement to store data,\" he added.",
    ];
    expect(credibleIn(paragraphs)).toContain("Tim Ellsmore");
    // …so the "he" of "he added" is his, and the quotation his words
    const analysis = analyzeArticle(articleOf(paragraphs));
    expect(newsReferents(analysis, (full) => isCrediblePerson(analysis, full)).get("2.0")?.full).toBe("Tim Ellsmore");
  });

  it("takes the article's 'Ms Mehta' for a person, unless another person has the surname", () => {
    const mehta = [
      "Dina Mehta is an Indian blogger who is helping with a newly created tsunami relief blog.",
      "Ms Mehta also says she wishes that governments in the region would realise the power of blogs.",
    ];
    expect(credibleIn(mehta)).toContain("Dina Mehta");
    const two = credibleIn([...mehta, "Rohan Mehta runs a relief charity in Mumbai with friends from school."]);
    expect(two).not.toContain("Dina Mehta");
    expect(two).not.toContain("Rohan Mehta");
  });

  it("takes a body's role set off after a name ('John Connors, Microsoft's chief financial officer')", () => {
    expect(credibleIn(["John Connors, Microsoft's chief financial officer, expects a test version of the software by the end of the year."])).toContain("John Connors");
  });

  it("swaps in no name whose only sign of a person is a verb of saying ('said Screen International')", () => {
    const { credible, swappable } = crediblePeople(analyzeArticle(articleOf([
      "The Aviator should be ahead in every category this year, said Screen International in its awards preview.",
      "\"I'd be very happy for Mike Leigh to win, but I don't think he has any chance,\" said Charles Gant, film editor of Heat.",
    ])));
    expect(credible).toContain("Screen International");
    expect(swappable).not.toContain("Screen International");
    expect(swappable).toContain("Charles Gant");
  });

  it("takes a role of a few words set off after a name", () => {
    expect(credibleIn(["Chris Hawkins, host of BBC 6 Music's chart show, tipped the band for success this year."])).toContain("Chris Hawkins");
    expect(credibleIn(["Tim Dams, news editor of trade weekly Screen International, tipped Jamie Foxx to win the best actor award."])).toContain("Tim Dams");
  });
});

describe("a short quotation's speaker goes on speaking (2.11.37)", () => {
  const paragraphs = [
    "A sheriff has said he is unhappy that a rapper filmed a music video in his jail without permission.",
    "\"I'm not pleased,\" Jefferson Parish Sheriff Harry Lee said. \"He will not make another video in my jail while he is awaiting his trial.\"",
    "Footage for the video was filmed by two crews who had permission to visit another inmate, officials said.",
  ];

  it("knows whose the next sentence's quotation is when the first is too short to ask", () => {
    const analysis = analyzeArticle(articleOf(paragraphs));
    const short = analysis.facts.find((f) => f.kind === "quote" && f.text === "I'm not pleased,");
    expect(short?.speakerFull).toBe("Harry Lee");
    expect(short?.flags).toContain("short");
    const facts = [...analysis.facts];
    continuedQuotes(facts, analysis.sentences);
    expect(facts.find((f) => f.kind === "quote" && f.text.startsWith("He will not make"))?.speakerFull).toBe("Harry Lee");
  });

  it("asks nothing about the short quotation itself", () => {
    for (const q of askedIn(paragraphs, { seeds: 6 })) expect(q.prompt).not.toMatch(/“I'm not pleased/);
    const two = [
      "A record label has lost its court case against a file-sharing website based in Sweden.",
      "\"We will certainly appeal this,\" said label spokeswoman Ann Mathers on Tuesday.",
      "\"The court has shown that the people who share music at home are not criminals in any sense,\" said founder Peter Sunde.",
      "\"Record companies will have to find a new way to make money from music on the internet,\" said analyst Mark Mulligan of Jupiter Research.",
    ];
    const asked = askedIn(two, { seeds: 8 });
    expect(asked.some((q) => q.prompt.includes("The court has shown"))).toBe(true);
    for (const q of asked) expect(q.prompt).not.toMatch(/We will certainly appeal/);
  });
});

describe("what reading CS failed (2.11.37)", () => {
  it("takes a review's fact line and an inverted 'Said X,' opening for fragments", () => {
    expect(isFragment("Released 1 March on PC.")).toBe(true);
    expect(isFragment("Said Mr Flynn, Vodafone has briefly cut off between eight and ten content sellers flouting the rules.")).toBe(true);
    expect(isFragment("Mr Flynn said Vodafone has briefly cut off between eight and ten content sellers flouting the rules.")).toBe(false);
  });

  it("leaves the far end of a range whose near end is a word unasked ('between three and _____ requests')", () => {
    const sentence = "The Library receives between three and four million requests from remote users around the world each year.";
    const paragraphs = ["The British Library is to put its newspaper archive online for researchers.", sentence, "The project will cost £5m over the next two years, officials said."];
    expect(askedIn(paragraphs).filter((q) => q.evidence.text === sentence && /four million/.test(q.answer))).toEqual([]);
  });

  it("leaves a share that a 'majority' brackets unasked ('the majority of people surveyed (_____)')", () => {
    const sentence = "Mr Vetham said the majority of people surveyed (52%) believed that RFID tags could be read from a distance.";
    const paragraphs = ["Most shoppers are wary of radio tags on goods, a survey of 1,500 consumers by Capgemini's Ray Vetham has found.", sentence, "The survey was carried out in March by the research firm, which advises retailers."];
    const asked = askedIn(paragraphs, { seeds: 6 });
    expect(asked.filter((q) => q.evidence.text === sentence && q.answer === "52%")).toEqual([]);
  });

  it("takes 'The latest models', 'The technology' and 'The voting' opening a sentence as pointing back", () => {
    expect(standsAlone("The latest models have a longer battery life and their prices have been cut by an average of £40.")).toBe(false);
    expect(standsAlone("The technology works over a range up to 10 metres and uses billions of short radio pulses every second.")).toBe(false);
    expect(standsAlone("The voting is due to end on 22 February - five days before the ceremony.")).toBe(false);
    expect(standsAlone("The technology of the Xbox 2 is still secret, Microsoft said on Monday.")).toBe(true);
  });
});

describe("what reading CT failed (2.11.39)", () => {
  it("takes a count larger than its whole and a range that runs backwards as contradicting themselves", () => {
    expect(contradictsItself("22 out of the top 20 titles were all follow-ups to established franchises.")).toBe(true);
    expect(contradictsItself("18 out of the top 20 titles were all follow-ups to established franchises.")).toBe(false);
    expect(contradictsItself("Nintendo said 15 games would be available at launch, with prices ranging from £19 to £17.")).toBe(true);
    expect(contradictsItself("Nintendo said 15 games would be available at launch, with prices ranging from £17 to £29.")).toBe(false);
  });

  it("takes a 24-hour clock time past 2359 as impossible ('the 4100 slot')", () => {
    expect(impossibleValue("Rock DJ Huw Stephens will go on air in the 4100 slot every Tuesday.")).toBe(true);
    expect(impossibleValue("Rock DJ Huw Stephens will go on air in the 2100 slot every Tuesday.")).toBe(false);
  });

  it("takes an amount the source cut or left without its unit beside its conversion as a slip ('$33.1m (£17.m)', '$13.5 (£7m)')", () => {
    expect(standsAlone("Ocean's Twelve took $33.1m (£17.m) at the North American box office over the weekend.")).toBe(false);
    expect(standsAlone("Alexander earned just $13.5 (£7m) over three days at the US box office.")).toBe(false);
    expect(standsAlone("Alexander earned just $13.5m (£7m) over three days at the US box office.")).toBe(true);
  });

  it("leaves set phrases unasked ('Born on the Fourth of _____', '_____ a day' for 24 hours)", () => {
    const film = "\"One of the reasons I am being honoured here is that Europeans see me differently,\" said the director behind JFK, Platoon and Born on the Fourth of July.";
    const tv = "A service from the Norwegian Broadcasting Corporation lets people watch TV programmes on their mobiles 24 hours a day.";
    const asked = askedIn(["Oliver Stone has been honoured at the Berlin film festival for his life's work, organisers said on Monday.", film, tv, "The service costs 99 kroner a month and has 10,000 users, the firm said in March."], { seeds: 8 });
    expect(asked.filter((q) => q.answer === "July" || q.answer === "24 hours")).toEqual([]);
  });

  it("takes 'The picture' opening a sentence as pointing back", () => {
    expect(standsAlone("The picture, which stars Naomi Watts and Oscar winner Adrien Brody, is due to be released in December.")).toBe(false);
  });
});

describe("what reading VA failed (2.12.2, OpenStax U.S. History and Introduction to Sociology 3e, CC BY 4.0)", () => {

  it("takes a year that is part of a name, or that a famous event the sentence names dates, as world knowledge", () => {
    expect(yearOf("During the War of 1812, the Bank of the United States had suspended payments in specie.", "1812")).toBe(true);
    expect(yearOf("Prices had already begun falling in 1815, at the end of the Napoleonic Wars, when Britain began to dump its goods.", "1815")).toBe(true);
    expect(yearOf("The Royal African Company’s monopoly ended in 1689 as a result of the Glorious Revolution.", "1689")).toBe(true);
    // an event's years do not date the rest of its century
    expect(yearOf("The Royal African Company’s monopoly ended in 1698, years after the Glorious Revolution.", "1698")).toBe(false);
    expect(yearOf("The Bank of the United States had suspended payments in specie in 1814.", "1814")).toBe(false);
    const asked = askedIn([
      "Prices had already begun falling in 1815, at the end of the Napoleonic Wars, when Britain began to dump its surplus goods in American ports.",
      "The Second Bank of the United States was chartered in 1816 and soon had 25 branches across the country.",
      // a year the engine reads as a number ("ended in 1689")
      "The Royal African Company’s monopoly ended in 1689 as a result of the Glorious Revolution.",
    ]);
    expect(asked.filter((q) => /\b1815\b|\b1689\b/.test(q.answer) || (q.type === "true-false" && /^(?:Prices|The Royal)/.test(q.evidence.text)))).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
  });

  it("asks no year of a four-yearly event (a presidential convention: one option in the cycle)", () => {
    const asked = askedIn([
      "At the Democratic National Convention in 1932, Roosevelt coined the famous phrase: “I pledge myself to a new deal for the American people.”",
      "The New Deal programs put 3 million young men to work in the forests between 1933 and 1942, planting trees and building trails.",
    ]);
    expect(asked.filter((q) => q.evidence.text.startsWith("At the Democratic"))).toEqual([]);
    expect(asked.length).toBeGreaterThan(0);
  });

  it("takes the source's 'by as much 75 percent' and 'between $48,500 to $145,500' as slips", () => {
    expect(standsAlone("Crop prices tumbled by as much 75 percent.")).toBe(false);
    expect(standsAlone("Crop prices tumbled by as much as 75 percent.")).toBe(true);
    // (the source's "You would be considered middle class if you earned …" has the reader as its subject, which no longer
    // stands alone since 2.13.31 — reading WZ; the slip is tested on a sentence without it)
    expect(standsAlone("A household was considered middle class if it earned between $48,500 to $145,500 in 2018 U.S. dollars.")).toBe(false);
    expect(standsAlone("A household was considered middle class if it earned between $48,500 and $145,500 in 2018 U.S. dollars.")).toBe(true);
  });

  it("takes 'the two women', 'the city’s' and a pronoun after an opening adverb as pointing back", () => {
    expect(standsAlone("In 2003, the two women, then age thirty-five, were reunited.")).toBe(false);
    expect(standsAlone("Very quickly, two hundred people were arrested, including a large number of the city’s enslaved population.")).toBe(false);
    expect(standsAlone("Tragically, in 1850, she died at the age of forty in a shipwreck off Fire Island, New York.")).toBe(false);
    expect(standsAlone("Tragically, in 1850, Margaret Fuller died at the age of forty in a shipwreck off Fire Island, New York.")).toBe(true);
  });

  it("leaves an author-date citation out of the prompt", () => {
    const asked = askedIn([
      "In the United States, the middle class is larger than the upper and lower classes together.",
      "According to the Kaiser Commission on Medicaid and the Uninsured, the national poverty rate among the elderly had risen to 14 percent by 2010 (Urban Institute and Kaiser Commission 2010).",
    ]);
    const onIt = asked.filter((q) => q.evidence.text.startsWith("According"));
    expect(onIt.length).toBeGreaterThan(0);
    for (const q of onIt) expect(q.prompt).not.toContain("Kaiser Commission 2010");
  });
});

describe("what reading VB failed (2.12.3, OpenStax U.S. History and Introduction to Sociology 3e, CC BY 4.0)", () => {
  it("asks a date after 'by' only as written: any later year holds too", () => {
    // (the starter library's Fillmore biography, tuning: "By 1962" had been asked as false, "By 1965" being the text's)
    const fillmore = parseArticleText(readFileSync(join(ARTICLES, "27-bio-fillmore.txt"), "utf8"));
    const asked = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(fillmore, { seed, count: 40 })));
    const onIt = asked.filter((q) => q.evidence.text.startsWith("By 1965"));
    expect(onIt.length).toBeGreaterThan(0);
    for (const q of onIt) expect(q.type === "cloze" || (q.type === "true-false" && q.answer === "true")).toBe(true);
    // a deadline or a forecast is no such date
    expect(askedIn(["The government wants the new bill to pass into law by 14 March, when the current powers expire, ministers said on Monday.", "The bill was passed by 272 votes to 219 in the Commons last week after a nine-hour debate."]).some((q) => q.type === "choice" && q.answer === "14 March")).toBe(true);
  });

  it("offers a round year beside a round year's answer (the test-wise guesser picked the one round option)", () => {
    const fillmore = parseArticleText(readFileSync(join(ARTICLES, "27-bio-fillmore.txt"), "utf8"));
    const round = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(fillmore, { seed, count: 40 }))).filter((q) => q.type === "choice" && /^\d{3}0$/.test(q.answer));
    expect(round.length).toBeGreaterThan(0);
    for (const q of round) expect(q.options?.filter((o) => /0$/.test(o)).length).toBeGreaterThan(1);
  });

  it("takes 'the school', 'the occupation' and a bare 'members' as pointing back", () => {
    expect(standsAlone("In 1959, the U.S. Supreme Court ruled that the school had to be reopened and that the process of desegregation had to proceed.")).toBe(false);
    expect(standsAlone("In 1959, the U.S. Supreme Court ruled that Central High School had to be reopened and that desegregation had to proceed.")).toBe(true);
    expect(standsAlone("On September 17, 2011, an anniversary of the signing of the U.S. Constitution, the occupation began.")).toBe(false);
    expect(standsAlone("In 1825, members returned to Pennsylvania, and established themselves in the town called Economy.")).toBe(false);
    expect(standsAlone("In 1825, members of the Harmony Society returned to Pennsylvania, and established the town called Economy.")).toBe(true);
  });
});

describe("what reading VC failed (2.12.4, OpenStax American Government 3e, CC BY 4.0)", () => {
  const CIVICS = [
    "During the presidency of Democrat Jimmy Carter (1977–1980), despite the fact that both houses of Congress were controlled by Democratic majorities, the government was shut down on five occasions.",
    "The Federalists succeeded in electing their first leader, John Adams, to the presidency in 1796, only to see the Democratic-Republicans gain victory under Thomas Jefferson four years later in 1800.",
    "The Constitution as drafted in 1787 did not include a Bill of Rights, although the idea of including one was proposed and, after brief discussion, dismissed in the final week of the Constitutional Convention.",
    "At the end of the Civil War, the South entered a period called Reconstruction (1865–1877) during which state governments were reorganized before the rebellious states were allowed to be readmitted to the Union.",
    "In 1803, the Supreme Court declared for itself the power of judicial review, a power to which Hamilton had referred but that is not expressly mentioned in the Constitution.",
    // a year no famous event or term dates: still asked
    "The Government Accountability Office employs about 3,000 people who audit the spending of federal agencies.",
  ];

  it("asks no year a president's term or a famous event of US civics gives away", () => {
    const asked = askedIn(CIVICS, { seeds: 6 });
    const onCivics = asked.filter((q) => !q.evidence.text.startsWith("The Government") && /^(?:date|date-range|number)$/.test(q.kind) && /\b1[78]\d\d|19[5-8]\d/.test(q.evidence.text.slice(q.evidence.start, q.evidence.end)));
    expect(onCivics.map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end))).toEqual([]);
    expect(asked.some((q) => q.evidence.text.startsWith("The Government"))).toBe(true);
  });

  it("asks a history text's years, which are its content, though they lie long before its newest (not a work's date in brackets)", () => {
    const section = [
      "In 1903, Mexican farmworkers joined with Japanese farmworkers, who were also poorly paid, to form the first union to represent agricultural laborers.",
      "In 1929, Latino civil rights activists formed the League of United Latin American Citizens to protest against discrimination.",
      "In 1946, Mexican American parents in California, with the assistance of the NAACP, sued several California school districts.",
      "In a healthy society, all parts work together to maintain stability, a state called dynamic equilibrium by later sociologists such as Parsons (1961).",
      "By 2020, Latinos had become the largest minority group in the country, with some 62 million people.",
    ];
    const asked = askedIn(section, { seeds: 6 });
    const years = new Set(asked.filter((q) => q.kind === "date").map((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end)));
    expect([...years].filter((y) => ["1903", "1929", "1946"].includes(y)).length).toBeGreaterThan(0);
    expect(years.has("1961")).toBe(false);
    // a news report's one old year is background a well-read reader knows, as before
    const report = askedIn([
      "EU leaders meeting in Brussels failed to agree a new budget on Friday after a row over the UK's rebate, officials said in 2005.",
      "The UK's budget rebate, secured in 1984 by Margaret Thatcher, is worth about £3bn a year to the Treasury.",
      "France and Germany want the rebate cut, and 20 of the 25 members back them, the officials said.",
    ]);
    expect(report.filter((q) => q.answer === "1984")).toEqual([]);
  });

  it("takes 'found it unconstitutional' as pointing back", () => {
    expect(standsAlone("A federal court found it unconstitutional in 1997 on the grounds that the law’s intention was to regulate immigration.")).toBe(false);
    expect(standsAlone("A federal court found Proposition 187 unconstitutional in 1997 on the grounds that its intention was to regulate immigration.")).toBe(true);
  });
});

describe("what reading VD failed (2.12.6, OpenStax American Government 3e, CC BY 4.0)", () => {
  it("asks no year of Seneca Falls, the Indian Removal Act, the Armistice or Andrew Johnson's impeachment", () => {
    const famous = [
      "The trailblazing Seneca Falls Convention for women’s rights was held in 1848, a few years before the Civil War.",
      "In 1830, Congress passed the Indian Removal Act, which forced Native Americans to move west of the Mississippi River.",
      "Between the Armistice in 1918 and U.S. entry into World War II in 1941, isolationist sentiment returned across the country.",
      "Andrew Johnson’s violation of the Tenure of Office Act provided the grounds for his impeachment in 1868.",
    ];
    expect(famous.map((s) => yearOf(s, /\b(1848|1830|1918|1868)\b/.exec(s)?.[1] ?? ""))).toEqual([true, true, true, true]);
    // the same events do not date other years
    expect(yearOf("The Seneca Falls Convention's organisers met again in 1853 in Cleveland.", "1853")).toBe(false);
    // (1874: a dictionary dates Andrew Johnson's death, 1875 — `dictionaryYear`)
    expect(yearOf("Andrew Johnson was elected to the Senate again in 1874, the only former president to serve there.", "1874")).toBe(false);
  });

  it("asks no count of US civics a reader knows: the House's 435 members, the fifty states", () => {
    const asked = askedIn([
      "In the House, with 435 members and only twenty standing committees, committee members have time to pursue a more in-depth review of a policy.",
      "In each of the fifty states, a governor assumes executive authority, a state legislature makes laws, and state-level courts possess judicial authority.",
      // a count no reader knows: still asked
      "The Government Accountability Office employs about 3,000 people who audit the spending of federal agencies.",
    ]);
    expect(asked.filter((q) => q.kind === "number" && /^(?:435|fifty)$/.test(blanked(q)))).toEqual([]);
    expect(asked.some((q) => q.evidence.text.startsWith("The Government"))).toBe(true);
  });

  it("takes 'that legislation', 'the law changed', 'the publisher', an example or a change of something unnamed and a discovery 'there' as pointing back", () => {
    expect(standsAlone("Andrew Johnson’s violation of that legislation provided the grounds for his impeachment in 1868.")).toBe(false);
    expect(standsAlone("Between the Armistice in 1918 that ended that war and U.S. entry into World War II in 1941, isolationist sentiment returned.")).toBe(false);
    expect(standsAlone("In 1807, the law changed to limit the vote to men.")).toBe(false);
    expect(standsAlone("In 1807, New Jersey changed its law to limit the vote to men.")).toBe(true);
    expect(standsAlone("While the publisher initially declined to correct the story, Holmes filed a $50 million lawsuit, and American Media eventually settled.")).toBe(false);
    expect(standsAlone("A recent example is the Tax Cuts and Jobs Act of 2017, passed in December.")).toBe(false);
    expect(standsAlone("One of the last major changes occurred in 2004, when the Federal Assault Weapons Ban expired.")).toBe(false);
    expect(standsAlone("Subsequent presidents secured modifications of the act before the Supreme Court ruled in 1926.")).toBe(false);
    expect(standsAlone("Efforts to remove the Cherokee intensified in 1829 after gold was discovered there.")).toBe(false);
    expect(standsAlone("Efforts to remove the Cherokee intensified in 1829 after gold was discovered in Georgia.")).toBe(true);
  });

  it("leaves out the 'First,' of an enumeration the reader never sees", () => {
    expect(withoutOpening("First, the debacle of U.S. involvement in Vietnam caused many to rethink the containment approach.")).toBe("The debacle of U.S. involvement in Vietnam caused many to rethink the containment approach.");
  });
});

describe("what reading VE failed and passed (2.12.7, OpenStax American Government 3e, CC BY 4.0)", () => {

  it("takes the Philadelphia convention's 1787, the end of the Cold War and same-sex marriage's 2015 as known", () => {
    expect(yearOf("Because the Articles of Confederation failed, the convention that met in Philadelphia in 1787 decided to create an entirely new government.", "1787")).toBe(true);
    expect(yearOf("In the final draft of the U.S. Constitution, the bicameral Congress established by the convention of 1787 was given a number of powers.", "1787")).toBe(true);
    expect(yearOf("East Germans began the demolition of the Berlin Wall in 1989, to the surprise of the world.", "1989")).toBe(true);
    expect(yearOf("The Cold War ended in 1991 with the disintegration of the Soviet Union.", "1991")).toBe(true);
    expect(yearOf("Americans were not allowed to enter into legal marriage with a member of the same sex in many U.S. states until 2015.", "2015")).toBe(true);
  });

  it("asks a year within the term of a president its sentence names with options and swaps within that term (reading VF passed 2.4's such years)", () => {
    const sentences = [
      "Reagan’s “devolution revolution” contributed to raising the number of block grants from six in 1981 to fourteen in 1987.",
      "Block grants increased to twenty-four in 1998 during the Clinton administration, the largest number in their history.",
      "When President John Adams signed the Sedition Act in 1798, which made it a crime to speak openly against the government, Kentucky and Virginia protested.",
      "The Government Accountability Office employs about 3,000 people who audit the spending of federal agencies.",
    ];
    const terms: Record<string, [number, number]> = { "1987": [1981, 1989], "1998": [1993, 2001], "1798": [1797, 1801] };
    const asked = askedIn(sentences, { seeds: 12 });
    const onTerms = asked.filter((q) => q.kind === "date" && blanked(q) in terms);
    expect(new Set(onTerms.map(blanked)).size).toBeGreaterThan(1);
    for (const q of onTerms) {
      const [from, to] = terms[blanked(q)] as [number, number];
      // (a true/false swap: the year of its prompt that its sentence does not write)
      const written = new Set(q.evidence.text.match(/\b1[789]\d\d\b/g) ?? []);
      const years = q.type === "choice" ? (q.options ?? []) : (q.prompt.match(/\b1[789]\d\d\b/g) ?? []).filter((y) => !written.has(y));
      for (const y of years.map(Number)) expect(y >= from && y <= to, `${q.prompt} ${y}`).toBe(true);
    }
    // a Clinton who is no president's administration keeps no year to a term
    expect(outsideTerm("Hillary Clinton was elected to the Senate in _____.", "2000", "2004")).toBe(false);
    expect(outsideTerm("Block grants increased to twenty-four in _____ during the Clinton administration.", "1998", "2003")).toBe(true);
  });

  it("asks a history text's years of its laws, in brackets after the name too (not a work's), and beside elections", () => {
    const asked = askedIn([
      "The Tillman Act (1907), passed by Congress, prohibited corporations from contributing money to federal candidates.",
      "In 1883, the Pendleton Act required that most federal government jobs be awarded on the basis of merit.",
      "In 1925, Congress passed the Federal Corrupt Practices Act, which required candidates to report their campaign spending.",
      "In 1971, Congress passed the Federal Election Campaign Act, which outlined how candidates would report all contributions.",
      // a recent election's year is a reader's own, in a history text too (reading VH)
      "Two thirds of eligible voters cast a ballot in the recent 2020 election, the highest share in over a century.",
      "In a healthy society, all parts work together to maintain stability, a state called dynamic equilibrium by later sociologists such as Parsons (1961).",
    ]);
    expect(asked.some((q) => q.answer === "1907" || (q.type === "true-false" && q.evidence.text.startsWith("The Tillman")))).toBe(true);
    expect(asked.filter((q) => q.evidence.text.includes("Parsons"))).toEqual([]);
    expect(asked.some((q) => q.answer === "1971" || (q.type === "true-false" && q.evidence.text.startsWith("In 1971")))).toBe(true);
    expect(asked.filter((q) => blanked(q) === "2020")).toEqual([]);
  });

  it("asks no year of a four-yearly presidential field, no count a reader works out, no census span", () => {
    const asked = askedIn([
      "Among the early 2016 Republican presidential contenders, nine were current or former state governors.",
      "Virginia and Maryland invited delegates from the other eleven states to meet in Annapolis, Maryland, to revise the Articles of Confederation.",
      "Congressional apportionment is achieved through the equal proportions method, which uses U.S. Census Bureau population data, gathered every ten years as required by the Constitution.",
      // asked, as before
      "The Government Accountability Office employs about 3,000 people who audit the spending of federal agencies.",
    ]);
    expect(asked.filter((q) => /^(?:2016|eleven|ten years)$/.test(blanked(q)))).toEqual([]);
    expect(asked.some((q) => q.evidence.text.startsWith("The Government"))).toBe(true);
  });

  it("takes 'the meeting' and an opening 'In that regard' as pointing back", () => {
    expect(standsAlone("All the states except Rhode Island chose delegates to send to the meeting, a total of seventy men in all, but many did not attend.")).toBe(false);
    expect(standsAlone("All the states except Rhode Island chose delegates to send to the Philadelphia convention, seventy men in all.")).toBe(true);
    expect(standsAlone("In that regard, voting your party on Election Day is not a blind act—it is a shortcut based on issue positions.")).toBe(false);
  });
});

describe("what reading VF failed (2.12.8, OpenStax American Government 3e, CC BY 4.0)", () => {
  it("asks no year of the Emancipation Proclamation or of a race for the presidency, no count of the electoral college, Congress or secession", () => {
    const asked = askedIn([
      "What was initially a conflict to preserve the Union became a conflict to end slavery when Lincoln issued the Emancipation Proclamation in 1863.",
      "In 1860, four candidates competed for the presidency: Lincoln, a Republican; two Democrats; and a member of the newly formed Constitutional Union Party.",
      "To win the presidency or vice presidency, a candidate must get 270 electoral votes (a majority).",
      "Of the 535 members of the House and Senate, only a handful identify as something other than Republican or Democrat.",
      "The election of President Abraham Lincoln led eleven southern states to secede from the United States.",
      // asked, as before
      "The Government Accountability Office employs about 3,000 people who audit the spending of federal agencies.",
    ]);
    expect(asked.filter((q) => /^(?:1863|1860|270|535|eleven)$/.test(blanked(q)))).toEqual([]);
    expect(asked.some((q) => q.evidence.text.startsWith("The Government"))).toBe(true);
  });

  it("takes 'the act', a bare count for a subject and 'experienced similar effects' as pointing back", () => {
    expect(standsAlone("In 1974, the act was amended in an attempt to limit the amount of money spent on congressional campaigns.")).toBe(false);
    expect(standsAlone("In 1974, the Federal Election Campaign Act was amended to limit the money spent on congressional campaigns.")).toBe(true);
    expect(standsAlone("Only twelve were approved by two-thirds of both the Senate and the House of Representatives.")).toBe(false);
    expect(standsAlone("Only twelve of Madison's proposals were approved by two-thirds of both the Senate and the House of Representatives.")).toBe(true);
    expect(standsAlone("Alabama experienced similar effects, with African American registration increasing from 19.3 percent to 51.6 percent.")).toBe(false);
    expect(standsAlone("Alabama experienced effects similar to Mississippi's, with African American registration increasing to 51.6 percent.")).toBe(true);
  });
});

describe("a president's election or taking office (2.12.8, OpenStax U.S. History, CC BY 4.0)", () => {
  it("takes the year a named president was elected, re-elected or took office as known, not the other years of his term", () => {
    expect(yearOf("Until the inauguration of Barack Obama in 2009, all U.S. presidents had been White men.", "2009")).toBe(true);
    expect(yearOf("Although reelected in 1916, Woodrow Wilson reluctantly ordered the withdrawal of U.S. troops from Mexico.", "1916")).toBe(true);
    expect(yearOf("The coalition Lyndon Johnson had cobbled together to win the presidency in 1964 seemed to be falling apart.", "1964")).toBe(true);
    expect(yearOf("As in 1800, when Jefferson had won over the Federalist incumbent John Adams, the presidency passed to a new party.", "1800")).toBe(true);
    expect(yearOf("When President John Adams signed the Sedition Act in 1798, Kentucky and Virginia protested.", "1798")).toBe(false);
  });
});

describe("an example's own statement (2.12.9, OpenStax Introduction to Sociology 3e, CC BY 4.0)", () => {
  it("asks the statement a sentence opening 'For example,' makes, without the opening", () => {
    const asked = askedIn([
      "The gender pay gap has narrowed slowly over the last fifty years, but it has not closed.",
      "For example, African American women make on average 64 cents for every dollar a White male makes.",
    ]);
    const onIt = asked.filter((q) => q.evidence.text.startsWith("For example"));
    expect(onIt.length).toBeGreaterThan(0);
    for (const q of onIt) expect(q.prompt).not.toMatch(/For example/);
  });
});

describe("what reading VG failed (2.12.9; the sentences paraphrase OpenStax Introduction to Political Science, CC BY-NC-SA 4.0)", () => {
  it("asks no year of the famous amendments, the Voting Rights Act or Jim Crow's ends, no 'fourth estate', no majority's half, no Little Rock Nine", () => {
    const asked = askedIn([
      "Even after the 13th Amendment was ratified in 1865, several states kept limiting who could vote.",
      "Women across the country gained the vote when the 19th Amendment was ratified in 1920.",
      "Congress passed the Voting Rights Act in 1965 after the march from Selma to Montgomery.",
      "The Jim Crow era lasted from 1877 to 1965 across the southern states.",
      "The Jim Crow laws of the southern states were not all struck down until 1965.",
      "Journalists, often called the fourth estate, are expected to hold the government to account.",
      "A candidate who wins less than 50 percent of the vote must face a run-off against the second-placed candidate.",
      "The governor of Arkansas used the National Guard to keep nine Black students out of Central High School in Little Rock.",
      // asked, as before
      "The Government Accountability Office employs about 3,000 people who audit the spending of federal agencies.",
    ]);
    expect(asked.filter((q) => /^(?:1865|1920|1965|1877|1877 to 1965|fourth|50 percent|nine)$/.test(blanked(q)))).toEqual([]);
    expect(asked.some((q) => q.evidence.text.startsWith("The Government"))).toBe(true);
  });

  it("takes a case put to the reader ('captures you driving') and 'Roughly a month later' as no statement that stands alone; a title's 'Your' is none", () => {
    expect(standsAlone("A camera captures you driving 40 miles per hour on Monday.")).toBe(false);
    expect(standsAlone("Roughly a month later, on November 3, Karzai was declared the winner with 55.4 percent of the vote.")).toBe(false);
    expect(standsAlone("On November 3, Karzai was declared the winner with 55.4 percent of the vote.")).toBe(true);
    expect(standsAlone("Who's Your Daddy pulled in an audience of 6.3 million, according to the Nielsen ratings system.")).toBe(true);
  });
});

describe("what reading VH failed (2.12.10; the sentences paraphrase OpenStax Introduction to Political Science, CC BY-NC-SA 4.0)", () => {
  it("takes a chart the quiz does not show and a bare 'the election' as leaning on what is not there", () => {
    expect(standsAlone("Turnout is low in the United States compared with other rich democracies (see chart below), though it rose in 2020.")).toBe(false);
    expect(standsAlone("Turnout is low in the United States compared with other rich democracies, though it rose in 2020.")).toBe(true);
    expect(standsAlone("Perot did not win the election, but he managed to take 19 percent of the popular vote.")).toBe(false);
    expect(standsAlone("Perot did not win the 1992 presidential election, but he managed to take 19 percent of the popular vote.")).toBe(true);
  });
});

describe("what 2.4 asked, readers passed and the build no longer asked (readings VE–VH; OpenStax American Government 3e, CC BY 4.0)", () => {
  const HISTORY = [
    "In 1971, the Federal Election Campaign Act was passed, setting limits on how much presidential and vice-presidential candidates and their families could donate to their own campaigns.",
    "Congress first passed the law dictating that House members be elected by district in 1842.",
    "In 1883, the Pendleton Act required that most federal government jobs be awarded on the basis of merit.",
    "In 1925, Congress passed the Federal Corrupt Practices Act, which required candidates to report their campaign spending.",
    "In 2002, the Bipartisan Campaign Reform Act banned parties from collecting soft money.",
  ];

  it("asks a history text's years beside presidential candidates or members elected by district", () => {
    const asked = askedIn(HISTORY, { seeds: 10 });
    const years = new Set(asked.map((q) => blanked(q)));
    expect(years.has("1971") || asked.some((q) => q.type === "true-false" && q.evidence.text.startsWith("In 1971"))).toBe(true);
    expect(years.has("1842") || asked.some((q) => q.type === "true-false" && q.evidence.text.startsWith("Congress first"))).toBe(true);
  });
});

describe("what reading VI failed (2.12.11, OpenStax Psychology 2e, CC BY 4.0)", () => {
  // (not ruled: "Sigmund Freud (_____)", a famous life span VI failed — the life spans of less famous thinkers passed VA,
  // VB, VG and VH, 36 lines to 11)
  it("asks no 'three' a 'tri-' word gives away; leaves out 'Specifically,'", () => {
    const asked = askedIn([
      "For visual processing on the retina, trichromatic theory applies: the cones are responsive to three different wavelengths that represent red, blue, and green.",
      "Specifically, second-grade students in Dallas were paid $2 each time they read a book and passed a short quiz about the book.",
    ]);
    expect(asked.filter((q) => blanked(q) === "three")).toEqual([]);
    const dallas = asked.filter((q) => q.evidence.text.startsWith("Specifically"));
    expect(dallas.length).toBeGreaterThan(0);
    for (const q of dallas) expect(q.prompt).not.toMatch(/Specifically/);
  });

  it("reads 'those whose …' as a group the sentence defines, not one the sentences before named", () => {
    expect(standsAlone("A recent study found that nearly 81% of those whose ADHD persisted into adulthood had experienced at least one other comorbid disorder.")).toBe(true);
    expect(standsAlone("Nearly 81% of those patients had experienced at least one other comorbid disorder.")).toBe(false);
  });
});

describe("an example set off by commas, and 'the women’s' (2.12.12, OpenStax Introduction to Sociology 3e and U.S. History, CC BY 4.0)", () => {
  it("leaves out ', for example,' after a name or a place, not after a bare time ('In 1998/99, for example, contributions rose')", () => {
    expect(withoutOpening("Sweden, for example, has very few regulations on sexual images in the media.")).toBe("Sweden has very few regulations on sexual images in the media.");
    expect(withoutOpening("In 1998/99, for example, contributions rose by 7%.")).toBeUndefined();
    expect(standsAlone("In 1998/99, for example, contributions rose by 7%.")).toBe(false);
  });

  it("reads 'the women’s suffrage movement' as a name of its own, 'the company’s' still as pointing back", () => {
    expect(standsAlone("Efforts in the 19th and 20th centuries such as the women’s suffrage movement won women the right to enter into contracts.")).toBe(true);
    expect(standsAlone("In 2004, the company’s profits rose by 12%.")).toBe(false);
  });
});

describe("what reading VJ failed (2.12.13; OpenStax Introduction to Sociology 3e, CC BY 4.0 — World History Volume 2, CC BY-NC-SA 4.0, is not quoted)", () => {
  it("swaps no person into a true/false statement of a text that tells history: 'false' would only be 'not said'", () => {
    // (VJ: "Walter Raleigh’s approach to Native Americans was often paternalistic" keyed false — the text said it of Las
    // Casas and nothing of Raleigh's; here "Tuan-Lin proposed a theory of social conflict …", which the text says of
    // Khaldun and nothing of Ma Tuan-Lin's)
    const asked = askedIn([
      "In the 13th century, Ma Tuan-Lin, a Chinese historian, was the first to record, in his seminal encyclopedia titled General Study of Literary Remains, the social dynamics underlying and generating historical development.",
      "In the 14th century, the Tunisian historian Ibn Khaldun (1332–1406) set the foundation for both modern sociology and economics.",
      "Khaldun proposed a theory of social conflict and provided a comparison of nomadic and sedentary life, an analysis of political economy, and a study connecting a tribe’s social cohesion to its capacity for power.",
      "From 1347 to 1522, the bubonic plague ravaged Europe, killing up to 35% of the population.",
      "The term sociology was first coined in 1780 by the French essayist Emmanuel Joseph Sieyès (1748–1836) in an unpublished manuscript.",
      "In 1838, the term was reintroduced by Auguste Comte (1798–1857).",
      "Auguste Comte described his philosophy in a series of books called The Course in Positive Philosophy (1830–1842) and A General View of Positivism (1848).",
    ], { seeds: 12 });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((q) => q.type === "true-false" && q.kind === "person")).toEqual([]);
  });
});

describe("what reading VJ failed, world history (2.12.13; sentences written for the test)", () => {
  it("takes the years of the Russo-Japanese War, the Somme, Stalin's death, Budapest 1956, the Berlin wall of 1961, the 2008 recession and Brexit as known", () => {
    expect(yearOf("Since the end of the Russo-Japanese War in 1905, Japan had leased the South Manchuria Railway.", "1905")).toBe(true);
    expect(yearOf("The pals battalions were disbanded after the high-casualty Somme campaign in 1916.", "1916")).toBe(true);
    expect(yearOf("Joseph Stalin died in 1953, and a struggle for power followed.", "1953")).toBe(true);
    expect(yearOf("On October 23, 1956, students marched through the streets of Budapest.", "1956")).toBe(true);
    expect(yearOf("In 1961 East German troops put up a fence to divide Berlin, and a wall soon followed.", "1961")).toBe(true);
    expect(yearOf("Critics said the bloc had worked badly since the recession of 2008.", "2008")).toBe(true);
    expect(yearOf("In 2016, 52 percent of voters in the United Kingdom voted to leave the EU.", "2016")).toBe(true);
    expect(yearOf("After the referendum, Britain officially cut its ties with the European Union in 2020.", "2020")).toBe(true);
    // the same words do not date other years
    expect(yearOf("In 1936 the city of Budapest built a new bridge over the Danube.", "1936")).toBe(false);
  });

  it("takes 'The process began', 'The practice was discontinued' and 'had developed there' as pointing back", () => {
    expect(standsAlone("The process began with the creation of the European Coal and Steel Community in 1951.")).toBe(false);
    expect(standsAlone("The practice was discontinued after the high-casualty Somme campaign in 1916.")).toBe(false);
    expect(standsAlone("An independence campaign had developed there before World War II, and in 1945 its leaders declared independence.")).toBe(false);
    expect(standsAlone("European integration began with the creation of the European Coal and Steel Community in 1951.")).toBe(true);
  });
});

describe("what reading VK failed (2.12.14; sentences written for the test after OpenStax World History Volume 2, CC BY-NC-SA 4.0)", () => {
  it("takes Hidalgo's 1810, the votes for women of 1918 and 1920, Kuwait's 1990 and Crimea's 2014 as known", () => {
    expect(yearOf("When the authorities learned of his plans, Hidalgo issued a declaration calling for revolt on September 16, 1810.", "1810")).toBe(true);
    expect(yearOf("In Britain, women over thirty who met a property qualification were given the right to vote in 1918.", "1918")).toBe(true);
    expect(yearOf("Women won the right to vote in the United States in 1920, after decades of campaigning.", "1920")).toBe(true);
    expect(yearOf("The United States came into conflict with Iraq after it invaded Kuwait in 1990.", "1990")).toBe(true);
    expect(yearOf("In 2014, Russian forces annexed the Ukrainian region of Crimea.", "2014")).toBe(true);
    expect(yearOf("Hidalgo had been a parish priest in Dolores since 1803.", "1803")).toBe(false);
  });

  // (not "the war": in a section on a war it is the text's own, and over the blind readings such prompts passed 17 lines
  // to 14)
  it("takes 'during this time', 'a similar law', 'a little later' and 'the countries' as pointing back", () => {
    expect(standsAlone("Approximately twenty-eight million Europeans immigrated to the United States during this time.")).toBe(false);
    expect(standsAlone("In 1912, Russia passed a similar law.")).toBe(false);
    expect(standsAlone("Writing a little later, in 1860, the Russian novelist Leo Tolstoy argued that history is more than the acts of great men.")).toBe(false);
    expect(standsAlone("Today, the countries have approximately one hundred nuclear weapons each.")).toBe(false);
    expect(standsAlone("Today, India and Pakistan have approximately one hundred nuclear weapons each.")).toBe(true);
  });
});

describe("what reading VL failed (2.12.15; sentences written for the test after OpenStax World History Volume 2, CC BY-NC-SA 4.0)", () => {
  /** A short text about the past (three years before 1990), the sentence under test among them. */
  const pastText = (sentence: string): string[] => [
    "The alliances of Europe hardened in the years after 1871, when Germany was unified.",
    "By 1907, Britain, France, and Russia had settled their colonial quarrels.",
    sentence,
    "The crisis that followed drew Germany, Russia, France, and Britain into war in 1914.",
  ];

  it("asks a month with its year chosen among other months, not typed, where the year alone would be as right", () => {
    const iran = pastText("Taking no chances, British and Soviet forces invaded Iran in August 1941 to secure its oil fields.");
    const typed = askedIn(iran, { seeds: 10, types: ["cloze"] });
    expect(typed.filter((q) => /August/.test(blanked(q)))).toEqual([]);
    expect(askedIn(iran, { seeds: 10 }).some((q) => q.type === "choice" && blanked(q) === "August 1941")).toBe(true);
  });

  it("asks no bare month in a text about the past", () => {
    const asked = askedIn(pastText("Late in June, a small band of young assassins armed by the Serbian military crossed the border into Bosnia."), { seeds: 10 });
    expect(asked.filter((q) => blanked(q) === "June")).toEqual([]);
  });

  it("swaps no year a state of things was reached by, nor offers later years for it", () => {
    const asked = askedIn(pastText("By 1902, most of the mines in the Transvaal were owned by British companies."), { seeds: 10, types: ["choice", "true-false"] });
    const mines = asked.filter((q) => q.evidence.text.startsWith("By 1902") && blanked(q) === "1902");
    expect(mines.length).toBeGreaterThan(0);
    expect(mines.filter((q) => q.type === "choice")).toEqual([]);
    expect(mines.filter((q) => q.type === "true-false" && !q.prompt.includes("By 1902,"))).toEqual([]);
  });

  it("takes the end of Russian serfdom, the Bolsheviks' 1917, the war Austria-Hungary began in 1914, Napoleon's fall and a third term won as known", () => {
    expect(yearOf("Tsar Alexander II abolished serfdom throughout Russia in 1861.", "1861")).toBe(true);
    expect(yearOf("The seizure of power in 1917 by a small but determined Bolshevik party alarmed many governments.", "1917")).toBe(true);
    expect(yearOf("Britain and France meant to punish Germany for backing Austria-Hungary in 1914.", "1914")).toBe(true);
    expect(yearOf("In 1815, after Napoleon's fall, the restored Spanish king sent troops to South America.", "1815")).toBe(true);
    expect(yearOf("Soon after winning an unprecedented third term in 1940, Franklin D. Roosevelt was warned that war was coming.", "1940")).toBe(true);
    expect(yearOf("Austria-Hungary annexed Bosnia-Herzegovina in 1908.", "1908")).toBe(false);
    expect(yearOf("Franklin D. Roosevelt signed the Lend-Lease Act in 1941.", "1941")).toBe(false);
  });

  it("takes a 'he' after a country or a battle, and counts, 'all', 'the operation', 'the tide' and 'instead' with nothing before them, as pointing back", () => {
    expect(standsAlone("After being struck off Britain’s Navy List because of a financial scandal in 1814, he began a new career as a mercenary.")).toBe(false);
    expect(standsAlone("In 1575, at the Battle of Nagashino, he and his vassal used companies of samurai armed with European guns.")).toBe(false);
    expect(standsAlone("In 1575, Oda Nobunaga and his vassal used companies of samurai armed with European guns.")).toBe(true);
    expect(standsAlone("Approximately eleven million were owned by private landowners, and another twelve million by the state.")).toBe(false);
    expect(standsAlone("In February 1597, all were crucified in Nagasaki.")).toBe(false);
    expect(standsAlone("By the second day of the operation, approximately 160,000 Allied troops had landed in France.")).toBe(false);
    expect(standsAlone("By 1947 the tide had begun to turn.")).toBe(false);
    expect(standsAlone("In 1590, the Jesuits in Japan resolved instead to stay out of Japanese affairs.")).toBe(false);
    expect(standsAlone("By 1708, London had more than five hundred, and their appeal continued to grow.")).toBe(false);
    // the sentence's own contrast and its own noun
    expect(standsAlone("In 1835, the delegates voted against declaring independence, instead drafting a statement of loyalty.")).toBe(true);
    expect(standsAlone("Amicus has 1.2 million members and the TGWU has 800,000.")).toBe(true);
    expect(standsAlone("The IMF has 3,217 tonnes of gold, or about 113.5m ounces.")).toBe(true);
  });

  it("leaves unasked a figure the sentence works out from another by its multiplier (reading VK)", () => {
    const s = "Between 1922 and 1935, the Jewish share of the population increased threefold, from 9 percent to 27 percent.";
    expect(workedOutByMultiplier(s, "9 percent")).toBe(true);
    expect(workedOutByMultiplier(s, "27 percent")).toBe(true);
    expect(workedOutByMultiplier("Between 1922 and 1935, the Jewish share of the population increased from 9 percent to 27 percent.", "9 percent")).toBe(false);
    expect(workedOutByMultiplier("Sales doubled to 40 million, while profits rose to 7 million.", "7 million")).toBe(false);
    const asked = askedIn(pastText(s), { seeds: 10 });
    expect(asked.filter((q) => /percent/.test(blanked(q)) && q.evidence.text === s)).toEqual([]);
  });
});

describe("what reading VM failed (2.12.16; sentences written for the test after OpenStax World History Volume 2, CC BY-NC-SA 4.0)", () => {
  it("takes Israel's founding in 1948 and Potsdam's 1945 as known", () => {
    expect(yearOf("Most Jews live in states of other nations, except those in Israel, a state that was founded only in 1948.", "1948")).toBe(true);
    expect(yearOf("By the time the Allies met in Potsdam in the summer of 1945, the war in Europe was over.", "1945")).toBe(true);
    expect(yearOf("Israel signed a peace treaty with Egypt in 1979.", "1979")).toBe(false);
  });

  it("blanks neither ordinal of a pair of centuries, nor 'the next' span of a text about the past", () => {
    const past = [
      "The Ottoman state grew in the years after 1517 and reached Vienna in 1529.",
      "As Turkic peoples extended their control over northern Iran in the tenth and eleventh centuries, a group of warriors founded their own state.",
      "The empire's fleet was defeated at Lepanto in 1571.",
      "A bloody civil war was fought for the next three years before the sultan's heirs divided the lands.",
      "Ottoman power declined in the late 17th and the 18th centuries, as European navies grew stronger.",
    ];
    const asked = askedIn(past, { seeds: 10, types: ["cloze"] });
    expect(asked.filter((q) => ["tenth", "eleventh", "17th", "18th"].includes(blanked(q)))).toEqual([]);
    expect(asked.filter((q) => blanked(q) === "three years")).toEqual([]);
  });

  it("swaps no person into a statement of a text about the past, whatever its years", () => {
    const past = [
      "In 1492, Christopher Columbus sailed west from Spain with three ships.",
      "In 1497, John Cabot reached the coast of Newfoundland for the English king.",
      "In 1500, Pedro Cabral landed in Brazil on his way to India.",
      "Christopher Columbus made four voyages across the Atlantic before his death in 1506.",
    ];
    expect(askedIn(past, { seeds: 10, types: ["true-false"] }).filter((q) => q.kind === "person")).toEqual([]);
  });
});

describe("what reading VN failed (2.12.17; World History Volume 1, sentences written for the test after OpenStax, CC BY-NC-SA 4.0)", () => {
  it("states no span shifted within itself as false", () => {
    expect(spansOverlap("2040–1782 BCE", "2038–1780 BCE")).toBe(true);
    expect(spansOverlap("1880 to 1900", "1877 to 1897")).toBe(true);
    expect(spansOverlap("1880 to 1900", "1901 to 1921")).toBe(false);
    const sentences = [
      "The French takeover of West Africa was swift.",
      "From 1880 to 1900 many parts of West Africa came under French control as officers signed treaties with local rulers.",
      "By 1904, France had joined its West African colonies into one federation with its capital at Dakar.",
      "In 1910, France formed a second federation in Equatorial Africa.",
    ];
    const swapped = askedIn(sentences, { seeds: 12, types: ["true-false"] }).filter((q) => q.kind === "date-range" && q.answer === "false");
    expect(swapped).toEqual([]);
  });

  it("takes 'One hundred years later' and 'there were around …' with no noun as pointing back", () => {
    expect(standsAlone("One hundred years later, the population of the empire had doubled.")).toBe(false);
    expect(standsAlone("In 1900, there were around 120 million.")).toBe(false);
    expect(standsAlone("In 1900, there were around 120 million people in the Russian Empire.")).toBe(true);
  });
});

describe("what reading VO failed (2.12.18; World History Volume 1, sentences written for the test after OpenStax, CC BY-NC-SA 4.0)", () => {
  it("takes the twelve tribes, the three Punic Wars, the Ten Commandments, the five pillars and the four noble truths as known", () => {
    const countOf = (sentence: string, n: string, value: number): boolean => {
      const start = sentence.indexOf(n);
      return fixedByConvention(sentence, { kind: "number", start, end: start + n.length, value });
    };
    expect(countOf("The Hebrews moved into the hills of Canaan and lived as members of twelve tribes.", "twelve", 12)).toBe(true);
    expect(countOf("Rome's rivalry with Carthage led to three long conflicts known as the Punic Wars.", "three", 3)).toBe(true);
    expect(countOf("Moses received ten commandments on Mount Sinai.", "ten", 10)).toBe(true);
    expect(countOf("Muslims follow five pillars of Islam.", "five", 5)).toBe(true);
    expect(countOf("The Buddha taught four noble truths.", "four", 4)).toBe(true);
    expect(countOf("The Hebrews moved into the hills of Canaan with twelve thousand cattle.", "twelve", 12)).toBe(false);
    expect(countOf("In 1795, twelve Indian tribes signed the Treaty of Greenville.", "twelve", 12)).toBe(false);
  });

  it("takes an empire or a dynasty for no person, and 'took the city' with no place before it as pointing back", () => {
    const persons = analyzeArticle(articleOf([
      "Trade grew quickly after the rise of the Mauryan Empire, the first great kingdom to rule most of the subcontinent.",
      "The Mauryan Empire was founded by Chandragupta Maurya in 322 BCE and lasted until around 185 BCE.",
      "Centuries later, the northern kingdom of Thanesar flourished under its Buddhist ruler Harsha Vardhana, who reigned from 606 to 647 CE.",
    ])).persons;
    expect(persons.map((p) => p.full)).not.toContain("Mauryan Empire");
    expect(standsAlone("In 1894 BCE, an Amorite chieftain named Sumu-adum took the city and installed himself as ruler.")).toBe(false);
    expect(standsAlone("In 1808, the French army marched on Madrid and took the city within a week.")).toBe(true);
  });
});

describe("what reading VP failed (2.12.19; World History Volume 1, sentences written for the test after OpenStax, CC BY-NC-SA 4.0)", () => {
  it("takes a text that dates its events BCE or by centuries for a text about the past (no person is swapped into its statements)", () => {
    expect(datedByEra("In the fourth century BCE, Macedon conquered Greece. Its king died in 323 BCE.")).toBe(true);
    expect(datedByEra("The fifth century saw the fall of Rome, and the sixth century the rise of Byzantium.")).toBe(true);
    expect(datedByEra("The club was founded in the 19th century and moved to its new ground in 2004.")).toBe(false);
    expect(datedByEra("The CEO said sales rose 5 percent in 2004.")).toBe(false);
    expect(datedByEra("News Corp owns the 20th Century Fox studio; 20th Century Fox made the film.")).toBe(false);
  });

  it("swaps no person into a statement of a section dated by centuries alone", () => {
    // (CC BY OpenStax Introduction to Sociology 3e sentences, their years taken out, so only the centuries date them)
    const sections = [
      "In the 13th century, Ma Tuan-Lin, a Chinese historian, was the first to record the social dynamics underlying historical development.",
      "In the 14th century, the Tunisian historian Ibn Khaldun set the foundation for both modern sociology and economics.",
      "Khaldun proposed a theory of social conflict and provided a comparison of nomadic and sedentary life.",
      "The term sociology was first coined in the 18th century by the French essayist Emmanuel Joseph Sieyès in an unpublished manuscript.",
      "The term was later reintroduced by Auguste Comte.",
    ];
    expect(askedIn(sections, { seeds: 10, types: ["true-false"] }).filter((q) => q.kind === "person")).toEqual([]);
  });

  it("offers no options around an approximate date", () => {
    const egypt = [
      "Egypt's Middle Kingdom collapsed in about 1782 BCE.",
      "The Hyksos, invaders from western Asia, ruled the Nile delta for more than a century, from approximately 1650 to 1540 BCE.",
      "The New Kingdom began in 1550 BCE with the reign of Ahmose I.",
      "Its pharaohs ruled until 1070 BCE.",
    ];
    const hyksos = askedIn(egypt, { seeds: 12, types: ["choice"] }).filter((q) => q.evidence.text.startsWith("The Hyksos"));
    expect(hyksos).toEqual([]);
  });
});

describe("what readings VN–VQ say of centuries (2.12.21; World History Volume 1, sentences written for the test after OpenStax, CC BY-NC-SA 4.0)", () => {
  /** `remoteCentury` of the ordinal word in a sentence. */
  const remote = (sentence: string, ordinal: string, value: number): boolean => remoteCentury(sentence, { end: sentence.indexOf(ordinal) + ordinal.length, value });

  it("takes a century before the sixteenth, or BCE, for a remote history's content, unless a famous figure dates it", () => {
    expect(remote("By the sixth century, merchants from the steppe had carried their faith as far as the Black Sea.", "sixth", 6)).toBe(true);
    expect(remote("The caravan town rose to wealth in the third century BCE on a new road across the desert.", "third", 3)).toBe(true);
    expect(remote("The kingdom's coins were minted in the 11th century by a guild of smiths.", "11th", 11)).toBe(true);
    expect(remote("In the fourth century BCE, Alexander the Great led his army over the Hindu Kush.", "fourth", 4)).toBe(false);
    expect(remote("The name was probably first written down by Herodotus in the fifth century BCE.", "fifth", 5)).toBe(false);
    expect(remote("Islam arose during the life of the prophet Muhammad at the start of the seventh century CE.", "seventh", 7)).toBe(false);
    expect(remote("Liberal ideas spread through Europe in the 18th century.", "18th", 18)).toBe(false);
    expect(remote("In the third century, the town built a new wall.", "third", 3)).toBe(true);
    expect(remote("In the 14th century, the historian Ibn Khaldun (1332–1406) wrote of nomads and towns.", "14th", 14)).toBe(false);
    expect(remote("In the fifth century BCE, the city was rebuilt; its temple dates from 450 BCE.", "fifth", 5)).toBe(false);
  });

  it("asks a remote century in a text dated by era, and none in a modern history", () => {
    const steppe = [
      "The oasis towns of the steppe traded with China from the second century BCE.",
      "By the sixth century, merchants from the oasis towns had carried their faith as far as the Black Sea.",
      "Their caravans were led by guides who knew the wells of the desert.",
      "By the end of the eighth century, most of the region was ruled by the caliphs of Baghdad.",
    ];
    const centuries = askedIn(steppe, { seeds: 12, types: ["cloze"] }).filter((q) => /^\s+century\b/.test(q.evidence.text.slice(q.evidence.end)));
    expect(centuries.length).toBeGreaterThan(0);
    const colony = [
      "The witch trials in the colony took place late in the 17th century.",
      "In 1692, more than 200 people were accused in the town of Salem.",
      "Nineteen of them were hanged in 1692 and 1693.",
      "The colony's governor ended the trials in 1693.",
    ];
    expect(askedIn(colony, { seeds: 12 }).filter((q) => /^\s+century\b/.test(q.evidence.text.slice(q.evidence.end)))).toEqual([]);
  });

  it("asks 'By the … century' and a millennium as a statement only as written", () => {
    const silk = [
      "The overland trade routes linked east and west from the second century BCE.",
      "By the third century CE, many of the empires using the routes had begun to decline.",
      "In the fourth millennium BCE, the first great cities arose between the two rivers.",
      "The cities traded grain for timber and stone from the mountains in the eighth century BCE.",
    ];
    const statements = askedIn(silk, { seeds: 20, types: ["true-false"] }).filter((q) => /^(?:By the third|In the fourth)/.test(q.evidence.text));
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((q) => q.answer === "true")).toBe(true);
    // (typed, beside the sentence's other ordinal, "the first great cities", which counts nothing out)
    expect(askedIn(silk, { seeds: 12, types: ["cloze"] }).some((q) => q.evidence.text.startsWith("In the fourth millennium") && q.answer === "fourth")).toBe(true);
  });

  it("takes 'all three', 'much had changed', an 'it' done to after an opening, 'some of the heads' and 'the empire' as pointing back", () => {
    expect(standsAlone("In the fourth and fifth centuries CE, all three struggled against the powers of the north.")).toBe(false);
    expect(standsAlone("In the fourth and fifth centuries CE, all three kingdoms struggled against the powers of the north.")).toBe(true);
    expect(standsAlone("By the start of the tenth century, much had changed.")).toBe(false);
    expect(standsAlone("By the start of the tenth century, much of the city had been rebuilt in stone.")).toBe(true);
    expect(standsAlone("According to legend, it was founded in the tenth century by a Persian prince.")).toBe(false);
    expect(standsAlone("According to legend, the port was founded in the tenth century by a Persian prince.")).toBe(true);
    expect(standsAlone("Damage to some of the heads has led scholars to suspect an invasion in the tenth century BCE.")).toBe(false);
    expect(standsAlone("Damage to some of the great stone heads of La Venta suggests an invasion in the tenth century BCE.")).toBe(true);
    expect(standsAlone("By the fifth century, priests had taken over the running of the empire.")).toBe(false);
    expect(standsAlone("By the fifth century, priests had taken over the running of the Sasanian empire.")).toBe(true);
  });
});

describe("what reading VR failed (2.12.22; World History, sentences written for the test after OpenStax, CC BY-NC-SA 4.0)", () => {
  it("knows the years of the Reformation's start, Facebook's launch, Bell's telephone and the light bulb, and Constantine's century", () => {
    expect(yearOf("Martin Luther's Reformation began in 1517 in the German lands.", "1517")).toBe(true);
    expect(yearOf("In 2004, Facebook was launched from a student dormitory.", "2004")).toBe(true);
    expect(yearOf("The telephone, patented by Alexander Graham Bell in 1876, spread quickly.", "1876")).toBe(true);
    expect(yearOf("Homes were lit after the light bulb was perfected by Thomas Edison in 1879.", "1879")).toBe(true);
    expect(yearOf("The reform efforts of Martin Luther in 1517 split the Church.", "1517")).toBe(true);
    expect(yearOf("The reformers of the city council began their work in 1517.", "1517")).toBe(false);
    const s = "From the time of the emperor Constantine in the fourth century, the state favoured one faith.";
    expect(remoteCentury(s, { end: s.indexOf("fourth") + 6, value: 4 })).toBe(false);
  });

  it("takes 'during the same time' as pointing back, and 'was able keep' as the source's slip", () => {
    expect(standsAlone("The telephone spread throughout Europe and North America during the same time.")).toBe(false);
    expect(standsAlone("The telephone spread throughout Europe during the same years as the telegraph.")).toBe(true);
    expect(standsAlone("Charles Goodyear found that heated rubber was able keep its shape.")).toBe(false);
    expect(standsAlone("Charles Goodyear found that heated rubber was able to keep its shape.")).toBe(true);
  });
});

describe("the anthropology tuning modules (2.12.22; sentences written for the test after OpenStax Introduction to Anthropology, CC BY 4.0)", () => {
  it("takes a bracket of a year and a page, or a reprint's two years, for a citation", () => {
    const cited = (sentence: string, year: string): boolean => {
      const start = sentence.indexOf(year);
      return inCitation(sentence, { start, end: start + year.length });
    };
    expect(cited("Lévi-Strauss said that animals are “good to think” (1963, 89), a tool for thinking about people.", "1963")).toBe(true);
    expect(cited("The work of Pat Shipman ([2015] 2017) links empathy with animals to human survival.", "2017")).toBe(true);
    expect(cited("The Treaty of Paris (1783) ended the war.", "1783")).toBe(false);
  });

  it("knows the year of the COVID-19 pandemic and of George Floyd's death", () => {
    expect(yearOf("In 2020, the COVID-19 pandemic swept across the globe.", "2020")).toBe(true);
    expect(yearOf("Following the death of George Floyd in 2020, interest in systemic racism grew.", "2020")).toBe(true);
    expect(yearOf("In 2020, the museum reopened its doors.", "2020")).toBe(false);
  });
});

describe("what reading VS failed (2.12.23; sentences written for the test after OpenStax Introduction to Anthropology, CC BY 4.0)", () => {
  it("takes 'Because of this' as pointing back", () => {
    expect(standsAlone("Because of this, Benedict Anderson calls nations imagined communities.")).toBe(false);
    expect(standsAlone("Because of the printing press, books reached readers across Europe.")).toBe(true);
  });

  it("asks no count inside a quoted term, no 'three dimensions' and no century beside 'and early 20th centuries'", () => {
    const texts = [
      "In Mesoamerica, squash, corn and beans were planted together in mounds, a mix known as the “three sisters.”",
      "The priest walks the circle and cuts it in three dimensions with a ritual knife.",
      "Boas studied the race theory common in the 19th and early 20th centuries in the United States.",
      "The farmers of the valley harvested 4,000 bushels of corn in the first year.",
    ];
    const asked = askedIn(texts, { seeds: 12 });
    expect(asked.some((q) => q.evidence.text.startsWith("The farmers"))).toBe(true);
    expect(asked.filter((q) => !q.evidence.text.startsWith("The farmers")).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading VT failed (2.12.24; sentences written for the test after OpenStax Introduction to Philosophy, CC BY-NC-SA 4.0)", () => {
  it("takes a citation with a page and no 'p.', a reprint's year in square brackets and a classic's line for citations", () => {
    const cited = (sentence: string, year: string): boolean => {
      const start = sentence.indexOf(year);
      return inCitation(sentence, { start, end: start + year.length });
    };
    const hymn = "An old hymn praises the one god who makes cities and fields (Assmann [1995] 2009, 154).";
    expect(cited(hymn, "2009")).toBe(true);
    expect(cited(hymn, "1995")).toBe(true);
    expect(cited("Aristotle holds that lawgivers make citizens good by habit (1996, 1103b20).", "1996")).toBe(true);
    expect(cited("The library reopened in 2009, with 154 new seats.", "2009")).toBe(false);
  });

  it("asks no figure of the writer's aside and no count of a list set off by dashes", () => {
    const texts = [
      "Plato’s account of knowledge was widely accepted until the 20th century (over 2,000 years!).",
      "Plato divided society into three tiers—rulers, soldiers, and workers—each matched to a part of the soul.",
      "Edmund Gettier published his famous paper in 1963 while teaching at Wayne State University.",
    ];
    const asked = askedIn(texts, { seeds: 12 });
    expect(asked.some((q) => q.evidence.text.startsWith("Edmund Gettier"))).toBe(true);
    expect(asked.filter((q) => !q.evidence.text.startsWith("Edmund Gettier")).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading VU failed (2.12.25, unmeasured; sentences written for the test after OpenStax Astronomy 2e, CC BY-NC-SA 4.0)", () => {
  it("takes 'the ice cap itself', 'The impact at …' and 'the laboratory' with no name before as pointing back", () => {
    expect(standsAlone("The ice cap itself is about 3 kilometers thick.")).toBe(false);
    expect(standsAlone("The northern ice cap of Mars is about 3 kilometers thick.")).toBe(true);
    expect(standsAlone("The impact at 5,000 kilometers per hour threw up a plume of water vapor.")).toBe(false);
    expect(standsAlone("The impact of the probe on the crater threw up a plume of water vapor.")).toBe(true);
    expect(standsAlone("Work on the laboratory began in 1979 with federal funding.")).toBe(false);
    expect(standsAlone("Work on the LIGO laboratory began in 1979 with federal funding.")).toBe(true);
  });

  it("offers no options for the share of a main part", () => {
    const venus = [
      "The most abundant gas on Venus is carbon dioxide, which makes up 96% of the atmosphere.",
      "Clouds of sulfuric acid cover the planet at heights of 30 to 60 kilometers.",
      "The surface pressure is 90 times that of Earth, and the surface temperature reaches 730 K.",
    ];
    expect(askedIn(venus, { seeds: 12, types: ["choice"] }).filter((q) => q.answer === "96%")).toEqual([]);
  });
});

describe("what reading VV failed (2.12.26, unmeasured; sentences written for the test after OpenStax Astronomy 2e, CC BY-NC-SA 4.0)", () => {
  it("takes 'three similar sources' as pointing back, and Sputnik's year as known", () => {
    expect(standsAlone("Soon three similar sources were found in other parts of the sky.")).toBe(false);
    expect(standsAlone("Soon three sources similar to the first were found in other parts of the sky.")).toBe(true);
    expect(yearOf("Sputnik, the first artificial satellite, was launched in 1957.", "1957")).toBe(true);
  });
});

describe("what reading VW failed (2.13.1; sentences written for the test after OpenStax Business Ethics, CC BY-NC-SA 4.0)", () => {
  const blankedAnswers = (sentences: string[], types?: QuestionType[]) => askedIn(sentences, { seeds: 6, ...(types ? { types } : {}) }).map(blanked);

  it("asks no count that a list in brackets after it gives", () => {
    const sentences = [
      "Denis Healey served in the cabinets of three prime ministers (Harold Wilson, James Callaghan, and Tony Blair) over two decades.",
      "He was born in 1917 and entered Parliament in 1952 for Leeds East.",
    ];
    expect(blankedAnswers(sentences)).not.toContain("three");
  });

  it("asks no legal age and no working week", () => {
    const sentences = [
      "The retailer announced that it would no longer sell alcohol to anyone under twenty-one years of age.",
      "Some firms allow a compressed week for staff who can finish a week’s work in less than forty hours.",
      "The retailer employs 2,300 people in 41 stores across the region.",
    ];
    const asked = blankedAnswers(sentences);
    expect(asked).not.toContain("twenty-one years");
    expect(asked).not.toContain("forty hours");
    expect(fixedByConvention(sentences[0] as string, { kind: "duration", start: sentences[0]!.indexOf("twenty-one"), end: sentences[0]!.indexOf(" of age") })).toBe(true);
    // a child's age that is no threshold is the text's own
    const age = "The family moved to Leeds when the boy was twenty-one years old.";
    expect(fixedByConvention(age, { kind: "duration", start: age.indexOf("twenty-one"), end: age.indexOf(" old") })).toBe(false);
  });

  it("asks no year that another year and a span of years give", () => {
    const sentences = [
      "Over the past thirty years, the number of women in the workforce has grown from 20 million in 1985 to 45 million in 2015.",
      "The survey of 1,200 firms was published by the labour ministry in March.",
    ];
    const asked = blankedAnswers(sentences);
    expect(asked).not.toContain("2015");
    expect(asked).not.toContain("1985");
  });

  it("asks no election year among years four apart", () => {
    const sentences = [
      "Suburban voters helped elect George W. Bush in 2004 and Barack Obama in 2008 and 2012, according to the study.",
      "The study followed 3,500 households in Ohio and Michigan.",
    ];
    expect(blankedAnswers(sentences)).not.toContain("2004");
  });

  it("offers no options for a figure after 'only' or at an end of a rise", () => {
    const sentences = [
      "A report by a university labor institute found that, before the Worker Notification Act was passed, only 20 percent of displaced workers received written notice.",
      "According to the Bureau of Labor Statistics, the percentage of women in the labor force increased from 46 percent in 1977 to a peak of 60 percent in 1999.",
      "The bureau surveys 60,000 households each month.",
    ];
    const questions = askedIn(sentences, { seeds: 6, types: ["choice"] });
    // "only _____": a smaller option is always offered
    const only = questions.filter((q) => q.answer === "20 percent");
    expect(only.length).toBeGreaterThan(0);
    for (const q of only) expect(q.options?.some((o) => parseFloat(o) < 20)).toBe(true);
    // "as much as _____": a larger one
    const asMuch = askedIn(["Indonesia's government has confirmed it is considering raising fuel prices by as much as 60% next year.", "The country imports 400,000 barrels of oil a day."], { seeds: 6, types: ["choice"] }).filter((q) => q.answer === "60%");
    expect(asMuch.length).toBeGreaterThan(0);
    for (const q of asMuch) expect(q.options?.some((o) => parseFloat(o) > 60)).toBe(true);
    expect(questions.map(blanked)).not.toContain("46 percent");
    expect(questions.map(blanked)).not.toContain("60 percent");
  });

  it("takes Athens for a city a reader dates to its fifth century BCE", () => {
    const s = "Like a modern city, ancient Athens in the fifth century BCE drew traders and artists from far away.";
    expect(remoteCentury(s, { end: s.indexOf("fifth") + 5, value: 5 })).toBe(false);
    const t = "Like a modern city, ancient Corinth in the fifth century BCE drew traders and artists from far away.";
    expect(remoteCentury(t, { end: t.indexOf("fifth") + 5, value: 5 })).toBe(true);
  });
});

describe("what reading VX failed (2.13.2, unmeasured; sentences written for the test after OpenStax Business Ethics, CC BY-NC-SA 4.0)", () => {
  it("swaps no one into a list that ends on 'and others'", () => {
    const sentences = [
      "Aldo Leopold was a forester in Wisconsin, Thomas Berry was a priest and a historian of culture, and Garrett Hardin was an ecologist at the University of California.",
      "Leopold, Berry, and others have written at length about the legal ideas of earth jurisprudence, which no court has yet adopted.",
      "Berry published The Dream of the Earth in 1988 and Hardin wrote The Tragedy of the Commons in 1968.",
    ];
    const swapped = askedIn(sentences, { types: ["true-false"] }).filter((q) => q.kind === "person" && q.evidence.text.startsWith("Leopold, Berry"));
    expect(swapped).toEqual([]);
    expect(inOpenList("", ", Thomas Berry, and others have written at length about earth jurisprudence.")).toBe(true);
    expect(inOpenList("", " and Thomas Berry have written at length about earth jurisprudence.")).toBe(false);
  });

  it("takes 'by the same date' as pointing back", () => {
    expect(standsAlone("According to a McKinsey study, by the same date India is expected to lose about 9 percent of its jobs to new technology.")).toBe(false);
    expect(standsAlone("According to a McKinsey study, by 2030 India is expected to lose about 9 percent of its jobs to new technology.")).toBe(true);
  });

  it("knows the Communist Manifesto's year and the Equal Pay Act's", () => {
    expect(yearOf("Karl Marx and Friedrich Engels published The Communist Manifesto in 1848.", "1848")).toBe(true);
    expect(yearOf("Unequal pay has been illegal since the Equal Pay Act was passed in 1963.", "1963")).toBe(true);
  });

  it("takes a forecast's round year for the horizon a reader picks", () => {
    const s = "A study of 800 occupations found that more than 800 million jobs could be lost to robotics by the year 2030.";
    const at = (sentence: string, year: string) => ({ kind: "date", start: sentence.indexOf(year), end: sentence.indexOf(year) + 4 });
    expect(forecastHorizon(s, at(s, "2030"))).toBe(true);
    expect(forecastHorizon(s.replace("2030", "2028"), at(s.replace("2030", "2028"), "2028"))).toBe(false);
    const past = "The study found that 800 million jobs were lost to robotics by the year 2020.";
    expect(forecastHorizon(past, at(past, "2020"))).toBe(false);
    // a past "could": no horizon
    const farm = "As late as 1900, a typical farm wife could expect to spend nine hours a day on chores.";
    expect(forecastHorizon(farm, at(farm, "1900"))).toBe(false);
  });
});

describe("what reading VY failed (2.13.3, unmeasured; sentences written for the test after OpenStax Business Ethics, CC BY-NC-SA 4.0)", () => {
  it("takes 'such salary discussions' and a 'him' no one named as pointing back", () => {
    expect(standsAlone("In 2014, President Barack Obama issued an order that barred federal contractors from banning such salary discussions.")).toBe(false);
    expect(standsAlone("In 2014, President Barack Obama issued an order that barred federal contractors from banning salary discussions.")).toBe(true);
    expect(standsAlone("A European Commission report in 2019 found that power was so centralized in the president, such that few checks and balances remained.")).toBe(true);
    expect(standsAlone("A reckoning came when Uber’s board of directors asked him to resign as chief executive in June 2017.")).toBe(false);
    expect(standsAlone("A reckoning came when Uber’s board of directors asked Travis Kalanick to resign as chief executive in June 2017.")).toBe(true);
    expect(standsAlone("The board of Acme Foods asked Travis Kalanick to tell him what had gone wrong in June 2017.")).toBe(true);
  });

  it("takes 'less than _____' of fifty percent for the stock guess, half", () => {
    const s = "Workers in the new flexible office spend less than 50 percent of their time at a desk.";
    expect(fixedByConvention(s, { kind: "percent", start: s.indexOf("50"), end: s.indexOf(" of their") })).toBe(true);
    const t = "Workers in the new flexible office spend 50 percent of their time at a desk.";
    expect(fixedByConvention(t, { kind: "percent", start: t.indexOf("50"), end: t.indexOf(" of their") })).toBe(false);
  });
});

describe("what reading VZ failed (2.13.4, sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("asks no figure of a supposed example", () => {
    const sentences = [
      "For example, an accountant may charge $100 to file your tax return.",
      "The tax code ran to 4,000 pages in 2020, and Americans spent 6 billion hours on their returns.",
    ];
    expect(askedIn(sentences).map(blanked)).not.toContain("$100");
  });

  it("asks nothing of a sentence about a point or a curve of a figure the text does not show", () => {
    const sentences = [
      "Point J shows that if the price were $90, 20 million tablets would be sold.",
      "Tablet sales reached 150 million units worldwide in 2019.",
    ];
    expect(askedIn(sentences).filter((q) => q.evidence.text.startsWith("Point J"))).toEqual([]);
  });

  it("takes a step of an even series for worked out", () => {
    const s = "In September 2009, the government put a tariff on tires imported from China that would increase the price by 35 percent in its first year, 30 percent in its second year, and 25 percent in its third year.";
    const at = (v: string) => ({ start: s.indexOf(v), end: s.indexOf(v) + v.length });
    expect(inEvenSeries(s, at("30 percent"))).toBe(true);
    expect(inEvenSeries(s.replace("25 percent", "12 percent"), at("30 percent"))).toBe(false);
    const asked = askedIn([s, "Tire imports from China had reached 46 million in 2008."]).map(blanked);
    expect(asked).not.toContain("35 percent");
    expect(asked).not.toContain("25 percent");
  });

  it("swaps no span of years a state opens on, and offers no options after 'As of'", () => {
    const s = "From 2009 to 2011, Venezuela and Myanmar had inflation rates of 20% to 30% per year.";
    expect(stateOverSpan(s, { start: 5, end: 17 })).toBe(true);
    const war = "From 1914 to 1918, the war cost Britain 700,000 soldiers.";
    expect(stateOverSpan(war, { start: 5, end: 17 })).toBe(false);
    const asOf = [
      "As of March 2022, the most recent rise in the federal minimum wage occurred in 2009, when it went from $6.55 to $7.25.",
      "About 1.1 million workers earned the federal minimum wage or less in 2021.",
    ];
    expect(askedIn(asOf, { types: ["choice"] }).filter((q) => q.answer === "March 2022")).toEqual([]);
  });

  it("knows Zimbabwe's hyperinflation", () => {
    expect(yearOf("Zimbabwe had hyperinflation, with inflation rates that rose to several million percent in 2008.", "2008")).toBe(true);
  });
});

describe("what reading WA failed (2.13.5, sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("takes 'According to that index', 'Examples include' and 'Alternatively' as pointing back", () => {
    expect(standsAlone("According to that index, consumer confidence averaged around 90 before the Great Recession.")).toBe(false);
    expect(standsAlone("According to the Conference Board's index, consumer confidence averaged around 90 before the Great Recession.")).toBe(true);
    expect(standsAlone("Examples include a machine that will last 10 years and a plant that will last 30 years.")).toBe(false);
    expect(standsAlone("Alternatively, if Alphonso spends all his money on bus tickets, he can afford 20 a week.")).toBe(false);
  });

  it("asks no figure of a sum the sentence works out", () => {
    const sentences = [
      "If Alphonso spends all his money on burgers, he can afford five a week ($10 per week/$2 per burger = 5 burgers per week).",
      "Over a year, 250 working days × $5 per day equals $1,250, the price of a decent holiday.",
      "A cook who works 8 hours a day at $15 an hour earns 8 × 15 = 120 dollars a day.",
      "Alphonso has a budget of $10 a week for lunch at the school cafeteria in Denver.",
    ];
    const asked = askedIn(sentences).filter((q) => !q.evidence.text.startsWith("Alphonso has"));
    expect(asked).toEqual([]);
  });

  it("knows the year of The Wealth of Nations", () => {
    expect(yearOf("Adam Smith published his famous book The Wealth of Nations in 1776.", "1776")).toBe(true);
  });
});

describe("what reading WB failed (2.13.6, unmeasured; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("takes 'As one example,' as going on from the sentence before", () => {
    expect(standsAlone("As one example, consider a state where 60% of the voters are liberal and 40% are conservative.")).toBe(false);
  });

  it("asks no figure the writer supposes with 'say,' and no span its length gives", () => {
    const sentences = [
      "Supply curves slope up from left to right: as the price rises, say, from $1.00 per gallon to $2.20 per gallon, the quantity supplied rises.",
      "In the two years from March 2001 to March 2003, the Bank of Japan expanded the money supply by about 50%.",
      "The Bank of Japan was founded in 1882 and is based in Tokyo.",
    ];
    const asked = askedIn(sentences).map(blanked);
    expect(asked).not.toContain("$1.00");
    expect(asked).not.toContain("$2.20");
    expect(asked).not.toContain("March 2001 to March 2003");
  });
});

describe("what reading WC failed (2.13.7; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("asks no year a dictionary prints beside a name of the sentence", () => {
    expect(yearOf("The United Nations officially came into existence in 1945.", "1945")).toBe(true);
    expect(yearOf("The Marshall Plan began sending aid to Europe in 1948.", "1948")).toBe(true);
    // (a name the dictionary dates, a year it does not give; a body it does not date)
    expect(yearOf("The Marshall Plan was debated again in Congress in 1957.", "1957")).toBe(false);
    expect(yearOf("The city council officially came into existence in 1945.", "1945")).toBe(false);
    const sentences = [
      "Benjamin Franklin (1706–1790) was an American statesman who once wrote that no nation was ever ruined by trade.",
      "Carla Mendes (1951–2019) was an economist who once wrote that every tariff is a tax on a country's own buyers.",
    ];
    const spans = askedIn(sentences).filter((q) => /\d{4}–\d{4}/.test(blanked(q)));
    expect(new Set(spans.map((q) => q.evidence.text.slice(0, 20)))).toEqual(new Set(["Carla Mendes (1951–2"]));
  });

  it("asks no figure that two others of its sentence multiply to", () => {
    const figures = (sentence: string): string[] => blanksOf(sentence).filter((b) => !/^\d{4}$/.test(b));
    expect(figures("The Census Bureau visits 15,000 four-household clusters, or 60,000 households, in Ohio each month.")).toEqual([]);
    expect(figures("The Census Bureau visits 15,000 four-household clusters, or 75,000 households, in Ohio each month.")).not.toEqual([]);
    const product = "In Ohio, a rise of 0.1% in the unemployment rate of 5.8 million potential workers in 2019 meant 5,800 more people without a job.";
    expect(figures(product)).toEqual([]);
    expect(figures(product.replace("5,800", "9,800"))).not.toEqual([]);
    // (any of the three: the 5.8 million is a factor)
    expect(workedFromTwoOthers(product, { start: product.indexOf("5.8"), end: product.indexOf("5.8") + 11 })).toBe(true);
  });

  it("takes 'In other words,' as going on from before, and asks no figure of a report that 'might have said' it", () => {
    expect(standsAlone("In other words, the unemployment rate in Ohio rose by 0.4 percentage points in 2019.")).toBe(false);
    expect(standsAlone("The unemployment rate in Ohio rose by 0.4 percentage points in 2019.")).toBe(true);
    const report = "A recent report in Ohio might have said that from September 2021 to October 2021, the unemployment rate there declined from 4.8% to 4.6%.";
    expect(askedIn([report]).filter((q) => /%/.test(blanked(q)))).toEqual([]);
    expect(askedIn([report.replace("might have said", "said")]).filter((q) => /%/.test(blanked(q)))).not.toEqual([]);
  });

  it("knows the WTO's birth, the Asian crisis, Hurricane Harvey and the federal minimum wage", () => {
    expect(yearOf("The World Trade Organization (WTO) was officially born in 1995, but its history is much longer.", "1995")).toBe(true);
    expect(yearOf("In 1997, countries across eastern Asia experienced a sharp depreciation of their currencies.", "1997")).toBe(true);
    expect(yearOf("In 2017, Hurricane Harvey flooded much of Houston.", "2017")).toBe(true);
    expect(yearOf("In 1995, the GATT transformed into the WTO.", "1995")).toBe(true);
    expect(yearOf("In 2003, countries across eastern Asia signed new trade agreements.", "2003")).toBe(false);
    const wage = "The federal minimum wage in the United States has been $7.25 an hour since 2009.";
    const start = wage.indexOf("$7.25");
    expect(fixedByConvention(wage, { start, end: start + 5, kind: "money", value: 7.25 })).toBe(true);
    expect(fixedByConvention(wage.replace("$7.25", "$9.25"), { start, end: start + 5, kind: "money", value: 9.25 })).toBe(false);
  });

  it("takes a sentence about a figure or a table the quiz does not show as not standing alone", () => {
    expect(standsAlone("The right-hand chain of events in Figure 5 illustrates what happens when the baht weakens.")).toBe(false);
    expect(standsAlone("As Figure 24.3 (b) shows, the aggregate supply curve shifts to the left.")).toBe(false);
    expect(standsAlone("Table 2 lists the ten largest trading partners of the United States.")).toBe(false);
    expect(standsAlone("By about 1977 the unemployment rate for women was the same as that for men, as Figure (a) shows.")).toBe(false);
    expect(standsAlone("The aggregate supply curve shifts to the left when oil prices rise.")).toBe(true);
  });

  it("still asks the day of a dictionary's year: the article's, not the dictionary's", () => {
    const sentence = "Galois' fatal duel took place on 30 May 1832.";
    const start = sentence.indexOf("30 May");
    expect(yearOf("Galois died in Paris in 1832.", "1832")).toBe(true);
    expect(famousYear(sentence, { start, end: start + "30 May 1832".length, kind: "date" })).toBe(false);
  });
});

describe("what reading WD failed (2.13.8; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  /** The figures (not the years) the engine asks of a one-sentence article. */
  const figures = (sentence: string): string[] => blanksOf(sentence).filter((b) => !/^\d{4}(?:\s*(?:to|–|-)\s*\d{4})?$/.test(b));

  it("takes 'the same' with no 'as' after it as pointing back", () => {
    expect(standsAlone("Society, at the same rate of 8%, would find it optimal to have $52 million of borrowing.")).toBe(false);
    expect(standsAlone("In Ohio, women earned the same pay as men in 2019.")).toBe(true);
    expect(standsAlone("In Ohio, women earned higher pay than men in 2019.")).toBe(true);
  });

  it("takes a sentence on a figure, a graph or a diagram the quiz does not show as not standing alone", () => {
    expect(standsAlone("According to Figure and Figure, the company would finance $30 million at a rate of 8%.")).toBe(false);
    expect(standsAlone("In Figure 3, the original equilibrium in the capital market occurs at an interest rate of 6%.")).toBe(false);
    expect(standsAlone("Now consider the market demand curve in the diagram, which meets the cost curve at 5,000 planes.")).toBe(false);
    expect(standsAlone("The graph combines the earlier information on federal spending in a single view.")).toBe(false);
    expect(standsAlone("Ohio's largest steel maker would finance $30 million at a rate of 8%.")).toBe(true);
    const point = "To be at point C', the U.S. economy devotes 40 worker hours to produce 20 barrels of oil in Texas.";
    expect(figures(point)).toEqual([]);
    expect(figures(point.replace("To be at point C', the", "The"))).not.toEqual([]);
  });

  it("asks no quotient and no difference of percentages the sentence works out", () => {
    const corn = "With the remaining 40 worker hours in Iowa, since it needs four hours to produce a bushel of corn, a farm can produce only 10 bushels.";
    expect(figures(corn)).toEqual([]);
    expect(figures(corn.replace("only 10", "only 12"))).not.toEqual([]);
    const share = "From 1980 to 2020 the share of income going to the top fifth in Ohio increased by 8.1 percentage points, from 44.1% to 52.2%.";
    expect(figures(share)).toEqual([]);
    expect(figures(share.replace("8.1", "9.1"))).not.toEqual([]);
  });

  it("asks no count or share a word of the sentence holds", () => {
    const groups = "One common way of measuring income inequality is to divide all households into five groups with equal numbers of people, known as quintiles.";
    expect(givenByTerm(groups, { kind: "number", value: 5 })).toBe(true);
    expect(givenByTerm(groups.replace("quintiles", "income bands"), { kind: "number", value: 5 })).toBe(false);
    const bottom = "The bottom 40% of the income distribution in Ohio is the sum of the first and second quintiles.";
    expect(givenByTerm(bottom, { kind: "percent", value: 40 })).toBe(true);
    expect(givenByTerm(bottom, { kind: "percent", value: 44.1 })).toBe(false);
  });

  it("offers no year outside a decade the sentence names", () => {
    const stem = "Federal tax collections increased substantially in the later 1990s, jumping from 18.1% of GDP in 1994 to 20.8% in _____.";
    expect(outsideDecade(stem, "2000", "2005")).toBe(true);
    expect(outsideDecade(stem, "2000", "1997")).toBe(false);
    expect(outsideDecade(stem.replace("in the later 1990s, ", ""), "2000", "2005")).toBe(false);
  });

  it("asks no year that names a money's value, and not the world's population", () => {
    const gdp = "According to Angus Maddison, GDP per capita in India in 1990 international dollars was $854 per year.";
    const at = gdp.indexOf("1990");
    expect(attributiveDate(gdp, { start: at, end: at + 4 })).toBe(true);
    const plain = "According to Angus Maddison, GDP per capita in India in 1990 was $854 per year.";
    expect(attributiveDate(plain, { start: at, end: at + 4 })).toBe(false);
    const world = "Of the world's population of roughly 7.3 billion people, about 1.1 billion live on less than $2 per day.";
    const pop = world.indexOf("7.3 billion");
    const poor = world.indexOf("1.1 billion");
    expect(fixedByConvention(world, { start: pop, end: pop + 11, kind: "number", value: 7.3e9 })).toBe(true);
    expect(fixedByConvention(world, { start: poor, end: poor + 11, kind: "number", value: 1.1e9 })).toBe(false);
  });
});

describe("what reading WD failed, in the options (2.13.9)", () => {
  it("offers no options that leave the answer alone beside a figure of the prompt", () => {
    const stem = "By 2017, women in Ohio were receiving just over 50% of the law degrees, and by 2019, _____ of the medical degrees.";
    expect(nearestToAnchor(stem, "48%", ["48%", "29%", "36%", "67%"])).toBe(true);
    expect(nearestToAnchor(stem, "48%", ["48%", "44%", "53%", "57%"])).toBe(false);
    expect(nearestToAnchor(stem.replace("just over 50% of ", ""), "48%", ["48%", "29%", "36%", "67%"])).toBe(false);
    // (in a quiz: this article's other shares are spread, so the 48% is asked in another form)
    const choices = askedIn([stem.replace("_____", "48%")], { types: ["choice"] });
    expect(choices).toEqual([]);
    expect(askedIn([stem.replace("_____", "48%").replace("just over 50% of ", "")], { types: ["choice"] })).not.toEqual([]);
  });

  it("offers no start of a rise at or above where it ends", () => {
    const stem = "From 1980 to 2020 the share of income going to the top fifth increased by 8.1 percentage points (from _____ in 1980 to 52.2% in 2020).";
    expect(againstDirection(stem, "44.1%", "61.7%")).toBe(true);
    expect(againstDirection(stem, "44.1%", "26.5%")).toBe(false);
    expect(againstDirection(stem.replace("increased", "changed"), "44.1%", "61.7%")).toBe(false);
  });
});

describe("what reading WE failed (2.13.10; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {

  it("takes 'the table above' and 'The other 110 …' as leaning on what came before", () => {
    expect(standsAlone("In the table above, the marginal product of the first worker in Ohio is four trees per day.")).toBe(false);
    expect(standsAlone("The marginal product of the first worker in Ohio is four trees per day.")).toBe(true);
    expect(standsAlone("The other 110 measured nations occupy the two tiers of middle-income nations.")).toBe(false);
    expect(standsAlone("Some 110 measured nations occupy the two tiers of middle-income nations.")).toBe(true);
  });

  it("asks no count of a list the sentence goes on to give after a colon", () => {
    const listed = "Aside from the neoclassical determinants of growth, four additional determinants are significant in a wide range of statistical studies and are worth mentioning: geography, demography, industrial structure, and institutions.";
    expect(blanksOf(listed)).not.toContain("four");
    expect(blanksOf("Aside from the neoclassical determinants of growth, four additional determinants are significant in a wide range of statistical studies of the economy of Ohio.")).toContain("four");
  });

  it("asks no band's bound that the next band's start gives", () => {
    const bands = "Low-income countries are those with $1,085 per capita GNI per year; lower-middle-income countries have a per capita GNI between $1,086 and $4,255.";
    const at = bands.indexOf("$1,085");
    expect(adjacentBound(bands, { start: at, end: at + 6 })).toBe(true);
    expect(adjacentBound(bands.replace("$1,086", "$1,200"), { start: at, end: at + 6 })).toBe(false);
    expect(blanksOf(bands).filter((b) => /^\$1,08/.test(b))).toEqual([]);
    expect(blanksOf(bands.replace("$1,086", "$1,200")).filter((b) => /^\$1,08/.test(b))).not.toEqual([]);
  });

  it("asks no year given loosely ('or so') or as a bound ('predates')", () => {
    const soon = "Many high-income nations are approaching a situation by 2020 or so in which the elderly will form a much larger share of the population.";
    const at = soon.indexOf("2020");
    expect(looseYear(soon, { start: at, end: at + 4 })).toBe(true);
    expect(looseYear(soon.replace(" or so", ""), { start: at, end: at + 4 })).toBe(false);
    const decline = "The decline in print news reading in Ohio predates 2004.";
    const d = decline.indexOf("2004");
    expect(looseYear(decline, { start: d, end: d + 4 })).toBe(true);
    expect(looseYear(decline.replace("predates", "began in"), { start: d, end: d + 4 })).toBe(false);
    const newspapers = "The decline in print news reading in Ohio predates 2004, when the state had 120 newspapers.";
    expect(blanksOf(newspapers)).not.toContain("2004");
    expect(blanksOf(newspapers.replace("predates", "began in"))).toContain("2004");
  });

  it("knows a tax form's number, tax day, and the Suez Canal's 1869", () => {
    const gig = "If you are a member of the gig economy and receive a 1099 tax statement, you are considered an independent contractor.";
    const g = gig.indexOf("1099");
    expect(fixedByConvention(gig, { start: g, end: g + 4, kind: "number", value: 1099 })).toBe(true);
    expect(fixedByConvention(gig.replace("1099 tax statement", "1099 dollar bill"), { start: g, end: g + 4, kind: "number", value: 1099 })).toBe(false);
    const due = "The individual income tax is due every year on April 15 (or the first business day after).";
    const a = due.indexOf("April 15");
    expect(fixedByConvention(due, { start: a, end: a + 8, kind: "date" })).toBe(true);
    const report = due.replace("income tax is", "council report is");
    expect(fixedByConvention(report, { start: report.indexOf("April 15"), end: report.indexOf("April 15") + 8, kind: "date" })).toBe(false);
    expect(yearOf("One might choose 1869, the year in which both the Suez Canal and the Union Pacific railroad were completed.", "1869")).toBe(true);
  });
});

describe("what 2.4 asked and readers passed, that later rules refused (2.13.11; sentences after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("takes 'U.S. GDP' and 'the world's economies' as saying whose", () => {
    expect(standsAlone("In 1970, imports and exports made up 11% of U.S. GDP, while now they make up 32%.")).toBe(true);
    expect(standsAlone("In 1970, imports and exports made up 11% of GDP, while now they make up 32%.")).toBe(false);
    expect(standsAlone("In the world’s high-income economies, only about 2% of GDP comes from agriculture; the average for the rest is 12%.")).toBe(true);
    expect(standsAlone("In high-income economies, only about 2% of GDP comes from agriculture; the average for the rest is 12%.")).toBe(false);
  });

  it("reads 'pay as you throw' as no case put to the reader", () => {
    expect(standsAlone("As of 2006, the EPA had recorded over 7,000 communities that have implemented pay as you throw programs.")).toBe(true);
    expect(standsAlone("As of 2006, a camera in Ohio captures you driving 40 miles per hour on Monday.")).toBe(false);
  });

  it("reads a year before a plural noun as a date, not a count that points back", () => {
    expect(standsAlone("According to the 2022 classifications, there are 27 low-income nations and 80 high-income nations.")).toBe(true);
    expect(standsAlone("According to the 27 classifications, there are low-income nations and high-income nations.")).toBe(false);
  });
});

describe("what reading WF failed (2.13.11; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {

  it("takes 'this from happening', 'the first three types', 'the agreement' and 'signed on' as leaning on what came before", () => {
    expect(standsAlone("While COVID-19 prevented this from happening in 2020, there is a strong demand for ecotourism in Costa Rica.")).toBe(false);
    expect(standsAlone("While COVID-19 kept tourists from Costa Rica in 2020, there is a strong demand for ecotourism there.")).toBe(true);
    expect(standsAlone("Businesses conduct the first three types of investment, while households conduct the last.")).toBe(false);
    expect(standsAlone("Businesses in Ohio conduct three types of investment, while households conduct a fourth.")).toBe(true);
    expect(standsAlone("The U.S. contribution to the agreement was the Clean Power Plan.")).toBe(false);
    expect(standsAlone("The U.S. contribution to the Paris agreement was the Clean Power Plan.")).toBe(true);
    expect(standsAlone("To date, 196 entities have signed on, including China and the United States.")).toBe(false);
    expect(standsAlone("To date, 196 entities have signed on to the Paris agreement, including China and the United States.")).toBe(true);
  });

  it("asks no price of a case put to the reader that 'would not have' happened", () => {
    const farmer = "A corn farmer in Iowa who attempted to sell at $7.00 per bushel in 2019 would not have found any buyers.";
    expect(blanksOf(farmer).filter((b) => b.startsWith("$"))).toEqual([]);
    expect(blanksOf(farmer.replace("who attempted to sell at $7.00 per bushel in 2019 would not have found", "sold corn at $7.00 per bushel in 2019 and found")).filter((b) => b.startsWith("$"))).not.toEqual([]);
  });

  it("asks no 'one in nine' that a share of the sentence works out", () => {
    const poor = "In no year in the last six decades has the poverty rate in Ohio been less than 10.5% of the population—that is, at best almost one resident in nine is below the poverty line.";
    const at = poor.indexOf("nine");
    expect(oneInShare(poor, { start: at, end: at + 4 })).toBe(true);
    expect(oneInShare(poor.replace("nine", "three"), { start: at, end: at + 5 })).toBe(false);
    const share = poor.indexOf("10.5%");
    expect(oneInShare(poor, { start: share, end: share + 5 })).toBe(true);
    expect(blanksOf(poor)).not.toContain("nine");
    expect(blanksOf(poor.replace("nine", "three"))).toContain("three");
  });

  it("knows the family of four, the Civil War's years, and the end of a president's term", () => {
    const line = "The U.S. poverty line in 2021 ranged from $12,880 for a single individual to $26,500 for a household of four people.";
    const at = line.indexOf("four");
    expect(fixedByConvention(line, { start: at, end: at + 4, kind: "number", value: 4 })).toBe(true);
    expect(fixedByConvention(line.replace("household of four", "group of four"), { start: at - 4, end: at, kind: "number", value: 4 })).toBe(false);
    const war = "The closest the United States has come to hyperinflation was during the 1860–1865 Civil War, in the Confederate states.";
    const w = war.indexOf("1860–1865");
    expect(famousYear(war, { start: w, end: w + 9, kind: "date-range", value: 1860 })).toBe(true);
    expect(famousYear(war.replace("Civil War, in the Confederate states", "war, in the southern states"), { start: w, end: w + 9, kind: "date-range", value: 1860 })).toBe(false);
    const trump = "In early _____, the Trump Administration announced plans to back out of the Paris Climate Agreement.";
    expect(outsideTerm(trump, "2017", "2021")).toBe(true);
    expect(outsideTerm(trump, "2017", "2019")).toBe(false);
    expect(outsideTerm(trump, "2021", "2020")).toBe(false);
  });
});

describe("what reading WG failed (2.13.12; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {

  it("takes 'The table shows', 'Figure provides', 'Over this time period', 'The third 10 pounds' and 'Conversely,' as leaning on what came before", () => {
    expect(standsAlone("The table shows that carbon dioxide emissions by coal in Ohio declined substantially from 1990 to 2023.")).toBe(false);
    expect(standsAlone("Carbon dioxide emissions by coal in Ohio declined substantially from 1990 to 2023.")).toBe(true);
    expect(standsAlone("Figure provides a breakdown of the money that comprised M1 and M2 in Ohio in November 2021.")).toBe(false);
    expect(standsAlone("Over this time period, carbon dioxide emissions from coal in Ohio dropped 171 million metric tons a year.")).toBe(false);
    expect(standsAlone("Over two decades, carbon dioxide emissions from coal in Ohio dropped 171 million metric tons a year.")).toBe(true);
    expect(standsAlone("The third 10 pounds would cost $900 to abate at the Toledo steel mill.")).toBe(false);
    expect(standsAlone("Conversely, the United States started off producing 5,000 pairs of shoes and 20,000 refrigerators.")).toBe(false);
    expect(standsAlone("The United States started off producing 5,000 pairs of shoes and 20,000 refrigerators.")).toBe(true);
  });

  it("asks no step of a series counted in words and digits, and no figure set 'slightly less than' another", () => {
    const permits = "In Ohio, a permit may allow emission of 10 units of pollution in 2019, but only nine units in 2020, then eight units in 2021.";
    const at = permits.indexOf("eight");
    expect(inEvenSeries(permits, { start: at, end: at + 5 })).toBe(true);
    expect(inEvenSeries(permits.replace("eight", "six"), { start: at, end: at + 3 })).toBe(false);
    const mill = "At the Toledo steel mill, cutting 10 pounds of pollution costs $900, which is slightly less than the $1,000 tax.";
    const m = mill.indexOf("$900");
    expect(closeComparison(mill, { start: m, end: m + 4 })).toBe(true);
    expect(closeComparison(mill.replace("slightly less than", "set beside"), { start: m, end: m + 4 })).toBe(false);
    expect(blanksOf(mill).filter((b) => b.startsWith("$"))).toEqual([]);
    expect(blanksOf(mill.replace("slightly less than", "set beside")).filter((b) => b.startsWith("$"))).not.toEqual([]);
  });
});

describe("what reading WH failed (2.13.13; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("takes 'One car … the other car', a run-on 'For example,', 'Spending' with no one's, 'Figure breaks down' and ', therefore,' as leaning on what came before", () => {
    expect(standsAlone("One car costs $4,000, while the other car costs $4,600 at the Toledo dealer.")).toBe(false);
    expect(standsAlone("A used Ford costs $4,000 at the Toledo dealer, while a new one costs $24,600.")).toBe(true);
    expect(standsAlone("FDI means buying a firm in another country For example, in 2008 InBev bought Anheuser-Busch.")).toBe(false);
    expect(standsAlone("In 2008, the Belgian brewer InBev bought Anheuser-Busch for $52 billion.")).toBe(true);
    expect(standsAlone("Spending increased yearly through 2001, then it peaked at $35 billion.")).toBe(false);
    expect(standsAlone("Spending on TANF increased yearly through 2001 in Ohio.")).toBe(true);
    expect(standsAlone("Figure breaks down the four main components of the U.S. current account balance for 2015.")).toBe(false);
    expect(standsAlone("By law, therefore, U.S. cookie and candy makers must use 85% domestic sugar.")).toBe(false);
    expect(standsAlone("By law, U.S. cookie and candy makers must use 85% domestic sugar.")).toBe(true);
  });

  it("reads 'higher than 20%' as a floor: no option or swap below it", () => {
    const facts = findFacts(articleOf(["U.S. unemployment rates in Ohio soared higher than 20% from 1933 to 1935, and fell lower than 15% in 1937."]));
    expect(facts.find((f) => f.text === "20%")?.hedge).toBe("min");
    expect(facts.find((f) => f.text === "15%")?.hedge).toBe("max");
  });

  it("offers shares between a large share and 100%, so it is not always the largest option", () => {
    const asked = askedIn(["In Ohio, the U.S. dollar dominates the foreign exchange market, being on one side of 88.3% of all transactions in 2019."], { types: ["choice"] });
    const options = asked.flatMap((q) => q.options ?? []).map((o) => Number.parseFloat(o));
    expect(asked.length).toBeGreaterThan(0);
    expect(options.some((o) => o > 88.3)).toBe(true);
  });
});

describe("what reading WI failed (2.13.14; sentences written for the test after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("swaps no date of a measurement: the article says nothing of another date", () => {
    // (an amount after "almost" is asked only as written, so the date is the one a statement could change)
    const debt = "In July 2021, Americans in Ohio had almost $807 billion outstanding in credit card debts.";
    const statements = askedIn([debt], { types: ["true-false"] });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((q) => !q.prompt.includes("July 2021"))).toEqual([]);
    // (a date with no figure beside it is swapped as before)
    const mill = askedIn(["In July 2021, the Toledo steel mill in Ohio reopened after a long strike."], { types: ["true-false"] });
    expect(mill.filter((q) => !q.prompt.includes("July 2021"))).not.toEqual([]);
  });

  it("takes 'To put this in perspective,' and 'As you can see,' as going on from before", () => {
    expect(standsAlone("To put this in perspective, most restaurants in Ohio charge $17 for an appetizer for one.")).toBe(false);
    expect(standsAlone("As you can see, the U.S. current account balance is –2.6% of GDP, while Germany's is 8.4%.")).toBe(false);
    expect(standsAlone("Most restaurants in Ohio charge $17 for an appetizer for one.")).toBe(true);
  });

  it("blanks no figure without its sign, and asks no span that its years give", () => {
    expect(badBlank("The U.S. current account balance in 2019 was –_____ of GDP.", "2.6%")).toBe(true);
    expect(badBlank("The U.S. current account balance in 2019 was _____ of GDP.", "–2.6%")).toBe(false);
    const deficit = "The United States ran a trade deficit in 40 of the 45 years from 1831 to 1875, importing capital from abroad.";
    expect(blanksOf(deficit)).not.toContain("45 years");
    expect(blanksOf(deficit.replace("from 1831 to 1875", "of the nineteenth century"))).toContain("45 years");
  });

  it("keeps the options of President Trump's and President Biden's years within their terms", () => {
    const tariffs = "In _____, President Trump increased tariffs on Chinese-manufactured goods by 2–25%.";
    expect(outsideTerm(tariffs, "2018", "2022")).toBe(true);
    expect(outsideTerm(tariffs, "2018", "2019")).toBe(false);
    expect(outsideTerm("In _____, President Biden signed the Inflation Reduction Act.", "2022", "2019")).toBe(true);
  });
});

describe("what reading WJ failed (2.13.15, after the session's last reading: unmeasured; sentences after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("takes 'On January 1, 2005, it was …', 'In another example', 'A graph has …' as leaning on what came before", () => {
    expect(standsAlone("On January 1, 2005, it was 103 yen/dollar.")).toBe(false);
    expect(standsAlone("On January 1, 2005, the exchange rate in Tokyo was 103 yen/dollar.")).toBe(true);
    expect(standsAlone("In another example of mental accounting, a person in Ohio could carry a credit card debt of $1,000.")).toBe(false);
    expect(standsAlone("As yet another example of indexing, in 1996 the U.S. government began offering indexed bonds.")).toBe(false);
    expect(standsAlone("A graph has an X-axis with years progressing from 1955 to 2020.")).toBe(false);
  });

  it("asks nothing of a sentence on a figure's labelled equilibrium '(E0)'", () => {
    const e0 = "At the original equilibrium (E0) in Ohio, the interest rate is 8% and the quantity of loans is $10 billion.";
    expect(blanksOf(e0)).toEqual([]);
    expect(blanksOf(e0.replace(" (E0)", ""))).not.toEqual([]);
  });

  it("swaps no date of a rate in a currency, and keeps an Obama Administration's options within its term", () => {
    const yen = "In June 2007, the exchange rate in Tokyo was almost 122 yen per dollar.";
    const statements = askedIn([yen], { types: ["true-false"] });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((q) => !q.prompt.includes("June 2007"))).toEqual([]);
    expect(outsideTerm("In _____, the Obama Administration proposed raising the federal tax to $1.95 per pack.", "2015", "2019")).toBe(true);
  });
});

describe("what reading WK failed (2.13.16, after the session's last reading: unmeasured; sentences after OpenStax Principles of Economics 3e, CC BY 4.0)", () => {
  it("asks no figure of a case put to the reader ('If you have $100', 'say $10 an hour', 'like $20')", () => {
    const money = (sentence: string): string[] => blanksOf(sentence).filter((b) => b.startsWith("$"));
    const jar = "If you have $100 in Ohio, you have the right to use that money, whether you spend it, lend it, or keep it in a jar.";
    expect(money(jar)).toEqual([]);
    expect(money(jar.replace("If you have $100 in Ohio, you have", "Savers in Ohio who hold $100 have"))).not.toEqual([]);
    const wage = "Some people in Ohio are not willing to work at the current equilibrium wage, say $10 an hour, but would work at a higher wage.";
    expect(money(wage)).toEqual([]);
    expect(money(wage.replace(", say $10 an hour,", " of $10 an hour"))).not.toEqual([]);
  });

  it("swaps no age that bounds a measured group", () => {
    const group = "In Ohio, about one-third of immigrants over the age of 25 lacked a high school diploma in 2019.";
    const statements = askedIn([group], { types: ["true-false"] });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((q) => !q.prompt.includes("age of 25"))).toEqual([]);
  });
});

describe("what reading WL failed (2.13.17; sentences written for the test after OpenStax Astronomy 2e, CC BY 4.0)", () => {
  it("drops a figure's parenthesised reference from the prompt", () => {
    const galileo = "By recording the motions of the sunspots as the turning Sun carried them across its disk (Figure 15.3), Galileo, in 1612, showed that the Sun rotates.";
    const asked = askedIn([galileo]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((q) => q.prompt.includes("Figure"))).toEqual([]);
    expect(asked.filter((q) => q.prompt.includes("across its disk, Galileo"))).not.toEqual([]);
  });
});

describe("what reading WM failed (2.13.17; sentences written for the test after OpenStax Astronomy 2e and Principles of Economics 3e, CC BY 4.0)", () => {
  it("takes a case put to the reader apart from a figure the text reports", () => {
    expect(caseToTheReader("An additional increase from $10,000 to $15,000 will increase output further.")).toBe(true);
    expect(caseToTheReader("In another example, a person could carry a credit card debt of $1,000.")).toBe(true);
    expect(caseToTheReader("If the going rate of interest is 8%, the company would finance $30 million.")).toBe(true);
    expect(caseToTheReader("No matter how much money you had in 1950, you could not buy an iPhone.")).toBe(true);
    expect(caseToTheReader("Now suppose that a government program guarantees every family with two children $18,000 in income.")).toBe(true);
    expect(caseToTheReader("Since 1996 a government program has guaranteed every family with two children $18,000 in income.")).toBe(false);
    // reported claims and plain reports
    expect(caseToTheReader("Lisa D. Cook estimates that GDP could be as much as 2.6% higher if women took part.")).toBe(false);
    expect(caseToTheReader("The fourth 10 pounds would cost $1,500 to abate.")).toBe(false);
    expect(caseToTheReader("Toyota will cut 2,000 jobs in Ohio.")).toBe(false);
    expect(caseToTheReader("“Next year, each carmaker can invest $5bn in a new plant,” the minister wrote in a memo.")).toBe(false);
    expect(caseToTheReader("Next year, each carmaker can invest $5bn in a new plant, the minister wrote in a memo.")).toBe(true);
    expect(caseToTheReader("A carmaker will invest $5bn in a new plant, its chief executive said.")).toBe(false);
  });

  it("asks a case put to the reader as written only: no false statement, no options", () => {
    const debt = "In Ohio, a person could carry a credit card debt of $1,000 that has a 15% yearly interest cost.";
    const statements = askedIn([debt], { types: ["true-false"] });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((q) => q.answer !== "true")).toEqual([]);
    expect(askedIn([debt], { types: ["choice"] })).toEqual([]);
    const reported = debt.replace("a person could carry", "Maria Lopez carried");
    expect(askedIn([reported], { types: ["true-false"] }).filter((q) => q.answer === "false")).not.toEqual([]);
    expect(askedIn([reported], { types: ["choice"] })).not.toEqual([]);
  });

  it("asks nothing of a sentence about a figure or a photograph the quiz does not show", () => {
    expect(standsAlone("Figure is a photograph of NGC 3293, a cluster that is about 10 million years old.")).toBe(false);
    expect(standsAlone("Table 3 has the prices of 2019.")).toBe(false);
    expect(standsAlone("The regions in other parts of the photograph are crowded with 400 stars.")).toBe(false);
    expect(standsAlone("The regions in other parts of the sky are crowded with 400 stars.")).toBe(true);
    expect(standsAlone("NGC 3293 is a cluster that is about 10 million years old.")).toBe(true);
    expect(standsAlone("Lange took the photograph in a camp in California in 1936.")).toBe(true);
  });

  it("asks nothing of 'these 36 mirrors': a count the sentences before gave", () => {
    expect(standsAlone("Computer-controlled motors constantly adjust these 36 mirrors so that they act like a single mirror.")).toBe(false);
    expect(standsAlone("Computer-controlled motors at the Keck Observatory constantly adjust its 36 mirrors so that they act like a single mirror.")).toBe(true);
  });

  it("takes no number out of a name that opens a sentence ('Barnard 68 is …')", () => {
    const barnard = "Barnard 68 is an example of a relatively dense cloud containing tiny, solid dust grains, 500 light-years away.";
    expect(blanksOf(barnard).filter((b) => b === "68")).toEqual([]);
    expect(blanksOf(barnard).length).toBeGreaterThan(0);
    expect(blanksOf("Mariner 4 found that the average distance of Mars from the Sun is 227 million kilometers.")).not.toContain("4");
    // (a count that opens a sentence is no name: "Another 20 …", "Only 12 …")
    expect(blanksOf("Just 45 voted for the bill in the Senate on Tuesday.")).toContain("45");
  });

  it("asks no figure beside its conversion into another unit ('108 million kilometers (0.72 AU)')", () => {
    const venus = "Venus' orbit is very nearly circular, at a distance of 108 million kilometers (0.72 AU) from the Sun.";
    expect(blanksOf(venus)).toEqual([]);
    expect(blanksOf(venus.replace(" (0.72 AU)", ""))).toContain("108 million");
  });

  it("takes no thing's name after 'the' for a person ('the Milky Way, the galaxy in which the Sun is located')", () => {
    const people = (sentences: string[]): string[] => [...crediblePeople(analyzeArticle(articleOf(sentences, "A headline about something else entirely"))).credible];
    const milkyWay = [
      "The astronomer William Herschel thought the dark regions were holes in the sky.",
      "Such opaque clouds are conspicuous on any photograph of the Milky Way, the galaxy in which the Sun is located.",
      "E. E. Barnard, the American astronomer, showed that they are clouds of dust in the plane of the Milky Way.",
    ];
    expect(people(milkyWay)).not.toContain("Milky Way");
    expect(people(milkyWay)).toContain("E. E. Barnard");
  });

  it("knows the year the Voyagers were launched", () => {
    expect(yearOf("The Voyagers, launched in 1977, have audio and video records attached.", "1977")).toBe(true);
    expect(yearOf("The Pioneers, launched in 1977, have audio and video records attached.", "1977")).toBe(false);
  });
});

describe("what reading WN failed (2.13.18; sentences written for the test after OpenStax Astronomy 2e, CC BY 4.0)", () => {
  it("takes 'thus' in the main clause and 'The resulting …' for what came before", () => {
    expect(standsAlone("Callisto’s day thus equals its month: 17 days.")).toBe(false);
    expect(standsAlone("The day of Callisto equals its month, and thus lasts 17 days.")).toBe(true);
    expect(standsAlone("The day of Callisto thus equals its month: 17 days.")).toBe(false);
    expect(standsAlone("The resulting increase in the Sun’s mass would change the period of Earth’s orbit by 2 seconds per year.")).toBe(false);
    expect(standsAlone("The increase in the Sun’s mass from meteorites would change the period of Earth’s orbit by 2 seconds per year.")).toBe(true);
  });

  it("asks no planet's place from the Sun", () => {
    const herschel = "In 1781, William Herschel, a musician and amateur astronomer, accidentally discovered the seventh moon of Saturn, Mimas.";
    expect(blanksOf(herschel)).toContain("seventh");
    expect(blanksOf(herschel.replace("seventh moon of Saturn, Mimas", "seventh planet, Uranus"))).not.toContain("seventh");
  });

  it("asks no month of a yearly recurrence", () => {
    const june = "In June, the Sun is north of the celestial equator and spends more time with those who live in the Northern Hemisphere.";
    expect(blanksOf(june)).not.toContain("June");
    expect(blanksOf("In June, the comet was north of the celestial equator and was seen by those who lived in the Northern Hemisphere.")).toContain("June");
    expect(blanksOf("In March, the government is due to publish its review of the Ohio rail network.")).toContain("March");
  });

  it("asks no span two years of the sentence give, however far apart they are written", () => {
    const leonids = "The Leonid meteors, in 1833 and again in 1866 (after an interval of 33 years), yielded the most spectacular showers ever recorded.";
    expect(blanksOf(leonids)).not.toContain("33 years");
    expect(blanksOf("The Leonid meteors, in 1833 and again after an interval of 33 years, yielded the most spectacular showers ever recorded.")).toContain("33 years");
  });

  it("offers no options where 'only about' points at the smallest", () => {
    const orbit = "Although Earth’s orbit around the Sun is an ellipse, its distance from the Sun varies by only about 3%.";
    const chosen = askedIn([orbit], { types: ["choice"] });
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.filter((q) => Math.min(...(q.options ?? []).map((o) => Number.parseFloat(o))) === Number.parseFloat(q.answer))).toEqual([]);
  });
});

describe("what reading WO failed (2.13.19; sentences written for the test after OpenStax Astronomy 2e, CC BY 4.0)", () => {
  it("takes 'he' after an opening preposition's phrase for someone the sentences before named", () => {
    const newton = "Against the advice of his mother, who wanted him to stay home on the farm, he entered Trinity College at Cambridge in 1661.";
    expect(standsAlone(newton)).toBe(false);
    expect(standsAlone(newton.replace("his mother", "Isaac Newton's mother"))).toBe(true);
  });

  it("takes 'of that paper' and 'The discrepancy' for what came before", () => {
    expect(standsAlone("A single copy of that paper, passed through neutral Holland, reached the British astronomer Arthur S. Eddington in 1919.")).toBe(false);
    expect(standsAlone("A single copy of Einstein's paper, passed through neutral Holland, reached the British astronomer Arthur S. Eddington in 1919.")).toBe(true);
    expect(standsAlone("Eddington showed in 1919 that light bends, so that the eclipse photographs settled the question.")).toBe(true);
    expect(standsAlone("Your genome is identical at the 99.9% level to that of Julius Caesar or Marie Curie.")).toBe(true);
    expect(standsAlone("More than ten thousand meteorites have been recovered from the Antarctic as a result of the motion of the ice in some parts of that continent.")).toBe(true);
    expect(standsAlone("The discrepancy was first pointed out in 1859 by Urbain Le Verrier, the codiscoverer of Neptune.")).toBe(false);
    expect(standsAlone("The discrepancy in the orbit of Mercury was first pointed out in 1859 by Urbain Le Verrier.")).toBe(true);
  });

  it("blanks no part of a number and reads 'seconds of arc' as no time", () => {
    const light = "Light in a vacuum can travel a distance of one meter in 1/299,792,458 second, as the meter was defined in 1983.";
    expect(blanksOf(light).filter((b) => /792/.test(b))).toEqual([]);
    expect(badBlank("Light can travel one meter in 1/299,_____.", "792,458 second")).toBe(true);
    expect(badBlank("Light can travel one meter in _____.", "1/299,792,458 second")).toBe(false);
    const arc = "The diameter of Jupiter’s apparent orbit viewed from Alpha Centauri is 10 seconds of arc.";
    expect(findFacts(articleOf([arc], "A headline about something else entirely")).filter((f) => f.kind === "duration")).toEqual([]);
    expect(findFacts(articleOf([arc.replace(" of arc", "")], "A headline about something else entirely")).filter((f) => f.kind === "duration")).not.toEqual([]);
  });

  it("reads 'the German physicist' as no 'Frenchman' of the sentences before, and a short sentence opening on a name as named", () => {
    const fraunhofer = "In 1814, the German physicist Joseph Fraunhofer observed that the spectrum of the Sun shows dark lines.";
    expect(standsAlone(fraunhofer)).toBe(true);
    expect(standsAlone("In 1814, the Frenchman observed that the spectrum of the Sun shows dark lines.")).toBe(false);
    expect(standsAlone("Neptune has 16 known moons.", new Set(["Neptune", "Voyager"]))).toBe(true);
    expect(standsAlone("Neptune has 16 known moons.", new Set(["Voyager"]))).toBe(false);
    expect(blanksOf("Neptune has 16 known moons. Voyager 2 flew past Neptune in 1989.")).toContain("16");
    const vogel = "In 1889, the German astronomer Hermann Vogel (1841–1907) demonstrated that Algol is a spectroscopic binary.";
    expect(blanksOf(vogel)).not.toContain("1841–1907");
    expect(blanksOf("Hermann Vogel (1841–1907) was a German astronomer who showed that Algol is a spectroscopic binary.")).toContain("1841–1907");
  });

  it("offers no options for 'another _____' share of a whole the sentence has begun to split", () => {
    const sun = "About 73% of the Sun’s mass is hydrogen, and another 25% is helium.";
    expect(askedIn([sun], { types: ["choice"] }).filter((q) => q.answer === "25%")).toEqual([]);
    expect(askedIn([sun.replace("another 25%", "25%")], { types: ["choice"] }).filter((q) => q.answer === "25%")).not.toEqual([]);
  });
});

describe("what reading WP failed (2.13.21; sentences written for the test after OpenStax Astronomy 2e, CC BY 4.0)", () => {
  it("asks no figure beside its conversion written out ('58 million kilometers, or 0.39 AU', 'corresponds to about')", () => {
    const mercury = "The semimajor axis of Mercury’s orbit is 58 million kilometers, or 0.39 AU.";
    expect(blanksOf(mercury)).toEqual([]);
    expect(blanksOf(mercury.replace(", or 0.39 AU", ""))).toContain("58 million");
    const speed = "A speed of 20,000 kilometers per second corresponds to about 45 million miles per hour in the galaxy M87.";
    expect(blanksOf(speed).filter((b) => /20,000|45 million/.test(b))).toEqual([]);
    expect(blanksOf("A speed of 20,000 kilometers per second is truly an indication of great cosmic violence in the galaxy M87.")).toContain("20,000");
  });

  it("takes 'At the opposite extreme', 'You might wonder' and a verb before its subject for what came before", () => {
    expect(standsAlone("At the opposite extreme, Neptune has a period of 165 years and an average orbital speed of just 5 kilometers per second.")).toBe(false);
    expect(standsAlone("Neptune has a period of 165 years and an average orbital speed of just 5 kilometers per second.")).toBe(true);
    expect(standsAlone("You might wonder why the next major step in nuclear fusion in stars involves three helium nuclei.")).toBe(false);
    expect(standsAlone("In March 1996, came Comet Hyakutake, with a very long tail.")).toBe(false);
    expect(standsAlone("In March 1996, Comet Hyakutake appeared with a very long tail.")).toBe(true);
    expect(blanksOf("First, in March 1996, came Comet Hyakutake, with a very long tail.")).toEqual([]);
  });
});

describe("what reading WQ failed (2.13.22; sentences written for the test after OpenStax Astronomy 2e, CC BY 4.0)", () => {
  const at = (sentence: string, figure: string, kind = "number") => {
    const start = sentence.indexOf(figure);
    return { start, end: start + figure.length, kind, value: Number(figure.replace(/,/g, "")) };
  };

  it("knows the constants of physics and astronomy beside the words that name them", () => {
    const earth = "Earth is a medium-size planet with a diameter of approximately 12,760 kilometers.";
    expect(fixedByConvention(earth, at(earth, "12,760"))).toBe(true);
    expect(blanksOf(earth)).toEqual([]);
    const mars = "Mars is a medium-size planet with a diameter of approximately 6,790 kilometers.";
    expect(fixedByConvention(mars, at(mars, "6,790"))).toBe(false);
    expect(blanksOf(mars)).toContain("6,790");
    const light = "Light in a vacuum can travel a distance of 299,792,458 meters in one second.";
    expect(fixedByConvention(light, at(light, "299,792,458"))).toBe(true);
    const sound = "Sound in air can travel a distance of 343 meters in one second.";
    expect(blanksOf(sound)).toContain("343");
    const planets = "Earth is only one of 8 planets that revolve around the Sun.";
    expect(fixedByConvention(planets, at(planets, "8"))).toBe(true);
    const moons = "Uranus is only one of 8 worlds that the probe visited.";
    expect(fixedByConvention(moons, at(moons, "8"))).toBe(false);
  });

  it("asks no rate beside its conversion in brackets ('2.4 kilometers per second (5400 miles per hour)')", () => {
    const moon = "The escape velocity of the Moon is 2.4 kilometers per second (5400 miles per hour), as Apollo crews measured in 1969.";
    expect(blanksOf(moon).filter((b) => /2\.4|5400/.test(b))).toEqual([]);
    expect(blanksOf(moon.replace(" (5400 miles per hour)", ""))).toContain("2.4");
  });

  it("takes 'To estimate …, note that …' for a step of reasoning the sentences before began", () => {
    expect(standsAlone("To estimate how much water vapor would be released, note that the oceans hold 1.4 billion cubic kilometers of water.")).toBe(false);
    expect(standsAlone("To estimate how much water vapor would be released, astronomers measured the oceans at 1.4 billion cubic kilometers.")).toBe(true);
  });
});

describe("what reading WR failed (2.13.23; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  it("takes 'Based in Woodland, California, the company' for a company the sentences before named", () => {
    expect(standsAlone("Based in Woodland, California, the company employs 600 permanent workers and 4,000 more at harvest.")).toBe(false);
    expect(standsAlone("Based in Woodland, California, Morning Star employs 600 permanent workers and 4,000 more at harvest.")).toBe(true);
    expect(standsAlone("Shares in Google rose after the company's results in 2019.")).toBe(true);
  });

  it("knows the New York Stock Exchange's 1792 and the European Union's member count", () => {
    expect(yearOf("The oldest broker market is the New York Stock Exchange, which has existed since 1792.", "1792")).toBe(true);
    expect(yearOf("The oldest broker market is the Boston Stock Exchange, which has existed since 1792.", "1792")).toBe(false);
    const eu = "Banks based in London used the EU to reach the other 27 member countries.";
    const start = eu.indexOf("27");
    expect(fixedByConvention(eu, { start, end: start + 2, kind: "number", value: 27 })).toBe(true);
    expect(fixedByConvention(eu.replace("27 member countries", "27 branch offices"), { start, end: start + 2, kind: "number", value: 27 })).toBe(false);
  });
});

describe("what reading WS failed (2.13.24; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  it("takes 'in response' with no 'to' and 'The negotiations' for what came before", () => {
    expect(standsAlone("The European Union in response claimed that the U.S. government provided $41 billion in military research.")).toBe(false);
    expect(standsAlone("The European Union in response to the tariffs claimed that the U.S. government provided $41 billion in military research.")).toBe(true);
    expect(standsAlone("The negotiations were not successful, and the Doha Round was ended by 2017.")).toBe(false);
    expect(standsAlone("The Doha Round negotiations were not successful and were ended by 2017.")).toBe(true);
  });

  it("takes 'can approach 50 percent' as a bound: asked as written, never swapped", () => {
    const rates = "New-product failure rates for household and grocery products in Ohio can approach 50 percent.";
    const statements = askedIn([rates], { types: ["true-false"] });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((q) => q.answer !== "true")).toEqual([]);
    expect(askedIn([rates.replace("can approach", "reached")], { types: ["true-false"] }).filter((q) => q.answer === "false")).not.toEqual([]);
  });
});

describe("what reading WT failed (2.13.25; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  it("takes a verb of finding inside an 'If' clause as part of the case, not a report", () => {
    const analyst = "If the analyst found that the industry average was 2.4 for small bakeries, Delicious Desserts would appear to have low liquidity.";
    expect(caseToTheReader(analyst)).toBe(true);
    expect(askedIn([analyst], { types: ["true-false"] }).filter((q) => q.answer === "false")).toEqual([]);
    expect(caseToTheReader("If the bill is approved, the plan would cost $5bn, officials said.")).toBe(false);
  });

  it("takes 'exceed 10 percent' as a floor: no options", () => {
    const margin = "In Ohio in 2019, the net profit margins of software companies exceed 10 percent.";
    expect(askedIn([margin], { types: ["choice"] }).filter((q) => q.answer === "10 percent")).toEqual([]);
    expect(askedIn([margin.replace("exceed", "were")], { types: ["choice"] }).filter((q) => q.answer === "10 percent")).not.toEqual([]);
  });

  it("takes 'Notice that', a placeholder year and 'X's other …' for no statement that stands alone", () => {
    expect(standsAlone("Notice that Delicious Desserts has taken a total of $16,000 in depreciation on its bakery equipment.")).toBe(false);
    expect(standsAlone("Through 20XX, Delicious Desserts has taken a total of $16,000 in depreciation on its bakery equipment.")).toBe(false);
    expect(standsAlone("Through 2019, Delicious Desserts has taken a total of $16,000 in depreciation on its bakery equipment.")).toBe(true);
    expect(standsAlone("Delicious Desserts’ other tangible asset is a delivery van worth $9,000.")).toBe(false);
    expect(standsAlone("Delicious Desserts’ largest tangible asset is a delivery van worth $9,000.")).toBe(true);
  });
});

describe("what reading WU failed (2.13.27; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  it("takes a sentence that opens on a condition, or on 'For example, assume', for a case put to the reader", () => {
    const jackets = "If the price of a jacket in Ohio increases to $200, suppliers produce more jackets than consumers buy, and a surplus results.";
    expect(caseToTheReader(jackets)).toBe(true);
    expect(askedIn([jackets], { types: ["true-false"] }).filter((q) => q.answer === "false")).toEqual([]);
    expect(caseToTheReader("When the price of a jacket in Ohio increased to $200 in 2019, suppliers produced more jackets.")).toBe(false);
    expect(caseToTheReader("If anything, the price of a jacket in Ohio increased to $200 in 2019.")).toBe(false);
    const rolex = "For example, assume that Rolex, a Swiss company, sells 300 watches to Zales Jewelers for US$600,000.";
    expect(caseToTheReader(rolex)).toBe(true);
    expect(standsAlone("Assume that Rolex, a Swiss company, sells 300 watches to Zales Jewelers for US$600,000.")).toBe(false);
  });

  it("knows when Congress first met", () => {
    expect(yearOf("Congress has debated the issue of tariffs since 1789.", "1789")).toBe(true);
    expect(yearOf("Congress has debated the issue of tariffs since 1816.", "1816")).toBe(false);
  });
});

describe("what reading WW failed (2.13.28; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  it("takes a note's reference for no sentence", () => {
    expect(isFragment("Thomas Friedman, The World Is Flat (New York: Farrar, Straus and Giroux, 2005) p. 8.")).toBe(true);
    expect(isFragment("Thomas Friedman, The World Is Flat (New York: Farrar, Straus and Giroux, 2005).")).toBe(true);
    expect(isFragment("Thomas Friedman, The World Is Flat, 2005, p. 8.")).toBe(true);
    expect(isFragment("Thomas Friedman's The World Is Flat, published in New York in 2005, sold two million copies.")).toBe(false);
  });

  it("asks no month of a yearly recurrence written with 'can be'", () => {
    expect(blanksOf("Doing business in many European countries can be difficult during the month of August.")).not.toContain("August");
    expect(blanksOf("In June, the comet can be seen north of the celestial equator by those who live in the Northern Hemisphere.")).not.toContain("June");
    expect(blanksOf("In June, the comet was seen north of the celestial equator by those who lived in the Northern Hemisphere.")).toContain("June");
  });
});

describe("what reading WX failed (2.13.29; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  it("takes 'Figure portrays' and 'Over the next two years' for what the quiz does not show or the sentences before said", () => {
    expect(standsAlone("Figure portrays economic responsibility as the foundation for the other three responsibilities.")).toBe(false);
    expect(standsAlone("Over the next two years, 5,000 banks failed in the United States.")).toBe(false);
    expect(standsAlone("Over the two years from 1930 to 1932, 5,000 American banks failed.")).toBe(true);
  });

  it("knows the Federal Reserve's 1913, and the year a president its sentence names took office", () => {
    expect(yearOf("The banking system worked well from when the Federal Reserve System was established in 1913.", "1913")).toBe(true);
    expect(yearOf("The banking system worked well from when the Federal Deposit Insurance Corporation was established in 1933.", "1933")).toBe(false);
    expect(yearOf("After taking office in 1933, President Franklin D. Roosevelt declared a bank holiday.", "1933")).toBe(true);
    expect(yearOf("After the crash in 1933, President Franklin D. Roosevelt declared a bank holiday.", "1933")).toBe(false);
  });
});

describe("what readings WV–WX left (2.13.31; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  it("does not blank a year set against the same quarter of the year before, which gives it by counting", () => {
    const quarter = "The net income of Ace Hardware for the second quarter of 2025 was $119.1 million, an increase of $4.7 million from the second quarter of 2024.";
    expect(blanksOf(quarter)).not.toContain("2025");
    expect(blanksOf(quarter)).not.toContain("2024");
    const at = quarter.indexOf("2025");
    expect(yearOnYear(quarter, { start: at, end: at + 4 })).toBe(true);
    // two years a decade apart, or the next year with no period set against it, give nothing away
    expect(yearOnYear(quarter.replace("2024", "2015"), { start: at, end: at + 4 })).toBe(false);
    const plan = "Ace Hardware opened 200 stores in 2024 and plans 150 more in 2025.";
    expect(yearOnYear(plan, { start: plan.indexOf("2025"), end: plan.indexOf("2025") + 4 })).toBe(false);
  });
});

describe("what readings WY and WZ failed (2.13.30; sentences written for the test after OpenStax Introduction to Business 2e and Astronomy 2e, CC BY 4.0)", () => {
  it("takes 'Fast forward to', the reader as the subject and 'The answer' for sentences that do not stand alone", () => {
    expect(standsAlone("Fast forward to the U.S. labor force in 2024 and millennials have taken over the top spot in the labor market.")).toBe(false);
    expect(standsAlone("In 2024 millennials took over the top spot in the U.S. labor market.")).toBe(true);
    expect(standsAlone("You remember that you drove the whole trip at a steady speed of 100 kilometers/hour.")).toBe(false);
    expect(standsAlone("No matter how much money you had in 1950, you could not buy an iPhone or a personal computer.")).toBe(false);
    expect(standsAlone("Drivers on the trip kept a steady speed of 100 kilometers per hour.")).toBe(true);
    expect(standsAlone("The answer turns out to be about 2.5, which is the fifth root of 100.")).toBe(false);
    expect(standsAlone("The answer to the puzzle turned out to be about 2.5.")).toBe(true);
  });

  it("knows the visible band, the GPS constellation and a large galaxy's 100,000 light-years", () => {
    const light = "Electromagnetic radiation with wavelengths between roughly 400 and 700 nm is called visible light.";
    expect(blanksOf(light)).not.toContain("700");
    expect(blanksOf(light.replace("is called visible light", "is absorbed by the filter"))).toContain("700");
    expect(blanksOf("GPS relies on an array of 24 satellites orbiting the Earth.")).not.toContain("24");
    expect(blanksOf("The network relies on an array of 24 satellites orbiting the Earth.")).toContain("24");
    const galaxies = "The luminous parts of spiral galaxies appear to range in diameter from about 20,000 to more than 100,000 light-years.";
    expect(blanksOf(galaxies)).not.toContain("100,000");
    expect(blanksOf("The luminous disk of the Andromeda galaxy stretches 100,000 light-years across.")).not.toContain("100,000");
    expect(blanksOf("The cluster lies 100,000 light-years from the center of the galaxy.")).toContain("100,000");
  });

  it("reads a conversion in brackets after 'almost' as giving the figure away", () => {
    const surge = "The most active surge prominences may move as fast as 1300 kilometers per second (almost 3 million miles per hour).";
    expect(blanksOf(surge)).not.toContain("1300");
    expect(blanksOf(surge.replace(" (almost 3 million miles per hour)", ""))).toContain("1300");
  });
});

describe("what readings XA and XC failed (2.13.32; sentences written for the test after OpenStax Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("takes 'In comparison,' for a sentence going on from the one before", () => {
    expect(standsAlone("In comparison, the plasma proteins remain suspended in the blood at about 25 mm Hg.")).toBe(false);
    expect(standsAlone("The plasma proteins remain suspended in the blood at about 25 mm Hg.")).toBe(true);
  });

  it("knows one atmosphere's 760 mm Hg", () => {
    expect(blanksOf("One atm is equal to 760 mm Hg at sea level.")).not.toContain("760");
    expect(blanksOf("The gauge read 760 mm Hg at the top of the tower.")).toContain("760");
  });

  it("types, not chooses, a figure a range given before it holds", () => {
    const ejection = "Ejection fractions of adult patients range from approximately 55–70 percent, with a mean of 58 percent.";
    const asked = askedIn([ejection]).filter((q) => blanked(q) === "58 percent");
    expect(asked.some((q) => q.type === "choice")).toBe(false);
    expect(asked.some((q) => q.type === "cloze")).toBe(true);
    const plain = askedIn(["Ejection fractions of adult patients average 58 percent, a study of 1,200 patients in Ohio found."]).filter((q) => blanked(q) === "58 percent");
    expect(plain.some((q) => q.type === "choice")).toBe(true);
  });
});

describe("what reading XB failed (2.13.33; sentences written for the test after OpenStax Astronomy 2e, CC BY 4.0)", () => {
  it("takes 'four months later' inside a sentence and an opening 'While some are' for leaning on the sentences before", () => {
    expect(standsAlone("Voyager 2 arrived at Jupiter four months later, but then followed a different path to the outer planets.")).toBe(false);
    expect(standsAlone("Voyager 2 arrived at Jupiter in July 1979, then followed a different path to the outer planets.")).toBe(true);
    expect(standsAlone("Skylab was launched two years later than planned by NASA in Houston.")).toBe(true);
    expect(standsAlone("While some are as old as 10 billion years, others are still forming today.")).toBe(false);
    expect(standsAlone("While some stars are as old as 10 billion years, others are still forming today.")).toBe(true);
  });

  it("reads 'Pioneer 11 undertook …' as a name and its number, and 'four century years' as no duration", () => {
    expect(blanksOf("Pioneer 11 undertook a more ambitious program, using the gravity of Jupiter to aim for Saturn in the 1970s.")).not.toContain("11");
    expect(blanksOf("Gregory decreed that three of every four century years would be common years from then on.")).not.toContain("four century");
    expect(blanksOf("The astronauts of the Skylab station spent four months in orbit above the Pacific Ocean.")).toContain("four months");
  });
});

describe("what reading XD failed (2.13.34; sentences written for the test after OpenStax Introduction to Business 2e, CC BY 4.0)", () => {
  const coupons = [
    "Digital coupons first appeared in grocery apps in Ohio in 2016, a survey by the Coupon Council found.",
    "Paper coupons fell to a record low in 2019, the Coupon Council said in Chicago.",
    "U.S. consumers redeemed 871 billion coupons in 2021, a survey by the Coupon Council in Chicago found.",
    "Coupon use by shoppers in Texas rose 4 percent in 2023, the Coupon Council said in Chicago.",
    "Coupon apps reached 60 million users in 2024, the Coupon Council said in Chicago.",
    "Coupon use is projected to double by 2033, according to the Coupon Council.",
  ];
  it("offers no year for a past event after the latest year the text tells as past (2033 is a forecast's)", () => {
    const options = askedIn(coupons, { types: ["choice"] }).filter((q) => q.kind === "date" && /redeemed|fell to|rose 4/.test(q.prompt)).flatMap((q) => q.options ?? []);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => Number(o) > 2024)).toEqual([]);
  });
});

describe("what readings ZZI–ZZL failed (2.14.45; sentences written for the test after Reuters newswire stories of 1987)", () => {
  it("reads 'slid', 'tumbled', 'plunged' … as falls and 'from a close last night of' as a start ('slid … to 1,279 stg from _____')", () => {
    const slid = "London coffee prices slid 300 stg per tonne in March, to 1,279 stg from _____ at end-February, traders said.";
    expect(againstDirection(slid, "1,579 stg", "1,190 stg")).toBe(true);
    expect(againstDirection(slid, "1,579 stg", "1,650 stg")).toBe(false);
    for (const verb of ["tumbled", "plunged", "sank", "dipped", "weakened"]) expect(againstDirection(slid.replace("slid", verb), "1,579 stg", "1,190 stg"), verb).toBe(true);
    const rose = "Shell Transport shares, the U.K. arm of the group, rose to 11.39 stg from a close last night of _____.";
    expect(againstDirection(rose, "10.83 stg", "11.60 stg")).toBe(true);
    expect(againstDirection(rose, "10.83 stg", "10.50 stg")).toBe(false);
    const roseTo = "Shell Transport shares, the U.K. arm of the group, rose to _____ from a close last night of 10.83 stg.";
    expect(againstDirection(roseTo, "11.39 stg", "6.83 stg")).toBe(true);
    expect(againstDirection(roseTo, "11.39 stg", "12.10 stg")).toBe(false);
    for (const verb of ["advanced", "rallied", "gained", "strengthened", "widened"]) expect(againstDirection(roseTo.replace("rose", verb), "11.39 stg", "6.83 stg"), verb).toBe(true);
  });

  it("asks no wire figure its sentence's other 'mln' and 'bln' figures work out (2.14.46: 'a 42 pct jump … to 29.66 mln dlrs from 20.92 mln')", () => {
    const blanks = (sentence: string): string[] => askedIn([sentence]).filter((q) => q.evidence.text === sentence).map((q) => blanked(q));
    const jump = "Hardie said a 42 pct jump in second-half net earnings to 29.66 mln dlrs from 20.92 mln a year earlier was due to higher building sales.";
    expect(blanks(jump)).not.toContain("42 pct");
    expect(blanks(jump.replace("42 pct", "sharp"))).toContain("29.66 mln dlrs");
    const total = "Last year, Norvale spent a total of 2.13 billion dlrs on exploration, 341 mln dlrs in the United States and 1.79 billion overseas.";
    expect(blanks(total)).not.toContain("2.13 billion dlrs");
  });

  it("asks no 'remaining' share the article's other share makes up to a whole (2.14.46: 'owns the remaining _____ of Tel Plus')", () => {
    const rest = "Siemens already owns the remaining 35 pct of Tel Plus, a spokesman said.";
    const blanksWith = (first: string): string[] => askedIn([first, rest]).filter((q) => q.evidence.text === rest).map((q) => blanked(q));
    expect(blanksWith("Siemens AG said it will buy a 65 pct stake in Tel Plus Communications from Norvale for 120 mln dlrs.")).not.toContain("35 pct");
    expect(blanksWith("Siemens AG said it will buy a stake in Tel Plus Communications from Norvale for 120 mln dlrs.")).toContain("35 pct");
  });
});

describe("what readings ZZI–ZZL keyed wrong (2.14.44; sentences written for the test after a Reuters newswire story of 1987)", () => {
  it("swaps no one into a statement whom the sentence beside says also sides with it ('Weinberger also opposes the sale')", () => {
    const article = articleOf([
      "Commerce Secretary Malcolm Baldrige asked the White House to block the sale of Fairchild Semiconductor Corp to Japan's Fujitsu Ltd, officials said.",
      "Baldrige expressed concern that the sale would leave the U.S. military dependent on a foreign company for vital equipment. Pentagon officials said Defence Secretary Caspar Weinberger also opposes the sale.",
      "Fujitsu president Takuma Yamamoto said the company would go ahead with the purchase of the 80 pct stake for about 200 mln dlrs.",
    ], "U.S. officials oppose Fujitsu bid");
    const sentences = analyzeArticle(article).sentences;
    const s = sentences.find((x) => x.text.startsWith("Baldrige expressed concern"));
    expect(s).toBeDefined();
    if (!s) return;
    const stem = s.text.replace("Baldrige", "_____");
    expect(sameDeedElsewhere("Caspar Weinberger", stem, s, sentences)).toBe(true);
    expect(sameDeedElsewhere("Takuma Yamamoto", stem, s, sentences)).toBe(false);
    const qs = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["true-false"] })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /^True or false\? (?:Caspar )?Weinberger expressed concern/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what readings ZZE–ZZH failed (2.14.43; sentences written for the test after Reuters newswire stories of 1987)", () => {
  const promptsOf = (sentences: string[], headline?: string): string[] => askedIn(sentences, { seeds: 4, ...(headline ? { headline } : {}) }).map((q) => q.prompt);

  it("reads 'boosted oil prices to around _____ per barrel from around 14 dlrs' as a rise, words of the unit between", () => {
    const stem = "Norway cut output after an OPEC agreement which boosted oil prices to around _____ per barrel from around 14 dlrs.";
    expect(againstDirection(stem, "18 dlrs", "11 dlrs")).toBe(true);
    expect(againstDirection(stem, "18 dlrs", "21 dlrs")).toBe(false);
  });

  it("takes 'on the news' and an opening 'Even' as pointing back", () => {
    expect(standsAlone("Cash market prices also firmed on the news, with sellers of crude raising offers to 27.40 dlrs a barrel.")).toBe(false);
    expect(standsAlone("Even British stocks have dropped around 14,000 tonnes since the start of the year.")).toBe(false);
    expect(standsAlone("Even if prices fall further, Norvale will keep its smelter in Montana open.")).toBe(true);
    expect(standsAlone("Norvale shares rose 12 pct on news of the merger.")).toBe(true);
  });

  it("asks no count whose currency the wire writes after it ('at least _____ stg')", () => {
    const s = "Larner said claims from passengers could total at least five mln stg, given the number of deaths and the usual level of liability.";
    expect(askedIn([s]).filter((q) => q.evidence.text === s).map((q) => blanked(q))).not.toContain("five mln");
  });

  it("writes in lower case an everyday word the wire capitalised after 'U.K.' or 'U.S.', and no name that begins there", () => {
    const sentences = [
      "Lead stocks in London warehouses fell to 22,125 tonnes, the lowest level since June 1980, traders said.",
      "Some 12,000 tonnes of the stocks are in U.K. Warehouses, which are not popular with merchants, traders said.",
      "The U.S. Federal Reserve will keep the dollar firm, federal officials said.",
    ];
    const words = capitalsAfterInitials(sentences);
    expect(words.get("Warehouses")).toBe("warehouses");
    expect(words.has("Federal")).toBe(false);
    expect(lowerAfterInitials("Just over half is in U.K. Warehouses, traders said.", words)).toBe("Just over half is in U.K. warehouses, traders said.");
    const shown = promptsOf(sentences).filter((p) => p.includes("of the stocks are in"));
    expect(shown.length).toBeGreaterThan(0);
    for (const p of shown) expect(p).toContain("U.K. warehouses");
  });

  it("takes no chamber of commerce for a person to swap or offer ('President of the Philippine Chamber of Commerce')", () => {
    expect(isOrgWord("Chamber")).toBe(true);
    expect(isOrgWord("Chambers")).toBe(false);
    const qs = askedIn([
      "“The talks form an important piece in the mosaic,” Christian Roeher, Secretary-General of the European Chamber of Commerce, said.",
      "“Investors are waiting for the elections,” said American Chamber of Commerce president George Drysdale.",
      "Aurelio Periquet, President of the Philippine Chamber of Commerce and Industry, told Reuters the debt accord had shown the banks' confidence in the economy.",
      "“Now that the debt agreement is out of the way, our officials can concentrate on their work,” Periquet said.",
    ], { headline: "Businessmen welcome debt accord" });
    expect(qs.some((q) => q.kind === "quote")).toBe(true);
    expect(qs.filter((q) => blanked(q) === "Philippine Chamber" || [q.prompt, ...(q.options ?? [])].some((t) => /Chamber is quoted|^Philippine Chamber$/.test(t))).map((q) => q.prompt)).toEqual([]);
  });

  it("writes no wire exchange code after a business's name, and no currency twice ('$10 billion dlrs')", () => {
    const shown = promptsOf([
      "Sweden's Wallenberg group said it raised its holding in telecommunications maker Telefon AB L.M. Ericsson eric.St. to 37.5 pct of the voting rights from 28.9 pct.",
      "Swedish mining group Boliden AB BLDS ST forecast a return to profitability after recording a 1.08 billion crown loss in 1986.",
      "MITI estimated that the package would cut Japan's trade surplus by about $10 billion dlrs a year, officials said.",
    ], "Wallenberg raises Ericsson stake");
    expect(shown.some((p) => p.includes("Ericsson"))).toBe(true);
    expect(shown.some((p) => p.includes("$"))).toBe(true);
    expect(shown.filter((p) => /eric\.St|BLDS ST|\$\S+(?: billion)? dlrs/.test(p))).toEqual([]);
  });
});

describe("what readings ZZA–ZZD failed (2.14.42; sentences written for the test after Reuters newswire stories of 1987)", () => {
  const blanksIn = (sentence: string, types?: QuestionType[]): string[] => askedIn([sentence], types ? { types } : {}).filter((q) => q.evidence.text === sentence).map((q) => blanked(q));

  it("asks no share the sentence's other 'pct' shares make up to a whole ('the remaining three pct')", () => {
    const s = "Norvale owns 48 pct of the joint venture, while Pequiven has 49 pct, with the remaining three pct to be sold to private investors.";
    expect(sharesMakeAWhole(s)).toBe(true);
    expect(sharesMakeAWhole("Norvale owns 48 pct of the joint venture, and its sales rose 12 pct last year.")).toBe(false);
    expect(blanksIn(s).filter((b) => /pct/.test(b))).toEqual([]);
  });

  it("asks no count that is a part of a whole the sentence gives with its other part ('to nine …, comprising six … and three …')", () => {
    const s = "Japanese airlines will raise their weekly flights to nine from May 31, comprising six trans-Siberian flights and three flights via Anchorage.";
    const at = s.indexOf("three flights");
    expect(sumOfTwoOthers(s, { start: at, end: at + 5, value: 3 })).toBe(true);
    const u = "Japanese airlines will raise their weekly flights to nine from May 31, with six of them crossing Siberia and three stopping in Anchorage.";
    expect(sumOfTwoOthers(u, { start: u.indexOf("three"), end: u.indexOf("three") + 5, value: 3 })).toBe(false);
    expect(blanksIn(s).filter((b) => /^(?:three|six|nine)$/.test(b))).toEqual([]);
  });

  it("asks no count of the Group of Seven or Five ('finance ministers from _____ major industrialized nations')", () => {
    expect(blanksIn("Finance ministers from seven major industrialized nations agreed on the need to stabilize currencies at current levels, officials said.")).not.toContain("seven");
    expect(blanksIn("Baker said the finance ministers from the group of five industrial countries had agreed on a new process of coordination.")).not.toContain("five");
    const g = "Ministers of the Group of Seven will meet in Washington next week, Stoltenberg said.";
    expect(fixedByConvention(g, { start: g.indexOf("Seven"), end: g.indexOf("Seven") + 5, kind: "number", value: 7 })).toBe(true);
    // (a count of the text's own: "six leading industrial nations" met in Paris without Italy)
    expect(blanksIn("Stoltenberg referred to a February agreement by six leading industrial nations to cooperate on monetary matters.")).toContain("six");
  });

  it("asks no day of two that share one month ('on March 9 and 10', 'on 9 and 10 March')", () => {
    expect(sharesItsMonth("March 9", "a strike set for ", " and 10.")).toBe(true);
    expect(sharesItsMonth("10 March", "a strike set for 9 and ", ".")).toBe(true);
    expect(sharesItsMonth("March 9", "a strike set for ", " and 10 pct of staff.")).toBe(false);
    expect(blanksIn("Bank officers will strike against the trading banks on March 9 and 10, the union said on Friday.")).not.toContain("March 9");
    expect(blanksIn("Bank officers will strike against the trading banks on March 9, the union said on Friday.")).toContain("March 9");
  });

  it("asks no span of months a named span of months counts ('January-September figures … the first nine months')", () => {
    expect(blanksIn("January-September figures released at the weekend showed Soviet oil output in the first nine months of this year at 467 mln tonnes.")).not.toContain("nine months");
    expect(blanksIn("Figures released at the weekend showed Soviet oil output in the first nine months of this year at 467 mln tonnes.")).toContain("nine months");
  });

  it("reads 'lowered … the nominal increase … to 3.5 pct from an originally forecast _____' as a cut", () => {
    const stem = "The government has lowered its forecast for the nominal increase in gross national product in 1987 to 3.5 pct from an originally forecast _____, the prime minister said.";
    expect(againstDirection(stem, "3.9 pct", "3.1 pct")).toBe(true);
    expect(againstDirection(stem, "3.9 pct", "4.2 pct")).toBe(false);
  });

  it("takes no sentence that points back by a bare phrase ('Despite the doubts,', 'December's 2.9 pct', 'The OPEC member', '…, he said, …')", () => {
    for (const t of [
      "Despite the doubts, the new fund is attracting offers in London and shares trade at a premium over their 10 dlr issue price.",
      "December's 2.9 pct was the worst level since Japan began compiling statistics in 1953.",
      "The OPEC member has a production quota of 210,000 bpd but has asked to produce 310,000 bpd.",
      "Ongpin told reporters on Saturday it was expected to touch five pct this year.",
      "If OPEC achieves its goal of an 18 dlrs a barrel average price, he said, Venezuela's should move up to 16.50 dlrs.",
    ]) expect(standsAlone(t), t).toBe(false);
    for (const t of [
      "Despite the doubts of some analysts, Norvale is attracting offers in London.",
      "Venezuela has a production quota of 1.495 mln bpd, OPEC said.",
      "Ongpin told reporters on Saturday that inflation was expected to touch five pct this year.",
      "If OPEC achieves its goal of an 18 dlrs a barrel average price, Venezuela's price should move up to 16.50 dlrs, Minister Arturo Hernandez said.",
    ]) expect(standsAlone(t), t).toBe(true);
  });
});

describe("what readings ZN and ZO failed (2.14.37; sentences written for the test after Reuters newswire stories of 1987)", () => {
  it("swaps no one into a statement of what someone did not do ('Kurihara gave no details …' keyed false)", () => {
    const article = articleOf([
      "Japan has agreed to help the United States strengthen its naval defences, U.S. Defence Secretary Caspar Weinberger said.",
      "Weinberger told reporters that the exports of Japanese machine tools had been a serious blow to security.",
      "Weinberger gave no details of the new naval program.",
      "In talks with Japanese Defence Minister Yuko Kurihara, he made a pitch for American companies seeking to build Japan's new fighter.",
    ]);
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40, types: ["true-false"] })));
    expect(qs.filter((q) => q.evidence.text.includes("gave no details")).map((q) => q.prompt)).toEqual([]);
  });

  it("offers other months' first or last days for a month's first or last day", () => {
    expect(monthEdgeCandidates("March 31, 1988")).toEqual(["June 30, 1988", "September 30, 1988", "December 31, 1988", "December 31, 1988", "September 30, 1988"]);
    expect(monthEdgeCandidates("1 July 1986")).toContain("1 October 1986");
    expect(monthEdgeCandidates("March 28, 1988")).toBeUndefined();
    const qs = askedIn(["In 1984, Japan agreed to raise its beef import quota by 9,000 tonnes a year until March 31, 1988, the Tokyo ministry said."], { types: ["choice"] }).filter((q) => q.answer === "March 31, 1988");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) for (const o of q.options ?? []) expect(o, o).toMatch(/^(?:March 31|June 30|September 30|December 31), 19\d\d$/);
  });

  it("swaps no later date into what is to be done by a date ('will be exhausted by August 1987')", () => {
    const qs = askedIn(["The open pit ore reserves of the Alligator Ridge mine in Nevada will be exhausted by August 1987, as expected, Norvale Inc said."], { types: ["true-false"] });
    expect(qs.filter((q) => q.kind === "date" && q.answer === "false").map((q) => q.prompt)).toEqual([]);
  });

  it("reads figures in words by the verb before them ('slashed … to two per cent from 3.2 per cent')", () => {
    const stem = "The Commission, which slashed its growth forecast for West Germany to _____ from 3.2 per cent, said Bonn could act.";
    expect(againstDirection(stem, "two per cent", "four per cent")).toBe(true);
    expect(againstDirection(stem, "two per cent", "one per cent")).toBe(false);
  });

  it("swaps a wire's 'mln' figure into another written the same way (no '45600000 mln dlrs')", () => {
    const qs = askedIn(["Norvale said it earned 45.6 mln dlrs in 1986, against 38.2 mln dlrs a year earlier."], { types: ["true-false", "choice"], seeds: 12 });
    const swapped = qs.filter((q) => q.evidence.text.slice(q.evidence.start, q.evidence.end).includes("mln") && (q.type === "choice" || q.answer === "false"));
    expect(swapped.length).toBeGreaterThan(0);
    for (const q of swapped) for (const shown of [q.prompt, ...(q.type === "choice" ? (q.options ?? []) : [])]) expect(shown).toMatch(/(?:^|\s)\d{1,3}(?:\.\d+)? mln\b/);
  });

  it("writes the source's doubled full stop at a prompt's end once", () => {
    const qs = askedIn(["For 1986, Niagara Mohawk's earnings per share fell to $2.71 from $2.88 in 1985.."]);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.prompt).not.toMatch(/\.\.$/);
  });

  it("takes no business for a speaker ('Hengst Investment GmbH, managing partner at …, said')", () => {
    const analysis = analyzeArticle(
      articleOf([
        "Werner Chrobok, managing partner at Bethmann Bank, said the Bundesbank was frightened.",
        "Hengst Investment GmbH, managing partner at Hengst, said German rates were among the lowest in industrial countries.",
        "Karl Otto Poehl, the Bundesbank president, said rates would stay low.",
      ]),
    );
    expect(isCrediblePerson(analysis, "Werner Chrobok")).toBe(true);
    expect(isCrediblePerson(analysis, "Hengst Investment GmbH")).toBe(false);
  });

  it("takes 'here', '…, they added', 'Despite the figures', 'The first would', 'Today's …' and 'the increase was' for pointers", () => {
    expect(standsAlone("EC industry ministers meeting here considered two proposals to cut capacity by 30 million tonnes by 1990.")).toBe(false);
    expect(standsAlone("EC industry ministers meeting in Brussels considered two proposals to cut capacity by 30 million tonnes by 1990.")).toBe(true);
    expect(standsAlone("Given Brazil's loading capacity of 100,000 bags a day, some March registrations may be cancelled, they added.")).toBe(false);
    expect(standsAlone("Despite the figures, Australia's forecast of 1.75 pct growth in employment would be met, Keating said.")).toBe(false);
    expect(standsAlone("The first would limit the EC's quota system to flat products.")).toBe(false);
    expect(standsAlone("Today's middle rate of the rupiah per 100 yen was 1,129.78.")).toBe(false);
    expect(standsAlone("Tomorrow, Brazil was due to pay 15 billion dollars in short-term credit lines.")).toBe(false);
    expect(standsAlone("Brazil was due to pay 15 billion dollars in short-term credit lines on April 15.")).toBe(true);
    expect(standsAlone("In return, the South Koreans gave an assurance to buy Indian goods worth 10% of the contract.")).toBe(false);
    expect(standsAlone("Profits from the U.S. accounted for 39% of the total.")).toBe(false);
    expect(standsAlone("Profits from the U.S. accounted for 39% of the total profits of Norvale.")).toBe(true);
    expect(standsAlone("For OECD states the increase was 0.7 pct in January.")).toBe(false);
    expect(standsAlone("For OECD states the increase in retail energy prices was 0.7 pct in January.")).toBe(true);
  });
});

describe("what readings YD–ZL failed together: a report's prompts that name nothing (2.14.36; sentences written for the test after BBC News reports of 2004–05)", () => {
  const report = [
    "Japan's economy grew 0.4% in the three months to September, the Cabinet Office said on Monday.",
    "Nickel prices rose 43% during the year, with copper up 36%.",
    "Economy minister Heizo Takenaka said the recovery would continue.",
    "Exports to China rose 12% in the year, the ministry said.",
    "Analysts said the yen's rise had hurt exporters.",
  ];

  it("asks nothing of a report's sentence that names no one and nowhere", () => {
    const qs = askedIn(report, { headline: "Japan's growth slows" });
    expect(qs.some((q) => q.evidence.text.startsWith("Japan's economy grew"))).toBe(true);
    expect(qs.filter((q) => q.evidence.text.startsWith("Nickel")).map((q) => q.prompt)).toEqual([]);
  });

  it("still asks it of a text that reports nothing (a textbook's statements hold anywhere)", () => {
    const textbook = report.map((x) => x.replace(/,? (?:the Cabinet Office|the ministry) said(?: on Monday)?/, "").replace(/(?:Economy minister Heizo Takenaka|Analysts) said /, "We expect "));
    expect(askedIn(textbook, { headline: "Japan's growth slows" }).some((q) => q.evidence.text.startsWith("Nickel"))).toBe(true);
  });

  it("takes a first word for a name where the article writes it so inside a sentence, or it owns, is a place or has a capital inside", () => {
    const inside = new Set(["Tate"]);
    expect(namesNothing("Consumption has jumped to _____ barrels per day.", "2.4 million", inside)).toBe(true);
    expect(namesNothing("True or false? In both cases, their shares fell by some 10% on Tuesday.", "true", inside)).toBe(true);
    expect(namesNothing("Tate has leapt _____ this year.", "55%", inside)).toBe(false);
    expect(namesNothing("Norvale's shares have leapt _____ this year.", "55%", inside)).toBe(false);
    expect(namesNothing("Israel has grown by _____ this year.", "4.2%", inside)).toBe(false);
    expect(namesNothing("EBay now forecasts revenue of _____.", "$4.2bn", inside)).toBe(false);
    expect(namesNothing("Shares rose _____ after the Commerce Department spoke.", "3%", inside)).toBe(false);
    expect(namesNothing("_____ is the sole food of the caterpillar.", "Milkweed", inside)).toBe(true);
  });
});

describe("what reading ZH failed, asked again (2.14.35; sentences written for the test after BBC News reports of 2004–05)", () => {
  it("reads 'We've …' as a first-person sentence, a speaker's words the source left unquoted", () => {
    const pension = "We've called for the state pension to be increased from £79.60 to the pensioner credit guarantee level of £105.45.";
    expect(blanksOf(pension)).toEqual([]);
    expect(blanksOf("We've opened 12 new stores in Scotland this year.")).toEqual([]);
    expect(blanksOf("Tesco has opened 12 new stores in Scotland this year.")).toContain("12");
  });
});

describe("what reading ZM failed (2.14.33; sentences written for the test after OpenStax Chemistry 2e, CC BY-NC-SA 4.0)", () => {
  it("takes '… of these was …' for a pointer", () => {
    expect(standsAlone("The first, and simplest, of these was developed by the Dutch scientist Johannes van der Waals in 1879.")).toBe(false);
    expect(standsAlone("None of these was developed before 1879.")).toBe(false);
    expect(standsAlone("The van der Waals equation was developed by the Dutch scientist Johannes van der Waals in 1879.")).toBe(true);
  });
});

describe("what readings ZK and ZL failed (2.14.32; sentences written for the test after BBC News reports of 2004–05)", () => {
  it("takes 'was ahead with', 'led the way with', 'said that worked out at', 'The …-based company' and 'The positive balance' for pointers", () => {
    expect(standsAlone("In 2003, the US was ahead with 20.5% and China came second with 19.2%.")).toBe(false);
    expect(standsAlone("In 2003, the US was ahead with 20.5%.")).toBe(false);
    expect(standsAlone("In 2003, China came second with 19.2%.")).toBe(false);
    expect(standsAlone("In 2003, the US had 20.5% of Japan's trade and China 19.2%.")).toBe(true);
    expect(standsAlone("Northern Ireland led the way with a 262% rise.")).toBe(false);
    expect(standsAlone("China comes third, with 58,000 bpd.")).toBe(false);
    expect(standsAlone("Iraq is the main supplier with 329,000 bpd.")).toBe(false);
    expect(standsAlone("Iraq is the main supplier of crude oil to Japan, selling 329,000 bpd.")).toBe(true);
    expect(standsAlone("Mr Kilroy-Silk said that worked out at £257,000 per successful asylum seeker.")).toBe(false);
    expect(standsAlone("Mr Kilroy-Silk said that the scheme cost £257,000 per successful asylum seeker.")).toBe(true);
    expect(standsAlone("The Markfield, Leicestershire-based company runs 142 quarries in the UK and the US.")).toBe(false);
    expect(standsAlone("Aggregate Industries runs 142 quarries in the UK and the US.")).toBe(true);
    expect(standsAlone("The positive balance of plus 3 compared with minus 10 in the previous survey.")).toBe(false);
  });

  it("asks no unit a price is quoted per, offers nothing a 'less than' beside the blank rules out, swaps no exchange rate", () => {
    expect(blanksOf("Turkmenistan agreed to lower the gas price by $2 per 1,000 cubic metres, bringing it down to $58.")).not.toContain("1,000");
    const stem = "house prices rose at an annual rate of _____ in December, less than the 13.7% rise the previous month.";
    expect(againstComparison(stem, "10.7%", "19.3%")).toBe(true);
    expect(againstComparison(stem, "10.7%", "6.4%")).toBe(false);
    const before = "house prices rose at an annual rate of 10.7% in December, less than the _____ rise the previous month.";
    expect(againstComparison(before, "13.7%", "8.2%")).toBe(true);
    expect(againstComparison(before, "13.7%", "19.2%")).toBe(false);
    const rates = askedIn(["Nationally, house prices rose at an annual rate of 10.7% in December, less than the 13.7% rise the previous month."], { types: ["choice"] }).filter((q) => q.answer === "10.7%");
    expect(rates.length).toBeGreaterThan(0);
    for (const q of rates) for (const o of q.options ?? []) expect(parseFloat(o), o).toBeLessThan(13.7);
    const previous = askedIn(["Nationally, house prices rose at an annual rate of 10.7% in December, less than the 13.7% rise the previous month."], { types: ["choice"] }).filter((q) => q.answer === "13.7%");
    expect(previous.length).toBeGreaterThan(0);
    for (const q of previous) for (const o of q.options ?? []) expect(parseFloat(o), o).toBeGreaterThan(10.7);
    const dollar = askedIn([
      "The dollar has weakened sharply since September when it traded at about $1.20 against the euro.",
      "The European Central Bank has kept its rates on hold.",
    ], { seeds: 20, count: 10, types: ["true-false"] });
    expect(dollar.filter((q) => q.answer === "false" && q.prompt.includes("against the euro")).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what readings ZH, ZI and ZJ failed or lost (2.14.31; sentences written for the test after BBC News reports of 2004–05)", () => {
  it("takes back what 2.4 asked well: 'Revenues at media group Reuters', 'French … the country's', 'Tate's shares … its'", () => {
    expect(standsAlone("Revenues at media group Reuters slipped 11% during 2004, mainly due to the weakness of the dollar, the group said.")).toBe(true);
    expect(standsAlone("Revenues slipped 11% during 2004.")).toBe(false);
    expect(standsAlone("French consumers increased their spending by 1.5% in January, a figure which bodes well for the country's economic growth, figures revealed.")).toBe(true);
    expect(standsAlone("Consumers increased their spending by 1.5% in January, a figure which bodes well for the country's economic growth.")).toBe(false);
    expect(standsAlone("Tate's shares have leapt 55% this year, boosted by firming sugar prices and sales of its artificial sweeteners.")).toBe(true);
  });

  it("takes nameless 'Growth', 'Consumption', 'the company' after a place or a person, 'the old board', 'On top of that', bare 'Figures show' and 'The Irish province' for pointers", () => {
    expect(standsAlone("Growth slowed sharply in the fourth quarter to 5.6%.")).toBe(false);
    expect(standsAlone("Growth in China slowed sharply in the fourth quarter to 5.6%.")).toBe(true);
    expect(standsAlone("Consumption has jumped to 2.4 million barrels per day.")).toBe(false);
    expect(standsAlone("In early afternoon trade in London the company share price was down 1% at 1218 pence.")).toBe(false);
    expect(standsAlone("In early afternoon trade in London the GSK share price was down 1% at 1218 pence.")).toBe(true);
    expect(standsAlone("Mr Garnier said the company had absorbed over £1.5bn of lost sales.")).toBe(false);
    expect(standsAlone("Mr Garnier said GSK had absorbed over £1.5bn of lost sales.")).toBe(true);
    expect(standsAlone("A shareholder revolt threw out the old board in 2004.")).toBe(false);
    expect(standsAlone("A shareholder revolt threw out Eurotunnel's old board in 2004.")).toBe(true);
    expect(standsAlone("On top of that, 89,000 tonnes of food will be needed.")).toBe(false);
    expect(standsAlone("Figures show that currently only eight people per thousand are car owners.")).toBe(false);
    expect(standsAlone("Figures show that currently only eight people per thousand in India are car owners.")).toBe(true);
    expect(standsAlone("The Irish province will be given at least 8,000 tickets.")).toBe(false);
    expect(standsAlone("Leinster will be given at least 8,000 tickets.")).toBe(true);
  });

  it("asks no 'for the second time', and knows China's joining the WTO", () => {
    expect(blanksOf("Claudio Ranieri has been sacked as Valencia coach eight months after taking charge at the club for the second time in his career.")).not.toContain("second");
    expect(blanksOf("China committed to opening up its banking sector when it joined the World Trade Organisation in 2002.")).toEqual([]);
    expect(blanksOf("Vietnam committed to opening up its banking sector when it joined the World Trade Organisation in 2007.")).toContain("2007");
  });

  it("swaps no co-speaker into a quotation, and offers no 'then president' as a speaker", () => {
    const bank = parseArticleText([
      "JP Morgan admits US slavery links",
      "Thousands of slaves were used as collateral for loans by two banks that later became part of JP Morgan Chase, the bank has said.",
      "\"We all know slavery existed in our country, but it is quite different to see how our history and slavery were intertwined,\" JP Morgan chief executive William Harrison and chief operating officer James Dimon said in the letter. The bank also set up a scholarship fund. \"This is an important step,\" said Jesse Jackson, the civil rights campaigner.",
    ].join("\n"));
    const said = Array.from({ length: 30 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(bank, { seed, count: 40 }))).filter((q) => q.kind === "quote" && q.prompt.includes("slavery existed"));
    expect(said.length).toBeGreaterThan(0);
    expect(said.filter((q) => q.answer === "false" && /Harrison|Dimon/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
    const libya = parseArticleText([
      "Libya opens US bank accounts",
      "Libya's central bank is opening accounts in the US for the first time in two decades.",
      "The US ban on trade with Tripoli - imposed by then president Ronald Reagan in 1986 - was suspended in April.",
      "\"We are in the process of opening accounts in banks in the United States,\" central bank governor Farhat Bengdara told Reuters. \"Trade between our two countries will grow quickly,\" foreign minister Abdel Rahman Shalgham said on Monday. \"We welcome the move,\" US trade official Peter Allgeier said.",
    ].join("\n"));
    const speakers = Array.from({ length: 30 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(libya, { seed, count: 40 }))).filter((q) => q.kind === "quote");
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.filter((q) => `${q.prompt} ${(q.options ?? []).join(" ")}`.includes("Reagan")).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what readings ZG and ZH failed (2.14.30; sentences written for the test after BBC News reports of 2004–05)", () => {
  it("takes a comparative with nothing to compare, nameless shareholders, 'that's', 'charged them', 'the title' and 'The research collaboration', 'The advance', 'The duchy' for pointers", () => {
    expect(standsAlone("A year ago, debt was more than 11bn euros higher.")).toBe(false);
    expect(standsAlone("A year ago, Parmalat's debt was 11bn euros higher than it is now.")).toBe(true);
    expect(standsAlone("The political pressure to pass the bill was high, while the pressure to help the uninsured was considerably lower.")).toBe(true);
    expect(standsAlone("In 2003, shareholders did not get a dividend.")).toBe(false);
    expect(standsAlone("In 2003, Lufthansa shareholders did not get a dividend.")).toBe(true);
    expect(standsAlone("Tuppence does not sound like much, but for a haulier that's an increase of about £750 a year.")).toBe(false);
    expect(standsAlone("Greek prosecutors have charged them with faking a motorcycle crash.")).toBe(false);
    expect(standsAlone("Greek prosecutors have charged Kenteris and Thanou with faking a motorcycle crash.")).toBe(true);
    expect(standsAlone("Iain Ferguson was awarded the title by US publication Forbes.")).toBe(false);
    expect(standsAlone("Iain Ferguson was awarded the title of European Businessman of the Year by Forbes.")).toBe(true);
    expect(standsAlone("The research collaboration came to an end in 2003.")).toBe(false);
    expect(standsAlone("The advance, the second-fastest in Asia after China, was led by manufacturing.")).toBe(false);
    expect(standsAlone("The duchy last year generated almost £12m.")).toBe(false);
  });

  it("cuts no time in two, asks no count the headline's 'triple' gives, knows the Rwandan genocide's 800,000 and when indoor championships are", () => {
    expect(blanksOf("Holmes cruised to victory in a time of four minutes 14.74 seconds.")).toEqual([]);
    expect(blanksOf("Holmes cruised to victory in 14.74 seconds.")).toContain("14.74 seconds");
    const marathon = ["Haile Gebrselassie will race in the London Marathon for the next three years."];
    expect(askedIn(marathon, { headline: "Gebrselassie in London triple bid" }).map((q) => blanked(q))).toEqual([]);
    expect(askedIn(marathon, { headline: "Gebrselassie to run London Marathon" }).map((q) => blanked(q))).toContain("three years");
    expect(blanksOf("About 800,000 Tutsis and moderate Hutus were killed by Hutu militias after the assassination of an ethnic Hutu leader.")).toEqual([]);
    expect(blanksOf("About 800,000 people were killed by militias after the assassination of a leader.")).toContain("800,000");
    expect(blanksOf("Kelly Holmes will run at the European Indoor Championships in Madrid in March.")).toEqual([]);
    expect(blanksOf("Kelly Holmes will run at a meeting in Madrid in March.")).toContain("March");
  });

  it("swaps no price of a true/false statement in words past another of the sentence, and offers a bank rate only on its quarter-point grid", () => {
    const shares = askedIn([
      "Shares in Rossignol touched 17.30 euros, before falling back to trade 7.8% higher at 16.60 euros.",
      "Quiksilver has agreed to buy the French ski maker for 320m euros.",
    ], { seeds: 30, count: 10, types: ["true-false"] });
    const swapped = shares.filter((q) => q.answer === "false" && q.prompt.includes("falling back"));
    for (const q of swapped) {
      const [touched, after] = [...q.prompt.matchAll(/(\d+\.\d+) euros/g)].map((m) => Number(m[1]));
      expect(touched as number, q.prompt).toBeGreaterThan(after as number);
    }
    expect(toRateGrid("UK interest rates are set to remain on hold at _____.", "4.75%", "6.65%")).toBe("6.75%");
    expect(toRateGrid("UK interest rates are set to remain on hold at _____.", "4.75%", "3.56%")).toBe("3.5%");
    expect(toRateGrid("Sales rose by _____.", "4.75%", "6.65%")).toBe("6.65%");
    const bank = parseArticleText([
      "Bank expected to hold rates",
      "UK interest rates are set to remain on hold at 4.75% following the latest meeting of the Bank of England.",
      "The Bank's rate-setting committee has raised rates five times in the past year, but rates have been on hold since September. Economic growth slowed in the last quarter as factory output fell.",
    ].join("\n"));
    const rates = Array.from({ length: 20 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(bank, { seed, count: 40 }))).filter((q) => q.type === "choice" && q.answer === "4.75%");
    expect(rates.length).toBeGreaterThan(0);
    for (const q of rates) for (const o of q.options ?? []) expect(Number.isInteger(parseFloat(o) * 4), o).toBe(true);
  });
});

describe("what readings ZE and ZF failed (2.14.29; sentences written for the test after BBC News reports of 2004–05)", () => {
  it("swaps no year of a true/false statement past another year of the sentence", () => {
    const slams = parseArticleText([
      "Davenport puts retirement on hold",
      "Lindsay Davenport has put talk of retirement on hold after a largely injury-free 2004 campaign.",
      "The 28-year-old world number one had said that she would quit at the end of last year, but after a successful season she has had a change of heart. \"I felt I could win Grand Slams again,\" said Davenport. \"There is no point in stopping yet.\" Davenport has won three Grand Slams, the 2000 Australian Open, Wimbledon in 1999 and the 1998 US Open.",
    ].join("\n"));
    const tf = Array.from({ length: 30 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(slams, { seed, count: 40 }))).filter((q) => q.type === "true-false" && q.prompt.includes("Grand Slams"));
    expect(tf.filter((q) => q.answer === "false").map((q) => q.prompt)).toEqual([]);
    expect(keepsSides("the 2000 Australian Open, Wimbledon in _____ and the 1998 US Open.", "1999", "2001")).toBe(false);
    expect(keepsSides("He joined the club in _____ and left it in 2005.", "1990", "1985")).toBe(true);
  });

  it("takes 'made-made', a description then 'he', and 'the cash' for faults of a prompt", () => {
    expect(standsAlone("Some 95% of insurance claims were for natural catastrophes, with the rest attributed to made-made events.")).toBe(false);
    expect(standsAlone("Some 95% of insurance claims were for natural catastrophes, with the rest attributed to man-made events.")).toBe(true);
    expect(standsAlone("One of the few Blair-era ministers to serve under Jim Callaghan, he was given the agriculture portfolio in 1997.")).toBe(false);
    expect(standsAlone("One of the few Blair-era ministers to serve under Jim Callaghan, Jack Cunningham was given the agriculture portfolio in 1997.")).toBe(true);
    expect(standsAlone("Sound distribution of the cash could cut poverty levels to 36% from 53%, the government believes.")).toBe(false);
    expect(standsAlone("Sound distribution of the oil money could cut poverty levels to 36% from 53%, the government believes.")).toBe(true);
  });

  it("asks no 'last 16', no month of the Madrid train bombings, no year Labour regained power", () => {
    expect(blanksOf("Burnley's reward for a place in the last 16 was a home tie against Lancashire rivals Blackburn.")).toEqual([]);
    expect(blanksOf("Burnley's reward for beating 16 other clubs was a home tie against Blackburn.")).toContain("16");
    expect(blanksOf("Europe suffered fewer natural disasters, but 191 people were killed and more than 2,000 injured in March after the terrorist attack on train stations in Madrid.")).not.toContain("March");
    expect(blanksOf("Europe suffered fewer natural disasters, but 40 people were killed and more than 200 injured in March after floods in Madrid.")).toContain("March");
    expect(blanksOf("Jack Cunningham was given the agriculture portfolio when Labour regained power in 1997.")).toEqual([]);
    expect(blanksOf("Jack Cunningham was given the agriculture portfolio when Labour reshuffled its team in 1998.")).toContain("1998");
  });
});

describe("what readings ZC and ZD failed (2.14.28; sentences written for the test after BBC News reports of 2004–05)", () => {
  it("takes 'In both cases', 'The companies', 'The World Cup winner', 'is higher because', 'Prosecutors said he', 'the sector' and 'The combination' for pointers", () => {
    expect(standsAlone("In both cases, Shell and BP shares fell by 4% within an hour.")).toBe(false);
    expect(standsAlone("The companies said they expected to complete the agreement during the first half of 2006.")).toBe(false);
    expect(standsAlone("Thomson and Philips expect to complete their merger during the first half of 2006.")).toBe(true);
    expect(standsAlone("The World Cup winner has been out of action since December.")).toBe(false);
    expect(standsAlone("Mike Tindall has been out of action since December.")).toBe(true);
    expect(standsAlone("The PPI's estimate is higher because it excludes people who die young.")).toBe(false);
    expect(standsAlone("The PPI's estimate is higher than the government's because it excludes people who die young.")).toBe(true);
    expect(standsAlone("Prosecutors said he was motivated by wealth, spending about $200m between 1996 and 2002.")).toBe(false);
    expect(standsAlone("Prosecutors said Mr Ebbers was motivated by wealth, spending about $200m between 1996 and 2002.")).toBe(true);
    expect(standsAlone("Mr Ebbers said he was motivated by wealth.")).toBe(true);
    expect(standsAlone("The TUC said action is needed because of 105,000 jobs lost from the sector over the last year.")).toBe(false);
    expect(standsAlone("The TUC said action is needed because of 105,000 jobs lost from the manufacturing sector over the last year.")).toBe(true);
    expect(standsAlone("The combination means a revenue shortfall during 2005, Mr Gooneratne said.")).toBe(false);
  });

  it("asks no count two others of its noun give, no three or five sets, and knows Hillsborough's 96 and 1989 and the aid target's 0.7%", () => {
    expect(blanksOf("Life expectancy at birth is 71 years for a manual worker and 79 years for a professional - a gap of eight years.")).toEqual([]);
    expect(blanksOf("Life expectancy at birth is 71 years for a manual worker and 79 years for a professional.")).toContain("71 years");
    expect(blanksOf("Federer was not unduly worried despite being taken to three sets for the third consecutive match.")).not.toContain("three");
    expect(blanksOf("Federer has won three titles in the last four months.")).toContain("three");
    expect(blanksOf("Fans claimed the trouble was sparked by chants about the Hillsborough disaster, where 96 supporters were crushed to death in 1989.")).toEqual([]);
    expect(blanksOf("Fans claimed the trouble was sparked by chants about the disaster, where 39 supporters were crushed to death in 1985.")).toContain("1985");
    expect(blanksOf("The world's richest countries have said they want to boost the aid they give to 0.7% of their annual gross national income by 2015.")).not.toContain("0.7%");
  });

  it("takes 'Briton' before a name for no part of it", () => {
    const a = analyzeArticle(articleOf(["European cross country champion Briton Hayley Yelling also competes in Edinburgh on 15 January, as does Scot Kathy Butler.", "Paula Radcliffe will miss the event."]));
    expect(a.persons.map((p) => p.full).filter((n) => /Briton|Scot/.test(n))).toEqual([]);
  });
});

describe("what readings ZA and ZB failed (2.14.27; sentences written for the test after BBC News reports of 2004–05)", () => {
  it("swaps no amount of a true/false statement past another amount of its unit in the sentence", () => {
    const fuel = askedIn([
      "The government gives £200 for winter fuel to households with people over 60, or £300 where people are over 80.",
      "The Conservatives promise to keep the payments.",
      "UKIP spent £2.36m on the campaign, second only to the Conservatives' £3.13m.",
    ], { seeds: 20, count: 10, types: ["true-false"] });
    const swapped = fuel.filter((q) => q.answer === "false");
    expect(swapped.length).toBeGreaterThan(0);
    for (const q of swapped) {
      const [a, b] = [...q.prompt.matchAll(/£(\d+(?:\.\d+)?)/g)].map((m) => Number(m[1]));
      expect(a as number, q.prompt).toBeLessThan(b as number);
    }
  });

  it("takes 'no affect on', 'asI', 'arrested by at', 'euros cents' for the source's slips", () => {
    expect(standsAlone("Keith Edelman stressed that the new stadium had no affect on Arsene Wenger's spending power.")).toBe(false);
    expect(standsAlone("Keith Edelman stressed that the new stadium had no effect on Arsene Wenger's spending power.")).toBe(true);
    expect(standsAlone("Nick McCormick said he was not worried about the opposition asI knew he was fit.")).toBe(false);
    expect(standsAlone("Chen Jiulin was arrested by at Changi Airport by Singapore police on 8 December.")).toBe(false);
    expect(standsAlone("EuroDisney will sell the new shares priced at 9 euros cents each.")).toBe(false);
  });

  it("takes 'the problem', 'the intervening time', 'the data suggests', bare 'Revised figures', 'the party's', 'The strategist' and 'In another change to' for pointers", () => {
    expect(standsAlone("To ease the problem the Bank of Japan has regularly flooded the money market with cash.")).toBe(false);
    expect(standsAlone("The Bank of Japan has flooded the money market with cash to ease the problem of deflation.")).toBe(true);
    expect(standsAlone("Judy Boynton left the firm on 31 December, having spent the intervening time as an adviser to the chief executive.")).toBe(false);
    expect(standsAlone("Judy Boynton left Shell on 31 December after two years as an adviser to the chief executive.")).toBe(true);
    expect(standsAlone("On an annual basis, the data suggests growth of just 0.2%.")).toBe(false);
    expect(standsAlone("Revised figures indicated growth of just 0.1% in the last quarter.")).toBe(false);
    expect(standsAlone("Revised figures showed Japan's economy grew by 0.1% in the last quarter.")).toBe(true);
    expect(standsAlone("Vince Cable, the party's Treasury spokesman, said the plan would help 400,000 first-time buyers.")).toBe(false);
    expect(standsAlone("Labour's Gordon Brown, the party's longest-serving chancellor, said the plan would help 400,000 buyers.")).toBe(true);
    expect(standsAlone("The strategist helped the prime minister win four elections.")).toBe(false);
    expect(standsAlone("In another change to the side, Ben Kay replaces Steve Borthwick at lock.")).toBe(false);
    expect(standsAlone("In another match, Ben Kay scored twice.")).toBe(true);
  });

  it("blanks no 'second' of 'second hand', no 'three months' of a year's first quarter, no day of a listed series, no figure alone in brackets", () => {
    expect(blanksOf("ATR will also provide six second hand airplanes.")).toEqual([]);
    expect(blanksOf("Ben Kay won the sprint by two seconds after a late charge.")).toContain("two seconds");
    expect(blanksOf("Ericsson said sales in the first three months of the year would be subject to normal seasonality.")).toEqual([]);
    const tour = "The Lions squad will tour New Zealand in June and July, including Tests on 25 June, 2 and 9 July.";
    expect(blanksOf(tour)).toEqual([]);
    expect(inDayList(tour, { start: tour.indexOf("9 July"), end: tour.indexOf("9 July") + 6 })).toBe(true);
    expect(blanksOf("The Lions squad will tour New Zealand in June and July, including a Test on 25 June.")).toContain("25 June");
    expect(blanksOf("United Bank has some foreign investors, including Global Depository Receipts (32.8%), and two Italian banks.")).toEqual([]);
    expect(blanksOf("United Bank's foreign investors include Global Depository Receipts, which hold 32.8% of its shares.")).toContain("32.8%");
  });

  it("knows that Japan's fiscal year starts in April, and offers no figure a 'breakneck' marks as the largest", () => {
    expect(blanksOf("The Japanese government has forecast that growth will slow to 1.6% in the next fiscal year starting in April 2005.")).not.toContain("April 2005");
    expect(blanksOf("The Brazilian government has forecast that growth will slow to 1.6% in the next fiscal year starting in April 2005.")).toContain("April 2005");
    const china = askedIn([
      "The curbs were introduced earlier this year to ward off the risk that rapid expansion might lead to soaring prices.",
      "Growth in China remains at a breakneck 9.1%, and corporate investment is growing at more than 25% a year.",
      "In theory, the government has a 7% growth target, but it insists there will be no hard landing.",
      "Industrial output grew 15.7% in the year to October, down from 23% in February, and inflation slowed to 4.3%.",
    ], { seeds: 30, count: 10, types: ["choice"] });
    expect(china.length).toBeGreaterThan(0);
    expect(china.filter((q) => q.answer === "9.1%" && q.prompt.includes("breakneck _____")).filter((q) => Math.max(...(q.options ?? []).map((o) => parseFloat(o))) === 9.1).map((q) => q.prompt)).toEqual([]);
  });

  it("takes no business named after the word for it for a person, and swaps no one into a name a country's possessive ties", () => {
    const rb = analyzeArticle(articleOf([
      "UK Athletics chief David Moorcroft said: \"The Athens experience can now be extended to more major championships.\"",
      "This week, UK Athletics also agreed a four-year deal with energy drink company, Red Bull, who will be supplying the product at major meetings.",
    ]));
    expect(rb.persons.map((p) => p.full)).toEqual(["David Moorcroft"]);
    const meet = askedIn([
      "Olympic 10,000m champion Kenenisa Bekele is determined to add the world indoor two mile record at the Norwich Union Grand Prix in Birmingham.",
      "He will again be chasing a record held by Haile Gebrselassie, who set the mark at the same meeting in 2003.",
      "Markos Geneti, the world indoor bronze medallist over 3000m, will race against Kenenisa Bekele on 18 February.",
      "Britain's 800m and 1500m champion Kelly Holmes is taking part in the 1000m.",
      "Kelly Holmes said she was looking forward to racing at home.",
    ], { seeds: 30, count: 10, types: ["true-false"] });
    expect(meet.filter((q) => q.kind === "person" && /1500m champion/.test(q.prompt)).map((q) => q.prompt)).toEqual([]);
  });
});

describe("what reading YO failed (2.14.26; sentences written for the test after OpenStax Chemistry 2e, CC BY-NC-SA 4.0)", () => {
  it("asks no count an electron configuration gives, no 'that value', and knows the universe's hydrogen", () => {
    const ca = "Calcium is a group 2 element whose neutral atoms have 20 electrons and a ground state electron configuration of 1s22s22p63s23p64s2.";
    expect(blanksOf(ca)).not.toContain("20");
    expect(blanksOf("Calcium is a group 2 element whose neutral atoms have 20 electrons and a melting point far above that of sodium.")).toContain("20");
    expect(standsAlone("Twice that value is –184.6 kJ, which agrees well with the answer obtained earlier.")).toBe(false);
    expect(blanksOf("Astronomers estimate that 90% of the atoms in the universe are hydrogen atoms.")).not.toContain("90%");
    expect(blanksOf("Astronomers estimate that 90% of the atoms in the comet's tail are hydrogen atoms.")).toContain("90%");
  });
});

describe("what reading YN failed (2.14.25; sentences written for the test after Wikinews reports of 2019–2020, CC BY 2.5)", () => {
  it("swaps no one into a deed the article says they did too (the keys were wrong)", () => {
    const a = analyzeArticle(articleOf([
      "The president granted Bernard Kerik a full and unconditional pardon.",
      "The president granted Paul Pogue a full and unconditional pardon.",
      "The president commuted the prison sentence of Rod Blagojevich.",
    ]));
    const [kerik] = a.sentences;
    const stem = "The president granted _____ a full and unconditional pardon.";
    expect(sameDeedElsewhere("Paul Pogue", stem, kerik as (typeof a.sentences)[number], a.sentences)).toBe(true);
    expect(sameDeedElsewhere("Rod Blagojevich", stem, kerik as (typeof a.sentences)[number], a.sentences)).toBe(false);
  });

  it("works out no count the headline gives in words, and no conversion in years and months", () => {
    const series = "On Tuesday, the president issued a series of seven pardons and four commutations to political allies.";
    expect(askedIn([series], { headline: "President grants eleven people clemency" }).map((q) => blanked(q))).toEqual([]);
    expect(askedIn([series], { headline: "President grants clemency to allies" }).length).toBeGreaterThan(0);
    const months = "Munoz was sentenced to 188 months (15 years, 8 months) in prison for a marijuana conspiracy charge.";
    expect(blanksOf(months)).not.toContain("188 months");
  });

  it("takes 'A total of 39 deaths …', 'Altogether, …', 'The band …' for pointers, and 'Broadcaster' for a title", () => {
    expect(standsAlone("A total of 39 deaths have been recorded.")).toBe(false);
    expect(standsAlone("Altogether, fifteen Democrats defected.")).toBe(false);
    expect(standsAlone("The band reunited in 2005 for several London and New York concerts.")).toBe(false);
    expect(standsAlone("Cream reunited in 2005 for several London and New York concerts.")).toBe(true);
    const a = analyzeArticle(articleOf(["Broadcaster Piers Morgan wrote on Twitter that the chef had been brave.", "Piers Morgan later deleted the post."]));
    expect(a.persons.map((p) => p.full)).toContain("Piers Morgan");
    expect(a.persons.map((p) => p.full)).not.toContain("Broadcaster Piers Morgan");
  });

  it("swaps no one into a role the sentence gives after 'formerly'", () => {
    expect(roleAfter(", formerly the president and chief executive officer of Symplicity Corporation, pled guilty")).toBe(true);
    expect(roleAfter(", who pled guilty in 2014, was pardoned")).toBe(false);
  });
});

describe("what readings YL and YM failed (2.14.24; sentences written for the test after Wikinews reports of 2019–2020, CC BY 2.5)", () => {
  it("takes ', also an Ithaca undergrad,', 'announced the measure', 'At the time,', 'The previous day' and 'Out of these' for pointers", () => {
    expect(standsAlone("Christopher Gallego-Lazo, also an Ithaca undergrad, evaluated glue from the dusky Arion slug.")).toBe(false);
    expect(standsAlone("Christopher Gallego-Lazo, an Ithaca undergrad, evaluated glue from the dusky Arion slug.")).toBe(true);
    expect(standsAlone("Grant Shapps announced the measure at the UK Government's daily coronavirus briefing.")).toBe(false);
    expect(standsAlone("Grant Shapps announced the measure to close all schools at the UK Government's daily briefing.")).toBe(true);
    expect(standsAlone("At the time, the prime minister called for a full immunization rate, and said 92% had been reached.")).toBe(false);
    expect(standsAlone("The previous day, television broadcaster PBS revealed that the prince had accepted responsibility.")).toBe(false);
    expect(standsAlone("Out of these, 1846 persons were hospitalized and 1720 had already been discharged.")).toBe(false);
  });

  it("asks nothing of a sentence with a figure grouped wrong, and no date written into a name's title", () => {
    expect(blanksOf("The outbreak had infected 5,700 people, and 200,0000 children were to be vaccinated by Friday.")).toEqual([]);
    expect(blanksOf("The outbreak had infected 5,700 people, and 200,000 children were to be vaccinated by Friday.").length).toBeGreaterThan(0);
    const appeal = "The December 6 National Measles Response Appeal asked donors for help with the vaccination drive.";
    expect(blanksOf(appeal)).not.toContain("December 6");
    expect(blanksOf("The appeal of December 6 asked donors for help with the national measles vaccination drive.")).toContain("December 6");
  });

  it("knows bin Laden's death and the draft's age", () => {
    expect(blanksOf("Osama bin Laden was killed by US special forces in Pakistan in 2011.")).toEqual([]);
    expect(blanksOf("The courier was arrested by police in Pakistan in 2011, officials said.")).toContain("2011");
    const draft = "By law, all male permanent residents of the United States over the age of 18 must register for the Selective Service System.";
    expect(blanksOf(draft)).not.toContain("18");
    expect(blanksOf("By law, all boat owners over the age of 18 must register with the harbour office in the town.")).toContain("18");
  });

  it("offers no news agency and no title as a person", () => {
    const a = analyzeArticle(articleOf([
      "Agence France-Presse reported that the ban would take effect on Friday, and Samir Dilou said it was understandable.",
      "Prosecutor Krzysztof Sierak said the attacker had been released from prison in December, and Donald Tusk called for calm.",
      "Agence France-Presse added that Youssef Chahed had signed the decree, while Sierak declined to comment further.",
    ]));
    const people = a.persons.map((p) => p.full);
    expect(people).not.toContain("Agence France-Presse");
    expect(people.filter((p) => p.startsWith("Prosecutor"))).toEqual([]);
    expect(people).toContain("Samir Dilou");
  });

  it("joins two clauses as a semicolon where a connective between them is dropped, and keeps a subordinate clause's comma", () => {
    expect(withoutOpening("Early in his career, Boseman acted in television soap operas, however, his role as Jackie Robinson was a breakthrough.")).toBe("Early in his career, Boseman acted in television soap operas; however, his role as Jackie Robinson was a breakthrough.");
    expect(withoutOpening("Even after allowance was made for Jupiter and Saturn, however, it was found that Uranus did not move on such an orbit.")).toBe("Even after allowance was made for Jupiter and Saturn, it was found that Uranus did not move on such an orbit.");
  });
});

describe("what readings YJ and YK failed (2.14.23; sentences written for the test after Wikinews reports of 2019–2020, CC BY 2.5)", () => {
  it("asks no count of 'more people' than the sentences before gave, and no 'it' a spokesperson speaks for", () => {
    expect(blanksOf("At least eight more people were hospitalized in the city on Sunday night.")).not.toContain("eight");
    expect(blanksOf("At least eight people were hospitalized in the city on Sunday night.")).toContain("eight");
    expect(blanksOf("Margaret Hollis said the remaining branches would open for 12 more hours a week.")).toContain("12");
    expect(standsAlone("Houthi military spokesperson Yahya Sarea said it had carried out the attack using ten drones.")).toBe(false);
    expect(standsAlone("Houthi military spokesperson Yahya Sarea said the group had carried out the attack using ten drones.")).toBe(true);
  });

  it("knows the year of Iran's revolution and the embassy hostages", () => {
    const iran = "In 1979, revolutionaries took control of Iran and captured the U.S. embassy, taking dozens of people hostage.";
    expect(blanksOf(iran)).toEqual([]);
    expect(blanksOf("In 1979, students took control of the campus and occupied the dean's office for three weeks.")).toContain("1979");
  });

  it("offers no faith or field of study as a person ('the leader of Roman Catholic Christianity')", () => {
    const a = analyzeArticle(articleOf([
      "Per the decree signed by the leader of Roman Catholic Christianity, priests must report abuse to church authorities.",
      "Survivor Peter Iseley said the new rules did not go far enough, and Cardinal Marc Ouellet said they were a start.",
      "Jehovah's Witnesses, another sect of Christianity, also report abuse internally to a central authority.",
    ]));
    expect(a.persons.map((p) => p.full)).not.toContain("Roman Catholic Christianity");
    expect(a.persons.map((p) => p.full)).toContain("Peter Iseley");
  });
});

describe("what readings YH and YI failed (2.14.22; sentences written for the test after Wikinews reports of 2019–2020, CC BY 2.5)", () => {
  it("knows Clinton's impeachment, Saddam's fall, the air's nitrogen, and a year its quoted digits give", () => {
    const conyers = "Conyers took part in the impeachment hearings of two Presidents, Richard Nixon in 1974 and Bill Clinton in 1998.";
    expect(blanksOf(conyers)).toEqual([]);
    expect(blanksOf("Conyers took part in the budget hearings of two governors, Richard Lamm in 1974 and Bill Owens in 1998.").length).toBeGreaterThan(0);
    const iraq = "The current government of Iraq was established in 2003 after a U.S.-led coalition ousted Saddam Hussein.";
    expect(blanksOf(iraq)).toEqual([]);
    expect(blanksOf("The current government of the province was established in 2003 after a coalition ousted the governor.")).toContain("2003");
    expect(blanksOf("The atmosphere consists of 78% nitrogen by volume, with most of the rest oxygen.")).not.toContain("78%");
    expect(blanksOf("The exhaust gas consists of 78% nitrogen by volume, with most of the rest water vapour.")).toContain("78%");
    const covid = 'Reportedly, "COVI" represents the coronavirus, "D" is for "disease," and "19" for the year it was first detected, 2019.';
    expect(blanksOf(covid)).not.toContain("2019");
  });

  it("works out no birth year from the age at death, and no conversion from a figure in words", () => {
    const life = (died: string): string[] => [
      "The racehorse Silver Arrow was born in 2007 at a stud farm near Newmarket, where he was later trained for the flat.",
      `Silver Arrow ${died} at the stud farm near Newmarket in 2019, his owners said in a statement.`,
    ];
    expect(askedIn(life("died aged 12")).filter((q) => blanked(q) === "2007")).toEqual([]);
    expect(askedIn(life("died")).filter((q) => blanked(q) === "2007").length).toBeGreaterThan(0);
    const walmart = "The Walmart where the shooting happened is roughly five miles (eight kilometers) from the border crossing at El Paso.";
    expect(blanksOf(walmart)).not.toContain("eight");
  });

  it("swaps no day a state held 'as of', and asks no model's number as a count", () => {
    const asOf = "As of January 7, no evidence of involvement by any foreign government has been reported by investigators.";
    expect(askedIn([asOf], { types: ["true-false"] })).toEqual([]);
    expect(askedIn([asOf.replace("As of January 7,", "On January 7,")], { types: ["true-false"] }).length).toBeGreaterThan(0);
    expect(blanksOf("The Aviation Herald states the 707 was a freighter, despite photos showing a row of windows along each side.")).not.toContain("707");
  });

  it("takes 'The guidelines …', 'in the conflict' and 'Soon after, however, …' for pointers, and a doubled word for the source's slip", () => {
    expect(standsAlone("The guidelines also list Middle East Respiratory Syndrome, from 2013, as an undesirable name.")).toBe(false);
    expect(standsAlone("Around 300,000 people were killed in the conflict, during which Nkurunziza served in the rebel group.")).toBe(false);
    expect(standsAlone("Around 300,000 people were killed in the Burundian Civil War, during which Nkurunziza served in the rebel group.")).toBe(true);
    expect(withoutOpening("Soon after, however, rumors circulated that he was preparing his wife to succeed him.")).toBe("Soon after, rumors circulated that he was preparing his wife to succeed him.");
    expect(withoutOpening("The UK economy, however, is growing faster than expected.")).toBe("The UK economy is growing faster than expected.");
    expect(standsAlone("Soon after, rumors circulated that the president was preparing his wife to succeed him.")).toBe(false);
    expect(isFragment("When Mugabe assumed the presidency in 1987, he had successfully consolidated consolidated power over Zimbabwe.") || !standsAlone("When Mugabe assumed the presidency in 1987, he had successfully consolidated consolidated power over Zimbabwe.")).toBe(true);
    expect(blanksOf("When Mugabe assumed the presidency in 1987, he had successfully consolidated power over the whole of Zimbabwe.")).toContain("1987");
    expect(blanksOf("When Mugabe assumed the presidency in 1987, he had successfully consolidated consolidated power over the whole of Zimbabwe.")).toEqual([]);
  });

  it("reads a place's 'its' as the place's, and asks the month a presidential race was joined", () => {
    expect(standsAlone("Nevada held its caucuses on February 22, after the primary in New Hampshire.")).toBe(true);
    expect(blanksOf("De Blasio joined the presidential race in May, after months of speculation in the city.")).toContain("May");
    expect(blanksOf("De Blasio joined the presidential race in 2019, after months of speculation in the city.")).toEqual([]);
    expect(blanksOf("Fire crews were called to the building, off the A496 above the estuary, at 09:09 local time.")).toContain("09:09");
  });
});

describe("what readings YF and YG failed (2.14.21; sentences written for the test after Wikinews reports of 2019–2020, CC BY 2.5)", () => {
  it("knows the day a president is sworn in and a nomination's election year, and asks no year beside its neighbour", () => {
    const sworn = "Joe Biden was projected on November 7 to have won, and would be sworn into office on January 20.";
    expect(blanksOf(sworn)).not.toContain("January 20");
    expect(blanksOf(sworn.replace("would be sworn into office", "would meet the governors"))).toContain("January 20");
    const race = "Biden is one of the front runners for the Democratic Party's nomination for president in the upcoming 2020 race.";
    expect(blanksOf(race)).toEqual([]);
    expect(blanksOf(race.replace("nomination for president", "nomination for the Senate seat"))).toContain("2020");
    const delegate = "In 1982 Cummings successfully ran to be a state delegate, joining the Maryland General Assembly in 1983.";
    expect(blanksOf(delegate)).toEqual([]);
    expect(blanksOf(delegate.replace("in 1983", "in 1987")).length).toBeGreaterThan(0);
  });

  it("takes 'Shortly thereafter', 'In third was …', 'Sentencing is …', 'The rallies' and 'the protests' for pointers", () => {
    expect(standsAlone("Shortly thereafter, at 6:30 pm, the city issued a follow-up statement announcing the break had been contained.")).toBe(false);
    expect(standsAlone("At 6:30 pm, the city of Baltimore issued a statement announcing the break had been contained.")).toBe(true);
    expect(standsAlone("In third was Pete Buttigieg, the former mayor of South Bend, Indiana, who had 26 delegates.")).toBe(false);
    expect(standsAlone("Pete Buttigieg, the former mayor of South Bend, Indiana, had 26 delegates after Nevada.")).toBe(true);
    expect(standsAlone("Sentencing is scheduled for February 4 at the county court.")).toBe(false);
    expect(standsAlone("The rallies happened two days before the formal vote of the Electoral College.")).toBe(false);
    expect(standsAlone("The protesters then marched to the city hall, where 200 of them were arrested by police.")).toBe(false);
    expect(standsAlone("An estimated four million people overall took part in the protests.")).toBe(false);
    expect(standsAlone("An estimated four million people overall took part in the climate protests of September.")).toBe(true);
  });

  it("asks no sentence whose subject is a given name alone when the article names that person in full, but the headline's own", () => {
    const rfk = ["Sirhan was convicted of the assassination of presidential candidate Robert F. Kennedy in Los Angeles.", "Robert was shot in June 1968 in the kitchen of a hotel in Los Angeles."];
    expect(askedIn(rfk).filter((q) => q.evidence.text.startsWith("Robert was"))).toEqual([]);
    expect(askedIn(rfk, { headline: "Robert F. Kennedy remembered" }).filter((q) => q.evidence.text.startsWith("Robert was")).length).toBeGreaterThan(0);
  });

  it("offers no share on the wrong side of half, and types the figure after 'even'", () => {
    const half = "Nevada became the first state to begin a legislative session in which more than half of the elected officials were women, at 50.8 percent.";
    expect(askedIn([half], { types: ["choice"] }).filter((q) => q.answer === "50.8 percent")).toEqual([]);
    expect(askedIn([half.replace("more than half of the elected officials were women", "the elected officials were mostly women")], { types: ["choice"] }).filter((q) => q.answer === "50.8 percent").length).toBeGreaterThan(0);
    const even = "County sheriff Kerry Lee told the BBC even one percent of the expected visitors attending would be more than the town could handle.";
    for (const q of askedIn([even], { types: ["choice"] }).filter((x) => x.answer === "one percent")) {
      expect((q.options ?? []).filter((o) => normalizeAnswer(o) < normalizeAnswer(q.answer)).length).toBeGreaterThan(0);
    }
  });

  it("asks a round figure near the top of its order, typed too", () => {
    expect(blanksOf("Nearly 800 thousand customers were scheduled to be affected by the shutoffs, which began on Wednesday.")).toContain("800 thousand");
    expect(blanksOf("The storm left 800,000 customers without power across the state on Tuesday night.")).toContain("800,000");
  });

  it("gives a Korean leader's family name where a surname is swapped in", () => {
    const sample = sampleArticle();
    const qs = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(sample, { seed, count: 10 })));
    expect(qs.map((q) => q.prompt).filter((p) => /\bJong-un\b/.test(p) && !/\bKim Jong-un\b/.test(p))).toEqual([]);
    expect(analyzeArticle(sample).persons.find((p) => p.full === "Kim Jong-un")?.surname).toBe("Kim");
  });
});

describe("what readings YD and YE failed (2.14.20; sentences written for the test after Wikinews reports of 2019–2020, CC BY 2.5)", () => {
  it("asks no time beside its UTC time, no count of a list that includes counts, no bare magnitude, no span named as a thing", () => {
    const quake = "A strong quake was recorded at 4:53 a.m Thursday morning (2053 Wednesday night, UTC) in the town of Manay.";
    expect(blanksOf(quake)).toEqual([]);
    expect(blanksOf(quake.replace(" (2053 Wednesday night, UTC)", ""))).toContain("4:53 a.m");
    const damage = "The tremor damaged 143 buildings including 70 schools, 40 houses, seven health facilities and ten shops.";
    expect(blanksOf(damage)).toEqual([]);
    expect(blanksOf("The tremor damaged 143 buildings in the province, most of them schools and health facilities.")).toContain("143");
    expect(blanksOf("The landslide caused by the 5.0 earthquake buried three homes in the village of Sibulan.")).not.toContain("5.0");
    expect(blanksOf("The landslide caused by the magnitude 5.0 earthquake buried three homes in the village of Sibulan.")).toContain("5.0");
    const protests = "For the first time in the sixteen weeks of protests in Hong Kong, police fired a live round at a protester.";
    expect(blanksOf(protests)).not.toContain("sixteen weeks");
    expect(blanksOf(protests.replace("in the sixteen weeks of protests", "after sixteen weeks of protests"))).toContain("sixteen weeks");
  });

  it("counts the injured, and takes no year of the headline for a count", () => {
    expect(blanksOf("On Wednesday, the strong tremor left five dead and, by early reports, at least 30 injured.")).toContain("30");
    const delegates = "For a candidate to win the Democratic Party's nomination, a total of at least 1,991 delegates are needed.";
    const blanks = (headline: string): string[] => askedIn([delegates], { headline }).map((q) => blanked(q));
    expect(blanks("US state of Wisconsin holds 2020 election amid the pandemic")).toContain("1,991");
    expect(blanks("US state of Wisconsin holds election: 2,000 delegates at stake")).not.toContain("1,991");
  });

  it("knows a census's years, a president's number, running mates, the Brexit vote, shares that make a whole and a category 1 hurricane", () => {
    const census = "The administration has been trying to add a citizenship question to the upcoming 2020 census, a court heard.";
    expect(blanksOf(census)).toEqual([]);
    expect(blanksOf(census.replace("upcoming 2020 census", "census forms printed in 2020"))).toContain("2020");
    const biden = "Joe Biden was projected by media outlets to become the 46th President of the United States on Saturday.";
    expect(blanksOf(biden)).not.toContain("46th");
    expect(blanksOf(biden.replace("46th President of the United States", "46th speaker at the convention"))).toContain("46th");
    const palin = "In 2008, Sarah Palin was chosen by John McCain as his running mate, the first woman on a Republican ticket.";
    expect(blanksOf(palin)).toEqual([]);
    expect(blanksOf(palin.replace("as his running mate", "to lead the campaign's rally"))).toContain("2008");
    const brexit = "In 2016, the United Kingdom held a referendum on whether to remain part of the European Union.";
    expect(blanksOf(brexit)).toEqual([]);
    expect(blanksOf("In 2016, the United Kingdom held a referendum on whether to build a new airport runway.")).toContain("2016");
    expect(sharesMakeAWhole("About 52% of participating voters voted to leave and 48% to stay.")).toBe(true);
    expect(sharesMakeAWhole("The regulator has raised the cap on foreign ownership of airlines from 40% to 60%.")).toBe(false);
    const storm = "On the Saffir–Simpson scale, category 1 hurricanes must sustain winds of at least 74 miles per hour.";
    expect(blanksOf(storm)).not.toContain("74");
    expect(blanksOf("The storm brought winds of at least 74 miles per hour to the coast of Bermuda on Sunday.")).toContain("74");
  });

  it("asks no span in words that the years beside it give", () => {
    const served = "Biden himself served eight years as vice president from 2009 to 2017, under Barack Obama's administration.";
    expect(blanksOf(served)).not.toContain("eight years");
    expect(blanksOf(served.replace(" from 2009 to 2017", ""))).toContain("eight years");
  });

  it("takes 'The chain's …', 'held the position' and 'Reportedly also, …' for pointers", () => {
    expect(standsAlone("The chain's press release reported 22 sold units in the past year and a half, for around 200 million pounds.")).toBe(false);
    expect(standsAlone("Bolton had held the position since April 2018 and was the third official to serve in it.")).toBe(false);
    expect(standsAlone("Bolton had held the position of national security adviser since April 2018.")).toBe(true);
    expect(standsAlone("Reportedly also, Bolton often had disagreements with Mike Pompeo, the secretary of state.")).toBe(false);
    expect(standsAlone("Bolton often had disagreements with Mike Pompeo, the secretary of state, reports said.")).toBe(true);
  });

  it("writes a swapped count of thousands as thousands, and offers no two shares a point apart", () => {
    const people: Fact = { id: "0.0.0", kind: "number", text: "60 thousand", value: 60000, paragraph: 0, sentence: 0, start: 0, end: 11, flags: [] };
    expect(rewriteNumber(people, 40000)).toBe("40 thousand");
    const mail = "Most Montana residents vote through the mail, including 73% of votes in the 2018 midterm elections.";
    const options = askedIn([mail], { types: ["choice"] }).filter((q) => q.answer === "73%").map((q) => (q.options ?? []).map((o) => Number.parseFloat(o)));
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) for (const a of o) for (const b of o) if (a !== b) expect(Math.abs(a - b)).toBeGreaterThanOrEqual(3);
  });
});

describe("what readings YB and YC failed (2.14.18; sentences written for the test after OpenStax Chemistry 2e, CC BY-NC-SA 4.0, and Microbiology, CC BY-NC-SA 4.0)", () => {
  it("knows the water that covers 70 % of the Earth, the 90 elements found in nature, and MyPlate's food groups", () => {
    expect(blanksOf("Since 70% of the earth is covered with water, marine environments could be searched for new microbes.")).toEqual([]);
    expect(blanksOf("Since 70% of the samples are taken from water, marine environments could be searched for new microbes.")).toContain("70%");
    expect(blanksOf("Iron and copper are familiar examples of the known elements, of which about 90 occur naturally on the earth.")).not.toContain("90");
    expect(blanksOf("Iron and copper are familiar examples of the known metals, of which about 90 are mined on the earth.")).toContain("90");
    const plate = "MyPlate categorizes food into the standard six food groups: fruits, vegetables, grains, protein foods, dairy, and oils.";
    expect(askedIn([plate], { seeds: 6 }).filter((q) => q.kind === "list")).toEqual([]);
  });
});

describe("what readings XZ and YA failed (2.14.17; sentences written for the test after OpenStax Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("knows the embryo's three germ layers", () => {
    expect(blanksOf("As cell proliferation progresses, three major cell lineages are established within the embryo.")).toEqual([]);
    expect(blanksOf("As cell proliferation progresses, three major organ buds are established within the embryo.")).toContain("three");
  });
});

describe("what readings XX and XY failed (2.14.16; sentences written for the test after OpenStax Chemistry 2e, CC BY-NC-SA 4.0, and Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("swaps no figure of a negated sentence (the key would be wrong)", () => {
    const carbon = "Carbon atoms do not complete their valence shells by donating or accepting four electrons in most of their compounds.";
    expect(askedIn([carbon], { seeds: 6, types: ["true-false"] })).toEqual([]);
    expect(askedIn([carbon.replace("do not complete", "complete")], { seeds: 6, types: ["true-false"] }).length).toBeGreaterThan(0);
  });

  it("asks no 'per 100' of a per cent, no power of ten that lost its superscript, no count an octahedron gives", () => {
    const saline = "Physiological saline has a concentration of 0.9% mass/volume, indicating 0.9 g of solute per 100 mL of solution.";
    expect(blanksOf(saline)).not.toContain("100");
    expect(blanksOf("Physiological saline has a concentration of 9 g of solute per 100 mL of solution in most hospitals.")).toContain("100");
    const waves = "Wavelengths of kilometers (103 m) to picometers (10−12 m) have been observed in electromagnetic waves.";
    expect(blanksOf(waves)).toEqual([]);
    expect(blanksOf("As six ligands approach the metal ion along the axes of the octahedron, their charges repel the electrons.")).not.toContain("six");
    expect(blanksOf("As six ligands approach the metal ion along the axes of the crystal, their charges repel the electrons.")).toContain("six");
  });

  it("knows argon's place in the air, everyday unit conversions and the body's water either way round", () => {
    expect(blanksOf("Argon is the third most abundant gas in dry air at sea level.")).toEqual([]);
    expect(blanksOf("Argon is the third most abundant gas in the gases from the vents.")).toContain("third");
    expect(blanksOf("One kilogram is about 2.2 pounds, a little more than two of the old units.")).not.toContain("2.2 pounds");
    expect(blanksOf("Milk is sold in containers of 1 quart and one pint (0.5 quart) in most stores.")).not.toContain("0.5");
    expect(blanksOf("As much as 70 percent of an adult's body weight is water.")).toEqual([]);
  });

  it("takes 'One of these …' and 'Three of the nerves …' for pointers", () => {
    expect(standsAlone("One of these, neptunium, was first made in 1940 by bombarding uranium-238 with neutrons.")).toBe(false);
    expect(standsAlone("Three of the nerves are responsible for special senses only, whereas four others carry both.")).toBe(false);
    expect(standsAlone("Three of the twelve cranial nerves are responsible for special senses only, whereas four others carry both.")).toBe(true);
  });
});

describe("what reading XV failed (2.14.15; sentences written for the test after OpenStax Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("knows a pregnancy's 40 weeks and three trimesters, the hand's 14 phalanges and five metacarpals, and takes 'As you might expect' for a pointer", () => {
    const pregnancy = "The 40 weeks of an average pregnancy are usually discussed in terms of three trimesters, each approximately 13 weeks.";
    expect(blanksOf(pregnancy)).toEqual([]);
    expect(blanksOf("The 40 weeks of an average course are usually discussed in terms of three terms, each approximately 13 weeks.").length).toBeGreaterThan(0);
    expect(blanksOf("The fingers and thumb contain a total of 14 bones, each of which is a phalanx bone of the hand.")).toEqual([]);
    expect(blanksOf("The fingers and thumb contain a total of 14 small joints, each of which lets a part of the hand bend.")).toContain("14");
    expect(blanksOf("The palm of the hand is formed by five bones, each called a metacarpal bone.")).not.toContain("five");
    expect(standsAlone("As you might expect, a fibrocyte is the second most common cell type in connective tissue proper.")).toBe(false);
  });
});

describe("what reading XU failed (2.14.15; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0)", () => {
  it("knows Hooke's cells of 1665 and takes 'The largest on record', unnamed cases, 'those who do' and run-together sentences for pointers", () => {
    const hooke = "The English scientist Robert Hooke first used the term cells in 1665 to describe the small chambers within cork.";
    expect(blanksOf(hooke)).not.toContain("1665");
    expect(blanksOf(hooke.replace("Robert Hooke", "Nehemiah Grew").replace("cells", "vesicles"))).toContain("1665");
    expect(standsAlone("The largest on record was in 1941, with more than 3400 cases.")).toBe(false);
    expect(standsAlone("The largest epidemic of western equine encephalitis on record was in 1941, with more than 3400 cases.")).toBe(true);
    expect(standsAlone("Over 35,000 cases, including 1400 deaths, were confirmed between 1999 and 2004.")).toBe(false);
    expect(standsAlone("Over 35,000 cases of West Nile fever, including 1400 deaths, were confirmed between 1999 and 2004.")).toBe(true);
    expect(standsAlone("About 25% of those who do develop encephalitis die, and many who recover are impaired.")).toBe(false);
    expect(standsAlone("About 25% of patients who develop encephalitis die, and many who recover are impaired.")).toBe(true);
    expect(standsAlone("The first cases were reported in 2016.The Zika virus was first described in 1947 from monkeys in Uganda.")).toBe(false);
    expect(standsAlone("The Zika virus was first described in 1947 from monkeys in the Zika Forest of Uganda.")).toBe(true);
  });
});

describe("what reading XW failed (2.14.14; sentences written for the test after OpenStax Chemistry 2e, CC BY-NC-SA 4.0)", () => {
  it("asks no figure of a sentence that works its figures out from each other", () => {
    // (figures whose own quotient is not the ratio, as the source's "10−10 m … 10−15 m" is not: the sums check does not
    // see it)
    const atom = "The diameter of an atom is roughly 100 picometers, whereas the diameter of the nucleus is roughly 0.002 picometers—about 100,000 times smaller.";
    expect(askedIn([atom], { seeds: 6 })).toEqual([]);
    expect(askedIn([atom.replace("—about 100,000 times smaller", " across")], { seeds: 6 }).length).toBeGreaterThan(0);
    const electron = "The electron is a much lighter particle with a mass of about 0.00055 amu (it would take about 1800 electrons to equal the mass of one proton).";
    expect(blanksOf(electron)).toEqual([]);
  });
});

describe("what readings XR and XS failed (2.14.13; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0, and Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("asks no rank the opening 'After …,' gives and no week that follows the span the sentence gives", () => {
    const fungi = "After candidiasis, aspergillosis is the second most common hospital-acquired fungal infection in many countries.";
    expect(askedIn([fungi], { seeds: 6 })).toEqual([]);
    expect(blanksOf(fungi.replace("After candidiasis, aspergillosis", "Aspergillosis"))).toContain("second");
    const fetus = "A developing human is referred to as an embryo during weeks 3–8, and a fetus from the ninth week of gestation until birth.";
    expect(blanksOf(fetus)).not.toContain("ninth");
    expect(blanksOf(fetus.replace("during weeks 3–8, and", "early on, and"))).toContain("ninth");
  });

  it("knows the skeleton's 206 bones and the four parathyroid glands, and takes 'As you will recall' and 'previously discussed' for pointers", () => {
    expect(blanksOf("The adult human body has 206 bones, and each bone except the hyoid is connected to at least one other bone.")).toEqual([]);
    expect(blanksOf("The adult human hand has 27 bones, and each bone except the pisiform is connected to at least two other bones.")).toContain("27");
    expect(blanksOf("Most people have four parathyroid glands, but occasionally there are more in tissues of the neck or chest.")).toEqual([]);
    expect(standsAlone("As you will recall, a developing human is called a fetus from the ninth week of gestation until birth.")).toBe(false);
    expect(standsAlone("As with the previously discussed nerve tracts, the sensory pathways of the trigeminal pathway involve three neurons.")).toBe(false);
    expect(standsAlone("The sensory pathways of the trigeminal pathway each involve three successive neurons.")).toBe(true);
  });
});

describe("what readings XP and XQ failed (2.14.11; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0, and Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("asks no conversion in brackets, no counts tied by 'of which', and knows 23 chromosomes and the codon's three", () => {
    const icf = "In an average adult male, the fluid inside the cells accounts for about 25 liters (seven gallons) of the body's water.";
    expect(blanksOf(icf)).not.toContain("25");
    expect(blanksOf(icf)).not.toContain("seven");
    expect(blanksOf(icf.replace(" (seven gallons)", ""))).toContain("25");
    const rna = "In E. coli, RNA polymerase comprises six polypeptide subunits, five of which compose the polymerase core enzyme.";
    expect(blanksOf(rna)).toEqual([]);
    expect(blanksOf("In E. coli, RNA polymerase comprises six polypeptide subunits that together compose the polymerase core enzyme.")).toContain("six");
    expect(blanksOf("In humans a gamete carries 23 chromosomes, one half the number in body cells.")).not.toContain("23");
    expect(blanksOf("In humans a gamete carries 23 copies of each gene, one half the number in body cells.")).toContain("23");
    const frameshift = "Frameshift mutations, caused by insertions or deletions of a number of nucleotides that are not a multiple of three are extremely problematic because a shift in the reading frame results.";
    expect(blanksOf(frameshift)).not.toContain("three");
  });

  it("swaps no week a state was reached by, and takes 'much lower' with no 'than' for a pointer", () => {
    const somites = "By the sixth week, mesoderm tissue beside the notochord thickens and separates into a series of blocks called somites.";
    expect(askedIn([somites], { seeds: 6, types: ["true-false"] })).toEqual([]);
    expect(askedIn([somites.replace("By the sixth week", "In the sixth week")], { seeds: 6, types: ["true-false"] }).length).toBeGreaterThan(0);
    expect(standsAlone("Mortality rates are much lower (as low as 15%) in populations where vaccines are available.")).toBe(false);
    expect(standsAlone("Mortality rates are much lower than 40% (as low as 15%) in populations where vaccines are available.")).toBe(true);
    expect(standsAlone("Astronomers have identified streams from 12 small galaxies that ventured too close to the much larger Milky Way.")).toBe(true);
  });
});

describe("what readings XN and XO failed (2.14.10; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0, and Introduction to Business 2e, CC BY 4.0)", () => {
  it("takes a cut figure reference, 'Of its …', 'a subsequent lecture', 'much more slowly' with no 'than' and 'The business' for no prompt", () => {
    expect(standsAlone("Eukarya is currently divided into six supergroups that are further divided into subgroups, as illustrated in.")).toBe(false);
    expect(standsAlone("Eukarya is currently divided into six supergroups that are further divided into subgroups.")).toBe(true);
    expect(standsAlone("Of its roughly $4 billion budget for 2015–16, about $1 billion was funded by member states.")).toBe(false);
    expect(standsAlone("Of the WHO’s roughly $4 billion budget for 2015–16, about $1 billion was funded by member states.")).toBe(true);
    expect(standsAlone("In a subsequent lecture in 1864, Pasteur articulated the principle that life only comes from life.")).toBe(false);
    expect(standsAlone("In a public lecture in 1864, Pasteur articulated the principle that life only comes from life.")).toBe(true);
    expect(standsAlone("M. leprae grows much more slowly, with a doubling time of 14 days.")).toBe(false);
    expect(standsAlone("M. leprae grows much more slowly than E. coli, with a doubling time of 14 days.")).toBe(true);
    expect(standsAlone("The business was eventually acquired by Activision Blizzard in 2016.")).toBe(false);
  });

  it("asks no count of the items listed before it, and knows the 20 amino acids and the West African Ebola epidemic's years", () => {
    const climate = "The amount of government activity, the types of laws it passes, and the general political stability of a government are three components of political climate.";
    expect(blanksOf(climate)).not.toContain("three");
    expect(blanksOf(climate.replace("the types of laws it passes, and the general", "and the general"))).toContain("three");
    expect(blanksOf("A protein sequence consists of 20 commonly occurring amino acids.")).not.toContain("20");
    expect(blanksOf("A protein sequence consists of 20 commonly occurring building blocks.")).toContain("20");
    const ebola = "The importance of vigilance was made clear during the Ebola epidemic in western Africa through 2014–2015.";
    expect(blanksOf(ebola)).not.toContain("2014–2015");
    expect(blanksOf(ebola.replace("Ebola", "cholera"))).toContain("2014–2015");
  });
});

describe("what readings XL and XM failed (2.14.9; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0, and Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("knows Fleming's 1928, the first Earth Day, air's oxygen, the body's water, hemoglobin's four and a full turn", () => {
    expect(blanksOf("In 1928, Fleming returned from holiday and examined some old plates of staphylococci in his laboratory in London.")).not.toContain("1928");
    expect(blanksOf("In 1928, Smith returned from holiday and examined some old plates of yeast in his laboratory in London.")).toContain("1928");
    expect(blanksOf("In 1970, artist Walt Kelly developed a poster promoting Earth Day, featuring a character from his comic strip.")).not.toContain("1970");
    expect(blanksOf("Atmospheric air is only about 20 percent oxygen, but that oxygen is a key part of the reactions that produce ATP.")).not.toContain("20 percent");
    expect(blanksOf("Water makes up about 70 percent of an adult’s body mass, and it is the largest component of cells and blood.")).not.toContain("70 percent");
    expect(blanksOf("Each iron ion in the heme binds one oxygen molecule, so each hemoglobin molecule can transport four oxygen molecules.")).not.toContain("four");
    expect(blanksOf("A patient lies on a motorized platform while a CT scanner rotates 360 degrees around the patient, taking X-ray images.")).not.toContain("360");
  });

  it("asks no label's number, no prime, no rank names after it count out, no count the prefix 'tri' gives", () => {
    const koch = "Without a suitable nonhuman host, a researcher cannot evaluate postulate 5 without deliberately infecting humans, which presents obvious ethical concerns.";
    expect(blanksOf(koch)).not.toContain("5");
    expect(blanksOf(koch.replace("postulate 5", "5 postulates"))).toContain("5");
    const syphilis = "Syphilis is the third most prevalent sexually transmitted bacterial infection in the United States, after chlamydia and gonorrhea.";
    expect(blanksOf(syphilis)).not.toContain("third");
    expect(blanksOf(syphilis.replace(", after chlamydia and gonorrhea", ", health officials in Atlanta reported"))).toContain("third");
    expect(blanksOf("The prefix bi indicates that the biceps muscle has two origins and tri indicates three origins in the arm.")).not.toContain("three");
    const strand = "When the bond between the phosphates is broken, the energy released forms a bond between the incoming nucleotide and the free 3’-OH group on the growing strand.";
    expect(blanksOf(strand)).not.toContain("3");
    expect(blanksOf(strand.replace("free 3’-OH group", "free 3 OH groups"))).toContain("3");
  });

  it("takes 'that would equal', 'In the technique,' and 'one such' for pointers", () => {
    expect(standsAlone("Over one year, that would equal 10,000,000 liters or 2.6 million gallons of blood.")).toBe(false);
    expect(standsAlone("Over one year, the heart would pump 10,000,000 liters or 2.6 million gallons of blood.")).toBe(true);
    // (a quotation's "this" is its speaker's)
    expect(standsAlone("“Seventeen years ago, this would not have been possible at all,” said Roya Mahboob, who founded the team.")).toBe(true);
    expect(standsAlone("In the technique, a patient lies on a motorized platform while a scanner rotates around the patient.")).toBe(false);
    expect(standsAlone("In 1909, after screening more than 600 compounds, Sahachiro Hata found one such “magic bullet.”")).toBe(false);
    expect(standsAlone("In 1909, after screening more than 600 compounds, Sahachiro Hata found a “magic bullet.”")).toBe(true);
  });
});

describe("what readings XJ and XK failed (2.14.7; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0, and Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("takes 'The first breath …' for a sentence of its own, but not 'The second …' nor 'The first of the new missions'", () => {
    expect(standsAlone("The first breath typically is taken within 10 seconds of birth, after mucus is aspirated from the infant’s mouth and nose.")).toBe(true);
    expect(standsAlone("The second breath typically is taken within 10 seconds of the first, after mucus is aspirated from the infant’s mouth.")).toBe(false);
    expect(standsAlone("The first of the new missions, called Pathfinder, landed the first wheeled rover on the martian surface in 1997.")).toBe(false);
  });

  it("reads a sentence without its bare '(see Figure)', as its prompt shows it, but not one that points at a chart", () => {
    const virion = "The size of a virion can range from 20 nm for small viruses up to 900 nm for typical, large viruses (see Figure).";
    expect(standsAlone(virion)).toBe(true);
    expect(askedIn([virion]).every((q) => !q.prompt.includes("Figure"))).toBe(true);
    expect(standsAlone(virion.replace("(see Figure)", "(see the chart below)"))).toBe(false);
  });

  it("asks no count 'tricarboxylic' gives, nor a figure about a chart's axis", () => {
    const krebs = "The Krebs cycle is also called the tricarboxylic acid cycle because citric acid has three carboxyl groups in its structure.";
    expect(blanksOf(krebs)).not.toContain("three");
    expect(blanksOf(krebs.replace("tricarboxylic acid cycle", "citric acid cycle"))).toContain("three");
    const axis = "The scaling for the x-axis is logarithmic, so fluorescence intensity increases by a factor of 10 with each unit increase.";
    expect(blanksOf(axis)).not.toContain("10");
    expect(blanksOf(axis.replace("the x-axis", "the detector"))).toContain("10");
  });

  it("knows the Crimean War's years and the six carbons of glucose, and takes two sentences run together for no prompt", () => {
    const nightingale = "In 1854, Nightingale was part of a contingent of nurses dispatched by the British military to care for wounded soldiers during the Crimean War.";
    expect(blanksOf(nightingale)).not.toContain("1854");
    expect(blanksOf(nightingale.replace("during the Crimean War", "in a field hospital"))).toContain("1854");
    expect(blanksOf("Glucose has six carbon atoms and is found in the blood of most mammals.")).not.toContain("six");
    expect(blanksOf("Ribose has six carbon atoms and is found in the blood of most mammals.")).toContain("six");
    expect(standsAlone("Cresols were active ingredients in Lysol since its invention in 1889. o-Phenylphenol was commonly used in agriculture.")).toBe(false);
    expect(standsAlone("Cresols were active ingredients in Lysol since its invention in 1889, and phenols in agriculture.")).toBe(true);
  });
});

describe("what reading XI failed (2.14.5; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0)", () => {
  it("knows Jenner's 1796, and asks no share a count before it works out nor a threshold after a sign", () => {
    const jenner = "In 1796, Jenner tested his hypothesis by obtaining infectious samples from a person's active cowpox lesion and injecting the materials into a young boy.";
    expect(blanksOf(jenner)).not.toContain("1796");
    expect(blanksOf(jenner.replace("Jenner", "Hunter").replace("cowpox", "skin"))).toContain("1796");
    const ebola = "Only one of the eight patients died (a 12.5% mortality rate), which was much lower than the expected 80% mortality rate for Ebola in untreated patients.";
    expect(blanksOf(ebola)).not.toContain("12.5%");
    expect(blanksOf(ebola.replace("one of the eight", "one in a group of"))).toContain("12.5%");
    const shock = "Septic shock is a life-threatening decrease in blood pressure (systolic pressure <90 mm Hg) that starves cells and organs of oxygen.";
    expect(blanksOf(shock)).not.toContain("90");
    expect(blanksOf(shock.replace("<90", "of 90"))).toContain("90");
  });

  it("takes no life span's last year for the newest the text tells: an old year beside it is no report's background", () => {
    const woese = "In 1987, the American microbiologist Carl Woese (1928–2012) suggested that a large and diverse group of bacteria be called purple bacteria.";
    expect(blanksOf(woese)).toContain("1987");
    // (a year the text does tell, 25 years on: 1987 is then a report's background, as in the news)
    expect(blanksOf(woese.replace(" (1928–2012)", "").replace("bacteria.", "bacteria, a name dropped in 2012."))).not.toContain("1987");
  });
});

describe("what reading XH failed (2.14.3; sentences written for the test after OpenStax Microbiology, CC BY-NC-SA 4.0)", () => {
  it("takes 'For some perspective, consider that …' for an instruction", () => {
    const cell = "For some perspective, consider that a typical animal cell measures roughly 10 µm across but is still microscopic.";
    expect(askedIn([cell])).toEqual([]);
    expect(askedIn([cell.replace("For some perspective, consider that a", "A")]).length).toBeGreaterThan(0);
    expect(askedIn(["To simplify, let’s say that Saudi Arabia and the United States each have 100 worker hours (see Table 2)."])).toEqual([]);
  });

  it("reads 'smaller than that' after a figure, and an 'its' after 'rRNA', as the sentence's own", () => {
    const that = "An object must measure about 100 micrometers across to be visible without a microscope, but most microorganisms are many times smaller than that.";
    expect(standsAlone(that)).toBe(true);
    expect(standsAlone("Most microorganisms are many times smaller than that.")).toBe(false);
    expect(standsAlone("Although rRNA had long been thought to serve primarily a structural role, its catalytic role within the ribosome was proven in 2000.")).toBe(true);
    expect(standsAlone("Although it had long been thought to serve primarily a structural role, its catalytic role within the ribosome was proven in 2000.")).toBe(false);
  });

  it("asks no living person's birth year in brackets, nor a rank in the text's own count of kinds or steps", () => {
    const ribosome = "Scientists in the laboratories of Thomas Steitz (1940–) and Peter Moore (1939–) at Yale University were able to crystallize the ribosome structure from Haloarcula marismortui.";
    expect(blanksOf(ribosome)).not.toContain("1939");
    expect(blanksOf("In 1940, scientists in the laboratories of Thomas Steitz and Peter Moore at Yale University crystallized the ribosome.")).toContain("1940");
    expect(blanksOf("Transfer RNA is the third main type of RNA and one of the smallest, usually only 70–90 nucleotides long.")).not.toContain("third");
    expect(blanksOf("Transfer RNA was the third molecule that researchers at the Rockefeller Institute described in their 1958 paper.")).toContain("third");
  });
});

describe("what reading XG failed (2.14.1; sentences written for the test after OpenStax Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("asks no count 'quadrants' gives, nor the whole of a ratio after 'two of'", () => {
    const quadrants = "Health care providers typically divide the abdomen into either nine regions or four quadrants when they record a patient's pain.";
    expect(blanksOf(quadrants)).not.toContain("four");
    expect(blanksOf(quadrants.replace("quadrants", "zones"))).toContain("four");
    const ratio = "The American Cancer Society reports that two of 10 skin cancers found in the clinic are squamous cell carcinomas.";
    expect(blanksOf(ratio)).not.toContain("10");
    expect(blanksOf(ratio.replace("two of 10", "10"))).toContain("10");
    expect(blanksOf("The balance sheet, one of three financial statements generated from the accounting system, summarizes a firm’s financial position.")).toContain("three");
  });

  it("knows the 92 natural elements and carbon's six protons", () => {
    expect(blanksOf("All matter in the natural world is composed of one or more of the 92 fundamental substances called elements.")).not.toContain("92");
    expect(blanksOf("All matter in the natural world is composed of one or more of the 92 fundamental substances called minerals.")).toContain("92");
    expect(blanksOf("Carbon by definition is an element whose atoms contain six protons in the nucleus.")).not.toContain("six");
    expect(blanksOf("Sodium by definition is an element whose atoms contain 11 protons in the nucleus.")).toContain("11");
  });
});

describe("what reading XF failed (2.13.35; sentences written for the test after OpenStax Anatomy and Physiology 2e, CC BY 4.0)", () => {
  it("takes '(Figurea)' out of a prompt as '(Figure)' is", () => {
    const asked = askedIn(["A negative feedback system in the body has three basic components (Figurea)."]);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => !q.prompt.includes("Figure"))).toBe(true);
  });

  it("asks no count a term's own prefix gives, nor a range's end one after its start", () => {
    expect(blanksOf("The most common dietary lipids are triglycerides, which are made up of a glycerol molecule bound to three fatty acid chains.")).not.toContain("three");
    expect(blanksOf("The most common dietary lipids are fats, which are made up of a glycerol molecule bound to three fatty acid chains.")).toContain("three");
    expect(countInTerm("ATP, adenosine triphosphate, carries three phosphate groups.", 3)).toBe(true);
    expect(countInTerm("A trillion cells carry three phosphate groups.", 3)).toBe(false);
    const wrist = "Secondary ossification centers appear in the small bones of the wrist between the ages of 9 and 10 years in most children.";
    expect(blanksOf(wrist)).not.toContain("10 years");
    expect(blanksOf(wrist.replace("9 and", "6 and"))).toContain("10 years");
  });
});

describe("what reading XE failed (2.13.34; sentences written for the test after OpenStax Astronomy 2e, CC BY 4.0)", () => {
  it("takes a life span in brackets after a name opening a sentence about something else for an aside", () => {
    expect(blanksOf("Giovanni Battista Riccioli (1598–1671), an Italian astronomer, noted that the star Mizar appeared through his telescope as two stars.")).not.toContain("1598–1671");
    expect(blanksOf("Charles J. Fillmore (1929–2014) was an American linguist who taught at Berkeley in California.")).toContain("1929–2014");
  });

  it("asks no 'one year' a light-year names, and knows the solar system's 4.5 billion years", () => {
    expect(blanksOf("A light-year is the distance light travels in one year through empty space, astronomers at NASA say.")).not.toContain("one year");
    expect(blanksOf("Scientists at NASA spent one year mapping the far side of the Moon with the Lunar Orbiter probe.")).toContain("one year");
    expect(blanksOf("The primitive meteorites all have radioactive ages near 4.5 billion years.")).not.toContain("4.5 billion years");
    expect(blanksOf("The oldest rocks of Greenland have ages near 3.8 billion years.")).toContain("3.8 billion years");
  });
});

describe("what readings ZZM–ZZP keyed wrong (2.14.47; sentences written for the test after a Reuters newswire story of 1987)", () => {
  it("keys no quotation to the other person of a shared surname ('said Osamu Fukushima' beside Keijirou Fukushima)", () => {
    const paragraphs = [
      "Japanese investors are expected to keep buying U.S. bonds this year, fund managers said.",
      "\"Despite all the negative factors, we have definite demand for U.S. securities,\" said Osamu Fukushima, deputy manager of Mitsui Trust's securities department.",
      "Keijirou Fukushima, manager at Yamaichi Investment Trust's bond department, said, \"We would like to invest in U.S. bonds gradually, given an improved inflation outlook.\"",
      "\"We have already reduced forward dollar selling to 40 pct of our total foreign assets,\" said Yuji Miyaji of Nippon Life.",
    ];
    const facts = findFacts(articleOf(paragraphs));
    expect(facts.find((f) => f.kind === "quote" && f.text.startsWith("Despite"))?.speakerFull).toBeUndefined();
    expect(facts.find((f) => f.kind === "quote" && f.text.startsWith("We would like"))?.speakerFull).toBe("Keijirou Fukushima");
    const asked = askedIn(paragraphs, { seeds: 6 }).filter((q) => q.evidence.text.includes("Despite all"));
    for (const q of asked) expect(`${q.prompt} ${q.answer} ${q.explanation}`).not.toMatch(/Keijirou/);
  });
});

describe("what readings ZZM–ZZP failed (2.14.47; sentences written for the test after Reuters newswire stories of 1987)", () => {
  const promptsOf = (sentences: string[], headline?: string): string[] => askedIn(sentences, { seeds: 4, ...(headline ? { headline } : {}) }).map((q) => q.prompt);

  it("writes no wire exchange code in capitals after a business's name ('Mitsubishi Heavy Industries Ltd MITH.T')", () => {
    const shown = promptsOf([
      "Mitsubishi Heavy Industries Ltd MITH.T and C. Itoh and Co Ltd CITT.T have decided to sell their combined 65 pct stake in a Jakarta machinery maker to Caterpillar Tractor Co.",
      "Brent Walker Group Plc said it had agreed to buy Lonrho Plc's LRHO.L Metropole Casino Division for 121.55 mln stg.",
    ], "Japanese firms sell Indonesian stake");
    expect(shown.some((p) => p.includes("Mitsubishi"))).toBe(true);
    expect(shown.some((p) => p.includes("Metropole"))).toBe(true);
    expect(shown.filter((p) => /MITH\.T|CITT\.T|LRHO\.L/.test(p))).toEqual([]);
  });

  it("reads the wire's 'pct' as a share: no figure its sentence works out ('852,000 shares, or just over _____ of the roughly 4.26 mln')", () => {
    const s = "Dixons was left with only 852,000 shares, or just over 20 pct of the roughly 4.26 mln Cyclops shares outstanding.";
    for (const a of ["852,000", "20 pct", "4.26 mln"]) expect(workedFromTwoOthers(s, { start: s.indexOf(a), end: s.indexOf(a) + a.length }), a).toBe(true);
    expect(workedFromTwoOthers(s.replace("20 pct", "35 pct"), { start: s.indexOf("852,000"), end: s.indexOf("852,000") + 7 })).toBe(false);
    // (and a rate's options near the rate it rises from: 41, 32 and 53 pct beside "from 21.5 pct" left 23 pct alone)
    expect(nearestToAnchor("The bank said it will raise its indicator lending rate to _____ from 21.5 pct on April 7.", "23 pct", ["41 pct", "32 pct", "23 pct", "53 pct"])).toBe(true);
    expect(nearestToAnchor("The bank said it will raise its indicator lending rate to _____ from 21.5 pct on April 7.", "23 pct", ["22 pct", "24.5 pct", "23 pct", "25 pct"])).toBe(false);
  });

  it("asks nothing of a listing's line ('Quaker Oats Co OAT - Shelf offering of up to …')", () => {
    const line = "Quaker Oats Co OAT - Shelf offering of up to 250 mln dlrs of debt securities through Goldman, Sachs and Co.";
    expect(standsAlone(line)).toBe(false);
    expect(standsAlone("Quaker Oats Co said it filed a shelf offering of up to 250 mln dlrs of debt securities through Goldman, Sachs and Co.")).toBe(true);
    expect(standsAlone("Pennsylvania Power and Light Co PPL - Shelf offering of up to 500,000 shares of series preferred stock.")).toBe(false);
    // (a dateline in capitals is cut from the prompt, not the sentence dropped)
    expect(standsAlone("NEW YORK - Stocks of Quaker Oats Co rose sharply after it filed a shelf offering.")).toBe(true);
  });

  it("asks no convention or stock phrase: Japan's year ending March 31, 'By the year 2000', 'ten days to two weeks'", () => {
    const japan = "Shares of Japan's major mining corporations will be sold to the public before the fiscal year ending March 31, the finance minister told parliament.";
    expect(blanksOf(japan)).not.toContain("March 31");
    expect(blanksOf(japan.replace("Japan's", "Canada's"))).toContain("March 31");
    const y2000 = "By the year 2000, only 10 developing nations will still be exporting timber, a World Bank study said.";
    expect(blanksOf(y2000)).not.toContain("2000");
    expect(blanksOf(y2000.replace("By the year 2000", "By 2000"))).toContain("2000");
    const days = "Rep. Pat Roberts predicted a subsidy offer would be made within the next ten days to two weeks, aides said.";
    expect(blanksOf(days)).not.toContain("two weeks");
    expect(blanksOf(days.replace("ten days to ", ""))).toContain("two weeks");
  });
});

describe("what readings ZZQ–ZZT failed (2.14.50; sentences written for the test after Reuters newswire stories of 1987)", () => {
  it("swaps in or offers no figure on the other side of a figure of the same unit in the sentence than the answer", () => {
    const labor = "O'Reilly said the labor force at the British plants, trimmed to 3,000 workers last year, was further reduced to 2,500 this year.";
    expect(crossesAFigure(labor.replace("3,000", "_____"), "3,000", "2,000")).toBe(true);
    expect(crossesAFigure(labor.replace("3,000", "_____"), "3,000", "3,400")).toBe(false);
    const tea = "Coffee deliveries to the Coffee Board rose 17 pct and tea deliveries rose _____ in the first half, the minister said.";
    expect(crossesAFigure(tea, "four pct", "19 pct")).toBe(true);
    expect(crossesAFigure(tea, "four pct", "six pct")).toBe(false);
    const statements = askedIn([labor], { seeds: 8, types: ["true-false", "choice"] }).filter((q) => q.evidence.text === labor);
    expect(statements.length).toBeGreaterThan(0);
    const offered = statements.flatMap((q) => (q.type === "choice" ? (q.options ?? []) : [/trimmed to ([\d,]+)/.exec(q.prompt)?.[1] ?? ""]));
    expect(offered.filter((o) => /^\d/.test(o) && Number(o.replace(/\D/g, "")) < 2500 && Number(o.replace(/\D/g, "")) > 100)).toEqual([]);
  });
});

describe("what readings ZZU–ZZX failed (2.14.51; sentences written for the test after Reuters newswire stories of 1987)", () => {
  const promptsOf = (sentences: string[]): string[] => askedIn(sentences, { seeds: 4 }).map((q) => q.prompt);

  it("writes no bare ticker after a business's designator ('Westinghouse Electric Corp WX, which …', 'Pennzoil Co. PZL is …')", () => {
    const shown = promptsOf([
      "Westinghouse Electric Corp WX, which designed Brazil's only nuclear plant, has agreed to pay 50 mln dlrs compensation for errors made during the project, the plant's operators said.",
      "Texaco's bankruptcy shields it from posting a bond in its 10.53 billion dlr legal battle with Pennzoil Co. PZL until the fight reaches the Supreme Court, analysts said.",
      "Equiticorp Tasman Ltd said it will offer 4.15 dlrs a share cash for Monier Ltd, currently the subject of a 3.80 dlrs a share bid by CSR Ltd CSRA.S.",
    ]);
    expect(shown.some((p) => p.includes("Westinghouse Electric Corp,"))).toBe(true);
    expect(shown.some((p) => p.includes("Pennzoil Co. until"))).toBe(true);
    expect(shown.some((p) => p.includes("Monier"))).toBe(true);
    expect(shown.filter((p) => /\b(?:WX|PZL|CSRA\.S)\b/.test(p))).toEqual([]);
    // (a unit's country stays: "Ford Motor Co UK unit")
    expect(promptsOf(["Ford Motor Co UK unit said it will cut 3,000 jobs at its Dagenham plant this year."]).some((p) => p.includes("Co UK unit"))).toBe(true);
  });

  it("asks nothing of a sentence that leans on the one before ('Of the total, …', 'The striking price then was …', 'Asked if …, he said')", () => {
    for (const s of [
      "Of the total, 2,059,400 shares are held by GAMCO Investors Inc for investment purposes, the group said.",
      "The striking price then was 435 pence, 7.5 pct above the minimum tender price, a Treasury spokesman said.",
      "Asked if Japan was living up to its commitments, he said the economy grew by about 0.5 pct in the fourth quarter of 1986.",
      "Pointing to a likely widening of the French trade deficit to 2.9 billion dlrs this year, it warned of a loss of competitiveness.",
      "Currently it is halved between importers and exporters and the Soviet Union has a 30 pct share of the importer half.",
      "Analysts said it also raises BP's visibility ahead of the government's disposal of 31.7 pct of BP stock.",
      "CSR officials have made it clear that they see Redland taking the fourth option, with the two companies running Monier as a joint venture.",
      "Based on the current price of ETL shares of 1.05 dlrs, the alternative is worth 3.97 dlrs per share, ETL said.",
      "Dealers attributed the late rise to remarks by Prime Minister Yasuhiro Nakasone that major nations had agreed to stabilise the dollar.",
    ]) expect(standsAlone(s), s).toBe(false);
    for (const s of [
      "Of the total of 4.2 mln shares, GAMCO Investors Inc holds 2,059,400 for investment purposes, the group said.",
      "Asked if Japan was living up to its commitments, Miyazawa said the economy grew by about 0.5 pct in the fourth quarter of 1986.",
      "Analysts said it was too early to say whether BP would raise its offer for Standard Oil.",
      "Dealers attributed the dollar's late rise to remarks by Prime Minister Yasuhiro Nakasone.",
    ]) expect(standsAlone(s), s).toBe(true);
  });

  it("asks nothing of a sentence with the source's slip: a date no calendar has, a name in lower case, 'between … to'", () => {
    const fiscal = "Whale Securities analyst Howard Harlow said Anacomp's earnings for fiscal 1987 ending September 31 could double to 80 cts a share.";
    expect(standsAlone(fiscal)).toBe(false);
    expect(standsAlone(fiscal.replace("September 31", "September 30"))).toBe(true);
    expect(standsAlone("Gaviria submitted to the World Bank last week in New York a borrowing plan of 1.8 billion dlrs.")).toBe(true);
    expect(standsAlone("Gaviria submitted to the world bank last week in new york a borrowing plan of 1.8 billion dlrs.")).toBe(false);
    expect(standsAlone("Colombia, the only major latin american country not to have rescheduled its debt, owes 13.6 billion dlrs.")).toBe(false);
    const range = "Harlow said a fellow analyst estimates that Anacomp will pay between 100 mln dlrs to 150 mln dlrs for DatagraphiX.";
    expect(standsAlone(range)).toBe(false);
    expect(standsAlone(range.replace("dlrs to 150", "dlrs and 150"))).toBe(true);
  });

  it("asks no quoting unit, stock phrase or bare majority ('marks per _____', 'the big _____ securities companies', '51 pct')", () => {
    const fix = "The Swiss franc rose to a fix of 120.515 marks per 100 from 120.180, dealers said.";
    const at = (s: string, v: string, value: number): boolean => fixedByConvention(s, { kind: "number", start: s.indexOf(v), end: s.indexOf(v) + v.length, value });
    expect(at(fix, "100", 100)).toBe(true);
    expect(at(fix.replace("per 100", "against 100"), "100", 100)).toBe(false);
    expect(blanksOf(fix)).not.toContain("100");
    const big = "Finance Ministry officials asked the big four securities companies to help calm panic selling on the Tokyo Stock Exchange.";
    expect(at(big, "four", 4)).toBe(true);
    expect(at(big.replace("the big four securities", "four big securities"), "four", 4)).toBe(false);
    expect(blanksOf(big)).not.toContain("four");
    const smc = "A government commission that controls 51 pct of San Miguel Corp stock will raise its nominees on the board to nine from six.";
    expect(blanksOf(smc)).not.toContain("51 pct");
    expect(blanksOf(smc.replace("51 pct", "38 pct"))).toContain("38 pct");
  });

  it("asks no figure that changes by the same round factor as another of its sentence ('to 300 mln from 100 mln … to 36 mln from 12 mln')", () => {
    const usg = "USG Corp said it will ask shareholders to increase the authorized common shares to 300 mln from 100 mln and the preferred shares to 36 mln from 12 mln.";
    for (const a of ["300 mln", "36 mln"]) expect(workedFromTwoOthers(usg, { start: usg.indexOf(a), end: usg.indexOf(a) + a.length }), a).toBe(true);
    const other = usg.replace("36 mln", "40 mln");
    expect(workedFromTwoOthers(other, { start: other.indexOf("300 mln"), end: other.indexOf("300 mln") + 7 })).toBe(false);
  });

  it("asks no share of a poll whose others make up the hundred ('the Conservatives with _____, Labour with 34 and the Alliance on 23')", () => {
    const poll = "The Times poll of marginal seats showed the Conservatives with 42 pct, Labour with 34 and the Alliance on 23.";
    expect(sharesMakeAWhole(poll)).toBe(true);
    expect(sharesMakeAWhole(poll.replace("on 23", "on 13"))).toBe(false);
    expect(blanksOf(poll)).not.toContain("42 pct");
  });

  it("writes the wire's capitals after 'U.S.' small when they are no name's ('the U.S. Hit a record … U.S. Dlrs', 'the U.S., Which …')", () => {
    const sentences = [
      "Taiwan's surplus with the U.S. Hit a record 13.6 billion U.S. Dlrs in 1986, and the U.S., Which buys half its exports from 11 U.S. Cities, wants it cut.",
      "Exporters in every city were squeezed by the rise of the Taiwan dollar, officials said, and the U.S. Trade Representative will visit Taipei.",
    ];
    const words = capitalsAfterInitials(sentences);
    expect(lowerAfterInitials(sentences[0] as string, words)).toBe("Taiwan's surplus with the U.S. hit a record 13.6 billion U.S. dlrs in 1986, and the U.S., which buys half its exports from 11 U.S. cities, wants it cut.");
    expect(lowerAfterInitials(sentences[1] as string, words)).toBeUndefined();
  });
});

describe("what readings ZZZA–ZZZD failed (2.14.52; sentences written for the test after Reuters newswire stories of 1987)", () => {
  it("asks no part of a total its other parts give ('Of the 28 mln tonnes total, 15 mln … wheat, _____ … and the remaining one mln')", () => {
    const s = "Of the 28 mln tonnes total, 15 mln tonnes will be wheat, 12 mln tonnes coarse grains, and the remaining one mln tonnes pulses, USDA said.";
    for (const a of ["28 mln", "15 mln", "12 mln"]) expect(workedFromTwoOthers(s, { start: s.indexOf(a), end: s.indexOf(a) + a.length }), a).toBe(true);
    const t = s.replace("remaining one mln", "remaining three mln");
    expect(workedFromTwoOthers(t, { start: t.indexOf("12 mln"), end: t.indexOf("12 mln") + 6 })).toBe(false);
  });

  it("asks no Japanese business year's end with its year ('the business year ending in _____', March 1988)", () => {
    const s = "Profits of Japanese service companies are likely to fall in the business year ending in March 1988, Bumpei Otsuki said.";
    const at = s.indexOf("March 1988");
    expect(fixedByConvention(s, { kind: "date", start: at, end: at + 10 })).toBe(true);
    expect(fixedByConvention(s.replace("March 1988", "June 1988"), { kind: "date", start: at, end: at + 9 })).toBe(false);
  });

  it("asks nothing of a sentence with the source's slip or a body the sentences before named ('…, Weinberger said', 'the Bank said')", () => {
    for (const s of [
      "Weinberger said four U.S. destroyers attacked the platform about 120 miles east of Bahrain, Weinberger said.",
      "Hanns Christian Schroeder-Hohenwarth added, a planned reform of the tax system scheduled for 1990 was an important step.",
      "Giving a 200 mln dlr loan in balance of payments support, the Bank said it will monitor the trade reform.",
      "Pakistan's 1986/87 exports at 3.6 billion dlrs, 18.2 per cent more than in the previous year, and imports at 5.23 billion dlrs.",
      "Early morning gusty winds in Chicago brought the wind chill to 15 and 25 degrees below zero.",
    ]) expect(standsAlone(s), s).toBe(false);
    for (const s of [
      "Weinberger said four U.S. destroyers attacked the platform about 120 miles east of Bahrain, the Pentagon said.",
      "Hanns Christian Schroeder-Hohenwarth added that a planned reform of the tax system scheduled for 1990 was an important step.",
      "Giving a 200 mln dlr loan in balance of payments support, the World Bank said it will monitor the trade reform.",
      "The Bank of Japan said it will keep its discount rate at 2.5 pct.",
      "Pakistan's exports rose to 3.6 billion dlrs in 1986/87, 18.2 per cent more than in the previous year.",
      "Early morning gusty winds in Chicago brought the wind chill to between 15 and 25 degrees below zero.",
      "Japan's exports and imports rose to 5 and 6 pct of output respectively, the ministry said.",
    ]) expect(standsAlone(s), s).toBe(true);
  });

  it("writes a name the article misspells once as it writes it elsewhere ('by Toyko and Bonn' beside 'Tokyo')", () => {
    const sentences = [
      "Tokyo and Bonn agreed to stimulate their economies, officials said.",
      "On February 22 the six nations agreed, given commitments by Washington to cut its deficit and by Toyko and Bonn to boost growth.",
      "Tokyo dealers said the dollar would stay firm.",
    ];
    const names = namesMisspelt(sentences);
    expect(namesRespelled(sentences[1] as string, names)).toBe("On February 22 the six nations agreed, given commitments by Washington to cut its deficit and by Tokyo and Bonn to boost growth.");
    const prompts = askedIn(sentences, { seeds: 4 }).map((q) => q.prompt);
    expect(prompts.some((p) => p.includes("by Tokyo and Bonn"))).toBe(true);
    expect(prompts.filter((p) => p.includes("Toyko"))).toEqual([]);
    // (a name written right once and a different name written more often are left alone)
    expect(namesMisspelt(["Nakasone met Nakasone's aides.", "Nakasone said Yasuhiro was there."]).size).toBe(0);
  });
});

describe("what readings ZZZA–ZZZD keyed wrong (2.14.52; sentences written for the test after a Reuters newswire story of 1987)", () => {
  it("keys a quotation to the person after a business and a title ('said Merrill Lynch Commodity Marketing Vice President Neil McGarrity')", () => {
    const paragraphs = [
      "Three U.S. exchanges now compete for a 100-ounce gold futures contract, brokers said.",
      "\"The climate could not be better for this venture by the CME,\" said Merrill Lynch Commodity Marketing Vice President Neil McGarrity.",
      "\"Everybody is talking about metals now, and daily trading ranges provide opportunities for bulls and bears,\" McGarrity added.",
      "\"If the dollar rises, traders can sell currencies and buy gold,\" said David Johnson, CME's manager of currency products.",
    ];
    const facts = findFacts(articleOf(paragraphs));
    expect(facts.find((f) => f.kind === "quote" && f.text.startsWith("The climate"))?.speakerFull).toBe("Neil McGarrity");
    const asked = askedIn(paragraphs, { seeds: 6 });
    expect(asked.filter((q) => `${q.answer} ${(q.options ?? []).join(" ")}`.includes("Marketing") || (/is quoted as saying/.test(q.prompt) && q.prompt.includes("Marketing")))).toEqual([]);
  });
});

describe("what readings ZZZC–ZZZD failed (2.14.52; sentences written for the test after Reuters newswire stories of 1987)", () => {
  it("swaps no figure far from its pair in the sentence ('opened at 1,040 rupees against yesterday's closing of 759.00')", () => {
    const tata = "Tata Steel opened today higher at 1,040 rupees against yesterday's closing of 1,012.50 rupees.";
    const stem = tata.replace("1,012.50", "_____");
    expect(farFromItsPair(stem, "1,012.50 rupees", "759.00 rupees")).toBe(true);
    expect(farFromItsPair(stem, "1,012.50 rupees", "990.00 rupees")).toBe(false);
    const irs = "The Internal Revenue Service estimates about _____ individual income tax returns will be filed this year, up from last year's 94 mln forms.";
    expect(farFromItsPair(irs, "100 mln", "300 mln")).toBe(true);
    expect(farFromItsPair(irs, "100 mln", "110 mln")).toBe(false);
    const round = "Tata Steel opened today higher at 1,040 rupees against yesterday's closing of 1,000 rupees, brokers said.";
    const statements = askedIn([round], { seeds: 12, types: ["true-false"] }).filter((q) => q.answer === "false");
    // (its candidates for 1,040 are 1,870 and 2,390: no statement at all, the sentence asked as a typed blank instead)
    expect(askedIn([round], { seeds: 4 }).some((q) => q.evidence.text === round)).toBe(true);
    for (const q of statements) {
      const shown = [...q.prompt.matchAll(/([\d,]+(?:\.\d+)?) rupees/g)].map((m) => Number((m[1] as string).replace(/,/g, "")));
      expect(Math.max(...shown) / Math.min(...shown), q.prompt).toBeLessThan(1.34);
    }
  });
});
