import { describe, expect, it } from "vitest";
import { LEITNER_BOXES, LEITNER_INTERVAL_DAYS, scheduleAfterAnswer } from "./leitner";

const now = new Date("2026-11-26T10:00:00Z");
const DAY = 86_400_000;
const after = (d: Date) => (d.getTime() - now.getTime()) / DAY;

describe("Leitner schedule", () => {
  it("has five boxes of 1, 2, 4, 8 and 16 days", () => {
    expect(LEITNER_BOXES).toBe(5);
    expect(LEITNER_INTERVAL_DAYS).toEqual([1, 2, 4, 8, 16]);
  });

  it("moves a right answer up one box, due after that box's interval to the millisecond", () => {
    const seen = [1, 2, 3, 4].map((box) => scheduleAfterAnswer(box, true, now));
    expect(seen.map((s) => s.box)).toEqual([2, 3, 4, 5]);
    expect(seen.map((s) => after(s.dueAt))).toEqual([2, 4, 8, 16]);
  });

  it("keeps a right answer in the last box, due again in 16 days", () => {
    expect(scheduleAfterAnswer(5, true, now)).toEqual({ box: 5, dueAt: new Date(now.getTime() + 16 * DAY) });
  });

  it("sends a wrong answer back to box 1 from any box (a miss from box 3 included), due exactly a day later", () => {
    for (const box of [1, 2, 3, 4, 5]) {
      expect(scheduleAfterAnswer(box, false, now)).toEqual({ box: 1, dueAt: new Date(now.getTime() + DAY) });
    }
  });

  it("treats a damaged box below 1 as box 1", () => {
    expect(scheduleAfterAnswer(0, true, now)).toEqual({ box: 2, dueAt: new Date(now.getTime() + 2 * DAY) });
    expect(scheduleAfterAnswer(-3, false, now).box).toBe(1);
  });
});
