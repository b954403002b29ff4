import { describe, expect, it } from "vitest";
import { memoByContent, sameContent } from "./quiz-memo";

describe("sameContent", () => {
  it("compares content as JSON would, an undefined property counting as absent", () => {
    expect(sameContent({ a: 1, b: [1, "x"], c: { d: null } }, { c: { d: null }, b: [1, "x"], a: 1 })).toBe(true);
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameContent({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameContent({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameContent({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameContent({ a: [1, 2] }, { a: { 0: 1, 1: 2 } })).toBe(false);
    expect(sameContent({ a: "1" }, { a: 1 })).toBe(false);
    expect(sameContent({ a: null }, { a: {} })).toBe(false);
  });
});

describe("memoByContent", () => {
  it("gives the first result for a question of the same content under the same key", () => {
    const memo = memoByContent<{ prompt: string; options?: string[] }, { made: number }>();
    let made = 0;
    const make = (): { made: number } => ({ made: ++made });
    const first = memo({ prompt: "p", options: ["a", "b"] }, "1.0", make);
    expect(memo({ options: ["a", "b"], prompt: "p" }, "1.0", make)).toBe(first);
    expect(memo({ prompt: "p", options: ["b", "a"] }, "1.0", make)).not.toBe(first);
    expect(memo({ prompt: "p", options: ["a", "b"] }, "1.1", make)).not.toBe(first);
    expect(made).toBe(3);
  });
});
