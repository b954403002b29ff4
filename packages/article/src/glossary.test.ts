import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "./article-schema";
import { findGlossary } from "./glossary";
import { adversarialTexts, finishesWithin, splitArticleText } from "./testing";
import { sampleArticle } from "./samples";

const GLOSSARY = new URL("./glossary.ts", import.meta.url);
/** Generous: the whole file runs in well under a second; this only turns a hang into a failure. */
const HANG_MS = 30_000;

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

  // Hostile text: each "of" may be used or skipped, so a matcher without memory tried 2^n ways (a 130-byte
  // paste held the server for 26 s). The calls run on a worker so a regression fails instead of hanging the run;
  // the assertions are on the result.
  const glossariesOf = (texts: string[][]) => finishesWithin<GlossaryEntry[]>(GLOSSARY, "findGlossary", texts.map((t) => [t]), HANG_MS);

  it("answers however many link words an expansion holds", async () => {
    const ofs = (n: number) => Array.from({ length: n }, () => "of").join(" ");
    const longRun = `Oo ${Array.from({ length: 25 }, () => "Of").join(" ")} Zed`;
    const run = `Oo ${Array.from({ length: 19 }, () => "Of").join(" ")} Zed`;
    const cases: [string[], GlossaryEntry[]][] = [
      [[`OOOOOOOOOZ (Oo ${ofs(60)} of)`], []],
      [[`OOOOOOOOOZ (Oo ${ofs(60)} Zed)`], [{ term: "OOOOOOOOOZ", expansion: `Oo ${ofs(60)} Zed` }]],
      [[`Oo ${ofs(500)} Zed (OOOOOOOOOZ) and more.`], []],
      [[`Oo ${ofs(8)} Zed (OOOOOOOOOZ) and more.`], [{ term: "OOOOOOOOOZ", expansion: `Oo ${ofs(8)} Zed` }]],
      [[`ZZ stands for Zed ${ofs(60)} Zed, or not.`], []],
      // the implicit search: a capitalised run with link words, the acronym used elsewhere
      [[`${longRun} met.`, "OOOOOOOOOZ agreed."], []],
      [[`${run} met.`, "OOOOOOOOOZ agreed."], [{ term: "OOOOOOOOOZ", expansion: run }]],
    ];
    expect(await glossariesOf(cases.map(([paragraphs]) => paragraphs))).toEqual(cases.map(([, entries]) => entries));
  });

  it("reads chains of 'stands for' and parenthesised acronyms in one pass", async () => {
    const chain = Array.from({ length: 3000 }, () => "AB stands for").join(" ") + " Alpha Beta.";
    const parens = `Alpha Beta ${Array.from({ length: 5000 }, () => "(AB)").join(" ")}`;
    const expected = [{ term: "AB", expansion: "Alpha Beta" }];
    expect(await glossariesOf([[chain], [parens]])).toEqual([expected, expected]);
  });

  it("finds only expansions that are in the text, for every hostile text", async () => {
    const texts = adversarialTexts(60 * 1024).map(({ name, text }) => ({ name, ...splitArticleText(text) }));
    const results = await glossariesOf(texts.map((t) => t.paragraphs));
    expect(results).toHaveLength(texts.length);
    texts.forEach(({ name, paragraphs }, i) => {
      for (const entry of results[i] ?? []) {
        expect(paragraphs.some((p) => p.includes(entry.term)), name).toBe(true);
        expect(paragraphs.some((p) => p.includes(entry.expansion)), name).toBe(true);
      }
    });
  });
});
