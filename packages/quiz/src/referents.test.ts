import { describe, expect, it } from "vitest";
import { parseArticleText } from "@newsquiz/article";
import { analyzeArticle } from "./find-facts";
import { isCrediblePerson } from "./make-questions";
import { joinAnswerKey, makeQuiz } from "./make-quiz";
import { newsReferents, withoutOpening } from "./referents";
import { claimAfterName } from "./question-types/who-said";

/** A plain news report written for these tests: people named, then "he"/"she" in the sentences after them. */
const REPORT = [
  "Council votes to close three library branches",
  "The city council voted on Tuesday to close three library branches to save money.",
  "Council leader Margaret Hollis said the closures would save about 400,000 pounds a year. She said the remaining branches would open for 12 more hours a week.",
  "Library campaigner Daniel Okafor said closing the branches would hurt children who rely on them for homework help. \"We will fight this in the courts,\" he said. Campaigners will hold a protest outside the town hall on 12 May, he added.",
  "Union spokesman Peter Grant said that 20 staff could lose their jobs. He said talks with the council would continue in March.",
  "Mr Grant and Ms Hollis met on Monday. He said the meeting had lasted three hours.",
  "But Daniel Okafor said 5,000 people had signed a petition against the plan.",
  "A 45-year-old man was arrested outside the town hall. He was released after 2 hours.",
].join("\n");

const article = parseArticleText(REPORT);
const analysis = analyzeArticle(article);
const referents = newsReferents(analysis, (full) => isCrediblePerson(analysis, full));
const keyOf = (text: string): string => {
  const s = analysis.sentences.find((x) => x.text.startsWith(text));
  if (!s) throw new Error(`no sentence starting "${text}"`);
  return `${s.paragraph}.${s.sentence}`;
};

/** An article's referents, and a sentence's key by its opening words. */
function referentsOf(lines: string[]): { a: ReturnType<typeof parseArticleText>; refs: ReturnType<typeof newsReferents>; key: (text: string) => string } {
  const a = parseArticleText(lines.join("\n"));
  const an = analyzeArticle(a);
  const refs = newsReferents(an, (full) => isCrediblePerson(an, full));
  const key = (text: string): string => {
    const s = an.sentences.find((x) => x.text.startsWith(text));
    if (!s) throw new Error(`no sentence starting "${text}"`);
    return `${s.paragraph}.${s.sentence}`;
  };
  return { a, refs, key };
}

const runs = [...Array.from({ length: 12 }, (_, i) => ({ count: 10, seed: i + 1 })), ...[1, 2, 3].map((seed) => ({ count: 40, seed }))];
const quizzes = runs.map((options) => joinAnswerKey(makeQuiz(article, options)));
const all = quizzes.flat();

describe("newsReferents: whom a news sentence's he/she stands for", () => {
  it("names nobody for a surname several people of the article share (reading YG: 'He' read as the wife gave a wrong key)", () => {
    const lines = [
      "Congressman Elijah Cummings dies at 68",
      "United States Representative Elijah Cummings died yesterday while in hospice care.",
      "His parents, Robert Cummings Sr. and Ruth Elma Cummings, were sharecroppers.",
      "In 1982 Cummings successfully ran to be a state delegate. He remained there for fourteen years.",
      "In a statement, Maya Rockeymoore Cummings, the chair of the state party, said Cummings worked until his last breath.",
    ];
    const { refs, key } = referentsOf(lines);
    expect(refs.get(key("He remained"))).toBeUndefined();
    const alone = referentsOf(lines.filter((l) => !l.startsWith("His parents") && !l.startsWith("In a statement")));
    expect(alone.refs.get(alone.key("He remained"))?.full).toBe("Elijah Cummings");
  });

  it("names nobody when the sentence before spoke of an unresolved 'he' before the one name it holds (reading Y)", () => {
    const { refs, key } = referentsOf([
      "Kilroy launches new party",
      "Former chat show host Robert Kilroy-Silk has launched a new party in London.",
      "He promised a firm immigration policy and said he would fight most seats at the general election.",
      "On Thursday he is due to announce which seat he will fight, amid speculation he has his sights set on Defence Secretary Geoff Hoon's Ashfield seat. He was joined in the new venture by Damien Hockney, who is now its deputy leader.",
      "Union spokesman Peter Grant said that 20 staff could lose their jobs. He said talks would continue in March.",
    ]);
    expect(refs.get(key("He was joined"))?.full).not.toBe("Geoff Hoon");
    // a name before the sentence's own "he" still settles it
    expect(refs.get(key("He said talks"))).toMatchObject({ full: "Peter Grant" });
  });

  it("names the one person the sentence before names", () => {
    expect(referents.get(keyOf("She said the remaining"))).toMatchObject({ full: "Margaret Hollis", pronoun: "She" });
    expect(referents.get(keyOf("He said talks"))).toMatchObject({ full: "Peter Grant", pronoun: "He" });
  });

  it("names the speaker of a quotation closed before 'he said'", () => {
    expect(referents.get(keyOf("\"We will fight"))).toMatchObject({ full: "Daniel Okafor" });
  });

  it("names the speaker of a quotation closed before 'he told BBC News Online' or 'he later said' (2.11.30)", () => {
    const { a, refs, key } = referentsOf([
      "Games maker Argonaut put up for sale",
      "Games maker Argonaut has sacked about 100 employees and put itself up for sale.",
      "\"When the news about the loss came out, we knew there were going to be redundancies,\" said Jason Parkinson, one of the developers sacked by Argonaut. \"A lot of people suspected that Argonaut had been in trouble for some time,\" he told BBC News Online.",
      "Singer Kate Brennan was hurt in a car crash in October 2002. \"Anytime I hear about any accident I just thank God that I am still here,\" she later said.",
      "Administrator Tom Haddon said the costs of restructuring would be too high. \"Selling the business as a going concern is the only way to save the jobs,\" he told the BBC News website.",
    ]);
    expect(refs.get(key("\"A lot of people"))).toMatchObject({ full: "Jason Parkinson" });
    expect(refs.get(key("\"Anytime I hear"))).toMatchObject({ full: "Kate Brennan" });
    // …and the quotation is asked as that person's words: after their quotation, and after a sentence of theirs
    const quizzes = [1, 2, 3, 4, 5, 6].flatMap((seed) => joinAnswerKey(makeQuiz(a, { count: 40, seed })));
    for (const [start, who] of [["\"A lot of people", /Jason Parkinson|Parkinson/], ["\"Selling the business", /Tom Haddon|Haddon/], ["\"Anytime I hear", /Kate Brennan|Brennan/]] as const) {
      const asked = quizzes.filter((q) => q.evidence.text.startsWith(start));
      expect(asked.length, start).toBeGreaterThan(0);
      for (const q of asked) expect(`${q.prompt} ${q.answer} ${q.explanation}`).toMatch(who);
    }
  });

  it("names the speaker of a sentence that ends '…, he added.'", () => {
    expect(referents.get(keyOf("Campaigners will hold"))).toMatchObject({ full: "Daniel Okafor" });
    const onIt = all.filter((q) => q.evidence.text.startsWith("Campaigners will hold"));
    expect(onIt.length).toBeGreaterThan(0);
    for (const q of onIt) expect(q.prompt).toMatch(/, Daniel Okafor added\.$/);
  });

  it("names nobody when the sentence before names two people, or someone the article does not name", () => {
    expect(referents.get(keyOf("He said the meeting"))).toBeUndefined();
    expect(referents.get(keyOf("He was released"))).toBeUndefined();
  });

  it("names nobody when someone unnamed opens the sentence before and the one name is whom they speak of (reading BL)", () => {
    const text = [
      "Party leader Michael Howard said the new role would replace police authorities.",
      "A Labour Party spokesman criticised Michael Howard's record, saying police numbers had fallen by 1,132 when he was home secretary. He said: \"Today the Tories are making more extravagant promises on the police without making clear how they would pay for them.\"",
    ].join("\n");
    const a = analyzeArticle(parseArticleText(`Tories outline policing plans\n${text}`));
    const got = newsReferents(a, () => true);
    const s = a.sentences.find((x) => x.text.startsWith("He said: "));
    expect(s).toBeDefined();
    expect(got.get(`${s?.paragraph}.${s?.sentence}`)).toBeUndefined();
  });

  it("uses the article's own title with a surname ('Mr Grant') where it uses one", () => {
    const text = "Sacked official John Smith said he would appeal. Mr Smith has worked there for 20 years. He said he was shocked.";
    const a = analyzeArticle(parseArticleText(`Official to appeal\n${text}`));
    const got = newsReferents(a, () => true);
    const s = a.sentences.find((x) => x.text.startsWith("He said he was shocked")) ?? a.sentences[0];
    expect(got.get(`${s?.paragraph}.${s?.sentence}`)?.surname).toBe("Mr Smith");
  });
});

describe("withoutOpening", () => {
  it("drops a connective that leans on the sentence before, keeping 'True or false? ' in front", () => {
    expect(withoutOpening("But Daniel Okafor said 5,000 people had signed.")).toBe("Daniel Okafor said 5,000 people had signed.");
    expect(withoutOpening("True or false? However, the council said no.")).toBe("True or false? The council said no.");
    expect(withoutOpening("And then the council voted.")).toBeUndefined();
    expect(withoutOpening("Andrew Smith said so.")).toBeUndefined();
  });

  it("drops an opening that only adds to or sums up what came before ('In addition,', 'Overall,', 'As a result,')", () => {
    expect(withoutOpening("In addition, if a flight is cancelled for more than two hours, all passengers must be paid compensation.")).toBe("If a flight is cancelled for more than two hours, all passengers must be paid compensation.");
    expect(withoutOpening("Overall, mortgage lending rose by £7.2bn in January.")).toBe("Mortgage lending rose by £7.2bn in January.");
    expect(withoutOpening("As a result, the 2.5 billion people who rely on farming face food insecurity.")).toBe("The 2.5 billion people who rely on farming face food insecurity.");
    expect(withoutOpening("Elsewhere, the BBA said mortgage lending rose by £4m.")).toBe("The BBA said mortgage lending rose by £4m.");
    // "Overall" that is no opening phrase stays
    expect(withoutOpening("Overall sales rose by 4% in March.")).toBeUndefined();
  });

  it("drops 'Separately,' and a contrast set off by commas after the subject, not one inside a quotation (reading AB)", () => {
    expect(withoutOpening("Separately, the Bundesbank warned that the plan presented risks.")).toBe("The Bundesbank warned that the plan presented risks.");
    expect(withoutOpening("The UK economy, on the other hand, is expected to slow in 2005.")).toBe("The UK economy is expected to slow in 2005.");
    expect(withoutOpening("True or false? Sales, however, fell by 4% in March.")).toBe("True or false? Sales fell by 4% in March.");
    expect(withoutOpening("He said: “The plan, however, is sound.”")).toBeUndefined();
    expect(withoutOpening("Mr Brown, however tired, went on.")).toBeUndefined();
    // an "also" that adds to the sentence before (reading AE)
    expect(withoutOpening("Six government units would also be scrapped under the Tory proposals.")).toBe("Six government units would be scrapped under the Tory proposals.");
    expect(withoutOpening("True or false? Mr Howard also said the plans would save £4bn.")).toBe("True or false? Mr Howard said the plans would save £4bn.");
    expect(withoutOpening("Mr Howard said: “We would also cut taxes.”")).toBeUndefined();
    expect(withoutOpening("Khodorkovsky, also known as the richest man in Russia, was jailed.")).toBeUndefined();
  });
});

describe("makeQuiz: news sentences that lean on the one before", () => {

  it("asks a 'she said' sentence with the person named in the prompt", () => {
    const onIt = all.filter((q) => q.evidence.text.startsWith("She said the remaining"));
    expect(onIt.length).toBeGreaterThan(0);
    for (const q of onIt) expect(q.prompt).toMatch(/^(?:True or false\? )?Margaret Hollis said the remaining|^Who said that the remaining/);
  });

  it("asks a sentence that opens on 'But' without it", () => {
    const onIt = all.filter((q) => q.evidence.text.startsWith("But Daniel Okafor"));
    expect(onIt.length).toBeGreaterThan(0);
    for (const q of onIt) expect(q.prompt).not.toMatch(/\bBut\b/);
  });

  it("asks whose claim a claim is, with the article's other people as options and no name of the answer in any prompt", () => {
    const claims = all.filter((q) => q.type === "who-said" && q.kind === "person");
    expect(claims.map((q) => q.prompt)).toContain("Who said that closing the branches would hurt children who rely on them for homework help?");
    for (const q of claims) {
      expect(q.options).toContain(q.answer);
      for (const o of q.options ?? []) expect(["Margaret Hollis", "Daniel Okafor", "Peter Grant"]).toContain(o);
    }
    for (const quiz of quizzes) {
      for (const q of quiz.filter((x) => x.type === "who-said" && x.kind === "person")) {
        const surname = q.answer.split(" ").pop() as string;
        expect(quiz.filter((o) => o !== q && o.prompt.includes(surname)).map((o) => o.prompt)).toEqual([]);
      }
    }
  });
});

describe("whose claim: only words said (from reading R)", () => {
  it("reads no 'Jones added four conversions' as a claim, but 'added that …' and 'said …' are", () => {
    expect(claimAfterName(" added four conversions and a penalty as Wales won in Rome on Saturday.")).toBeUndefined();
    expect(claimAfterName(" added that the side had worked hard on its defence all week.")).toMatchObject({ verb: "added" });
    expect(claimAfterName(" said the win would give his young side confidence before the trip.")).toMatchObject({ verb: "said" });
  });
});

describe("a subject the name finder does not know (reading VM; sentences written for the test after OpenStax World History Volume 2, CC BY-NC-SA 4.0)", () => {
  it("gives no referent past a sentence whose subject is a name the article's people do not hold", () => {
    const lines = [
      "The struggle for power in Moscow",
      "In 1927, Soviet leader Joseph Stalin expelled Trotsky from the Communist Party. In 1929, Trotsky was forced into exile. He was killed by a Soviet agent in Mexico in 1940.",
    ];
    const { refs, key } = referentsOf(lines);
    expect(refs.get(key("He was killed"))).toBeUndefined();
    // a place as that subject is no one the pronoun stands for
    const { refs: refs2, key: key2 } = referentsOf([
      "The struggle for power in Moscow",
      "In 1927, Soviet leader Joseph Stalin expelled his rivals from the Communist Party. In 1929, Russia was hit by a grain crisis. He ordered the seizure of grain from the peasants.",
    ]);
    expect(refs2.get(key2("He ordered"))?.full).toBe("Joseph Stalin");
  });
});
