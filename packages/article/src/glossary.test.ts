import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findGlossary } from "./glossary";
import { sampleArticle } from "./samples";

describe("findGlossary", () => {
  it("finds every acronym the sample explains, in order of first explanation", () => {
    const paragraphs = sampleArticle().paragraphs.map((p) => p.text);
    expect(findGlossary(paragraphs)).toEqual([
      { term: "NIS", expansion: "National Intelligence Service" },
      { term: "DPRK", expansion: "Democratic People’s Republic of Korea" },
      { term: "NATO", expansion: "North Atlantic Treaty Organization" },
      { term: "EU", expansion: "European Union" },
    ]);
  });

  it("reads 'Expansion (ACR)' with a possessive and skipped link words", () => {
    expect(findGlossary(["Officials at the Korea Institute for Defense Analyses (KIDA) disagreed."])).toEqual([
      { term: "KIDA", expansion: "Korea Institute for Defense Analyses" },
    ]);
    expect(findGlossary(["The Bank of Korea's (BOK) rate decision came on Thursday."])).toEqual([
      { term: "BOK", expansion: "Bank of Korea" },
    ]);
  });

  it("reads 'ACR (Expansion)'", () => {
    expect(findGlossary(["The IAEA (International Atomic Energy Agency) sent inspectors."])).toEqual([
      { term: "IAEA", expansion: "International Atomic Energy Agency" },
    ]);
  });

  it("reads 'ACR stands for Expansion'", () => {
    expect(findGlossary(["JCS stands for Joint Chiefs of Staff, which oversees the military."])).toEqual([
      { term: "JCS", expansion: "Joint Chiefs of Staff" },
    ]);
  });

  it("ignores parentheses whose words do not spell the acronym", () => {
    expect(findGlossary(["South Korea's spy agency (NIS) said so on Friday."])).toEqual([]);
    expect(findGlossary(["He spoke to the Associated Press (AP) and Reuters."])).toEqual([
      { term: "AP", expansion: "Associated Press" },
    ]);
  });

  it("keeps the first expansion when an acronym is explained twice", () => {
    expect(
      findGlossary([
        "The National Intelligence Service (NIS) briefed lawmakers.",
        "Later the Nuclear Information Section (NIS) objected.",
      ]),
    ).toEqual([{ term: "NIS", expansion: "National Intelligence Service" }]);
  });

  it("does not join a name across a sentence end", () => {
    const paragraph = "The show opened at the University of Southern Indiana. USI's art gallery was full.";
    expect(findGlossary([paragraph])).toEqual([{ term: "USI", expansion: "University of Southern Indiana" }]);
  });

  it("finds the expansion in a real article that never pairs it in parentheses", () => {
    const text = readFileSync(new URL("../samples/library/11-sensitive.txt", import.meta.url), "utf8");
    expect(findGlossary(text.split("\n").slice(1))).toContainEqual({
      term: "NEMISIS",
      expansion: "National Enforcement Management Information System and Intelligence System",
    });
  });
});
