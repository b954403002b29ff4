import { describe, expect, it } from "vitest";
import { adversarialTexts, finishesWithin } from "@newsquiz/article/testing";
import type { quizSummary } from "./testing/quiz-summary";

// Hostile texts through the quiz engine (long runs of one word, thousands of names or numbers in comma runs, deep
// quotes and parentheses, one 50 KB sentence …). Results only, never times: they run on a worker with a deadline,
// so a regression to quadratic or exponential work fails here instead of hanging the run.
describe("the engine on hostile texts", () => {
  it("makes a valid quiz (or refuses the text as an article) for every adversarial text of 50 KB", async () => {
    const texts = adversarialTexts(50 * 1024);
    const results = await finishesWithin<ReturnType<typeof quizSummary>>(
      new URL("./testing/quiz-summary.ts", import.meta.url),
      "quizSummary",
      texts.map((t) => [t.text]),
      240_000,
    );
    results.forEach((r, i) => {
      expect(r.valid, texts[i]?.name).toBe(true);
      expect(r.evidenceInText, texts[i]?.name).toBe(true);
    });
    // the engine still asks about hostile texts that are articles: not everything is refused
    expect(results.some((r) => r.parsed && r.questions > 0)).toBe(true);
  }, 300_000);
});
