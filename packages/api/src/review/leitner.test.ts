import { describe, expect, it } from "vitest";
import { scheduleAfterAnswer } from "./leitner";

const now = new Date("2026-11-26T10:00:00Z");
const daysLater = (d: Date) => Math.round((d.getTime() - now.getTime()) / 86_400_000);

describe("Leitner schedule", () => {
  it("moves a right answer up one box with the box's interval: 1, 2, 4, 8, 16 days", () => {
    const seen = [1, 2, 3, 4, 5].map((box) => scheduleAfterAnswer(box, true, now));
    expect(seen.map((s) => s.box)).toEqual([2, 3, 4, 5, 5]);
    expect(seen.map((s) => daysLater(s.dueAt))).toEqual([2, 4, 8, 16, 16]);
  });

  it("sends a wrong answer back to box 1, due the next day", () => {
    for (const box of [1, 3, 5]) {
      const s = scheduleAfterAnswer(box, false, now);
      expect(s.box).toBe(1);
      expect(daysLater(s.dueAt)).toBe(1);
    }
  });
});
