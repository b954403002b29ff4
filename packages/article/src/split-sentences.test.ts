import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((s) => s.text);

describe("splitSentences keeps abbreviations inside the sentence", () => {
  it.each([
    ["month before a day range", "Pyongyang began transporting its special forces troops to Russia from Oct. 8 to 13."],
    ["month abbreviations before numbers", "The talks ran from Jan. 3 and Feb. 14 through Aug. 30, Sept. 2, Nov. 11 and Dec. 24 last year."],
    ["military rank", "Gen. Kim Myung-soo told lawmakers the military was on high alert."],
    ["titles", "Mr. Yoon met Mrs. Kim and Dr. Park at the Blue House on Monday."],
    ["street and suffix", "Crowds filled St. Mark's Place on Martin Luther King Jr. Day, police said."],
    ["an abbreviation after a hyphen", "In 2020, nearly 41,000 registered nurses worked in the Minneapolis-St. Paul area."],
    ["dotted country names", "The U.S. and the U.K. issued a joint statement condemning the launch."],
    ["N. Korea", "N. Korea fired two ballistic missiles into the East Sea, the military said."],
    ["S. Korea", "S. Korea unveiled its first graphic cigarette warnings on Wednesday."],
    ["decimals", "The economy grew 3.5 percent in the third quarter, beating forecasts of 2.9 percent."],
    ["chained initials", "A first edition by J. R. R. Tolkien sold for $40,000 at auction."],
    ["middle initial", "Peter J. Smith, a spokesman for the ministry, declined to comment."],
    ["domain names", "Details were posted on example.com and on the ministry's site, mofa.go.kr, late Friday."],
    ["ellipsis before lower case", "He said the plan was ... not going to work without more funding."],
    ["unicode ellipsis before lower case", "The letter read: “We regret… any inconvenience caused to the families.”"],
    ["question inside a quotation", "“Why now?” asked one lawmaker during the hearing."],
    ["exclamation inside a quotation", "“Stop the war!” protesters chanted outside the embassy."],
  ])("%s", (_name, sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
  });
});

describe("splitSentences splits real sentence endings", () => {
  it("splits two plain sentences", () => {
    expect(
      texts(
        "These troops were moved from areas near the North’s cities of Chongjin, Hamhung and Musudan to Vladivostok. The NIS said it expects that a second phase of transport will occur soon.",
      ),
    ).toEqual([
      "These troops were moved from areas near the North’s cities of Chongjin, Hamhung and Musudan to Vladivostok.",
      "The NIS said it expects that a second phase of transport will occur soon.",
    ]);
  });

  it("splits where a closing quotation mark runs into the next sentence without a space (a slip of the source)", () => {
    expect(texts('The nature of the black hole is only revealed through X-ray observations of the hot cluster gas."Until now we had no idea," he said.')).toEqual([
      'The nature of the black hole is only revealed through X-ray observations of the hot cluster gas."',
      'Until now we had no idea," he said.',
    ]);
    // a quotation mark inside a sentence, or after an initial, stays
    expect(texts('He called it "the end."')).toEqual(['He called it "the end."']);
  });

  it("splits after ', Inc.' before a capital: the company's name ends there", () => {
    expect(texts("The figures come from Exhibitor Relations, Inc. Cartoon-turned-live-action comedy Fat Albert debuted in second place.")).toEqual([
      "The figures come from Exhibitor Relations, Inc.",
      "Cartoon-turned-live-action comedy Fat Albert debuted in second place.",
    ]);
    expect(texts("Acme Inc. Chairman John Smith resigned on Monday.")).toEqual(["Acme Inc. Chairman John Smith resigned on Monday."]);
  });

  it("keeps the closing quote with the sentence it ends", () => {
    expect(texts("“He left.” She said nothing more about the meeting.")).toEqual([
      "“He left.”",
      "She said nothing more about the meeting.",
    ]);
    expect(texts('Officials said "the talks are over." Markets fell sharply.')).toEqual([
      'Officials said "the talks are over."',
      "Markets fell sharply.",
    ]);
  });

  it("splits on question and exclamation marks", () => {
    expect(texts("Who knew? ‘The Walking Dead’ is helping families connect. What a show!  Fans agree.")).toEqual([
      "Who knew?",
      "‘The Walking Dead’ is helping families connect.",
      "What a show!",
      "Fans agree.",
    ]);
  });

  it("splits after a dotted abbreviation when a new sentence clearly starts", () => {
    expect(texts("The company moved its headquarters to the U.S. The decision surprised investors.")).toEqual([
      "The company moved its headquarters to the U.S.",
      "The decision surprised investors.",
    ]);
  });

  it("does not split after an initialism before a joining word a newswire capitalised ('U.S. And Japan', 'U.S. For 644 mln')", () => {
    expect(texts("The pact between the U.S. And Japan was signed. Talks go on.")).toEqual(["The pact between the U.S. And Japan was signed.", "Talks go on."]);
    expect(texts("BAT sold 88 stores in the U.S. For 644 mln dlrs and sold Grovewood Securities.")).toEqual(["BAT sold 88 stores in the U.S. For 644 mln dlrs and sold Grovewood Securities."]);
    expect(texts("Prices rose in the U.S. For example, beef rose.")).toEqual(["Prices rose in the U.S.", "For example, beef rose."]);
  });

  it("splits after a month name that ends a sentence", () => {
    expect(texts("The summit is planned for Oct. The venue has not been announced.")).toEqual([
      "The summit is planned for Oct.",
      "The venue has not been announced.",
    ]);
  });

  it("splits after a domain name at the end of a sentence", () => {
    expect(texts("The data was posted on example.com. Officials said more would follow.")).toEqual([
      "The data was posted on example.com.",
      "Officials said more would follow.",
    ]);
  });

  it("splits before a sentence that opens with a quotation or a number", () => {
    expect(texts("Rutte spoke in Brussels. “We are in close contact,” he said. 12,000 troops may follow.")).toEqual([
      "Rutte spoke in Brussels.",
      "“We are in close contact,” he said.",
      "12,000 troops may follow.",
    ]);
  });

  it("splits after ordinary words that double as abbreviations, but not before a number", () => {
    expect(texts("He said no. Then he left the room.")).toEqual(["He said no.", "Then he left the room."]);
    expect(texts("She studied art. Her first show opened in Seoul.")).toEqual([
      "She studied art.",
      "Her first show opened in Seoul.",
    ]);
    expect(texts("The seed ranked No. 3 in the world was knocked out.")).toEqual([
      "The seed ranked No. 3 in the world was knocked out.",
    ]);
  });

  it("splits after a weak abbreviation only before a common sentence opener", () => {
    expect(texts("He joined Acme Inc. The company makes drones.")).toEqual([
      "He joined Acme Inc.",
      "The company makes drones.",
    ]);
    expect(texts("Shares of Acme Inc. Korea rose 4 percent.")).toEqual(["Shares of Acme Inc. Korea rose 4 percent."]);
  });

  it("does not split before a lower-case word", () => {
    expect(texts("The meeting ended at 3 p.m. on Friday, officials said.")).toEqual([
      "The meeting ended at 3 p.m. on Friday, officials said.",
    ]);
  });

  it("reports spans into the paragraph", () => {
    const paragraph = "  First one.   Second one?\tThird!  ";
    const sentences = splitSentences(paragraph);
    expect(sentences.map((s) => [s.index, s.start, s.end])).toEqual([
      [0, 2, 12],
      [1, 15, 26],
      [2, 27, 33],
    ]);
    for (const s of sentences) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
  });

  it("returns no sentences for whitespace", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \t\n ")).toEqual([]);
  });
});

describe("splitSentences spans (property)", () => {
  const newsish = fc.stringMatching(/^[A-Za-z0-9 .?!,“”"'’…()\n\t-]{0,80}$/);
  const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 120 }), newsish);

  it("re-joins exactly to the paragraph with only whitespace between sentences", () => {
    fc.assert(
      fc.property(anyText, (paragraph) => {
        const sentences = splitSentences(paragraph);
        let cursor = 0;
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.text).toBe(s.text.trim());
          expect(paragraph.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(cursor);
          expect(paragraph.slice(cursor, s.start).trim()).toBe("");
          cursor = s.end;
        });
        expect(paragraph.slice(cursor).trim()).toBe("");
        expect(sentences.length === 0).toBe(paragraph.trim() === "");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("splitSentences reads a case name's 'v.' as part of it", () => {
  it("keeps 'Brown v. Board of Education' and 'Marbury v. Madison' in one sentence", () => {
    expect(texts("In Brown v. Board of Education (1954), Oliver Brown was one of the parents. In Marbury v. Madison the court ruled.")).toEqual([
      "In Brown v. Board of Education (1954), Oliver Brown was one of the parents.",
      "In Marbury v. Madison the court ruled.",
    ]);
  });
});
