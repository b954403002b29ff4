import { describe, expect, it } from "vitest";
import { findClaims } from "./find-claims";
import { analyzeArticle } from "./find-facts";
import { joinAnswerKey, leansOnEarlier, makeQuiz } from "./make-quiz";
import { articleOf } from "./test-helpers";

const claimsOf = (...paragraphs: string[]) => findClaims(analyzeArticle(articleOf(paragraphs)).sentences);

describe("findClaims", () => {
  it("finds the word that turns a sentence's claim over, with its opposite", () => {
    const [claim, ...rest] = claimsOf("The massacre outraged the North, and the Union refused to engage in any future exchanges of prisoners.");
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ kind: "claim", text: "refused to", opposite: "agreed to" });
    expect(claimsOf("A compound consists of atoms of two or more elements combined in a small, whole-number ratio.")[0]).toMatchObject({
      text: "small",
      opposite: "large",
    });
  });

  it("leaves sentences whose reversal is not plainly false", () => {
    // a negation, a possibility, a condition, both words of a pair, a quotation, a name, an idiom
    expect(claimsOf("Prices did not rise in the northern provinces during the long winter months.")).toEqual([]);
    expect(claimsOf("Officials said the number of visitors could increase sharply over the coming years.")).toEqual([]);
    expect(claimsOf("If interest rates rose again, many families in the region would lose their homes.")).toEqual([]);
    expect(claimsOf("Share prices rose in the morning and fell sharply again in the afternoon session.")).toEqual([]);
    expect(claimsOf("“The crowd grew all afternoon,” the organiser told reporters outside the stadium on Sunday.")).toEqual([]);
    expect(claimsOf("The bill passed through the parliament of Lower Saxony with support from every party.")).toEqual([]);
    expect(claimsOf("The bridge was named after the engineer who designed it in the nineteenth century.")).toEqual([]);
    expect(claimsOf("After a while I needed to start thinking about an internship for my studies abroad.")).toEqual([]);
  });
});

describe("true-or-false on a claim", () => {
  const article = articleOf([
    "Bernoulli's father, Johann, encouraged him to study business, as there were poor rewards awaiting a mathematician.",
    "The city council voted for an increase in the price of bus tickets for the following year.",
  ]);
  const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) =>
    joinAnswerKey(makeQuiz(article, { seed, count: 10 })).filter((q) => q.kind === "claim"),
  );

  it("states the sentence as written (true) or with its claim reversed (false), about half and half", () => {
    const truths = qs.filter((q) => q.answer === "true");
    const falsehoods = qs.filter((q) => q.answer === "false");
    expect(truths.length).toBeGreaterThan(0);
    expect(falsehoods.length).toBeGreaterThan(0);
    for (const q of truths) expect(q.prompt).toBe(`True or false? ${q.evidence.text}`);
    for (const q of falsehoods) expect(q.prompt).not.toContain(q.evidence.text);
    expect(falsehoods.map((q) => q.explanation).join(" ")).toMatch(/the article says “(?:poor|increase)”, not “(?:rich|decrease)”/);
  });

  it("keeps a/an right when it reverses a noun: “an increase” becomes “a decrease”", () => {
    const reversed = qs.filter((q) => q.answer === "false" && q.evidence.text.includes("an increase"));
    expect(reversed.length).toBeGreaterThan(0);
    for (const q of reversed) expect(q.prompt).toContain("voted for a decrease in the price");
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
