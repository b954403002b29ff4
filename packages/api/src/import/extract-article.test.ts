import { readFileSync } from "node:fs";
import { articleDraftSchema } from "@newsquiz/article";
import { describe, expect, it } from "vitest";
import { isDensePage } from "./dense-page";
import { extractArticleFromHtml } from "./extract-article";
import { ImportError } from "./import-error";
import { stripTitleSuffix } from "./page-metadata";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("extractArticleFromHtml on a cluttered news page", () => {
  const draft = extractArticleFromHtml(fixture("cluttered-news-page.html"), { url: "https://riverside-daily.example/x?utm=1" });

  it("keeps exactly the story's paragraphs, in order", () => {
    expect(draft.paragraphs).toEqual([
      "The city council on Thursday approved a plan to turn a 3-kilometre stretch of the old riverside rail line into a park and cycle path, ending a debate that had lasted almost four years.",
      "Councillors voted 31 to 12 in favour of the “green corridor”, which will cost an estimated 14.5 million euros and is due to open in the spring of 2027.",
      "Mayor Elena Brandt said the project would give the eastern districts their first large green space. “People have waited long enough,” she told reporters after the vote.",
      "Opponents argued that the money would be better spent on repairing the city’s roads, and a group of local business owners has said it will ask a court to review the decision.",
      "Construction is expected to begin next summer, once the remaining tracks have been removed and the soil has been tested for contamination.",
    ]);
  });

  it("drops navigation, ads, share buttons, related links, captions, newsletter box and comments", () => {
    const text = draft.paragraphs.join("\n");
    for (const furniture of [
      "Politics", "Advertisement", "Share on Facebook", "Tweet", "Related:", "history of the riverside rail line",
      "Bus fares", "disused rail line", "newsletter", "riverfan88", "potholes", "Most read", "All rights reserved",
      "By Maria Okafor",
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it("reads headline, author, publisher, date and canonical url from the metadata", () => {
    expect(draft.headline).toBe("City council approves “green corridor” plan for riverside");
    expect(draft.author).toBe("Maria Okafor");
    expect(draft.source).toBe("Riverside Daily");
    expect(draft.publishedAt).toBe("2024-10-18T07:30:00.000Z");
    expect(draft.url).toBe("https://riverside-daily.example/local/2024/10/green-corridor-plan");
    expect(articleDraftSchema.safeParse(draft).success).toBe(true);
  });
});

describe("extractArticleFromHtml on a page with JSON-LD", () => {
  const draft = extractArticleFromHtml(fixture("json-ld-news-page.html"));

  it("prefers the JSON-LD NewsArticle over Open Graph and <title>", () => {
    expect(draft.headline).toBe("Battery maker picks Northport for $2.1 billion plant, bringing 900 jobs");
    expect(draft.author).toBe("Sam Lee and Priya Natarajan");
    expect(draft.source).toBe("Northern Ledger");
    expect(draft.publishedAt).toBe("2024-03-05T14:00:00.000Z");
    expect(draft.url).toBe("https://ledger.example/business/battery-plant-northport");
  });

  it("keeps paragraphs, the quote and list items but not sub-headings, cookie banner or more-stories", () => {
    expect(draft.paragraphs).toEqual([
      "A South Korean battery maker said on Tuesday it would build a $2.1 billion factory on the edge of Northport, in what state officials called the largest private investment in the region's history.",
      "The plant will make cells for electric cars and is expected to employ about 900 people when it reaches full production in 2027, the company said in a statement.",
      "The state has offered the company $310 million in tax credits over 20 years, on condition that it keeps at least 800 jobs at the site.",
      "“This is a turning point for Northport,” Governor Alice Moreno said at a news conference at the site.",
      "Critics say the incentives are too generous. “We are paying more than $340,000 per job,” said Tom Becker, a state senator from the opposition.",
      "Construction is due to start in June.",
      "The first cells should leave the factory in late 2026.",
    ]);
  });
});

describe("extractArticleFromHtml on a page with only Open Graph tags", () => {
  const draft = extractArticleFromHtml(fixture("og-only-news-page.html"), { url: "https://coastal-times.example/?p=123" });

  it("uses og:title, og:site_name, article:published_time and og:url", () => {
    expect(draft.headline).toBe("Heatwave closes schools across the coast for a second day");
    expect(draft.source).toBe("Coastal Times");
    expect(draft.publishedAt).toBe("2023-07-12");
    expect(draft.url).toBe("https://coastal-times.example/news/heatwave-schools");
    expect(draft.author).toBeUndefined();
  });

  it("decodes &nbsp;, collapses whitespace and drops the photo credit line", () => {
    expect(draft.paragraphs).toEqual([
      "More than 400 schools along the coast stayed closed on Wednesday as temperatures passed 41 degrees Celsius for the second day in a row.",
      "The regional education office said classes would move online until at least Friday, and that exams planned for this week would be held later in the month.",
      "Hospitals reported a rise in heat-related cases, mostly among older people, and the health ministry urged residents to stay indoors during the hottest hours of the day.",
      "Forecasters expect the heat to ease on Sunday, when a cold front is due to bring rain and strong winds to the north of the region.",
    ]);
  });
});

describe("extractArticleFromHtml never returns markup", () => {
  const draft = extractArticleFromHtml(fixture("payload-page.html"), { url: "https://bay-herald.example/harbour" });

  it("keeps the story text", () => {
    expect(draft.headline).toBe("Harbour reopens after storm");
    expect(draft.source).toBe("Bay Herald");
    expect(draft.url).toBe("https://bay-herald.example/harbour");
    expect(draft.paragraphs).toEqual([
      "The harbour reopened on Monday morning after three days of storms had kept all ships in port, the port authority said.",
      "Divers checked the main quay for damage overnight and found only minor cracks, which will be repaired over the coming weeks.",
      "Fishing boats were the first to leave, followed by two ferries that had been waiting to sail since Friday night with more than 600 passengers.",
      "A local writer called the notice unusual, but officials said the harbour would stay open through the week.",
    ]);
  });

  it("contains no tags, script URLs, handlers, alerts or CSS", () => {
    const everything = JSON.stringify(draft);
    for (const bad of ["<", ">", "javascript:", "alert", "onerror", "onload", "url(", "srcdoc", "evil.example"]) {
      expect(everything).not.toContain(bad);
    }
  });
});

describe("extractArticleFromHtml metadata fallbacks", () => {
  const body = `<p>${"The committee met on Monday and agreed to publish its findings in full next month. ".repeat(4)}</p>
    <p>Members said the report would include all the evidence that had been gathered since the inquiry began.</p>`;

  it("strips a ' | Site' suffix from <title> when the page has no og:title or JSON-LD", () => {
    const draft = extractArticleFromHtml(
      `<html><head><title>Inquiry report to be published in full | The Gazette</title></head><body><article>${body}</article></body></html>`,
    );
    expect(draft.headline).toBe("Inquiry report to be published in full");
    expect(draft.paragraphs).toHaveLength(2);
  });

  it("drops a relative or javascript: canonical link and falls back to the page url", () => {
    const draft = extractArticleFromHtml(
      `<html><head><title>Inquiry</title><link rel="canonical" href="javascript:alert(1)"></head><body><article>${body}</article></body></html>`,
      { url: "https://gazette.example/inquiry" },
    );
    expect(draft.url).toBe("https://gazette.example/inquiry");
  });

  it("keeps a short news paragraph that merely mentions signing up", () => {
    const draft = extractArticleFromHtml(
      `<html><head><title>Inquiry</title></head><body><article>${body}<p>Voters can sign up to vote until Friday, the election office said.</p><p>Sign up for our newsletter to get the news in your inbox.</p></article></body></html>`,
    );
    expect(draft.paragraphs).toContain("Voters can sign up to vote until Friday, the election office said.");
    expect(draft.paragraphs.join(" ")).not.toContain("newsletter");
  });

  it("ignores an unreadable date", () => {
    const draft = extractArticleFromHtml(
      `<html><head><title>Inquiry</title><meta property="article:published_time" content="last Tuesday"></head><body><article>${body}</article></body></html>`,
    );
    expect(draft.publishedAt).toBeUndefined();
  });
});

describe("stripTitleSuffix", () => {
  it.each([
    ["Heatwave closes schools | Coastal Times", undefined, "Heatwave closes schools"],
    ["Heatwave closes schools — Coastal Times", "Coastal Times", "Heatwave closes schools"],
    ["Heatwave closes schools - Coastal Times", "Coastal Times", "Heatwave closes schools"],
    ["Heatwave closes schools | News | Coastal Times", undefined, "Heatwave closes schools"],
    ["Pay talks - what happens next", undefined, "Pay talks - what happens next"],
    ["Storm | a long subtitle that is clearly part of the headline itself", undefined, "Storm | a long subtitle that is clearly part of the headline itself"],
  ])("%s", (title, site, expected) => {
    expect(stripTitleSuffix(title, site)).toBe(expected);
  });
});

describe("extractArticleFromHtml refuses pages without an article", () => {
  it.each([
    ["an empty page", "<html><body></body></html>"],
    ["a navigation-only page", '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>'],
    ["a 404 page", "<html><head><title>Not found</title></head><body><h1>Page not found</h1><p>Sorry</p></body></html>"],
    ["an empty string", ""],
  ])("%s", (_label, html) => {
    expect(() => extractArticleFromHtml(html)).toThrow(new ImportError("no-article", "No article text found on this page"));
  });
});

describe("extractArticleFromHtml on a page of thousands of tiny paragraphs", () => {
  // 12,000 one-line paragraphs (about 14 bytes of HTML each): too dense for Readability, which works per element.
  const lines = Array.from({ length: 12_000 }, (_, i) => `Line ${i + 1}.`);
  const page = `<!doctype html><html><head><title>Tiny lines &amp; more | The Daily</title>
<meta property="og:site_name" content="The Daily"><meta name="author" content="Ada Lovelace">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tiny lines & dots <\\/script>","datePublished":"2026-11-30"}</script>
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a></nav><h1>A page of tiny lines</h1><article>${lines.map((line) => `<p>${line}</p>`).join("")}
<p hidden>Hidden line.</p><p style="display:none">Invisible line.</p><p>Fish &amp; chips &lt;3.</p></article></body></html>`;

  it("is read without Readability, while every fixture page still goes through it", () => {
    expect(isDensePage(page)).toBe(true);
    for (const name of ["cluttered-news-page.html", "json-ld-news-page.html", "og-only-news-page.html", "payload-page.html"]) {
      expect(isDensePage(fixture(name))).toBe(false);
    }
  });

  it("still yields every line, in order, with the page's metadata and nothing hidden or scripted", () => {
    const draft = extractArticleFromHtml(page, { url: "https://daily.example/tiny" });
    expect(articleDraftSchema.safeParse(draft).success).toBe(true);
    expect(draft.headline).toBe("Tiny lines & dots");
    expect(draft.author).toBe("Ada Lovelace");
    expect(draft.source).toBe("The Daily");
    expect(draft.publishedAt).toBe("2026-11-30");
    expect(draft.url).toBe("https://daily.example/tiny");
    expect(draft.paragraphs).toEqual([...lines, "Fish & chips <3."]);
  });

  it("takes the headline from the page's <h1> when it has no metadata", () => {
    const bare = `<!doctype html><html><body><h1>Only a <em>heading</em></h1>${lines.map((line) => `<p>${line}</p>`).join("")}</body></html>`;
    const draft = extractArticleFromHtml(bare);
    expect(draft.headline).toBe("Only a heading");
    expect(draft.paragraphs).toEqual(lines);
  });
});
