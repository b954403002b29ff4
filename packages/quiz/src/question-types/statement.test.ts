import { describe, expect, it } from "vitest";
import { analyzeArticle, type Fact } from "../find-facts";
import type { BuildContext } from "../make-questions";
import { standsAlone } from "../make-quiz";
import { createRng } from "../rng";
import { articleOf } from "../test-helpers";
import { joinAnswerKey, makeQuiz } from "../make-quiz";
import { findContrasts, findContrastSets, findStatements, makeStatementTrueFalse, turnRound } from "./statement";

describe("turnRound: a sentence with its one word of direction turned round", () => {
  it.each([
    ["Japan's exports rose 5% in January, the finance ministry said.", "Japan's exports fell 5% in January, the finance ministry said."],
    ["The committee approved the plan after a long debate at the town hall.", "The committee rejected the plan after a long debate at the town hall."],
    ["Federer won the final in straight sets on Sunday afternoon.", "Federer lost the final in straight sets on Sunday afternoon."],
    ["The trade deficit widened to $50bn in December.", "The trade surplus widened to $50bn in December."],
    ["Interest rates are at their highest level for three years.", "Interest rates are at their lowest level for three years."],
    ["Higher prices for oil hit the airline's profits last year.", "Lower prices for oil hit the airline's profits last year."],
  ])("%s", (text, turned) => {
    expect(turnRound(text)).toBe(turned);
  });

  it.each([
    ["two words of direction ('fell … fell')", "Exports rose 5% while imports fell 2% in January."],
    ["a negation ('did not fall' may hold too)", "Shares did not rise on Monday."],
    ["a comparison with what was expected", "Sales rose less than expected in the three months to December."],
    ["a word inside a compound", "The oil firm launched a higher-grade fuel for its customers in the north."],
    ["a name at the start ('Rose Smith')", "Rose Smith took the award for best actress on Sunday."],
    ["a word only listed as an opposite ('lost' a match or a lead)", "The team lost the final in straight sets on Sunday."],
    ["a word inside a quotation", "The minister said prices had \"risen sharply\" over the winter."],
  ])("leaves alone %s", (_, text) => {
    expect(turnRound(text)).toBeUndefined();
  });
});

describe("statements turned by their word of direction (their finder is not called by the quiz: see TYPES_FOR), built from the finder", () => {
  const text = [
    "The city council voted on Tuesday to close three library branches to save money.",
    "The council's libraries committee approved the plan after a long debate at the town hall.",
    "Campaigners collected signatures from parents and teachers across the city during the spring.",
    "Visits to the branches fell sharply after the council shortened their opening hours last year.",
    "Local schools offered their own rooms to the reading groups that met in the branches.",
  ];
  const analysis = analyzeArticle(articleOf(text));
  const sentenceOf = (f: Fact) => analysis.sentences.find((s) => s.paragraph === f.paragraph && s.sentence === f.sentence);
  const asked = [1, 2, 3, 4, 5, 6].flatMap((seed) => {
    const rng = createRng(seed);
    const ctx = { analysis, rng, sentenceOf } as BuildContext; // the builder reads only these three
    return findStatements(analysis, standsAlone).flatMap((f) => {
      const s = sentenceOf(f);
      return s ? (makeStatementTrueFalse(f, s, ctx) ?? []) : [];
    });
  });

  it("asks a sentence as written (true) or turned round (false), the sentence as evidence", () => {
    expect(new Set(asked.map((q) => q.evidence.text))).toEqual(new Set([text[3]]));
    expect(asked.some((q) => q.answer === "true")).toBe(true);
    expect(asked.some((q) => q.answer === "false")).toBe(true);
    for (const q of asked) {
      expect(q.type).toBe("true-false");
      const shown = q.prompt.replace(/^True or false\? /, "");
      if (q.answer === "true") expect(shown).toBe(q.evidence.text);
      else expect(shown).toBe(turnRound(q.evidence.text));
    }
  });
});

// sentences written for the test after OpenStax Introduction to Business 2e (CC BY 4.0)
describe("sister terms: kinds the text sets side by side, asked true or false as written or with the other kind (2.13.32)", () => {
  const text = [
    "A balance sheet divides what a firm owns into current assets and fixed assets.",
    "Current assets are cash and the things a firm expects to turn into cash within a year.",
    "Fixed assets are long-term assets such as land, buildings and machines.",
    "An intangible asset is a long-term asset with no physical existence, such as a trademark.",
    "Managers need technical, human relations, and conceptual skills.",
    "Human relations skills are the skills managers use to work with people every day.",
    "Good conceptual skills let a manager see the organization as a whole and plan its future.",
    "Conceptual skills matter most for the managers who set a company's long-term plans.",
    "Fixed assets may be sold when a company needs cash quickly.",
    "Cash in the tills of a shop is counted on the balance sheet every night (current assets).",
  ];
  const sentences = text;

  it("finds a set from a coordination whose terms the text uses again, three times in all", () => {
    expect(findContrastSets(sentences)).toEqual([{ modifiers: ["current", "fixed"], head: "asset" }]);
    // the terms used once more in all: a passing pair, no set
    expect(findContrastSets(sentences.slice(0, 3))).toEqual([]);
    // "human relations skills" is no "relations skills": the middle of a longer name is no kind's word
    expect(findContrastSets(sentences).some((set) => set.modifiers.includes("relations"))).toBe(false);
  });

  it("asks a sentence naming one kind, as written or with the other kind's word, once per set and not where a hedge makes both true", () => {
    const article = articleOf(text);
    const facts = findContrasts(analyzeArticle(article), standsAlone);
    expect(facts.map((f) => [f.text, f.statement?.turned])).toEqual([
      [text[1], "Fixed assets are cash and the things a firm expects to turn into cash within a year."],
      [text[2], "Current assets are long-term assets such as land, buildings and machines."],
    ]);
    const analysis = analyzeArticle(article);
    const sentenceOf = (f: Fact) => analysis.sentences.find((s) => s.paragraph === f.paragraph && s.sentence === f.sentence);
    const built = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((seed) => {
      const ctx = { analysis, rng: createRng(seed), sentenceOf } as BuildContext; // the builder reads only these three
      return facts.flatMap((f) => {
        const s = sentenceOf(f);
        return s ? (makeStatementTrueFalse(f, s, ctx) ?? []) : [];
      });
    });
    expect(built.some((q) => q.answer === "true")).toBe(true);
    expect(built.some((q) => q.answer === "false")).toBe(true);
  });

  it("is not asked in a quiz since 2.14.3 (readings XA–XH passed 32 of 69 lines): the finder and builder stay", () => {
    const asked = [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(text), { seed, count: 40 }))).filter((q) => q.kind === "statement");
    expect(asked).toEqual([]);
    expect(findContrasts(analyzeArticle(articleOf(text)), standsAlone).length).toBeGreaterThan(0);
  });

  it("sets 'a'/'an' before the kind's word it puts in", () => {
    const text2 = [
      "The balance sheet lists tangible assets and intangible assets apart.",
      "An intangible asset is a long-term asset with no physical existence, such as a trademark.",
      "Tangible assets are things like machines and buildings that a firm can touch.",
      "The firm's intangible assets include its brand and its patents.",
    ];
    const facts = findContrasts(analyzeArticle(articleOf(text2)), standsAlone);
    expect(facts.map((f) => f.statement?.turned)).toContain("A tangible asset is a long-term asset with no physical existence, such as a trademark.");
  });

  it("takes no set whose kinds one stem and two opposite prefixes name, nor a term with its abbreviation (reading XC)", () => {
    const fluids = [
      "The body's water is divided into intracellular fluid and extracellular fluid.",
      "Intracellular fluid makes up about two-thirds of the body's water.",
      "Extracellular fluid surrounds the cells and carries nutrients to them.",
      "Blood plasma is part of the extracellular fluid of the body.",
    ];
    expect(findContrastSets(fluids)).toEqual([]);
    expect(findContrastSets(fluids.map((t) => t.replace(/intracellular/gi, (w) => (w[0] === "I" ? "Cellular" : "cellular"))))).toEqual([{ modifiers: ["cellular", "extracellular"], head: "fluid" }]);
    const abbreviated = [
      "A balance sheet divides what a firm owns into current assets and fixed assets.",
      "Current assets (CA) are cash and the things a firm expects to turn into cash within a year.",
      "Fixed assets are long-term assets such as land, buildings and machines.",
      "A firm lists its fixed assets at their cost less depreciation.",
    ];
    const turned = findContrasts(analyzeArticle(articleOf(abbreviated)), standsAlone).map((f) => f.text);
    expect(turned).not.toContain(abbreviated[1]);
    expect(turned).toContain(abbreviated[2]);
  });
});
