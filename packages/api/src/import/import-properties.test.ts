import { ArticleParseError, articleDraftSchema } from "@newsquiz/article";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAddress } from "./address-policy";
import { draftFromFile } from "./draft-from-file";
import { draftFromPaste } from "./draft-from-paste";
import { extractArticleFromHtml } from "./extract-article";
import { ImportError } from "./import-error";
import { parseFeed } from "./parse-feed";

/** How many inputs of a property produced a result (checked) and how many were refused with a typed error. */
interface Outcomes {
  parsed: number;
  refused: number;
}
const outcomes = (): Outcomes => ({ parsed: 0, refused: 0 });

/**
 * Runs `run`; a result must be a valid draft, a failure must be one of our two typed errors. Counts both, so a
 * property can show it checked real results and not only refusals.
 */
function onlyTypedErrors(run: () => unknown, seen: Outcomes = outcomes()): void {
  try {
    const result = run();
    if (result && typeof result === "object" && "paragraphs" in result) {
      expect(articleDraftSchema.safeParse(result).success).toBe(true);
    }
    seen.parsed += 1;
  } catch (error) {
    if (error instanceof ImportError || error instanceof ArticleParseError) {
      seen.refused += 1;
      return;
    }
    throw error;
  }
}

/** At least `share` of `runs` inputs must have been parsed (not refused) for the property to say much. */
function expectParsedShare(seen: Outcomes, runs: number, share: number): void {
  expect(seen.parsed + seen.refused).toBe(runs);
  expect(seen.parsed, `parsed ${seen.parsed} of ${runs}`).toBeGreaterThanOrEqual(Math.ceil(runs * share));
}

const sentence = fc
  .tuple(fc.constantFrom("The council", "Divers", "A local writer", "Officials"), fc.constantFrom("voted", "checked the quay", "said so"), fc.nat(2030))
  .map(([who, did, n]) => `${who} ${did} on day ${n}.`);
/** Text shaped like an article (a headline, then paragraphs of sentences), so most inputs parse. */
const articleText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 60 }), fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }))
  .map(([headline, paragraphs]) => `${headline}\n\n${paragraphs.map((p) => p.join(" ")).join("\n\n")}`);

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

const hostile = fc.constantFrom(
  "", "<script>alert(1)</script>", "<img onerror=alert(1)>", "<a href=\"javascript:x\">link</a>", "&amp;", "<!-- c -->", "<![CDATA[x]]>", "<b>bold</b>",
);
/** A page shaped like a news article, with hostile fragments between its paragraphs: most of these parse. */
const articlePage = fc
  .tuple(fc.string({ minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.array(sentence, { minLength: 2, maxLength: 4 }), hostile), { minLength: 3, maxLength: 8 }))
  .map(
    ([headline, paragraphs]) =>
      `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${paragraphs.map(([p, h]) => `<p>${p.join(" ")} ${h}</p>`).join("")}</article></body></html>`,
  );
/** An RSS feed with items whose links are sometimes not web addresses. */
const rssFeed = fc
  .array(fc.tuple(fc.string({ maxLength: 30 }), fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "/relative/path", "ftp://x.example/a", "")), hostile), { minLength: 1, maxLength: 6 })
  .map(
    (items) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>${items.map(([t, link, h]) => `<item><title>${t.replace(/[<&]/g, "")} ${h.replace(/[<&]/g, "")}</title><link>${link.replace(/[<&]/g, "")}</link></item>`).join("")}</channel></rss>`,
  );

describe("importers only ever throw ImportError or ArticleParseError", () => {
  it("draftFromPaste", () => {
    const seen = outcomes();
    fc.assert(
      fc.property(fc.option(fc.string(), { nil: undefined }), fc.oneof(fc.string({ unit: "binary" }), articleText), (headline, text) => {
        onlyTypedErrors(() => draftFromPaste({ headline, text }), seen);
      }),
      { numRuns: 300 },
    );
    expectParsedShare(seen, 300, 0.25);
  });

  it("draftFromFile", () => {
    const seen = outcomes();
    fc.assert(
      fc.property(
        fc.constantFrom("a.txt", "a.md", "a.html", "a", "a.pdf", "a.HTM"),
        fc.option(fc.constantFrom("text/plain", "text/html", "text/markdown", "application/octet-stream", ""), { nil: undefined }),
        fc.oneof(fc.uint8Array({ maxLength: 600 }), fc.string().map((s) => new TextEncoder().encode(s)), articleText.map((s) => new TextEncoder().encode(s))),
        (name, type, bytes) => {
          onlyTypedErrors(() => draftFromFile({ name, type, bytes }), seen);
        },
      ),
      { numRuns: 300 },
    );
    expectParsedShare(seen, 300, 0.1);
  });

  it("extractArticleFromHtml, and its text never holds markup", () => {
    const seen = outcomes();
    fc.assert(
      fc.property(fc.oneof(htmlish, articlePage), (html) => {
        onlyTypedErrors(() => {
          const draft = extractArticleFromHtml(html, { url: "https://example.com/a" });
          for (const text of [draft.headline, ...draft.paragraphs]) expect(text).not.toMatch(/<\/?[a-z][^<>]*>/i);
          return draft;
        }, seen);
      }),
      { numRuns: 200 },
    );
    expectParsedShare(seen, 200, 0.25);
  });

  it("parseFeed", () => {
    const seen = outcomes();
    let withItems = 0;
    fc.assert(
      fc.property(fc.oneof(xmlish, rssFeed), fc.option(fc.webUrl(), { nil: undefined }), (xml, base) => {
        onlyTypedErrors(() => {
          const feed = parseFeed(xml, base);
          if (feed.items.length > 0) withItems += 1;
          for (const item of feed.items) expect(item.link).toMatch(/^https?:\/\//);
        }, seen);
      }),
      { numRuns: 300 },
    );
    expectParsedShare(seen, 300, 0.25);
    expect(withItems, "feeds with items were checked, not only empty ones").toBeGreaterThanOrEqual(50);
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
