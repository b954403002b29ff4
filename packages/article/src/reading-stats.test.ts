import { describe, expect, it } from "vitest";
import {
  countSyllables,
  countWords,
  fleschKincaidGrade,
  READING_WORDS_PER_MINUTE,
  readingLevel,
  readingStats,
} from "./reading-stats";

describe("countWords", () => {
  it("counts runs with a letter or digit; numbers with commas and hyphenated names are one word", () => {
    expect(countWords("Kim Jong-un sent around 10,000 troops — “soon” … !")).toEqual([
      "Kim",
      "Jong-un",
      "sent",
      "around",
      "10,000",
      "troops",
      "“soon”",
    ]);
  });
});

describe("countSyllables", () => {
  it.each([
    ["the", 1],
    ["make", 1],
    ["table", 2],
    ["moved", 1],
    ["decided", 3],
    ["forces", 2],
    ["sites", 1],
    ["intelligence", 4],
    ["North’s", 1],
    ["Pyongyang", 2],
    ["DPRK", 1],
    ["10,000", 2],
    ["2024", 1],
    ["2nd", 1],
    ["café", 2],
  ])("%s → %i", (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });
});

describe("readingLevel", () => {
  it.each([
    // each boundary from both sides (grades have one decimal)
    [-3.4, "Easy"],
    [0, "Easy"],
    [5, "Easy"],
    [5.1, "Fairly easy"],
    [8, "Fairly easy"],
    [8.1, "Standard"],
    [10, "Standard"],
    [10.1, "Fairly hard"],
    [12, "Fairly hard"],
    [12.1, "Hard"],
    [15, "Hard"],
    [15.1, "Very hard"],
    [40, "Very hard"],
  ])("grade %s is %s", (grade, label) => {
    expect(readingLevel(grade)).toBe(label);
  });
});

describe("readingStats", () => {
  it("uses the Flesch–Kincaid formula with one decimal", () => {
    // 100 words, 5 sentences, 150 syllables: 0.39·20 + 11.8·1.5 − 15.59 = 9.91
    expect(fleschKincaidGrade(100, 5, 150)).toBe(9.9);
    expect(fleschKincaidGrade(0, 0, 0)).toBe(0);
  });

  it("gives a short simple text one minute and an easy label", () => {
    const stats = readingStats(["The cat sat on the mat. The dog ran to the park."]);
    expect(stats).toMatchObject({ wordCount: 12, sentenceCount: 2, readingMinutes: 1, level: "Easy" });
  });

  it("rounds minutes up at the documented speed", () => {
    const words = (n: number): string => "word ".repeat(n).trim() + ".";
    expect(READING_WORDS_PER_MINUTE).toBe(230);
    expect(readingStats([words(230)]).readingMinutes).toBe(1);
    expect(readingStats([words(231)]).readingMinutes).toBe(2);
    expect(readingStats([words(460), words(1)]).readingMinutes).toBe(3);
  });

  it("takes sentence counts when the caller already split the paragraphs", () => {
    expect(readingStats(["One. Two. Three."], [7]).sentenceCount).toBe(7);
  });
});
