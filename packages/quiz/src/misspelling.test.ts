import { describe, expect, it } from "vitest";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { misspelledWord, respelled } from "./misspelling";
import { articleOf } from "./test-helpers";

/** Every question a one-sentence article's quizzes ask over four seeds. */
const askedIn = (sentence: string) => [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf([sentence]), { seed, count: 40 })));

// sentences written for the test after the source slips readings ZF, ZI, ZN, ZT and ZW failed (BBC News 2004–05,
// Reuters 1987, Wikinews 2020)

const once = new Map<string, number>();

describe("the source's misspellings (misspelledWord)", () => {
  it("finds a word one letter dropped, added or two swapped from a common one", () => {
    expect(misspelledWord("Martina Hingis makes her return to competitve tennis after two years out.", once)).toBe("competitve");
    expect(misspelledWord("Quantech said Henry Ginsburg has rsigned as president.", once)).toBe("rsigned");
    expect(misspelledWord("The sale was tentatively schedualed for January 1988.", once)).toBe("schedualed");
    expect(misspelledWord("Kimura made her profesional wrestling debut in 2016.", once)).toBe("profesional");
    expect(misspelledWord("Restoring the allowance is controversal but might work.", once)).toBe("controversal");
  });

  it("takes no real word for one: inflections, words WordNet holds, plurals of terms, a word the article writes twice", () => {
    expect(misspelledWord("Economists classify unemployment into frictional, structural and cyclical types.", once)).toBeUndefined();
    expect(misspelledWord("The inputs and outputs of the refiners were halving.", once)).toBeUndefined();
    expect(misspelledWord("The solute dissolves; the nebulae glow; the shales crack.", once)).toBeUndefined();
    expect(misspelledWord("Agent issuers and purchasers met the gamers.", once)).toBeUndefined();
    expect(misspelledWord("The ainvest fund backs the wondery network.", once)).toBeUndefined();
    expect(misspelledWord("The kenaf plant is grown in Texas; kenaf fibre makes paper.", new Map([["kenaf", 2]]))).toBeUndefined();
    expect(misspelledWord("He has rsigned; he rsigned again.", new Map([["rsigned", 2]]))).toBeUndefined();
  });

  it("writes it in a prompt as the word it stands for, the evidence as the source wrote it", () => {
    const qs = askedIn("Martina Hingis makes her return to competitve tennis after two years out of the game at the Volvo Women's Open in Pattaya on Tuesday.");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.prompt).toContain("competitive tennis");
      expect(q.evidence.text).toContain("competitve tennis");
    }
    expect(respelled("The hotel collasped and the sale was schedualed for May.", once)).toBe("The hotel collapsed and the sale was scheduled for May.");
    expect(respelled("The hotel collapsed.", once)).toBeUndefined();
  });

  it("asks no misspelled word as the answer, which a reader would type as it should be", () => {
    const article = articleOf(["There are three basic types of business contracts: spoken contracts, writen contracts, and implied contracts.", "Contracts bind the parties who sign them."], "Business law");
    const qs = [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    expect(qs.some((q) => q.answer === "spoken" || q.answer === "implied")).toBe(true);
    expect(qs.filter((q) => q.answer === "writen").map((q) => q.prompt)).toEqual([]);
  });
});
