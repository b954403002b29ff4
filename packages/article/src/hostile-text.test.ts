import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleParseError } from "./article-errors";
import { parseArticleText } from "./parse-article";
import { adversarialArticle, adversarialTexts, finishesWithin } from "./testing";

// Hostile texts through the whole article model. Results only, never times; the big texts run on a worker with
// a deadline so a regression to exponential work fails instead of hanging the run.
describe("hostile texts", () => {
  it("every adversarial text just under 200 KB parses, with sentences that re-join to their paragraph", async () => {
    const texts = adversarialTexts();
    const results = await finishesWithin<unknown>(new URL("./testing/parse-summary.ts", import.meta.url), "parseSummary", texts.map((t) => [t.text]), 120_000);
    results.forEach((result, i) => expect(result, texts[i]?.name).toEqual({ ok: true, rejoined: true, glossaryInText: true }));
  });

  it("property: any mix of hostile parts parses or throws ArticleParseError; spans and glossary come from the text", () => {
    fc.assert(
      fc.property(adversarialArticle({ maxBytes: 6 * 1024 }), (text) => {
        let article;
        try {
          article = parseArticleText(text);
        } catch (error) {
          expect(error).toBeInstanceOf(ArticleParseError);
          return;
        }
        for (const p of article.paragraphs) {
          for (const s of p.sentences) expect(p.text.slice(s.start, s.end)).toBe(s.text);
        }
        const all = article.paragraphs.map((p) => p.text).join("\n");
        for (const g of article.glossary) {
          expect(all).toContain(g.term);
          expect(all).toContain(g.expansion);
        }
        expect(article.stats.wordCount).toBeGreaterThan(0);
      }),
      { numRuns: 120 },
    );
  });
});
