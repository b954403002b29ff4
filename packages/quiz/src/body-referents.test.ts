import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./find-facts";
import { bodyReferents, withBodyNamed } from "./body-referents";
import { makeQuiz, joinAnswerKey } from "./make-quiz";
import { articleOf } from "./test-helpers";

// sentences written for the test after BBC News business reports of 2004–05 (reading ZI's "Mr Garnier said the company
// had absorbed …", the sentence whose firm the one before named)

/** The prompt each sentence of an article would show, "the firm" named where the article says which. */
function shown(headline: string, paragraphs: string[]): string[] {
  const analysis = analyzeArticle(articleOf(paragraphs, headline));
  const names = bodyReferents(analysis);
  const text = analysis.sentences.map((s) => s.text).join(" ");
  return analysis.sentences.map((s) => withBodyNamed(s.text, names.get(`${s.paragraph}.${s.sentence}`), text) ?? s.text);
}

describe("what 'the firm' stands for (bodyReferents, withBodyNamed)", () => {
  it("names the one business the article introduced as what 'the firm' stands for", () => {
    const out = shown("Norvale profits rise", [
      "Drinks firm Norvale has reported a 9% rise in annual profits, helped by sales of its whisky in Asia.",
      "The firm said it would open 14 new distilleries in India and China next year.",
    ]);
    expect(out[1]).toBe("Norvale said it would open 14 new distilleries in India and China next year.");
  });

  it("names the business the headline and the first sentence open on, and keeps the article's 'the'", () => {
    expect(shown("Norvale profits rise", ["Norvale saw its profits rise 9% last year.", "Analysts had expected Norvale to report a smaller rise.", "Shares in the company rose 3% on Tuesday."])[2]).toBe(
      "Shares in Norvale rose 3% on Tuesday.",
    );
    expect(
      shown("Rates held", ["The central bank, the Bank of Eastland, held rates at 4% on Thursday.", "The Bank of Eastland has held rates for a year.", "The bank said inflation would fall to 2%."])[2],
    ).toBe("The Bank of Eastland said inflation would fall to 2%.");
  });

  it("keeps the 'the' of a name of the form 'Bank of …' the article ever writes with it", () => {
    const out = shown("Eastland sets swap lines", [
      "Bank of Eastland governor Ann Fry said the Bank of Eastland would act.",
      "Bank of Eastland officials met on Monday.",
      "The bank has set up a five billion dlr swap line with the Federal Reserve.",
    ]);
    expect(out[2]).toBe("The Bank of Eastland has set up a five billion dlr swap line with the Federal Reserve.");
  });

  it("counts a sentence's opening 'The' as the article's 'the' ('The Bank of Eastland has paid out …', reading ZZC)", () => {
    const out = shown("Bank of Eastland pays out currency arrears", [
      "The Bank of Eastland has paid out foreign exchange arrears from three auctions held last year, a spokesman said.",
      "The bank had not paid foreign exchange to private firms since it suspended the weekly auctions on January 28.",
    ]);
    expect(out[1]).toBe("The Bank of Eastland had not paid foreign exchange to private firms since it suspended the weekly auctions on January 28.");
  });

  it("takes no name a preposition governs, nor a longer name's tail, for what 'the group' stands for (reading ZZG)", () => {
    const filing = [
      "Investor Ann Fry and Eastland Textile Inc said they lowered their stake in Norvale Industries Inc.",
      "In a filing with the Securities and Exchange Commission, the Fry/Eastland group, known as Samfry Corp, said it sold options to buy 258,800 Norvale shares.",
      "The group said the sale was made May 28 for 8.7 mln dlrs.",
    ];
    expect(shown("Fry group cuts Norvale stake", filing)[2]).toBe(filing[2]);
  });

  it("names nobody where two businesses were introduced, or an unnamed one, or another is named just before", () => {
    const two = ["Drinks firm Norvale has agreed to buy rival firm Castlemere for £2bn.", "The firm said it would open 14 new distilleries next year."];
    expect(shown("Norvale buys Castlemere", two)[1]).toBe(two[1]);
    const unnamed = ["A US firm has said it is in talks to buy luxury goods group Norvale.", "The firm said it would pay £2bn in cash."];
    expect(shown("US firm bids", unnamed)[1]).toBe(unnamed[1]);
    const beside = ["Drinks firm Norvale has reported a 9% rise in profits.", "Its rival Castlemere reported a loss.", "The firm said sales in Asia rose 14%."];
    expect(shown("Norvale profits rise", beside)[2]).toBe(beside[2]);
  });

  it("takes 'Norvale, the drinks firm,' for an introduction, and leaves a prompt that names the business already", () => {
    const apposed = ["Shares in Norvale, the world's biggest drinks firm, rose 3% on Tuesday.", "The firm said it would open 14 new distilleries next year."];
    expect(shown("Drinks profits rise", apposed)[1]).toBe("Norvale said it would open 14 new distilleries next year.");
    const again = ["Drinks firm Norvale has reported a 9% rise in profits.", "The firm said Norvale staff would share a £2m bonus."];
    expect(shown("Norvale profits rise", again)[1]).toBe(again[1]);
  });

  it("takes no business for 'the company' by its legal ending, nor the owner the first sentence names after its subject (reading ZQ–ZS's two wrong keys)", () => {
    const unit = [
      "Norpulp Inc, wholly-owned by Castlemere Ltd, is considering building a pulp mill in Texas, Norpulp president Ann Fry said.",
      "The kenaf plant grows to ten feet in three months, an official said.",
      "Fry said the company has commissioned studies for a 200,000 tonne pulp mill.",
      "Castlemere Ltd owns 40 mills in Canada.",
    ];
    expect(shown("Castlemere unit studies pulp mill", unit)[2]).toBe(unit[2]);
    const buyer = [
      "Norvale Inc agreed to acquire Castlemere Film Corp in a deal that will give Castlemere Film Corp's owner control.",
      "Norvale said the deal needs the approval of its shareholders.",
      "The company said it has 11 million shares outstanding.",
    ];
    expect(shown("Norvale sets film merger", buyer)[2]).toBe(buyer[2]);
  });

  it("names no business a common word a headline capitalises seems to be, nor one the article last named four sentences back", () => {
    const staff = ["Human resources staff hire people for a business.", "They assess the skills of the company's existing employees."];
    expect(shown("Human Resources", staff)[1]).toBe(staff[1]);
    const far = [
      "Drinks firm Norvale has reported a 9% rise in profits.",
      "Whisky sales in Asia rose 14%.",
      "Gin sales fell 2%.",
      "Beer sales were flat.",
      "Wine sales rose 1%.",
      "The firm said it would open 14 new distilleries next year.",
    ];
    expect(shown("Norvale profits rise", far)[5]).toBe(far[5]);
  });

  it("leaves a textbook's any-firm alone, and 'the firm' that a clause after says which", () => {
    const generic = ["Athletic-apparel maker Norvale spends money on fabric.", "To grow, a firm must keep investing in its operations.", "The financial manager decides how to use the firm's money."];
    expect(shown("Financial management", generic)[2]).toBe(generic[2]);
    const which = ["Drinks firm Norvale has reported a 9% rise in profits.", "The results came after a strong year for the firm based in Leeds."];
    expect(shown("Norvale profits rise", which)[1]).toBe(which[1]);
  });

  it("asks of a sentence whose firm the prompt now names, and never with the name as the answer", () => {
    const article = articleOf(
      [
        "Drinks firm Norvale has reported a 9% rise in annual profits, helped by sales of its whisky in Asia.",
        "The firm said it would open 14 new distilleries in India and China next year.",
      ],
      "Norvale profits rise",
    );
    const qs = [1, 2, 3, 4].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })));
    const distilleries = qs.filter((q) => q.evidence.text.startsWith("The firm said"));
    expect(distilleries.length).toBeGreaterThan(0);
    for (const q of distilleries) expect(q.prompt).toContain("Norvale said it would open");
  });
});
