import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../find-facts";
import { joinAnswerKey, makeQuiz } from "../make-quiz";
import { articleOf } from "../test-helpers";
import type { BuildContext } from "../make-questions";
import { createRng } from "../rng";
import { findRoleFacts, findRoles, makeRoleChoice } from "./role";

// plain sentences written for these tests, in the shapes news reports describe people (readings L–O)
const rolesIn = (paragraphs: string[]) => Object.fromEntries(findRoles(analyzeArticle(articleOf(paragraphs))).map((r) => [r.person, r.role]));
/** The who-is-who questions the builder makes from an article's descriptions (the quiz maker asks none: see make-quiz.ts). */
const roleQuestions = (paragraphs: string[], seed = 1) => {
  const analysis = analyzeArticle(articleOf(paragraphs, "Steel prices climb again"));
  const ctx = {
    analysis,
    rng: createRng(seed),
    sentenceOf: (f) => analysis.sentences.find((s) => s.paragraph === f.paragraph && s.sentence === f.sentence),
  } as BuildContext; // the builder reads only these three
  return findRoleFacts(analysis).flatMap((f) => makeRoleChoice(f, ctx) ?? []);
};

const THREE = [
  "Steel prices rose by 4% in March, the third monthly rise in a row, industry figures showed on Tuesday.",
  '"Demand from builders is still strong," said Norbank economist Petra Lindqvist, who expects prices to keep rising.',
  "Tomas Berg, an analyst at research firm Metalwatch, said smaller mills were struggling to buy enough ore.",
  "The rise was welcomed by Anna Holt, chief executive of the Steelmakers Association, who said it would protect 2,000 jobs.",
  "Builders warned that the cost of a new house could rise by £3,000 if prices stay this high until the summer.",
  "Orders from car makers also rose, according to Jonas Falk, head of sales at the Tarnby mill, who hired 40 workers.",
];

describe("who is who (role.ts)", () => {
  it("reads a description before the name and an apposition after it, as written", () => {
    expect(rolesIn(THREE)).toEqual({
      "Petra Lindqvist": "Norbank economist",
      "Tomas Berg": "analyst at research firm Metalwatch",
      "Anna Holt": "chief executive of the Steelmakers Association",
      "Jonas Falk": "head of sales at the Tarnby mill",
    });
  });

  it("takes no words that are not a description, no head of state, nothing that leans on someone else", () => {
    const roles = rolesIn([
      "Chelsea defender Marco Reyes reportedly met Blues boss Jorge Alves on Friday, the club said.",
      '"He is the right man," said French president Jean Morel after the talks in Paris on Monday.',
      "The site was built by Facebook creator Martin Ekwall, who left the firm in 2004.",
      "Lampard's shot was strong enough to force home keeper Sam Hurst into a fine save before half-time.",
      "Gough brought on defender Goran Petrov, midfielder Gabor Nagy, and striker Ivan Kos at the interval.",
      "Last week Reid, along with fellow flanker Colin Dyer, was all but ruled out of the match.",
      "Former manager Paul Grant praised his successor Luis Varga, who took over at the club in June.",
      '"We will win the league," Varga told reporters after the match on Saturday.',
    ]);
    expect(roles["Jorge Alves"]).toBeUndefined();
    expect(roles["Jean Morel"]).toBeUndefined();
    expect(roles["Martin Ekwall"]).toBeUndefined();
    expect(roles["Sam Hurst"]).toBeUndefined();
    // the next item of a list is someone else, and "fellow" is what he is to another player
    expect(roles["Goran Petrov"]).toBeUndefined();
    expect(roles["Colin Dyer"]).toBeUndefined();
    expect(roles["Luis Varga"]).toBeUndefined();
  });

  it("asks who a person is among the descriptions of the article's other people", () => {
    const qs = [1, 2, 3].flatMap((seed) => roleQuestions(THREE, seed));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.type).toBe("choice");
      expect(q.prompt).toMatch(/^According to the article, who is (?:Petra Lindqvist|Tomas Berg|Anna Holt|Jonas Falk)\?$/);
      expect(q.options?.length).toBe(4);
      // the right description is written in the sentence shown as evidence, word for word
      expect(q.evidence.text).toContain(q.answer);
      expect(q.evidence.text.slice(q.evidence.start, q.evidence.end)).toBe(q.answer);
    }
  });

  it("is not asked in quizzes: readers passed 12 of 35 lines (readings P–S)", () => {
    const qs = [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(THREE, "Steel prices climb again"), { seed, count: 40 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.kind === "role")).toEqual([]);
  });

  it("asks whose description it is among the article's people when it describes too few to offer", () => {
    const two = [
      "Steel prices rose by 4% in March, the third monthly rise in a row, industry figures showed on Tuesday.",
      '"Demand from builders is still strong," said Norbank economist Petra Lindqvist, who expects prices to keep rising.',
      '"Smaller mills are struggling to buy enough ore," Tomas Berg told reporters at a conference in Leeds on Monday.',
      '"The rise will protect 2,000 jobs," Anna Holt said in a statement, adding that exports were also up by 6%.',
      '"Orders from car makers are up too," Jonas Falk said on Wednesday, after the mill hired 40 more workers.',
    ];
    const qs = [1, 2, 3, 4, 5].flatMap((seed) => roleQuestions(two, seed));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.prompt).toBe("According to the article, who is the Norbank economist?");
      expect(q.answer).toBe("Petra Lindqvist");
      expect([...(q.options ?? [])].sort()).toEqual(["Anna Holt", "Jonas Falk", "Petra Lindqvist", "Tomas Berg"]);
    }
  });
});
