import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../find-facts";
import { joinAnswerKey, makeQuiz, standsAlone } from "../make-quiz";
import { articleOf } from "../test-helpers";
import type { BuildContext } from "../make-questions";
import { findConcepts, indexConcepts } from "../find-concepts";
import { createRng } from "../rng";
import { contentWords } from "../sentence-centrality";
import { choiceType } from "./choice";
import { causeDistractors, findCauses } from "./cause";

// plain sentences written for these tests
const tests = { standsAlone, leansOnEarlier: () => false };
const causesIn = (...sentences: string[]) => findCauses(analyzeArticle(articleOf(sentences)), tests);
/** The wrong reasons a true/false statement may use for each cause of the article (no concept index: phrases from the text). */
const wrongReasons = (paragraphs: string[]) => {
  const analysis = analyzeArticle(articleOf(paragraphs, "Riverton bridge closed"));
  // causeDistractors reads only the concept index from the build context, absent here
  const ctx = {} as BuildContext;
  return findCauses(analysis, tests).flatMap((f) => causeDistractors(f, ctx, false));
};
/** The cause questions the builder makes from an article (the quiz maker asks none since readings O–U: see make-quiz.ts). */
const causeQuestions = (paragraphs: string[], seed = 1) => {
  const article = articleOf(paragraphs, "Riverton bridge closed");
  const analysis = analyzeArticle(article);
  const { concepts } = findConcepts(article, analysis.sentences, analysis.facts);
  const rng = createRng(seed);
  const keys = { true: 0, false: 0 };
  const ctx = {
    analysis,
    rng,
    sentenceOf: (f) => analysis.sentences.find((s) => s.paragraph === f.paragraph && s.sentence === f.sentence),
    concepts: indexConcepts(concepts, analysis.sentences, contentWords),
    nextTrueFalse: () => (keys.true < keys.false ? true : keys.true > keys.false ? false : rng.next() < 0.5),
  } as BuildContext; // the cause builders read only these
  return findCauses(analysis, tests).flatMap((f) => {
    const q = choiceType.build(f, ctx);
    if (q?.type === "true-false") keys[q.answer === "true" ? "true" : "false"] += 1;
    return q ? [q] : [];
  });
};

const BRIDGE = "Riverton council closed the old bridge on Monday because engineers found deep cracks in the steel supports.";
const OTHERS = [
  "Drivers now take a longer road to the airport.",
  "Traffic on the river road doubled during the spring.",
  "Parking fees in the city centre rose sharply last year.",
  "Local shops in the city lost many customers over the summer.",
  "A new ferry service across the river opened in March.",
  "Bus services in the city ran late for most of the winter.",
];

describe("cause questions", () => {
  it("asks the reason a sentence gives, with other things the article reports as options", () => {
    const [q] = causeQuestions([BRIDGE, ...OTHERS]);
    expect(q?.type).toBe("choice");
    expect(q?.prompt).toBe("According to the article, Riverton council closed the old bridge on Monday because _____.");
    expect(q?.answer).toBe("engineers found deep cracks in the steel supports");
    expect(q?.options).toHaveLength(4);
    expect(q?.options).toContain(q?.answer);
    // the distractors are clauses the article states elsewhere, not the sentence right after the evidence
    for (const o of q?.options ?? []) if (o !== q?.answer) expect(OTHERS.slice(2).some((s) => s.toLowerCase().startsWith(o.toLowerCase()))).toBe(true);
    expect(q?.explanation).toContain(BRIDGE);
    expect(q?.evidence.text).toBe(BRIDGE);
  });

  it("states the effect in other words with the real reason or another reported one when too few options exist, true and false both", () => {
    const few = [BRIDGE, OTHERS[0] as string, OTHERS[1] as string, OTHERS[4] as string];
    const asked = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => causeQuestions(few, seed));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.type === "true-false" && q.prompt.startsWith("True or false? According to the article, the reason Riverton council closed the old bridge on Monday is that "))).toBe(true);
    expect(new Set(asked.map((q) => q.answer))).toEqual(new Set(["true", "false"]));
    const wrong = asked.find((q) => q.answer === "false");
    expect(wrong?.prompt).toContain("is that a new ferry service across the river opened in March.");
    expect(wrong?.explanation).toContain("“engineers found deep cracks in the steel supports” as the reason");
  });

  it("puts a reason that opens its sentence after the effect ('Because Y, X')", () => {
    const [c] = causesIn("Because heavy storms damaged the steel supports, Riverton council closed the old bridge on Monday.");
    expect(c?.text).toBe("heavy storms damaged the steel supports");
    const [q] = causeQuestions(["Because heavy storms damaged the steel supports, Riverton council closed the old bridge on Monday.", ...OTHERS]);
    expect(q?.prompt).toBe("According to the article, Riverton council closed the old bridge on Monday because _____.");
  });

  it("reads a noun-phrase reason after 'due to' and a subject that 'caused' something", () => {
    expect(causesIn("Flights were cancelled at the regional airport due to heavy snow over the weekend.").map((c) => c.text)).toEqual(["heavy snow over the weekend"]);
    expect(causesIn("Heavy snow over the weekend caused long delays at the regional airport.").map((c) => c.text)).toEqual(["Heavy snow over the weekend"]);
  });

  it("leaves out a reason with a pronoun subject, in the first person, inside a quotation, denied or hedged", () => {
    expect(causesIn("It closed the old bridge on Monday because engineers found deep cracks in the steel supports.")).toEqual([]);
    expect(causesIn("Riverton council closed the old bridge on Monday because it was no longer safe.")).toEqual([]);
    expect(causesIn("Our team closed the old bridge on Monday because we found deep cracks in the steel supports.")).toEqual([]);
    expect(causesIn("“The council closed the old bridge on Monday because engineers found deep cracks,” the mayor said.")).toEqual([]);
    expect(causesIn("Riverton council closed the old bridge on Monday, but not because engineers found deep cracks in the steel supports.")).toEqual([]);
    expect(causesIn("Riverton council closed the old bridge on Monday, partly because engineers found deep cracks in the steel supports.")).toEqual([]);
    // a reason someone denies (reading S)
    expect(causesIn("Riverton sporting director Tom Hale has denied that coach Sam Reed resigned because of a clash of personalities at the club.")).toEqual([]);
  });

  it("lets a possessive stand in the reason only when the effect names its owner, and keeps a party's capital", () => {
    const tories = "Labour campaign chief Alan Milburn said the Tories were in turmoil because Mr Flight had exposed their hidden plans.";
    expect(causesIn(tories).map((c) => c.text)).toEqual(["Mr Flight had exposed their hidden plans"]);
    expect(causesIn("Riverton council closed the old bridge on Monday because Mr Flight had exposed their hidden plans.")).toEqual([]);
    const asked = [1, 2, 3].flatMap((seed) => causeQuestions([tories, ...OTHERS], seed));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((q) => q.prompt.includes("According to the article, Labour campaign chief Alan Milburn said"))).toBe(true);
  });

  it("offers no noun phrase cut from its number ('5 km circumference')", () => {
    const paragraphs = [
      "Heavy snow over the weekend caused long delays at the regional airport.",
      ...OTHERS,
      "The new ring road has a 5 km circumference of the river ferry terminal.",
      "A strike of river ferry workers ended in June.",
      "The port handled fewer ships in May.",
    ];
    const shown = [1, 2, 3, 4, 5, 6].flatMap((seed) => causeQuestions(paragraphs, seed)).map((q) => `${q.prompt} ${q.options?.join(" ") ?? ""}`).join(" | ");
    expect(shown).toContain("caused long delays at the regional airport");
    expect(shown.toLowerCase()).not.toContain("km circumference");
  });

  it("offers no noun phrase without its owner, none from a sentence on the same event, and makes a stand-in agree", () => {
    const snow = "Heavy snow over the weekend caused long delays at the regional airport.";
    const base = [snow, ...OTHERS, "Tourist numbers fell sharply over the river ferry winter season."];
    expect(wrongReasons([...base, "A strike of river ferry workers ended in June."])).toContain("a strike of river ferry workers");
    expect(wrongReasons([...base, "Riverton voters rejected Mr Flight's high river ferry fares in May."])).not.toContain("high river ferry fares");
    expect(wrongReasons([...base, "A strike of river ferry workers brought long delays to the regional trains."])).not.toContain("a strike of river ferry workers");
    const plural = [1, 2, 3, 4, 5, 6, 7, 8]
      .flatMap((seed) => causeQuestions(["Heavy snow over the weekend has caused long delays at the regional airport.", ...OTHERS, "River ferry workers held long strikes across the region in June.", "Riverton voters rejected high river ferry fares in May."], seed))
      .filter((q) => q.answer === "false");
    expect(plural.some((q) => / (?:strikes|fares) have caused long delays/.test(q.prompt))).toBe(true);
    expect(plural.some((q) => /s has caused/.test(q.prompt))).toBe(false);
  });

  it("takes a clause after a phrase of time, and no example or definition", () => {
    const base = [BRIDGE, ...OTHERS];
    expect(wrongReasons([...base, "On Tuesday, Lakeside bus drivers voted for a river ferry strike."])).toContain("Lakeside bus drivers voted for a river ferry strike");
    expect(wrongReasons([...base, "Lakeside ferry crews set an example for river workers in the city."]).join(" | ")).not.toContain("example");
  });

  it("keeps a name's capital when a stand-in or the true subject opens a statement", () => {
    const paragraphs = ["Robert Peston's new book has prompted more talk about the city parking fees.", ...OTHERS, "A strike of river ferry workers ended in June."];
    const prompts = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => causeQuestions(paragraphs, seed)).map((q) => q.prompt);
    expect(prompts.some((p) => p.includes("According to the article, Robert Peston's new book has prompted"))).toBe(true);
    expect(prompts.some((p) => p.includes("robert Peston"))).toBe(false);
  });

  it("asks no named deed's result (history known without the article), and drops an 'also' that points back", () => {
    expect(causesIn("The Riverton Bridge Act led to the closure of the old bridge on Monday.")).toEqual([]);
    expect(causesIn("A sudden rain storm on Sunday night caused long delays at the regional airport.").map((c) => c.text)).toEqual(["A sudden rain storm on Sunday night"]);
    const [q] = causeQuestions(["Riverton council also closed the old bridge on Monday because engineers found deep cracks in the steel supports.", ...OTHERS]);
    expect(q?.prompt).toBe("According to the article, Riverton council closed the old bridge on Monday because _____.");
  });

  it("reads no timetable as a reason ('is due to open')", () => {
    expect(causesIn("Riverton council in the north of the county is due to open the new bridge in the spring.")).toEqual([]);
    // reading S
    expect(causesIn("The meeting between the council leader and the engineers is due to take place at 1330 GMT in Riverton.")).toEqual([]);
  });

  it("offers no reason the article gives elsewhere, and no example or supposition, as a wrong option", () => {
    const paragraphs = [
      BRIDGE,
      ...OTHERS,
      "Heavy rain had weakened the river banks near the old bridge.",
      "Boat crews could close the ferry service during the winter.",
    ];
    const all = [1, 2, 3, 4, 5, 6].flatMap((seed) => causeQuestions(paragraphs, seed));
    const shown = all.flatMap((q) => [...(q.options ?? []), q.prompt]).join(" | ").toLowerCase();
    expect(all.length).toBeGreaterThan(0);
    expect(shown).not.toContain("heavy rain");
    expect(shown).not.toContain("ferry service during the winter");
  });

  it("is not asked in quizzes: readers passed 7 of 28 lines (readings O–U)", () => {
    const paragraphs = [BRIDGE, ...OTHERS, "Riverton airport cancelled forty flights on Tuesday because the runway lights failed."];
    const qs = [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(paragraphs, "Riverton bridge closed"), { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.kind === "cause")).toEqual([]);
    // the builder still makes them
    expect(causeQuestions(paragraphs).length).toBeGreaterThan(0);
  });
});
