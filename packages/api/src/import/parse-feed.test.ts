import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "./import-error";
import { parseFeed } from "./parse-feed";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("parseFeed on RSS 2.0", () => {
  const feed = parseFeed(fixture("rss-2.xml"), "https://riverside-daily.example/feeds/local.rss");

  it("reads the channel", () => {
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("Riverside Daily – Local");
    expect(feed.link).toBe("https://riverside-daily.example/local");
  });

  it("gives each item its title, absolute link, date and a text-only summary", () => {
    expect(feed.items).toEqual([
      {
        title: "City council approves “green corridor” plan for riverside",
        link: "https://riverside-daily.example/local/2024/10/green-corridor-plan",
        published: "2024-10-18T07:30:00.000Z",
        summary: "The city council on Thursday approved a plan to turn the old rail line into a park & cycle path.",
      },
      {
        title: "Bus fares to rise by 5 per cent in January",
        link: "https://riverside-daily.example/local/2024/10/bus-fares",
        published: "2024-10-17T16:05:00.000Z",
        summary: "Fares will rise for the first time since 2019.",
      },
      {
        title: "Library reopens",
        link: "https://riverside-daily.example/local/2024/10/library",
        summary: "",
      },
    ]);
  });

  it("drops items whose link is not http(s)", () => {
    expect(feed.items.map((item) => item.title)).not.toContain("Item with a script link");
    expect(JSON.stringify(feed)).not.toMatch(/javascript:|alert|</);
  });
});

describe("parseFeed on Atom", () => {
  const feed = parseFeed(fixture("atom.xml"));

  it("reads the feed and its entries, resolving links against xml:base", () => {
    expect(feed.format).toBe("atom");
    expect(feed.title).toBe("Northern Ledger: Business");
    expect(feed.link).toBe("https://ledger.example/business");
    expect(feed.items).toEqual([
      {
        title: "Battery maker picks Northport for $2.1 billion plant (update)",
        link: "https://ledger.example/business/battery-plant-northport",
        published: "2024-03-05T14:00:00.000Z",
        summary: "The plant will employ about 900 people.",
      },
      {
        title: "Port traffic rises for a third month",
        link: "https://ledger.example/business/port-traffic",
        published: "2024-03-04T06:00:00.000Z",
        summary: "Container volumes rose 4 per cent in February.",
      },
    ]);
  });
});

describe("parseFeed refuses what is not a feed", () => {
  it.each([
    ["an HTML page", "<!doctype html><html><body><p>Hello</p></body></html>"],
    ["plain text", "just some words"],
    ["an empty string", ""],
    ["other XML", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'],
  ])("%s", (_label, input) => {
    expect(() => parseFeed(input)).toThrow(new ImportError("not-a-feed", "This is not an RSS or Atom feed"));
  });

  it("bounds entity expansion (billion laughs)", () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]><rss version="2.0"><channel><title>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</title></channel></rss>`;
    let result: unknown;
    try {
      result = parseFeed(lol);
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return;
    }
    expect(JSON.stringify(result).length).toBeLessThan(200_000);
  });
});
