import { ArticleParseError, MAX_ARTICLE_BYTES, articleDraftSchema } from "@newsquiz/article";
import { adversarialArticle, adversarialTexts, finishesWithin, repeatTo, splitArticleText } from "@newsquiz/article/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftFromFile } from "./draft-from-file";
import { draftFromPaste } from "./draft-from-paste";
import { extractArticleFromHtml } from "./extract-article";
import { ImportError } from "./import-error";

// Hostile input for the importers. Calls that a regression would make exponential or quadratic run on a worker
// with a deadline (finishesWithin), so such a regression fails the test instead of hanging the run; every
// assertion is about the result, none about time.
const HANG_MS = 40_000;
const module = (name: string) => new URL(`./${name}.ts`, import.meta.url);

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");
const draftBytes = (draft: { headline: string; paragraphs: string[] }) =>
  utf8(draft.headline) + draft.paragraphs.reduce((n, p) => n + utf8(p) + 1, 0);

const page = (title: string, paragraphs: string[], head = "") =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body><article><h1>${title.slice(0, 80)}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join("")}</article></body></html>`;
const ordinary = Array.from({ length: 6 }, (_, i) => `The council met on day ${i + 1} and voted to build the new bridge over the river, the mayor said after the meeting.`);

describe("hostile input to the importers", () => {
  it("sniffs HTML after any number of comments (a repeated-comment regex backtracked exponentially)", async () => {
    const comments = repeatTo("<!-- x -->", 4000, " ");
    const results = await finishesWithin<boolean>(module("draft-from-file"), "looksLikeHtml", [
      [`${comments} plain text`],
      [`${comments} <html><body>x</body></html>`],
      [`${"<!-- a -- b ".repeat(400)}`],
      [`<!doctype html><html>`],
    ], HANG_MS);
    expect(results).toEqual([false, true, false, true]);
  });

  it("strips title suffixes and tag-like text in one pass however long the title", async () => {
    const longTitle = `${"Budget vote - ".repeat(20_000)}Final|`;
    const [kept, stripped] = await finishesWithin<string>(module("page-metadata"), "stripTitleSuffix", [
      [longTitle, "Daily News"],
      [`${"Budget vote ".repeat(20_000)}| Daily News | Home`, "Daily News"],
    ], HANG_MS);
    expect(kept).toBe(longTitle);
    expect(stripped).toBe(`${"Budget vote ".repeat(20_000)}`.trimEnd());
    const [tags] = await finishesWithin<string>(module("html-text"), "stripTagLike", [[`${"<script ".repeat(50_000)}kept`]], HANG_MS);
    expect(tags?.endsWith("kept")).toBe(true);
    const [cdata] = await finishesWithin<string>(module("parse-feed"), "unescapeXml", [[`${"<![CDATA[ a ".repeat(30_000)}&amp;`]], HANG_MS);
    expect(cdata?.endsWith(" a &")).toBe(true);
  });

  it("clips a page's title before any pattern runs: a megabyte <title> gives a headline of at most 300 characters", () => {
    const title = `${"Council votes on the bridge budget ".repeat(30_000)}| Daily News`;
    const draft = extractArticleFromHtml(page(title, ordinary, `<meta property="og:site_name" content="${"Daily News ".repeat(20_000)}">`), {
      url: "https://news.example/a",
    });
    expect(draft.headline.length).toBeLessThanOrEqual(300);
    expect(draft.headline.startsWith("Council votes on the bridge budget")).toBe(true);
    expect(draft.source?.length ?? 0).toBeLessThanOrEqual(200);
    expect(draft.paragraphs).toEqual(ordinary);
  });

  it("caps the text found on a page (URL and feed imports) at the paste limit, with a readable error", () => {
    const paragraph = "The council met and voted to build the new bridge over the river, the mayor said after the long meeting. ".repeat(10);
    const many = Array.from({ length: Math.ceil((MAX_ARTICLE_BYTES * 1.2) / paragraph.length) }, (_, i) => `${i}. ${paragraph}`);
    const error = (() => {
      try {
        extractArticleFromHtml(page("A very long page", many), { url: "https://news.example/long" });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe("too-large");
    expect((error as ImportError).message).toBe("The article is too long to import: at most 200 KB of text");
    // just under the limit is fine
    const fits = many.slice(0, Math.floor((MAX_ARTICLE_BYTES * 0.9) / (paragraph.length + 8)));
    expect(draftBytes(extractArticleFromHtml(page("A long page", fits)))).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
  });

  it("reads every adversarial text as paste, .txt, .md and .html to a draft within the limit or a typed error", async () => {
    const texts = adversarialTexts(60 * 1024);
    const calls: unknown[][] = [];
    for (const { text } of texts) {
      const { headline, paragraphs } = splitArticleText(text);
      const bytes = new TextEncoder().encode(text);
      const html = new TextEncoder().encode(page(headline, paragraphs));
      calls.push([{ name: "a.txt", bytes }], [{ name: "a.md", bytes }], [{ name: "a.html", bytes: html }]);
    }
    const settled = await finishesWithin<{ ok: boolean; bytes?: number; code?: string }>(module("hostile-input-probe"), "probeDraftFromFile", calls, HANG_MS * 2);
    expect(settled).toHaveLength(calls.length);
    for (const result of settled) {
      if (result.ok) expect(result.bytes).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
      else expect(["ImportError", "ArticleParseError"]).toContain(result.code);
    }
    // pasted, each hostile text is read (none is refused for its shape)
    for (const { name, text } of texts) {
      const draft = draftFromPaste({ text });
      expect(draft.paragraphs.length, name).toBeGreaterThan(0);
    }
  });

  it("property: hostile articles pasted, uploaded or fetched give a valid draft within the limit, or a typed error", () => {
    // counted, so the property shows it checked real drafts and did not pass on refusals alone
    const seen = { drafts: 0, refused: 0 };
    fc.assert(
      fc.property(adversarialArticle({ maxBytes: 6 * 1024 }), fc.constantFrom("paste", "txt", "md", "html"), (text, how) => {
        try {
          const { headline, paragraphs } = splitArticleText(text);
          const draft =
            how === "paste"
              ? draftFromPaste({ text })
              : how === "html"
                ? extractArticleFromHtml(page(headline, paragraphs))
                : draftFromFile({ name: `a.${how}`, bytes: new TextEncoder().encode(text) });
          expect(articleDraftSchema.safeParse(draft).success).toBe(true);
          expect(draftBytes({ headline: draft.headline, paragraphs: draft.paragraphs })).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
          if (how === "html") for (const p of [draft.headline, ...draft.paragraphs]) expect(p).not.toMatch(/<\/?(?:p|article|h1|html|body)\b[^<>]*>/i);
          seen.drafts += 1;
        } catch (error) {
          if (error instanceof ImportError || error instanceof ArticleParseError) {
            seen.refused += 1;
            return;
          }
          throw error;
        }
      }),
      { numRuns: 150 },
    );
    expect(seen.drafts + seen.refused).toBe(150);
    expect(seen.drafts, `drafts ${seen.drafts} of 150`).toBeGreaterThanOrEqual(75); // 116 on the fixed seed
  });
});
