import { describe, expect, it } from "vitest";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { garbledWord, misspelledWord, namesInLowerCase, recased, respelled } from "./misspelling";
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

describe("slips no single edit mends, and names written in lower case (2.14.42, from readings ZZA–ZZC)", () => {
  const report = (sentence: string): string[] => [
    "Norvale Inc said it would sell its insurance unit to a group of investors for 120 mln dlrs.",
    sentence,
    "The unit earned 14 mln dlrs last year, a spokeswoman said.",
    "Norvale said the sale would close by the end of June.",
  ];
  const asked = (sentences: string[]) => [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(sentences, "Norvale to sell insurance unit"), { seed, count: 40 })));

  it("finds a word two letters off a common word of seven letters or more, and no real word", () => {
    expect(garbledWord("The unit is now less than 30 pct owned by the finanancial services group.", once)).toBe("finanancial");
    expect(garbledWord("Ward said his attornies had offered to put the money in escrow.", once)).toBe("attornies");
    expect(garbledWord("The usuaually quiet market moved.", once)).toBe("usuaually");
    expect(garbledWord("The unit is now less than 30 pct owned by the financial services group.", once)).toBeUndefined();
    // real words the corpus and WordNet lack: a prefix, a suffix, two words run together, a short word
    expect(garbledWord("The revalued currency, the uncanned soyoil and the speedier oilmen were massless.", once)).toBeUndefined();
    expect(garbledWord("The cetane number of the fuel rose.", once)).toBeUndefined();
  });

  it("asks nothing of a report's sentence that holds one, and keeps the textbook's terms", () => {
    const slip = "Norvale is now less than 30 pct owned by the finanancial services group American Holdings.";
    const qs = asked(report(slip));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => q.evidence.text === slip).map((q) => q.prompt)).toEqual([]);
    const fixed = "Norvale is now less than 30 pct owned by the financial services group American Holdings.";
    expect(asked(report(fixed)).some((q) => q.evidence.text === fixed)).toBe(true);
  });

  it("writes a place or a set of capitals the article writes elsewhere with its capital, and no everyday word", () => {
    const names = namesInLowerCase([
      "Ecuador was forced to suspend oil exports after an earthquake damaged its pipeline.",
      "Venezuela's OPEC output quota is 1.495 mln bpd, and ecuador's has been set at 210,000 bpd, opec said.",
      "The bill was passed in May; may it rest.",
      "The WHO said the talks would help, and who could object?",
      "The plan dates from World War II; see part (ii).",
    ]);
    expect(names.has("who")).toBe(false);
    expect(names.has("ii")).toBe(false);
    expect(names.get("ecuador")).toBe("Ecuador");
    expect(names.get("opec")).toBe("OPEC");
    expect(names.has("may")).toBe(false);
    expect(recased("Venezuela's quota is 1.495 mln bpd, and ecuador's has been set at _____ bpd.", names)).toBe("Venezuela's quota is 1.495 mln bpd, and Ecuador's has been set at _____ bpd.");
    expect(recased("The bill was passed.", names)).toBeUndefined();
    const qs = asked([
      "Ecuador was forced to suspend oil exports for four months after an earthquake damaged its main pipeline, officials said.",
      "Venezuela will lend ecuador 50,000 barrels a day of crude oil to cover its domestic needs, officials said.",
      "Ecuador's energy minister said the repairs would cost about 80 mln dlrs.",
    ]);
    const lent = qs.filter((q) => q.evidence.text.startsWith("Venezuela will lend"));
    expect(lent.length).toBeGreaterThan(0);
    for (const q of lent) expect(q.prompt).toContain("lend Ecuador");
  });
});

describe("a month's name misspelt and 'u.s.' written small (2.14.48, from readings ZZM and ZZP)", () => {
  it("writes the month a capitalised slip stands for, and 'U.S.' for 'u.s.', in a prompt", () => {
    expect(respelled("Oil exports rose to 939 mln stg in February from 723 mln in Jnauary.", new Map())).toBe("Oil exports rose to 939 mln stg in February from 723 mln in January.");
    expect(respelled("Sales fell in Febuary and rose in Ocotber.", new Map())).toBe("Sales fell in February and rose in October.");
    expect(respelled("The drop in u.s. corn acreage will be the largest since 1983.", new Map())).toBe("The drop in U.S. corn acreage will be the largest since 1983.");
  });

  it("leaves names a letter away from a month, and plurals, as written", () => {
    expect(respelled("Marcy Aprils and Augusta Smith said so in March.", new Map())).toBeUndefined();
  });
});
