import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../find-facts";
import { gradeAnswer } from "../grade-answer";
import { joinAnswerKey, makeQuiz, standsAlone } from "../make-quiz";
import { articleOf } from "../test-helpers";
import { findTerms, isSpokenWord } from "./term";

/** Sentences of an OpenStax *Microbiology* section (CC BY-NC-SA) that name terms, among others the figure forms do not ask. */
const CELLS = [
  "Cells are surrounded by a membrane that lets water pass more freely than most of what is dissolved in it.",
  "The degree to which a particular cell is able to withstand changes in osmotic pressure is called tonicity.",
  "Water moves toward the side of the membrane where dissolved particles are more concentrated.",
  "A cell placed in pure water swells as water moves in, and a cell wall keeps many bacteria from bursting.",
];

/** The term questions of a text's quizzes over a few seeds. */
function termQuestions(paragraphs: string[], headline?: string) {
  const article = articleOf(paragraphs, headline);
  return [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(article, { seed, count: 40 })).filter((q) => q.kind === "term"));
}

/** The terms the finder takes from one sentence, among neutral others. */
function named(sentence: string, headline?: string): string[] {
  const article = articleOf(["Students of the body learn many new words in every chapter of the book.", sentence, "Each of these is explained with care in the pages that follow."], headline);
  return findTerms(analyzeArticle(article), (t) => standsAlone(t)).map((f) => f.text);
}

describe("named terms: a sentence that gives a thing its name, asked with the name blanked (2.14.12)", () => {
  it("asks the name typed, the sentence as its prompt and evidence, and grades the term (with a slip) as right", () => {
    const asked = termQuestions(CELLS);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.type).toBe("cloze");
      expect(q.answer).toBe("tonicity");
      expect(q.prompt).toBe("The degree to which a particular cell is able to withstand changes in osmotic pressure is called _____.");
      expect(q.evidence.text).toBe(CELLS[1]);
      expect(gradeAnswer(q, "Tonicity").correct).toBe(true);
      expect(gradeAnswer(q, "osmosis").correct).toBe(false);
    }
  });

  it("reads 'called', 'known as', 'termed' and 'referred to as', with 'a/an/the' left in the prompt, and terms of up to three words", () => {
    expect(named("Bacteremia involving pyogens (pus-forming bacteria) is called pyemia.")).toEqual(["pyemia"]);
    expect(named("Once in the thymus, the immature T lymphocytes are referred to as thymocytes.")).toEqual(["thymocytes"]);
    expect(named("Viruses can be spread through the circulatory system, causing a condition termed viremia.")).toEqual(["viremia"]);
    expect(named("The exterior surface of the epidermis, called the stratum corneum, primarily consists of dead skin cells.")).toEqual(["stratum corneum"]);
    expect(named("Lichens have a body called a thallus, and the outer fungal layer is tightly packed over the algae.")).toEqual(["thallus"]);
  });

  it("takes no other name of a thing the sentence already names, nor a term the text gives another name beside", () => {
    // ("also called", "commonly called", "or")
    expect(named("Hematopoiesis, also called hemopoiesis, takes place in the red marrow of the long bones.")).toEqual([]);
    expect(named("Streptococcus pyogenes infections of the throat are commonly called strep throat by most patients.")).toEqual([]);
    // ("… called monosaccharides, or simple sugars": "simple sugars" typed in is as right)
    expect(named("The simplest carbohydrates are called monosaccharides, or simple sugars, and dissolve in water.")).toEqual([]);
    expect(named("The simplest carbohydrates found in the diet of most animals are called monosaccharides.")).toEqual(["monosaccharides"]);
  });

  it("takes no term whose stem the rest of the sentence or the headline holds (the sentence would give it away)", () => {
    expect(named("The narrowing of the blood vessels of the skin in the cold is called vasoconstriction of the vessels.")).toEqual([]);
    expect(named("When the ergot toxin cuts blood flow to the limbs and leads to gangrene, the disease is called gangrenous ergotism.")).toEqual([]);
    expect(named("Bacteremia involving pyogens (pus-forming bacteria) is called pyemia.", "Pyemia and other infections of the blood")).toEqual([]);
    // (a word of the sentence or the headline inside the term: "Electrolytes" over "nonelectrolytes", "Amides … amidation",
    // reading XW)
    expect(named("Substances that do not yield ions when they are dissolved in water are called nonelectrolytes.", "Electrolytes")).toEqual([]);
    expect(named("Substances that do not yield ions when they are dissolved in water are called nonelectrolytes.")).toEqual(["nonelectrolytes"]);
    expect(named("Amides can be produced when carboxylic acids react with amines or ammonia in a process called amidation.")).toEqual([]);
    // (inside a longer word: "hypersensitivity" holds "sensitization"'s stem, reading XS)
    expect(named("The process of producing allergen-specific IgE is called sensitization, a prerequisite for immediate hypersensitivity.")).toEqual([]);
    expect(named("The process of producing allergen-specific IgE is called sensitization, a prerequisite for an allergic reaction.")).toEqual(["sensitization"]);
  });

  it("takes no term made only of words people say (film subtitles use them) (reading XT): osmosis, gums, amplitude", () => {
    expect(isSpokenWord("gums")).toBe(true);
    expect(isSpokenWord("amplitude")).toBe(true);
    expect(isSpokenWord("tonicity")).toBe(false);
    expect(named("The height of each peak of the wave, or the depth of each trough, is called the amplitude.")).toEqual([]);
    expect(named("For a transplant, a matching donor prevents the immune system from destroying the donor cells, a phenomenon known as tissue rejection.")).toEqual([]);
    expect(named("The soft tissues surrounding the teeth and the bones of the jaw are called gums.")).toEqual([]);
    expect(named("A specific group of signs and symptoms characteristic of a particular disease is called a syndrome.")).toEqual([]);
    expect(named("The movement of water across a membrane toward the more concentrated side is called osmosis.")).toEqual([]);
    // (a term with one word no film uses is the text's own)
    expect(named("The wave of contraction that allows the heart to work as a unit, called a functional syncytium, begins with the pacemaker cells.")).toEqual(["functional syncytium"]);
  });

  it("takes no sentence that points at what the sentences before said", () => {
    expect(named("About 23–24 percent of it binds to the amino acids in hemoglobin, forming a molecule known as carbaminohemoglobin.")).toEqual([]);
    expect(named("The wall of the tubule at that point forms a part of the apparatus known as the macula densa.")).toEqual([]);
    expect(named("A second, thicker layer, called the corium, contains hair follicles, sweat glands, nerves, and blood vessels.")).toEqual([]);
    // ("Each muscle …": which muscle, reading XS)
    expect(named("Each muscle is segmented by three transverse bands of collagen fibers called the tendinous intersections.")).toEqual([]);
    expect(named("The rectus abdominis is segmented by three transverse bands of collagen fibers called the tendinous intersections.")).toEqual(["tendinous intersections"]);
    expect(named("Each of the circles is called a meridian; they are each perpendicular to the equator, crossing it at right angles.")).toEqual([]);
    expect(named("Below the zygomatic arch and deep to the vertical portion of the mandible is another space called the infratemporal fossa.")).toEqual([]);
    // (a pronoun later in the sentence is its own subject's; "one another" points nowhere)
    expect(named("Not only does the tunica albuginea cover the outside of the testis, it also divides the testis into structures called lobules.")).toEqual(["lobules"]);
    expect(named("Heart muscle cells attach to one another with specialized cell junctions called intercalated discs.")).toEqual(["intercalated discs"]);
  });

  it("takes a term that ends on a noun, not one run on into the clause's verb", () => {
    expect(named("When government borrows more money from business and consumers, a phenomenon known as crowding out occurs.")).toEqual([]);
  });

  it("offers, as options, only other terms the text names as the same kind of thing", () => {
    const blood = [
      "An overproduction of red blood cells produces a condition called polycythemia.",
      "An inherited fault in the chains of hemoglobin produces a condition called thalassemia.",
      "Iron building up in the organs of the body produces a condition called hemochromatosis.",
      "Too few platelets in the blood to stop bleeding produces a condition called thrombocytopenia.",
      "Hemoglobin is made of four protein chains, each holding an iron-bearing group known as heme.",
    ];
    const asked = termQuestions(blood).filter((q) => q.type === "choice");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.options).toContain(q.answer);
      expect(q.options).not.toContain("heme");
      expect(q.options?.every((o) => ["polycythemia", "thalassemia", "hemochromatosis", "thrombocytopenia"].includes(o))).toBe(true);
    }
  });

  it("asks no sentence whose subject the sentences just before name ('The inner layer, called …' after the layers)", () => {
    const skin = [
      "The skin has two main parts, an outer layer of dead and living cells and an inner layer of connective tissue.",
      "The inner layer, called the corium, holds the blood vessels, the nerve endings and the roots of the hairs.",
      "The outer layer is renewed every few weeks as its oldest cells are shed.",
    ];
    expect(termQuestions(skin)).toEqual([]);
    expect(named(skin[1] as string)).toEqual(["corium"]);
  });

  it("takes no sentence that names two terms (one tells the other)", () => {
    expect(named("Sometimes the radioactive atoms are called parents and the decay products are called daughter elements.")).toEqual([]);
    expect(named("The radioactive atoms that decay into atoms of other kinds over millions of years are called parent nuclides.")).toEqual(["parent nuclides"]);
  });

  it("takes no kind of a thing the text also names alone ('structural isomers' beside 'isomers': the plain term fits too)", () => {
    const isomers = [
      "Molecules with the same atomic makeup but different structural arrangement of atoms are called isomers.",
      "Compounds that have identical molecular formulas but differ in the bonding sequence of the atoms are called structural isomers.",
    ];
    const found = (paragraphs: string[]): string[] => findTerms(analyzeArticle(articleOf(paragraphs)), (t) => standsAlone(t)).map((f) => f.text);
    expect(found(isomers)).not.toContain("structural isomers");
    expect(found([isomers[1] as string])).toEqual(["structural isomers"]);
  });

  it("takes the 'a'/'an' before the blank into it ('an _____' tells anion from cation, reading XW)", () => {
    const asked = termQuestions(["An atom that gains one or more electrons will exhibit a negative charge and is called an anion.", ...CELLS.slice(2)]);
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      expect(q.prompt).toBe("An atom that gains one or more electrons will exhibit a negative charge and is called _____.");
      expect(q.answer).toBe("an anion");
      expect(gradeAnswer(q, "anion").correct).toBe(true);
      expect(gradeAnswer(q, "cation").correct).toBe(false);
    }
  });

  it("takes no words of a clause for a term ('called to the desk')", () => {
    expect(named("In the old hospital wards the patients were called to the desk, one by one, to be examined.")).toEqual([]);
  });

  it("takes no name a text once gave or a name of a person", () => {
    expect(named("The disease was once called consumption by the doctors who treated the patients in the cities.")).toEqual([]);
    expect(named("The bacterium was named after its discoverer, a doctor called Koch who worked in Berlin.")).toEqual([]);
  });
});
