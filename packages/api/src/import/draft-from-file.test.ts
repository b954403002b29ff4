import { readFileSync } from "node:fs";
import { ArticleParseError } from "@newsquiz/article";
import { SAMPLE_ARTICLE_TEXT } from "@newsquiz/article/samples";
import { describe, expect, it } from "vitest";
import { draftFromFile, MAX_IMPORT_FILE_BYTES } from "./draft-from-file";
import { draftFromPaste } from "./draft-from-paste";
import { extractArticleFromHtml } from "./extract-article";
import { ImportError } from "./import-error";

const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

function failure(run: () => unknown): ImportError | ArticleParseError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError || error instanceof ArticleParseError) return error;
    throw error;
  }
  throw new Error("expected the import to fail");
}

describe("draftFromFile with text files", () => {
  it("reads a .txt in the plain-text format like a paste", () => {
    const draft = draftFromFile({ name: "sample-article.txt", type: "text/plain", bytes: utf8(SAMPLE_ARTICLE_TEXT) });
    expect(draft).toEqual(draftFromPaste({ text: SAMPLE_ARTICLE_TEXT }));
    expect(draft.paragraphs).toHaveLength(20);
  });

  it("drops a UTF-8 byte order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Headline\nBody.")]);
    expect(draftFromFile({ name: "a.TXT", bytes }).headline).toBe("Headline");
  });

  it("reads a file without extension by its media type or contents", () => {
    expect(draftFromFile({ name: "article", type: "text/plain", bytes: utf8("Headline\nBody.") }).paragraphs).toEqual(["Body."]);
    expect(draftFromFile({ name: "article", bytes: utf8("Headline\nBody.") }).headline).toBe("Headline");
    const page = fixtureBytes("og-only-news-page.html");
    expect(draftFromFile({ name: "download", type: "application/octet-stream", bytes: page }).source).toBe("Coastal Times");
  });

  it("treats a page saved as .txt as a page", () => {
    const draft = draftFromFile({ name: "page.txt", bytes: fixtureBytes("og-only-news-page.html") });
    expect(draft.headline).toBe("Heatwave closes schools across the coast for a second day");
  });
});

describe("draftFromFile with Markdown", () => {
  const draft = draftFromFile({ name: "ferry.md", type: "text/markdown", bytes: fixtureBytes("article.md") });

  it("takes the first '# ' heading as headline, without its emphasis markers", () => {
    expect(draft.headline).toBe("Ferry service to the islands resumes after two-week strike");
  });

  it("keeps text of emphasis, links, lists and quotes; drops images, code, tables, sub-headings and comments", () => {
    expect(draft.paragraphs).toEqual([
      "Ferries to the outer islands began running again on Monday after crews and the operator reached a pay deal late on Sunday night.",
      "The strike had left about 2,300 island residents without a regular connection to the mainland & forced schools to close for a week.",
      "Crews get a 6 per cent raise this year.",
      "Night shifts will be shorter, from 12 to 10 hours.",
      "\"We are glad to be back at work,\" said union spokesman Lars Berg.",
      "The operator said timetables would return to normal by Wednesday. Use island-pass tickets as before.",
    ]);
    const text = JSON.stringify(draft);
    for (const syntax of ["**", "](", "![", "```", "console.log", "<", "Route", "What changed", "Local news"]) {
      expect(text).not.toContain(syntax);
    }
  });

  it("uses the first line as headline when there is no heading", () => {
    const plain = draftFromFile({ name: "notes.markdown", bytes: utf8("Short *title*\n\nBody with [a link](http://x.example).") });
    expect(plain.headline).toBe("Short title");
    expect(plain.paragraphs).toEqual(["Body with a link."]);
  });
});

describe("draftFromFile with HTML", () => {
  it("extracts the article like extractArticleFromHtml", () => {
    const bytes = fixtureBytes("cluttered-news-page.html");
    const draft = draftFromFile({ name: "saved-page.HTM", type: "text/html", bytes });
    expect(draft).toEqual(extractArticleFromHtml(new TextDecoder().decode(bytes)));
    expect(draft.paragraphs).toHaveLength(5);
  });

  it("says when a page has no article", () => {
    const error = failure(() => draftFromFile({ name: "empty.html", bytes: utf8("<html><body><nav>Home</nav></body></html>") }));
    expect(error.message).toBe("No article text found on this page");
  });
});

describe("draftFromFile refuses", () => {
  it("files over 200 KB", () => {
    const bytes = new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x61);
    const error = failure(() => draftFromFile({ name: "big.txt", bytes }));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe("The file is too large");
  });

  it.each([
    ["report.pdf", "application/pdf", utf8("%PDF-1.7\n...")],
    ["report.docx", undefined, utf8("Headline\nBody.")],
    ["photo.txt", "text/plain", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])],
    ["archive.md", undefined, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ["nul.txt", undefined, utf8("Headline\n\u0000Body")],
    ["controls.txt", undefined, utf8("\u0001\u0002\u0003\u0004 Headline\nBody.")],
    ["data", "application/json", utf8('{"headline":"x"}')],
  ])("%s as not a text or HTML file", (name, type, bytes) => {
    const error = failure(() => draftFromFile({ name, type, bytes }));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toBe("This is not a text or HTML file");
  });

  it("text that is not UTF-8, with advice", () => {
    const latin1 = new Uint8Array([...utf8("Caf"), 0xe9, ...utf8("\nBody.")]);
    const error = failure(() => draftFromFile({ name: "cafe.txt", bytes: latin1 }));
    expect(error.message).toBe("This file is not UTF-8 text; save it as UTF-8 and try again");
  });

  it("input that is not a file", () => {
    const error = failure(() => draftFromFile({ name: "a.txt", bytes: "Headline\nBody." as unknown as Uint8Array }));
    expect(error.message).toBe("This is not a text or HTML file");
  });

  it("a text file with only a headline", () => {
    expect(failure(() => draftFromFile({ name: "a.txt", bytes: utf8("Headline") })).message).toBe(
      "The text has a headline but no paragraphs below it.",
    );
  });
});
