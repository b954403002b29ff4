import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../find-facts";
import type { BuildContext } from "../make-questions";
import { joinAnswerKey, makeQuiz } from "../make-quiz";
import { createRng } from "../rng";
import { articleOf } from "../test-helpers";
import { findWordMeanings, inflect, makeMeaning, wordEntry, wrongMeanings } from "./meaning";

// real sentences of the tuning texts (starter library: the interview with Marymegan Daly, the Mesoamerica and Bernoulli
// sections) and of the sample, and sentences written to the shapes the finder must leave alone
const asked = (sentence: string) => findWordMeanings(analyzeArticle(articleOf([sentence]))).map((f) => `${f.text} → ${f.meaning?.meaning}`);

/** The meaning questions the builder makes of one sentence, seeds 1…`seeds`. */
const questions = (sentence: string, seeds = 5) => {
  const analysis = analyzeArticle(articleOf([sentence]));
  return Array.from({ length: seeds }, (_, i) => i + 1).flatMap((seed) => {
    const ctx = {
      analysis,
      rng: createRng(seed),
      sentenceOf: (f) => analysis.sentences.find((x) => x.paragraph === f.paragraph && x.sentence === f.sentence),
    } as BuildContext; // the builder reads only these
    return findWordMeanings(analysis).flatMap((f) => makeMeaning(f, ctx) ?? []);
  });
};

describe("vocabulary in context: the words asked", () => {
  it("asks an adjective, an adverb, a noun and a verb by a more familiar synonym, written as the text writes the word", () => {
    expect(asked("They do make a host of florescent proteins, and these may interact with the light of the ROV to give that gorgeous glow.")).toEqual(["gorgeous → beautiful"]);
    expect(asked("Flourishing from roughly 2000 BCE to 900 CE in what is now Mexico, the culture built large cities.")).toEqual(["roughly → approximately"]);
    expect(asked("Soon physicians all over Europe were measuring patients' blood pressure with the new method.")).toEqual(["physicians → doctors"]);
    expect(asked("They devised a written mathematical system to record the movements of the sun and moon.")).toEqual(["devised → invented"]);
  });

  it("leaves a phrasal verb, a noun compound and a hyphened word alone: their meaning is not the word's", () => {
    // "devised" alone is asked (above); followed by a particle it is part of another verb
    expect(asked("They devised out a written mathematical system to record the movements of the sun.")).toEqual([]);
    expect(asked("Soon hospital physicians all over Europe were measuring the blood of their patients.")).toEqual([]);
    expect(asked("They do make a host of proteins, and these give that gorgeous-looking glow to the water.")).toEqual([]);
  });

  it("asks nothing where the synonym offered already stands in the sentence, or the word twice", () => {
    expect(asked("They do make a host of beautiful proteins, and these give that gorgeous glow to the water.")).toEqual([]);
    expect(asked("The gorgeous proteins of the anemone give that gorgeous glow to the water of the bay.")).toEqual([]);
  });

  it("asks no word of a set phrase, a WordNet plural for its singular, a participle or a noun tagged as an adjective, or a key inside the word (reading VA)", () => {
    // OpenStax U.S. History and Introduction to Sociology 3e (CC BY 4.0), read in reading VA and tuning since
    expect(asked("The Algonquian, for instance, traded with the French for muskets and gained power against their enemies, the Iroquois.")).not.toContain("instance → case");
    expect(asked("Nonetheless, English monarchs carefully monitored developments in the new Atlantic World and took steps to assert England’s claim to the Americas.")).toEqual([]);
    expect(asked("Among people over sixty-five years old, the poverty rate fell to 9.7 percent in 2008, well below the national average of 13.2 percent.")).toEqual([]);
    expect(asked("English privateer Francis Drake first made a name for himself when, in 1573, he looted silver, gold, and pearls worth £40,000.")).toEqual([]);
    expect(asked("The newly chartered banks also adopted this practice, issuing banknotes in excess of the amount of specie in their vaults.")).not.toContain("excess → unnecessary");
    expect(asked("Durkheim believed that society is a complex system of interrelated and interdependent parts that work together to maintain stability.")).not.toContain("interdependent → dependent");
    expect(asked("Listening to music on your phone on the way to class is considered acceptable behavior.")).not.toContain("phone → telephone");
    expect(asked("When filling out a document such as a job application or school registration form, you are often asked for your name.")).not.toContain("document → papers");
  });

  it("asks no word whose first sense is not nearly all its uses ('scope' of a microscope is not its usual sense)", () => {
    // "high" has many senses of which none dominates; "important" is too common to be a word a learner looks up
    expect(wordEntry("high", "a")?.meaning).toBeUndefined();
    expect(wordEntry("important", "a")?.meaning).toBeUndefined();
    expect(wordEntry("gorgeous", "a")?.meaning).toBe("beautiful");
  });
});

describe("vocabulary in context: the question", () => {
  it("shows the sentence, keeps the key out of it and offers four words of one form", () => {
    const [q] = questions("They devised a written mathematical system to record the movements of the sun and moon.", 1);
    expect(q?.type).toBe("meaning");
    expect(q?.prompt).toBe(
      "In this sentence from the text, which word is closest in meaning to “devised”? “They devised a written mathematical system to record the movements of the sun and moon.”",
    );
    expect(q?.answer).toBe("invented");
    expect(q?.options).toHaveLength(4);
    expect(q?.options).toContain("invented");
    // a past among pasts: every option written as the text writes the word
    for (const o of q?.options ?? []) expect(o).toMatch(/ed$/);
    expect(q?.evidence.text.slice(q.evidence.start, q.evidence.end)).toBe("devised");
  });

  it("offers no wrong meaning close to the word or the key (a synonym, a sister, an antonym) over many seeds", () => {
    const word = wordEntry("huge", "a");
    const key = word?.meaning ? wordEntry(word.meaning, "a") : undefined;
    if (!word || !key) throw new Error("huge is in the table");
    const offered = new Set(Array.from({ length: 400 }, (_, i) => wrongMeanings(word, key, "base", "A sentence.", createRng(i + 1))).flat());
    expect(offered.size).toBeGreaterThan(50);
    for (const w of ["large", "big", "enormous", "immense", "massive", "tiny", "small", "gigantic"]) expect(offered.has(w)).toBe(false);
  });

  it("offers wrong meanings of the word's own field: people for people", () => {
    for (const q of questions("Soon physicians all over Europe were measuring patients' blood pressure with the new method.")) {
      for (const o of q.options ?? []) expect(wordEntry(o.replace(/s$/, ""), "n")?.lex).toBe(wordEntry("physician", "n")?.lex);
    }
  });
});

describe("inflect", () => {
  it("writes regular forms and refuses the ones it cannot know", () => {
    expect(inflect("stop", "ed")).toBe("stopped");
    expect(inflect("invent", "ed")).toBe("invented");
    expect(inflect("study", "s")).toBe("studies");
    expect(inflect("make", "ing")).toBe("making");
    expect(inflect("die", "ing")).toBe("dying");
    expect(inflect("box", "plural")).toBe("boxes");
    expect(inflect("quit", "ing")).toBe("quitting"); // "qu" is a consonant (reading VA: "quiting")
    // irregular or unknowable: none
    expect(inflect("take", "ed")).toBeUndefined();
    expect(inflect("visit", "ed")).toBeUndefined(); // "visited" but "occurred": the stress decides
    expect(inflect("woman", "plural")).toBeUndefined();
    expect(inflect("foresee", "ed")).toBeUndefined(); // ends in an irregular verb (reading VA: "foreseed")
  });
});

describe("vocabulary in the quiz", () => {
  const SECTION = [
    "Flourishing from roughly 2000 BCE to 900 CE in what is now Mexico, the people of the region built large cities.",
    "They devised a written mathematical system to record the movements of the sun and moon across the sky.",
    "Soon physicians all over the region were measuring the blood pressure of their patients with this method.",
    "They do make a host of florescent proteins, and these may interact with the light to give that gorgeous glow.",
    "The ancient city was a centre of trade, and merchants travelled along the coast to sell their goods there.",
  ];

  const WITH_MEANING = ["choice", "true-false", "cloze", "who-said", "meaning"] as const;

  it("asked for, fills a text whose facts are few, up to one question per 60 words, and never past the count", () => {
    const article = articleOf(SECTION);
    const words = SECTION.join(" ").split(/\s+/).length;
    const quiz = joinAnswerKey(makeQuiz(article, { seed: 1, count: 40, types: [...WITH_MEANING] }));
    const meaning = quiz.filter((q) => q.type === "meaning");
    expect(meaning.length).toBeGreaterThan(0);
    expect(quiz.length).toBeLessThanOrEqual(Math.ceil(words / 60));
    expect(joinAnswerKey(makeQuiz(article, { seed: 1, count: 1, types: [...WITH_MEANING] }))).toHaveLength(1);
  });

  it("is not asked unless asked for, and leaves the other questions as they were", () => {
    const article = articleOf(SECTION);
    const asked = joinAnswerKey(makeQuiz(article, { seed: 2, count: 40, types: [...WITH_MEANING] }));
    const plain = joinAnswerKey(makeQuiz(article, { seed: 2, count: 40 }));
    expect(asked.some((q) => q.type === "meaning")).toBe(true);
    expect(plain.some((q) => q.type === "meaning")).toBe(false);
    expect(asked.filter((q) => q.type !== "meaning").map((q) => q.id).sort()).toEqual(plain.map((q) => q.id).sort());
  });
});
