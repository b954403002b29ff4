import { describe, expect, it } from "vitest";
import { afterItsTime, againstDirection, newestPastYearIn, numericCandidates, periodEndCandidates, pickNumeric, type ArticleValues } from "./distractors";
import { analyzeArticle, type Fact } from "./find-facts";
import { createRng } from "./rng";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { articleOf } from "./test-helpers";

/** An article's values that forbid no candidate: the candidates as the engine makes them before the article's own. */
const noValues = (): ArticleValues => ({ numbers: new Set<number>(), texts: new Set<string>(), body: "", bodyWords: new Set<string>() });

describe("pickNumeric", () => {
  it("keeps the answer's roundness among the options: '30 May 1832' is not the only round day", () => {
    const candidates = ["24 May 1832", "26 May 1832", "27 May 1832", "23 May 1832", "20 May 1832"];
    for (let seed = 1; seed <= 20; seed++) {
      const picked = pickNumeric(candidates, createRng(seed), "30 May 1832");
      expect(picked).toHaveLength(3);
      expect(picked.some((p) => /^(?:10|20) /.test(p)), `seed ${seed}: ${picked.join(", ")}`).toBe(true);
    }
  });

  it("offers no years when none can come after the answer: it would be the latest option every time (readings R, S)", () => {
    expect(pickNumeric(["2003", "2001", "2002", "2000"], createRng(1), "2004")).toEqual([]);
    for (let seed = 1; seed <= 10; seed++) expect(pickNumeric(["2003", "2006", "2002", "2001", "2007"], createRng(seed), "2004")).toHaveLength(3);
  });

  it("offers no spans of years when none can end after the answer's: 2006 to 2015 among three earlier decades (reading BQ)", () => {
    expect(pickNumeric(["2005 to 2014", "2004 to 2013", "2003 to 2012", "2002 to 2011"], createRng(1), "2006 to 2015")).toEqual([]);
    expect(pickNumeric(["2003-12", "2004-13", "2005-14"], createRng(1), "2006-15")).toEqual([]);
    for (let seed = 1; seed <= 10; seed++) expect(pickNumeric(["2005 to 2014", "2008 to 2017", "2003 to 2012", "2010 to 2019"], createRng(seed), "2006 to 2015")).toHaveLength(3);
  });

  it("offers years of both parities on either side: the answer is not the one odd (or even) year (reading BP)", () => {
    const f = { id: "0.0.0", kind: "date", text: "2001", paragraph: 0, sentence: 0, start: 0, end: 4, flags: [], form: "year", value: 2001 } as Fact;
    const candidates = numericCandidates(f, noValues()) ?? [];
    for (const place of [0, 1, 2, 3]) {
      for (let seed = 1; seed <= 6; seed++) {
        const picked = pickNumeric(candidates, createRng(seed), "2001", () => place);
        expect(picked).toHaveLength(3);
        expect(picked.some((p) => Number(p) % 2 === 1), `place ${place}: ${picked.join(", ")}`).toBe(true);
      }
    }
  });

  it("keeps a multiple of ten from being the only round option: '10 pct' among 5, 15 and 20 pct, not 7, 8 and 9 (readings ZZM–ZZX)", () => {
    const candidates = ["9 pct", "11 pct", "8 pct", "12 pct", "7 pct", "13 pct", "6 pct", "15 pct", "20 pct", "5 pct"];
    for (let seed = 1; seed <= 20; seed++) {
      const picked = pickNumeric(candidates, createRng(seed), "10 pct");
      expect(picked).toHaveLength(3);
      expect(picked.every((p) => /^(?:5|15|20|25) /.test(p)), `seed ${seed}: ${picked.join(", ")}`).toBe(true);
    }
    // (with fewer multiples of five to offer, one multiple of ten at least)
    for (let seed = 1; seed <= 20; seed++) {
      const picked = pickNumeric(["9 pct", "8 pct", "7 pct", "20 pct", "5 pct"], createRng(seed), "10 pct");
      expect(picked.some((p) => /^20 /.test(p)), `seed ${seed}: ${picked.join(", ")}`).toBe(true);
    }
  });

  it("leaves options alone when one is already as round as the answer", () => {
    const picked = pickNumeric(["35", "40", "45", "50", "55"], createRng(3), "60");
    expect(picked).toHaveLength(3);
    expect(picked.every((p) => ["35", "40", "45", "50", "55"].includes(p))).toBe(true);
  });
});

describe("numeric options are written like the answer", () => {
  it("keeps the answer's decimals and no floating-point noise ('0.60 pc' → '0.30 pc', not '0.30000000000000004 pc')", () => {
    const article = articleOf([
      "Among auto stocks, Mahindra was up 0.60 per cent at Rs 411 on Tuesday, the exchange said.",
      "Bajaj Auto was up 0.50 per cent at Rs 1,003 and Hero Honda declined 3 per cent at Rs 438.",
      "The index fell 1.25 per cent to close at 6,234.57 points, its lowest level in 12 weeks.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    const shown = qs.flatMap((q) => (q.options ? q.options : [q.prompt]));
    expect(qs.length).toBeGreaterThan(0);
    expect(shown.filter((t) => /\d\.\d{4,}/.test(t))).toEqual([]);
    for (const q of qs.filter((x) => x.type === "choice" && x.kind === "percent")) {
      for (const o of q.options ?? []) expect(o).toMatch(/\d\.\d\d per cent|^\d+ per cent/);
    }
  });
});

describe("options the prompt's own verb rules out (from reading O)", () => {
  it("offers no value below the start of a rise or above the start of a cut", () => {
    const rise = "The regulator has raised the cap on foreign ownership of airlines from 40% to _____.";
    expect(againstDirection(rise, "60%", "35%")).toBe(true);
    expect(againstDirection(rise, "60%", "40%")).toBe(true);
    expect(againstDirection(rise, "60%", "55%")).toBe(false);
    const cut = "The bank cut its main interest rate from 4.75% to _____ on Thursday.";
    expect(againstDirection(cut, "4.5%", "5%")).toBe(true);
    expect(againstDirection(cut, "4.5%", "4.25%")).toBe(false);
    // no direction in the verb, or an answer that does not follow it: nothing is ruled out
    expect(againstDirection("The limit moved from 40% to _____.", "60%", "35%")).toBe(false);
    expect(againstDirection(rise, "30%", "35%")).toBe(false);
    // (the figure before "down from the _____ forecast" is where the fall ended, reading ZZX)
    const keating = "Treasurer Paul Keating forecast economic growth at slightly under two pct in the financial year ending June this year, down from the _____ forecast contained in the 1986/87 budget.";
    expect(againstDirection(keating, "2.25 pct", "1.35 pct")).toBe(true);
    expect(againstDirection(keating, "2.25 pct", "3.15 pct")).toBe(false);
    expect(againstDirection(keating.replace("down from", "up from"), "1.75 pct", "2.5 pct")).toBe(true);
  });

  it("reads the start after the blank too: 'rose to _____ from 4.6%', 'rose by _____ …, up from 4.2%' (from reading W)", () => {
    const toFrom = "The UK's jobless rate rose to _____ from 4.6% in the previous quarter.";
    expect(againstDirection(toFrom, "4.7%", "3.5%")).toBe(true);
    expect(againstDirection(toFrom, "4.7%", "5.2%")).toBe(false);
    const dropped = "Its non-EU shortfall dropped to _____ from £2.1bn in October.";
    expect(againstDirection(dropped, "£1.7bn", "£2.7bn")).toBe(true);
    expect(againstDirection(dropped, "£1.7bn", "£1.2bn")).toBe(false);
    const upFrom = "Average earnings rose by _____ in the year to December, up from November's 4.2%, the ONS added.";
    expect(againstDirection(upFrom, "4.3%", "3.2%")).toBe(true);
    expect(againstDirection(upFrom, "4.3%", "4.8%")).toBe(false);
    // a time phrase between the start and "to" (reading AB)
    const slow = "The UK economy is expected to slow in 2005, with growth falling from 3.2% last year to _____.";
    expect(againstDirection(slow, "2.5%", "3.5%")).toBe(true);
    expect(againstDirection(slow, "2.5%", "1.5%")).toBe(false);
    expect(againstDirection("Sales reached _____ in 2004, down from $2.5bn.", "$2.1bn", "$3bn")).toBe(true);
  });

  it("keeps every option of a quiz on the side of the start the verb gives", () => {
    const article = articleOf([
      "India's regulator has raised the cap on foreign ownership of airlines from 40% to 60%, the transport ministry said.",
      "The change needs the approval of parliament, where the governing coalition holds 52% of the seats.",
      "Analysts expect ticket prices to fall by 15% over the next three years as new carriers arrive.",
      "Two carriers said they would ask for permission to sell a 25% stake to foreign investors in March.",
    ]);
    const qs = Array.from({ length: 12 }, (_, i) => i + 1)
      .flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })))
      .filter((q) => q.answer === "60%");
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      const shown = q.type === "true-false" ? [q.prompt.match(/from 40% to (\d+%)/)?.[1] ?? "60%"] : (q.options ?? []);
      for (const o of shown) expect(Number.parseFloat(o), `${q.prompt} ${o}`).toBeGreaterThan(40);
    }
  });
});

describe("options a reader rules out by the calendar or by how figures are written (from reading P)", () => {
  it("offers other period ends for a period's end, none for any other date", () => {
    expect(periodEndCandidates("Profits rose 9% in the six months ending _____, the airline said.", "31 December")).toEqual([
      "31 March", "30 June", "30 September", "30 September", "30 June",
    ]);
    expect(periodEndCandidates("Sales fell in the three months to _____.", "September 30")).toContain("December 31");
    expect(periodEndCandidates("Profits rose 9% in the six months ending _____, the airline said.", "25 December")).toBeUndefined();
    expect(periodEndCandidates("The airline will open the route on _____.", "31 December")).toBeUndefined();
  });

  it("lets a plan be later than every year the article names", () => {
    expect(afterItsTime("2007", 2005, "Work on the new terminal will begin in _____, the council said.")).toBe(false);
    expect(afterItsTime("2007", 2005, "Work on the new terminal began in _____, the council said.")).toBe(true);
    expect(afterItsTime("2010", 2005, "Work on the new terminal will begin in _____, the council said.")).toBe(true);
    // a past event's options stop at the latest year the text tells as past, not at a forecast's (reading XD)
    expect(afterItsTime("2028", 2033, "U.S. consumers redeemed 871 billion coupons in _____.", 2026)).toBe(true);
    expect(afterItsTime("2025", 2033, "U.S. consumers redeemed 871 billion coupons in _____.", 2026)).toBe(false);
    expect(afterItsTime("2027", 2033, "Coupon use by shoppers in Texas rose 4 percent in _____, a survey by the council found.", 2025)).toBe(true);
    expect(afterItsTime("2028", 2033, "U.S. consumers redeem about 900 billion coupons a year, the figure for _____.", 2026)).toBe(false);
    expect(afterItsTime("2028", 2033, "Coupon use could reach 1 trillion redeemed by _____.", 2026)).toBe(false);
  });

  it("asks no half of a match by its number and writes no '$0.5bn'", () => {
    const article = articleOf([
      "City were slow in the second half and lost 2-1 at home to a side that had not won away since August.",
      "Premiership club Chelsea said on Monday that its debts had risen to $1.2bn, up from $900m a year earlier.",
      "The new owners plan to spend $150m on players over the next two seasons, the chairman said.",
    ]);
    const qs = Array.from({ length: 15 }, (_, i) => i + 1).flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 10 })));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.filter((q) => /\bhalf\b/.test(q.evidence.text) && /^(?:first|second|third|fourth|fifth)$/i.test(q.evidence.text.slice(q.evidence.start, q.evidence.end)))).toEqual([]);
    const money = analyzeArticle(article).facts.filter((f) => f.kind === "money");
    const values = noValues();
    const options = (text: string) => numericCandidates(money.find((f) => f.text === text) as Fact, values) ?? [];
    expect(options("$1.2bn").length).toBeGreaterThan(2);
    expect(options("$1.2bn").filter((t) => /\$0\./.test(t))).toEqual([]);
  });
});

describe("shares (2.7, the rules from reading AQ)", () => {
  it("offers no 100 % for a share below it ('to get 50% of young people into university')", () => {
    const article = articleOf(["Mr Blair dismissed claims that plans to get 50% of young people into university would devalue degrees."]);
    const share = analyzeArticle(article).facts.find((f) => f.kind === "percent");
    const values = noValues();
    const options = numericCandidates(share as Fact, values) ?? [];
    expect(options.length).toBeGreaterThan(2);
    expect(options).not.toContain("100%");
  });
});

describe("counts in the number of their noun (2.6, the rules from reading AJ)", () => {
  it("offers no 'one' for a bare count of a plural noun, and no other count for 'one'", () => {
    const article = articleOf(["Closing the browser fixed it on three different computers.", "The kit holds one purple sphere and 12 green cubes."]);
    const numbers = analyzeArticle(article).facts.filter((f) => f.kind === "number");
    const values = noValues();
    const options = (text: string) => numericCandidates(numbers.find((f) => f.text === text) as Fact, values) ?? [];
    expect(options("three").length).toBeGreaterThan(2);
    expect(options("three")).not.toContain("one");
    expect(options("12").length).toBeGreaterThan(2);
    expect(options("12")).not.toContain("1");
  });
});

describe("dates written like the answer (from reading Q)", () => {
  it("shifts both years of a span together: '1980–1982' never becomes '1984–1982' (reading WF)", () => {
    for (const text of ["1980–1982", "1860–1865", "1998 to 2001"]) {
      const [a, b] = (text.match(/\d{4}/g) ?? []).map(Number);
      const f = { id: "0.0.0", kind: "date-range", text, paragraph: 0, sentence: 0, start: 0, end: text.length, flags: [], form: "years", value: a } as Fact;
      const options = numericCandidates(f, noValues()) ?? [];
      expect(options.length).toBeGreaterThan(3);
      for (const o of options) {
        const [x, y] = (o.match(/\d{4}/g) ?? []).map(Number);
        expect(`${o}: ${(y ?? 0) - (x ?? 0)}`).toBe(`${o}: ${(b ?? 0) - (a ?? 0)}`);
      }
    }
  });

  it("keeps a day's ordinal suffix right: '8th September', never '8st'", () => {
    const article = articleOf([
      "The new bonds go on sale on 1st September, the Treasury said in a statement on Monday.",
      "Savers can put in up to £1,000 a year until 30 April 2006, when the scheme is reviewed.",
    ]);
    const date = analyzeArticle(article).facts.find((f) => f.text.startsWith("1st September"));
    expect(date).toBeDefined();
    const values = noValues();
    const options = numericCandidates(date as Fact, values) ?? [];
    expect(options.length).toBeGreaterThan(2);
    for (const o of options) expect(o, o).toMatch(/^(?:\d*1st|\d*2nd|\d*3rd|\d+th) September/);
    expect(options.filter((o) => /^(?:11|12|13)(?:st|nd|rd)/.test(o))).toEqual([]);
  });
});

describe("options evenly a step apart with the answer further off (reading BY: '4%' beside '6%', '7%', '8%')", () => {
  it("never leaves the answer the odd one out of a run", () => {
    for (let seed = 1; seed <= 30; seed++) {
      const picked = pickNumeric(["6%", "7%", "8%", "9%", "10%", "2%", "1%"], createRng(seed), "4%", () => 0);
      const v = picked.map((t) => Number.parseFloat(t)).sort((a, b) => a - b);
      const run = v.length === 3 && v[1]! - v[0]! === 1 && v[2]! - v[1]! === 1;
      expect(run && Math.min(...v.map((x) => Math.abs(x - 4))) > 1).toBe(false);
    }
  });
});

describe("a round year BCE (2.12.21, from reading VQ; sentences written for the test after OpenStax World History, CC BY-NC-SA 4.0)", () => {
  it("offers other hundreds for a round year BCE, never a year or two off it", () => {
    const sentences = [
      "Farmers from the north moved into the valley around 2300 BCE and built the first walled towns.",
      "The palace at the centre of the island was built at the start of the Late Bronze Age, in 1600 BCE.",
      "It burned in 1450 BCE, and the island's script fell out of use.",
    ];
    const palace = Array.from({ length: 12 }, (_, i) => i + 1)
      .flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(sentences), { seed, count: 40, types: ["choice"] })))
      .filter((q) => q.answer === "1600");
    expect(palace.length).toBeGreaterThan(0);
    for (const q of palace) for (const o of q.options ?? []) expect(o, o).toMatch(/00$/);
  });
});

describe("newestPastYearIn: the latest year of a sentence that looks nowhere ahead (reading XD)", () => {
  it("skips a forecast's, a plan's and a deadline's years", () => {
    const sentences = ["U.S. consumers redeemed 871 billion coupons in 2024.", "Coupon use is projected to double by 2033.", "The firm plans to open 20 stores in 2028.", "Sales rose 4% in 2025."];
    expect(newestPastYearIn(sentences)).toBe(2025);
    expect(newestPastYearIn(["Coupon use is projected to double by 2033."])).toBeUndefined();
    expect(newestPastYearIn(["Sales should double by 2030."])).toBeUndefined();
    expect(newestPastYearIn(["Sales doubled, a survey by the council found in 2030."])).toBe(2030);
  });
});
