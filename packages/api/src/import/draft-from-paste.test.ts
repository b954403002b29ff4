import { readdirSync, readFileSync } from "node:fs";
import { ArticleParseError, articleDraftSchema } from "@newsquiz/article";
import { SAMPLE_ARTICLE_TEXT } from "@newsquiz/article/samples";
import { useFixedPropertySeed } from "@newsquiz/article/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftFromPaste, splitParagraphs } from "./draft-from-paste";

const articlesDir = new URL("../../../article/samples/library/", import.meta.url);
const realArticles = readdirSync(articlesDir)
  .filter((name) => name.endsWith(".txt"))
  .map((name) => ({ name, text: readFileSync(new URL(name, articlesDir), "utf8") }));

/** Wraps text at `width` columns, the way an e-mail client or a terminal paste would. */
function hardWrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function codeOf(run: () => unknown): string {
  try {
    run();
    return "no error";
  } catch (error) {
    if (error instanceof ArticleParseError) return error.code;
    throw error;
  }
}

describe("draftFromPaste with the whole article in the plain-text format", () => {
  it("reads the sample article's related list, headline and 20 paragraphs", () => {
    const draft = draftFromPaste({ text: SAMPLE_ARTICLE_TEXT });
    expect(draft.headline).toBe("N. Korea decides to send around 10,000 soldiers to support Russia in Ukraine war: Seoul");
    expect(draft.relatedHeadlines).toHaveLength(10);
    expect(draft.relatedHeadlines?.[0]).toBe("California Assembly OKs highest minimum wage in nation");
    expect(draft.paragraphs).toHaveLength(20);
    expect(draft.paragraphs[3]).toBe(
      "The NIS also said it has confirmed that Pyongyang began transporting its special forces troops to Russia from Oct. 8 to 13.",
    );
    expect(articleDraftSchema.safeParse(draft).success).toBe(true);
  });

  it.each(realArticles)("reads $name: first line headline, one paragraph per line", ({ text }) => {
    const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
    const draft = draftFromPaste({ text });
    expect(draft.headline).toBe(lines[0]);
    expect(draft.paragraphs).toEqual(lines.slice(1));
  });

  it.each(realArticles)("joins $name hard-wrapped at 60 columns with blank lines between paragraphs", ({ text }) => {
    const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
    const wrapped = [lines[0], ...lines.slice(1).map((paragraph) => hardWrap(paragraph, 60))].join("\n\n");
    expect(wrapped.split("\n").length).toBeGreaterThan(lines.length);
    const draft = draftFromPaste({ text: wrapped });
    expect(draft.headline).toBe(lines[0]);
    expect(draft.paragraphs).toEqual(lines.slice(1).map((paragraph) => paragraph.replace(/\s+/g, " ")));
  });

  it("keeps the related list and headline apart from wrapped paragraphs", () => {
    const draft = draftFromPaste({
      text: "- Other story one\n- Other story two\nThe headline\n\nFirst paragraph starts here\nand goes on here.\n\nSecond paragraph.\n",
    });
    expect(draft).toEqual({
      headline: "The headline",
      relatedHeadlines: ["Other story one", "Other story two"],
      paragraphs: ["First paragraph starts here and goes on here.", "Second paragraph."],
    });
  });

  it("joins a single wrapped block after a blank line under the headline", () => {
    const draft = draftFromPaste({ text: "Headline\n\nOnly paragraph, wrapped\nover two lines." });
    expect(draft.paragraphs).toEqual(["Only paragraph, wrapped over two lines."]);
  });

  it("reads CRLF line ends and a BOM", () => {
    const draft = draftFromPaste({ text: "\ufeffHeadline\r\nFirst.\r\nSecond.\r\n" });
    expect(draft.headline).toBe("Headline");
    expect(draft.paragraphs).toEqual(["First.", "Second."]);
  });
});

describe("draftFromPaste with a separate headline", () => {
  it("uses every line of the text as a paragraph, including '- ' lines", () => {
    const draft = draftFromPaste({ headline: "  Storm hits coast  ", text: "- Roads closed.\nPower cut for 3,000 homes." });
    expect(draft.headline).toBe("Storm hits coast");
    expect(draft.paragraphs).toEqual(["- Roads closed.", "Power cut for 3,000 homes."]);
    expect(draft.relatedHeadlines).toEqual([]);
  });

  it("joins hard-wrapped blocks", () => {
    const draft = draftFromPaste({ headline: "Storm", text: "Line one\nline two.\n\n  \nNext block\ncontinues." });
    expect(draft.paragraphs).toEqual(["Line one line two.", "Next block continues."]);
  });

  it("refuses an over-long headline with advice", () => {
    expect(() => draftFromPaste({ headline: "x".repeat(301), text: "Body." })).toThrow(/over 300 characters/);
  });
});

describe("draftFromPaste errors a person can act on", () => {
  it.each([
    ["empty", { text: "" }],
    ["empty", { text: " \n\t\n" }],
    ["empty", { headline: "Headline", text: "   " }],
    ["no-paragraphs", { text: "Just a headline" }],
    ["no-paragraphs", { text: "- Related\nHeadline" }],
    ["no-headline", { text: "- Related one\n- Related two" }],
    ["no-headline", { text: `${"word ".repeat(80)}\n\nBody.` }],
    ["binary", { text: "\u0000\u0001\u0002binary" }],
    ["too-large", { text: "a".repeat(200 * 1024 + 1) }],
    ["invalid", { text: 42 as unknown as string }],
  ])("%s for %j", (code, input) => {
    expect(codeOf(() => draftFromPaste(input))).toBe(code);
  });
});

describe("splitParagraphs", () => {
  it("splits by line without blank lines and by block with them", () => {
    expect(splitParagraphs("a\nb\nc")).toEqual(["a", "b", "c"]);
    expect(splitParagraphs("a\nb\n\nc")).toEqual(["a b", "c"]);
    expect(splitParagraphs("a\nb", true)).toEqual(["a b"]);
    expect(splitParagraphs("\n\n")).toEqual([]);
    expect(splitParagraphs("a\n\nb", false)).toEqual(["a", "b"]);
    expect(splitParagraphs("a \nb\n\u00a0c\n\u2028\nd", false)).toEqual(["a", "b", "c", "d"]);
  });

  it("keeps every one of 30,000 one-word lines, in order", () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `Word${i}.`);
    expect(splitParagraphs(words.join("\n"))).toEqual(words);
    expect(splitParagraphs(words.join("\n \t\n"))).toEqual(words);
  });

  // The split, trim and filter it replaced (one array per line), kept here as the reference it must equal.
  const reference = (body: string, blocks: boolean = /\n[ \t]*\n/.test(body.trim())) => {
    const text = body.replace(/\r\n?/g, "\n").trim();
    if (text === "") return [];
    if (blocks) {
      return text
        .split(/\n[ \t]*\n/)
        .map((block) => block.split("\n").map((line) => line.trim()).filter((line) => line !== "").join(" "))
        .filter((paragraph) => paragraph !== "");
    }
    return text.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  };
  it("property: splits like split, trim and filter on any mix of words, spaces, tabs, line breaks and other white space", () => {
    useFixedPropertySeed();
    const piece = fc.constantFrom("a", "Yes.", " ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u2028", "\u3000", "\ufeff", "\v", "\n\n", "\n \t\n");
    // Whole lines of one kind of white space: only spaces and tabs separate blocks.
    const line = fc.constantFrom(" ", "\t", "\v", "\f", "\u00a0", "\u3000", "\ufeff", " \u2028 ").map((space) => `\n${space}\n`);
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, line), { maxLength: 60 }), fc.option(fc.boolean(), { nil: undefined }), (pieces, blocks) => {
        const body = pieces.join("");
        expect(splitParagraphs(body, blocks)).toEqual(reference(body, blocks));
      }),
      { numRuns: 2000 },
    );
  });
});
