import { describe, expect, it } from "vitest";
import { analyzeArticle, type Fact } from "../find-facts";
import type { BuildContext } from "../make-questions";
import { standsAlone } from "../make-quiz";
import { createRng } from "../rng";
import { articleOf } from "../test-helpers";
import { findStatements, makeStatementTrueFalse, turnRound } from "./statement";

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

describe("statements (kind statement, off in the quiz: see TYPES_FOR), built from the finder", () => {
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
