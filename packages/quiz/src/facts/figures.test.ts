import { describe, expect, it } from "vitest";
import { workedFromTwoOthers } from "../make-quiz";
import { figuresOf } from "./figures";

describe("figuresOf", () => {
  it("reads each figure with its unit and scale", () => {
    const shown = (text: string): string[] => figuresOf(text).map((f) => `${f.unit}:${f.value}:${f.scaled}${f.word ? ":word" : ""}${f.year ? ":year" : ""}`);
    expect(shown("Of the 162 million workers, 0.1% — about 160,000 — lost $1,000 each in 2019.")).toEqual([
      "plain:162:162000000",
      "percent:0.1:0.001",
      "plain:160000:160000",
      "money:1000:1000",
      "plain:2019:2019:year",
    ]);
    expect(shown("It rose by 8.1 percentage points, from four-household clusters to 12 per cent.")).toEqual(["percent:8.1:0.081", "plain:4:4:word", "percent:12:0.12"]);
  });

  it("ends a figure at a comma after its digits: 'in 2009, a decline' is a year", () => {
    expect(figuresOf("in March 2009, a decline").map((f) => f.year)).toEqual([true]);
    // (a product the reader works out no longer found in a year: 39 × 51 is near 2009, reading of tuning text m64196)
    const rupee = "The rupee moved from 39 rupees/dollar in February 2008 to 51 rupees/dollar in March 2009, a decline of more than one-fourth.";
    const at = rupee.indexOf("39");
    expect(workedFromTwoOthers(rupee, { start: at, end: at + 2 })).toBe(false);
    expect(workedFromTwoOthers(rupee.replace("March 2009,", "March 2009 with 1,989 rupees,"), { start: at, end: at + 2 })).toBe(true);
  });
});
