import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../find-facts";
import { gradeAnswer } from "../grade-answer";
import { joinAnswerKey, makeQuiz, standsAlone } from "../make-quiz";
import { articleOf } from "../test-helpers";
import { findLists, listIn } from "./list";

/** A section of *Introduction to Business 2e* with one counted list among sentences the other forms do not ask. */
const PLANNING = [
  "Planning begins with the mission statement, which says why the organization exists and what it hopes to become.",
  "There are four basic types of planning: strategic, tactical, operational, and contingency.",
  "Strategic planning involves creating long-range goals for the firm as a whole and deciding how to reach them.",
  "Tactical planning turns those broad goals into specific plans for each department of the company.",
  "Operational planning sets the short-term standards and schedules that guide the daily work of employees.",
  "Contingency planning prepares the firm for events that could disrupt its plans, such as a fire or a strike.",
];

/** The counted-list questions of a text's quizzes over a few seeds. */
function listQuestions(paragraphs: string[]) {
  const article = articleOf(paragraphs);
  return [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })).filter((q) => q.kind === "list"));
}

/** The answers the finder would blank in one sentence, whatever the rest of the text. */
function blanks(sentence: string): string[] {
  return findLists(analyzeArticle(articleOf([sentence, "Managers study each of these with care before they commit the firm to a course."])), (t) => standsAlone(t)).map((f) => f.text);
}

describe("counted lists: a sentence that names how many there are and then each of them", () => {
  it("asks one item of the list typed, the sentence as its prompt and evidence, and grades the item typed as right", () => {
    const asked = listQuestions(PLANNING);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.type).toBe("cloze");
      expect(q.evidence.text).toBe(PLANNING[1]);
      expect(q.prompt).toBe(PLANNING[1]?.replace(q.answer, "_____"));
      expect(["strategic", "tactical", "operational", "contingency"]).toContain(q.answer);
      expect(gradeAnswer(q, q.answer.toUpperCase()).correct).toBe(true);
      expect(gradeAnswer(q, "financial").correct).toBe(false);
    }
  });

  it("reads the items of a list after a colon, a dash or 'are', up to a closing figure reference", () => {
    expect(listIn("There are four basic types of planning: strategic, tactical, operational, and contingency.")?.items.map((i) => i.text)).toEqual(["strategic", "tactical", "operational", "contingency"]);
    expect(listIn("The three main types of unsecured short-term loans are trade credit, bank loans, and commercial paper.")?.items.map((i) => i.text)).toEqual(["trade credit", "bank loans", "commercial paper"]);
    expect(listIn("There are four main regions in the stomach: the cardia, fundus, body, and pylorus (Figure).")?.items.map((i) => i.text)).toEqual(["the cardia", "fundus", "body", "pylorus"]);
    const s = "Economists classify unemployment into four types: frictional, structural, cyclical, and seasonal.";
    const items = listIn(s)?.items ?? [];
    expect(items.map((i) => s.slice(i.start, i.end))).toEqual(["frictional", "structural", "cyclical", "seasonal"]);
  });

  it.each([
    ["a count the list does not match (it runs on)", "There are four basic types of planning: strategic, tactical, and operational."],
    ["some of them only ('three of the key aspects')", "Three of the key aspects of production control are routing, scheduling, and dispatching."],
    ["the others of a set named before ('the other three functions')", "First, it helps managers to determine the success of the other three functions: planning, organizing, and leading."],
    ["at least so many", "Economists name at least three types of unemployment: frictional, structural, and cyclical."],
    ["a pair (the other item answers it)", "Firms have two main borrowing methods: banks and bonds."],
    ["items that are clauses", "There are three steps: the firm sets its goals, it weighs the options, and it acts."],
    ["an item of more than four words", "The labor relations process consists of three phases: union organizing, negotiating a new labor agreement with managers, and administering the agreement."],
    ["an item in brackets", "The three main measures of liquidity are the current ratio, the acid-test (quick) ratio, and net working capital."],
  ])("takes no list with %s", (_, sentence) => {
    expect(blanks(sentence)).toEqual([]);
  });

  it("takes a list with no count when it is whole all the same: the main kinds of something, what something is made of", () => {
    // ("demand deposits", "time deposits": the word they share gives the pattern)
    expect(blanks("The U.S. money supply is composed of currency, demand deposits, and time deposits.")).toEqual(["currency"]);
    // ("tariff" inside "nontariff": neither is blanked)
    expect(blanks("The major obstacles to international trade are natural barriers, tariff barriers, and nontariff barriers.")).toEqual(["natural"]);
  });

  it.each([
    ["'include' (some of them)", "The key functions that managers perform include planning, organizing, leading, and controlling."],
    ["'examples are'", "Common examples are patents, copyrights, trademarks, and goodwill."],
    ["a plain subject with 'are' (a description, not the kinds)", "The best observatory sites are high, dark, and dry."],
    ["an item that is itself a count", "Nervous tissue is composed of two types of cells, neurons and glial cells."],
  ])("takes no uncounted list with %s", (_, sentence) => {
    expect(blanks(sentence)).toEqual([]);
  });

  it("blanks only the word the items do not share, and accepts it with the shared word", () => {
    const facts = findLists(analyzeArticle(articleOf(["Managers’ roles fall into three basic categories: informational roles, interpersonal roles, and decisional roles.", "Each role calls on different skills."])), (t) => standsAlone(t));
    expect(facts.map((f) => f.text).sort()).toEqual(["decisional", "informational", "interpersonal"]);
    expect(facts.find((f) => f.text === "decisional")?.list?.accept).toEqual(["decisional roles"]);
  });

  it("keeps in the prompt the noun the last item carries for all of them ('and _____ skills')", () => {
    const text = ["Managerial skills fall into three basic categories: technical, human relations, and conceptual skills.", "Each level of management calls on them in a different mix."];
    const facts = findLists(analyzeArticle(articleOf(text)), (t) => standsAlone(t));
    const conceptual = facts.find((f) => f.text === "conceptual");
    expect(conceptual?.list?.accept).toEqual(["conceptual skills"]);
    expect(facts.map((f) => f.text)).not.toContain("conceptual skills");
  });

  it("blanks no item the others give: a word or a form they share, a series they continue", () => {
    // "mass customization, and customization" beside "mass production"
    expect(blanks("In general, there are three types of production: mass production, mass customization, and customization.")).toEqual([]);
    // "-pharynx": the others give the ending
    expect(blanks("The pharynx is divided into three major regions: the nasopharynx, the oropharynx, and the laryngopharynx.")).toEqual([]);
    // "top, middle, and …": the series gives the level, but not "supervisory"
    expect(blanks("Generally, the management structure has three levels: top, middle, and supervisory management.")).toEqual(["supervisory"]);
    // "none" is no kind of consequence a reader learns
    expect(blanks("There are three basic types of consequences: positive, negative, and none.")).toEqual([]);
  });

  it("blanks the least familiar item first, and no list of everyday words (reading XG)", () => {
    // "hinge" failed as the joint every reader knows; "condyloid" passed
    expect(blanks("The six types of synovial joints are pivot, hinge, condyloid, saddle, plane, and ball-and-socket joints.")[0]).toBe("condyloid");
    // "everyone knows words are made of roots, prefixes and suffixes": four lines of four failed
    expect(blanks("Anatomical terms are made up of roots, prefixes, and suffixes.")).toEqual([]);
    expect(blanks("Anatomical terms are made up of roots, prefixes, and eponyms.")).not.toEqual([]);
    // (terms of a trade written as compounds are no everyday list)
    expect(blanks("There are three main types of facility layouts: process, product, and fixed-position.")).not.toEqual([]);
  });

  it("asks no list a reader learns at school (reading XH)", () => {
    expect(blanks("Microorganisms are found in each of the three domains of life: Archaea, Bacteria, and Eukarya.")).toEqual([]);
    expect(blanks("Microorganisms are found in each of the three groups of life: Archaea, Bacteria, and Firmicutes.")).not.toEqual([]);
  });

  it("reads 'There are …' and 'The three …' openings as no pointer, but a sentence that opens on 'This' still leans on the one before", () => {
    expect(blanks("The three main types of unsecured short-term loans are trade credit, bank loans, and commercial paper.").sort()).toEqual(["bank loans", "commercial paper", "trade credit"]);
    expect(blanks("This test is based on the theory that people can be classified into six basic types: realistic, investigative, artistic, social, enterprising, and conventional.")).toEqual([]);
  });
});
