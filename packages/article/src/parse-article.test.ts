import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleSchema } from "./article-schema";
import { ArticleParseError, MAX_ARTICLE_BYTES, type ArticleParseErrorCode } from "./article-errors";
import { buildArticle, parseArticleText } from "./parse-article";
import { SAMPLE_ARTICLE_TEXT, sampleArticle } from "./samples";
import { slugify } from "./slugify";

function codeOf(run: () => unknown): ArticleParseErrorCode | "no error" {
  try {
    run();
    return "no error";
  } catch (error) {
    if (error instanceof ArticleParseError) return error.code;
    throw error;
  }
}

describe("the sample article", () => {
  const article = sampleArticle();

  it("is a valid Article", () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  it("has the headline, related headlines and paragraphs of the file", () => {
    expect(article.headline).toBe(
      "N. Korea decides to send around 10,000 soldiers to support Russia in Ukraine war: Seoul",
    );
    expect(article.slug).toBe("n-korea-decides-to-send-around-10-000-soldiers-to-support-russia-in-ukraine-war");
    expect(article.relatedHeadlines).toHaveLength(10);
    expect(article.relatedHeadlines[0]).toBe("California Assembly OKs highest minimum wage in nation");
    expect(article.relatedHeadlines[9]).toBe("Who knew? ‘The Walking Dead’ is helping families connect");
    expect(article.paragraphs).toHaveLength(20);
    expect(article.paragraphs[19]?.text.endsWith("the Democratic People’s Republic of Korea.")).toBe(true);
  });

  it("splits every paragraph into the right number of sentences", () => {
    expect(article.paragraphs.map((p) => p.sentences.length)).toEqual([
      1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2,
    ]);
    expect(article.paragraphs[3]?.sentences[0]?.text).toBe(
      "The NIS also said it has confirmed that Pyongyang began transporting its special forces troops to Russia from Oct. 8 to 13.",
    );
    expect(article.paragraphs[19]?.sentences.map((s) => s.text)).toEqual([
      "EU spokesperson Peter Stano said in a statement sent to Yonhap News Agency, “Continued military support from the DPRK to Russia’s war of aggression against Ukraine will be met with an appropriate response.”",
      "DPRK stands for the North’s official name, the Democratic People’s Republic of Korea.",
    ]);
  });

  it("has reading stats a reader would see", () => {
    expect(article.stats).toEqual({
      wordCount: 625,
      sentenceCount: 22,
      readingMinutes: 3,
      gradeLevel: 16.4,
      level: "Very hard",
    });
  });

  it("explains NIS and DPRK from the text", () => {
    expect(article.glossary).toEqual(
      expect.arrayContaining([
        { term: "NIS", expansion: "National Intelligence Service" },
        { term: "DPRK", expansion: "Democratic People’s Republic of Korea" },
        { term: "NATO", expansion: "North Atlantic Treaty Organization" },
      ]),
    );
  });

  it("is embedded byte for byte from samples/sample-article.txt", () => {
    const file = readFileSync(new URL("../samples/sample-article.txt", import.meta.url), "utf8");
    expect(SAMPLE_ARTICLE_TEXT).toBe(file);
  });
});

describe("parseArticleText tolerates messy text", () => {
  const clean = "- Related one\n- Related two\nThe headline\nFirst paragraph. Second sentence.\nSecond paragraph.";

  it("reads CRLF, a BOM, blank lines and trailing spaces like clean text", () => {
    const messy = "\ufeff\r\n- Related one  \r\n- Related two\r\n\r\nThe headline   \r\n\r\n\r\nFirst paragraph. Second sentence.  \r\n \t \r\nSecond paragraph.  \r\n";
    expect(parseArticleText(messy)).toEqual(parseArticleText(clean));
    const article = parseArticleText(messy);
    expect(article.relatedHeadlines).toEqual(["Related one", "Related two"]);
    expect(article.headline).toBe("The headline");
    expect(article.paragraphs.map((p) => p.text)).toEqual(["First paragraph. Second sentence.", "Second paragraph."]);
  });

  it("reads old Mac CR line ends", () => {
    expect(parseArticleText(clean.replace(/\n/g, "\r"))).toEqual(parseArticleText(clean));
  });

  it("needs no related-headline list", () => {
    const article = parseArticleText("Headline only then\nOne paragraph here.");
    expect(article.relatedHeadlines).toEqual([]);
    expect(article.headline).toBe("Headline only then");
  });

  it("keeps curly quotes, apostrophes and inner spacing as written", () => {
    const article = parseArticleText("Seoul’s “warning”\nThe North’s envoy said “no”  twice.");
    expect(article.headline).toBe("Seoul’s “warning”");
    expect(article.paragraphs[0]?.text).toBe("The North’s envoy said “no”  twice.");
  });

  it("shows letters a web page's source wrote as numeric references, and leaves HTML that a text writes about", () => {
    // BBC report politics/174 of the blind readings: a prompt showed "his fianc&#233;e Annabella Holmes"
    const article = parseArticleText("Caf&#xE9; owner named\nHe had been out to see his fianc&#233;e, 47.\nWrite &#60;b&gt; or &amp;#233; in HTML.");
    expect(article.headline).toBe("Café owner named");
    expect(article.paragraphs[0]?.text).toBe("He had been out to see his fiancée, 47.");
    expect(article.paragraphs[1]?.text).toBe("Write &#60;b&gt; or &amp;#233; in HTML.");
  });

  it("treats '- ' lines after the headline as paragraphs", () => {
    const article = parseArticleText("Headline\n- a bulleted paragraph.");
    expect(article.paragraphs[0]?.text).toBe("- a bulleted paragraph.");
  });

  it("uses a given slug", () => {
    expect(parseArticleText(clean, { slug: "my-slug" }).slug).toBe("my-slug");
  });
});

describe("parseArticleText errors", () => {
  it.each<[ArticleParseErrorCode, string]>([
    ["empty", ""],
    ["empty", "  \r\n\t\n  "],
    ["empty", "\ufeff"],
    ["no-headline", "- Only a related headline\n- And another"],
    ["no-paragraphs", "- Related\nJust a headline\n\n"],
    ["binary", "PK\u0003\u0004\u0000\u0000headline\nparagraph"],
    ["binary", "\ufffd\ufffd\ufffd\ufffdJFIF\ufffd\ufffd\nabc"],
    ["too-large", `Headline\n${"word ".repeat(MAX_ARTICLE_BYTES / 5)}`],
    ["invalid", `${"Long ".repeat(70)}\nParagraph.`],
  ])("%s", (code, text) => {
    expect(codeOf(() => parseArticleText(text))).toBe(code);
  });

  it("counts UTF-8 bytes, not characters, for the size limit", () => {
    const korean = "가".repeat(Math.floor(MAX_ARTICLE_BYTES / 3) + 10); // 3 bytes each, ~68,000 characters
    expect(codeOf(() => parseArticleText(`Headline\n${korean}`))).toBe("too-large");
    expect(codeOf(() => parseArticleText(`Headline\n${"가".repeat(1000)}`))).toBe("no error");
  });

  it("rejects a bad slug option", () => {
    expect(codeOf(() => parseArticleText("Headline\nParagraph.", { slug: "Not A Slug" }))).toBe("invalid");
  });

  it("gives readable messages", () => {
    expect(() => parseArticleText("")).toThrow("The text is empty.");
    expect(() => parseArticleText("\u0000\u0001")).toThrow("This looks like binary data, not text.");
    expect(() => parseArticleText("x".repeat(MAX_ARTICLE_BYTES + 1))).toThrow(/over 200 KB/);
  });

  it("either parses or throws ArticleParseError for any string (property)", () => {
    const lines = fc.array(fc.oneof(fc.string(), fc.constantFrom("- ", "-", "\r", "\ufeff", "\u0000", "  ")), {
      maxLength: 12,
    });
    const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }), lines.map((l) => l.join("\n")));
    fc.assert(
      fc.property(anyText, (text) => {
        const code = codeOf(() => parseArticleText(text));
        if (code === "no error") expect(articleSchema.safeParse(parseArticleText(text)).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

describe("buildArticle", () => {
  it("validates the draft and keeps metadata", () => {
    const article = buildArticle({
      headline: "  Café owners in Zürich protest  ",
      paragraphs: ["First. Second.", "   "],
      source: "Example Wire",
      publishedAt: "2024-10-18",
    });
    expect(article.slug).toBe("cafe-owners-in-zurich-protest");
    expect(article.headline).toBe("Café owners in Zürich protest");
    expect(article.paragraphs).toHaveLength(1);
    expect(article.source).toBe("Example Wire");
    expect(article.relatedHeadlines).toEqual([]);
  });

  it("throws typed errors for bad drafts", () => {
    expect(codeOf(() => buildArticle({ headline: "H", paragraphs: [] }))).toBe("invalid");
    expect(codeOf(() => buildArticle({ headline: "   ", paragraphs: ["P."] }))).toBe("no-headline");
    expect(codeOf(() => buildArticle({ headline: "H", paragraphs: [" ", "\n"] }))).toBe("no-paragraphs");
    expect(codeOf(() => buildArticle({ headline: "H", paragraphs: ["P."], url: "ftp://x" }))).toBe("invalid");
  });
});

describe("slugify", () => {
  it.each([
    ["S. Korea won’t be top seed in final World Cup qualification round", "s-korea-wont-be-top-seed-in-final-world-cup-qualification-round"],
    ["Ça va? Déjà vu — ÉTÉ 2024!", "ca-va-deja-vu-ete-2024"],
    ["북한 군대", "article"],
    ["", "article"],
  ])("%s → %s", (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it("cuts long headlines on a word boundary", () => {
    const slug = slugify("word ".repeat(40) + "end");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-word")).toBe(true);
  });
});

describe("the real articles of the starter library", () => {
  const dir = new URL("../samples/library/", import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));

  it.each(files)("%s parses into sentences that re-join to each paragraph", (file) => {
    const article = parseArticleText(readFileSync(new URL(file, dir), "utf8"));
    expect(articleSchema.safeParse(article).success).toBe(true);
    for (const p of article.paragraphs) {
      const rejoined = p.sentences.map((s) => s.text).join(" ");
      expect(rejoined.replace(/\s+/g, " ")).toBe(p.text.replace(/\s+/g, " "));
      // No sentence ends on a title or an initial.
      for (const s of p.sentences.slice(0, -1)) expect(s.text).not.toMatch(/(?:^|[\s(“"])(?:Mr|Mrs|Dr|Gen|St|[A-Z])\.$/);
    }
  });
});
