import { describe, expect, it } from "vitest";
import { joinAnswerKey, makeQuiz } from "../make-quiz";
import { articleOf } from "../test-helpers";
import { negate } from "./statement";

describe("negate: a sentence with its main verb negated", () => {
  it.each([
    ["The Bank of England raised interest rates to 4.75% in August.", "The Bank of England did not raise interest rates to 4.75% in August."],
    ["Shares in the company were suspended on Monday.", "Shares in the company were not suspended on Monday."],
    ["The European Central Bank has cut its main interest rate.", "The European Central Bank has not cut its main interest rate."],
    ["The firm makes cars in three countries.", "The firm does not make cars in three countries."],
    ["Enron collapsed in 2001 after it emerged that it had hidden debts.", "Enron did not collapse in 2001 after it emerged that it had hidden debts."],
    ["The six-member Afghan team consists entirely of girls.", "The six-member Afghan team does not consist entirely of girls."],
    ["Local communities would be asked to go to the polls to elect their own police commissioner.", "Local communities would not be asked to go to the polls to elect their own police commissioner."],
  ])("%s", (text, negated) => {
    expect(negate(text)).toBe(negated);
  });

  it.each([
    ["a negation already", "The bank did not raise interest rates in August."],
    ["a hedge", "The bank may raise interest rates in August."],
    ["what someone said", "The bank said interest rates would rise in August."],
    ["what someone insists", "Wenger insists he has complete faith in the Spanish goalkeeper signed last summer."],
    ["what would appear", "Bellamy's latest outburst would appear to make his chances of a recall remote."],
    ["what someone observed", "The Deseret News observed that the hashtag had become an international phenomenon."],
    ["a quantifier ('not every')", "Every team in the contest was sent a collection of robot parts."],
    ["a clause before the subject", "After news of the arrest was reported, Mohamed received support online."],
    ["a second clause after a comma", "Teams were arranged in groups of three, and groups faced off in pairs."],
    ["'has' as the main verb", "The government has 500 staff in the region."],
    ["a verb written as its lemma (present or past)", "Federer beat Hewitt in straight sets in the final."],
    ["a question", "Will the bank raise interest rates in August?"],
  ])("leaves alone %s", (_, text) => {
    expect(negate(text)).toBeUndefined();
  });
});

describe("statements in a quiz (kind statement)", () => {
  const text = [
    "The city council voted on Tuesday to close three library branches to save money.",
    "The council's libraries committee approved the plan after a long debate at the town hall.",
    "Campaigners collected signatures from parents and teachers across the city during the spring.",
    "The central library will stay open and will take on the books of the branches that close.",
    "Local schools offered their own rooms to the reading groups that met in the branches.",
  ];
  const asked = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(text), { seed, count: 40 }))).filter((q) => q.kind === "statement");

  it("asks a sentence as written (true) or with its verb negated (false), the sentence as evidence", () => {
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((q) => q.answer === "true")).toBe(true);
    expect(asked.some((q) => q.answer === "false")).toBe(true);
    for (const q of asked) {
      expect(q.type).toBe("true-false");
      const shown = q.prompt.replace(/^True or false\? /, "");
      if (q.answer === "true") expect(shown).toBe(q.evidence.text);
      else expect(shown).toBe(negate(q.evidence.text));
    }
  });
});
