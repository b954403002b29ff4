import { ArticleParseError, articleDraftSchema } from "@newsquiz/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAddress } from "./address-policy";
import { draftFromFile } from "./draft-from-file";
import { draftFromPaste } from "./draft-from-paste";
import { extractArticleFromHtml } from "./extract-article";
import { ImportError } from "./import-error";
import { parseFeed } from "./parse-feed";

/** Runs `run`; a result must be a valid draft, a failure must be one of our two typed errors. */
function onlyTypedErrors(run: () => unknown): void {
  try {
    const result = run();
    if (result && typeof result === "object" && "paragraphs" in result) {
      expect(articleDraftSchema.safeParse(result).success).toBe(true);
    }
  } catch (error) {
    if (error instanceof ImportError || error instanceof ArticleParseError) return;
    throw error;
  }
}

const htmlish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      "<p>", "</p>", "<script>", "</script>", "<article>", "<h1>", "<title>", "<meta property=\"og:title\" content=\"",
      "<script type=\"application/ld+json\">", "{\"@type\":\"NewsArticle\",\"headline\":", "&amp;", "&#x", "<![CDATA[",
      "<!--", "<img onerror=alert(1)>", "<a href=\"javascript:x\">", "The council voted on Tuesday to approve the plan. ",
    ),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(""));

const xmlish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      "<rss version=\"2.0\">", "<channel>", "<item>", "<title>", "</title>", "<link>", "</link>", "<feed>", "<entry>",
      "<link href=\"", "\"/>", "<summary type=\"xhtml\">", "</summary>", "<pubDate>", "<!DOCTYPE x [<!ENTITY a \"b\">]>", "&a;",
      "</item>", "</channel>", "</rss>", "</entry>", "</feed>", "http://x.example/a",
    ),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(""));

describe("importers only ever throw ImportError or ArticleParseError", () => {
  it("draftFromPaste", () => {
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: undefined }), fc.string({ unit: "binary" }), (headline, text) => {
        onlyTypedErrors(() => draftFromPaste({ headline, text }));
      }),
      { numRuns: 300 },
    );
  });

  it("draftFromFile", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("a.txt", "a.md", "a.html", "a", "a.pdf", "a.HTM"),
        fc.option(fc.constantFrom("text/plain", "text/html", "text/markdown", "application/octet-stream", ""), { nil: undefined }),
        fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.string().map((s) => new TextEncoder().encode(s))),
        (name, type, bytes) => {
          onlyTypedErrors(() => draftFromFile({ name, type, bytes }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("extractArticleFromHtml, and its text never holds markup", () => {
    fc.assert(
      fc.property(htmlish, (html) => {
        onlyTypedErrors(() => {
          const draft = extractArticleFromHtml(html, { url: "https://example.com/a" });
          for (const text of [draft.headline, ...draft.paragraphs]) expect(text).not.toMatch(/<\/?[a-z][^<>]*>/i);
          return draft;
        });
      }),
      { numRuns: 200 },
    );
  });

  it("parseFeed", () => {
    fc.assert(
      fc.property(xmlish, fc.option(fc.webUrl(), { nil: undefined }), (xml, base) => {
        onlyTypedErrors(() => {
          const feed = parseFeed(xml, base);
          for (const item of feed.items) expect(item.link).toMatch(/^https?:\/\//);
        });
      }),
      { numRuns: 300 },
    );
  });

  it("checkAddress never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.ipV4(), fc.ipV6()), (address) => {
        const verdict = checkAddress(address);
        expect(typeof verdict.allowed).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
