import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../find-facts";
import { findConcepts, indexConcepts } from "../find-concepts";
import type { BuildContext } from "../make-questions";
import { gradeAnswer } from "../grade-answer";
import { joinAnswerKey, makeQuiz, standsAlone } from "../make-quiz";
import { createRng } from "../rng";
import { contentWords } from "../sentence-centrality";
import { articleOf } from "../test-helpers";
import { findDefinitions, makeDefinitionChoice } from "./definition";

// sentences of the shapes textbook sections define their terms in (OpenStax Psychology, reading OA), and of the shapes
// that only look like definitions (news and the same sections)
const termsIn = (paragraphs: string[], headline?: string) =>
  Object.fromEntries(findDefinitions(analyzeArticle(articleOf(paragraphs, headline)), standsAlone).map((f) => [f.text, f.definition?.definiens]));

/** The definition questions the builder makes from an article, seeds 1…`seeds` (the quiz maker asks none: see make-quiz.ts). */
const definitionQuestions = (paragraphs: string[], headline: string, seeds = 3) => {
  const article = articleOf(paragraphs, headline);
  const analysis = analyzeArticle(article);
  const { concepts } = findConcepts(article, analysis.sentences, analysis.facts);
  const index = indexConcepts(concepts, analysis.sentences, contentWords);
  return Array.from({ length: seeds }, (_, i) => i + 1).flatMap((seed) => {
    const ctx = {
      analysis,
      rng: createRng(seed),
      concepts: index,
      sentenceOf: (f) => analysis.sentences.find((x) => x.paragraph === f.paragraph && x.sentence === f.sentence),
    } as BuildContext; // the builder reads only these four
    return findDefinitions(analysis, standsAlone).flatMap((f) => makeDefinitionChoice(f, ctx) ?? []);
  });
};

const WAVES = [
  "Wavelength refers to the length of a wave from one peak to the next.",
  "Frequency refers to the number of waves that pass a given point in a given time period.",
  "Amplitude refers to the height of a wave from the middle line to the top of the crest.",
  "Timbre refers to the purity of a sound, which is affected by the interplay of frequency, amplitude, and timing.",
  "Sound waves travel through the air at about 343 metres per second at room temperature.",
];

describe("definitions (definition.ts)", () => {
  it("reads the term and how the text defines it, up to the clause's end", () => {
    expect(
      termsIn([
        "Homeostasis is a state of equilibrium, or balance, in which biological conditions are maintained at optimal levels.",
        "Figure is the object or person that is the focus of the visual field, while the ground is the background.",
        "The ideal self is the person that you would like to be; the real self is the person you actually are.",
        "Mnemonic devices are memory aids that help us organize information for encoding.",
      ]),
    ).toEqual({
      Homeostasis: "a state of equilibrium, or balance, in which biological conditions are maintained at optimal levels",
      Figure: "the object or person that is the focus of the visual field",
      "ideal self": "the person that you would like to be",
      "Mnemonic devices": "memory aids that help us organize information for encoding",
    });
  });

  it("takes no name, rank, example, opinion or pointer for a definition", () => {
    expect(
      termsIn([
        "Beck-Crespel is a specialist steel firm in Armentieres, about 20 miles from Lille.",
        "Stardust is a NASA mission that was launched in 1999 to collect dust from a comet.",
        "The capsule of Stardust landed in Utah in January.",
        "Confidence is a crucial factor in defending against the best teams in the league.",
        "One Gestalt principle is the figure-ground relationship that shapes what we see.",
        "The airline industry is one industry that uses checklists before every flight.",
        "This is the first sample return mission since the Apollo landings on the moon.",
        "The goal of treatment is to help an addict stop compulsive drug-seeking behaviors.",
        "Below is a recap of some major drivers of social change, including technology and the media.",
        "The next condition is the growth and spread of a generalized belief, wherein a problem is identified.",
        "National security is a federal matter, the issuance of licenses is a state matter, and garbage collection is a local matter.",
        "Behavior therapies are used to treat comorbid conditions in many of those with addictions.",
        "Higher amplitudes are associated with louder sounds in most of the listeners tested.",
        "Elections are unpredictable, and campaigns must adapt to be effective in the weeks before a vote.",
      ]),
    ).toEqual({});
  });

  it("asks a defined term among the text's other terms, and not when it defines too few", () => {
    const choices = definitionQuestions(WAVES, "How we hear");
    expect(choices.length).toBeGreaterThan(0);
    for (const q of choices) {
      expect(q.prompt).toMatch(/^In the text, which term refers to the \w/);
      expect(q.options?.map((o) => o.toLowerCase()).sort()).toEqual(["amplitude", "frequency", "timbre", "wavelength"]);
      expect(q.evidence.text.slice(q.evidence.start, q.evidence.end)).toBe(q.answer);
    }
    expect(definitionQuestions([WAVES[0] as string, WAVES[4] as string], "How we hear")).toEqual([]);
  });

  it("offers the terms the text names ('known as …', 'called …') beside the ones it defines", () => {
    const text = [
      WAVES[0] as string,
      WAVES[1] as string,
      WAVES[4] as string,
      "The ear canal amplifies certain sounds through an effect known as resonance, which boosts quiet tones.",
      "Loudness is measured on a scale called the decibel scale, and it has been called into question by some researchers.",
    ];
    const asked = definitionQuestions(text, "How we hear");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options?.map((o) => o.toLowerCase()).sort()).toEqual(["decibel scale", "frequency", "resonance", "wavelength"]);
  });

  it("offers the text's key concepts when it defines or names too few terms, and no everyday noun", () => {
    // OpenStax, Psychology 2e, "Other States of Consciousness" (CC BY 4.0), paragraphs 1, 6, 7 and 8 of 11: one term
    // defined (meditation), none named ("called", "known as"), so the other options are key concepts it comes back to
    const text = [
      "Our states of consciousness change as we move from wakefulness to sleep. We also alter our consciousness through the use of various psychoactive drugs. This final section will consider hypnotic and meditative states as additional examples of altered states of consciousness experienced by some individuals.",
      "How does hypnosis work? Two theories attempt to answer this question: One theory views hypnosis as dissociation and the other theory views it as the performance of a social role. According to the dissociation view, hypnosis is effectively a dissociated state of consciousness, much like our earlier example where you may drive to work, but you are only minimally aware of the process of driving because your attention is focused elsewhere. This theory is supported by Ernest Hilgard’s research into hypnosis and pain. In Hilgard’s experiments, he induced participants into a state of hypnosis, and placed their arms into ice water. Participants were told they would not feel pain, but they could press a button if they did; while they reported not feeling pain, they did, in fact, press the button, suggesting a dissociation of consciousness while in the hypnotic state (Hilgard & Hilgard, 1994).",
      "Taking a different approach to explain hypnosis, the social-cognitive theory of hypnosis sees people in hypnotic states as performing the social role of a hypnotized person. As you will learn when you study social roles, people’s behavior can be shaped by their expectations of how they should act in a given situation. Some view a hypnotized person’s behavior not as an altered or dissociated state of consciousness, but as their fulfillment of the social expectations for that role (Coe, 2009; Coe & Sarbin, 1966).",
      "Meditation is the act of focusing on a single target (such as the breath or a repeated sound) to increase awareness of the moment. While hypnosis is generally achieved through the interaction of a therapist and the person being treated, an individual can perform meditation alone. Often, however, people wishing to learn to meditate receive some training in techniques to achieve a meditative state.",
    ];
    const asked = definitionQuestions(text, "Other States of Consciousness");
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.options?.map((o) => o.toLowerCase()).sort()).toEqual(["consciousness", "hypnosis", "meditation", "social role"]);
  });

  it("takes no term the headline shows, in either number", () => {
    expect(Object.keys(termsIn(WAVES, "How we hear"))).toContain("Wavelength");
    expect(Object.keys(termsIn(WAVES, "What is wavelength?"))).not.toContain("Wavelength");
    expect(Object.keys(termsIn(WAVES, "Understanding wavelengths and their uses"))).not.toContain("Wavelength");
  });
});

describe("typed definitions: the sentence that defines a term, asked with the term blanked (2.14.14)", () => {
  /** The definition questions of a text's count-40 quizzes over a few seeds. */
  const asked = (paragraphs: string[], headline?: string) =>
    [1, 2, 3].flatMap((seed) => joinAnswerKey(makeQuiz(articleOf(paragraphs, headline), { seed, count: 40 })).filter((q) => q.kind === "definition"));
  const BONE = [
    "Long bones are longer than they are wide and are found in the arms and the legs of the body.",
    "The diaphysis is the tubular shaft that runs between the proximal and distal ends of the bone.",
    "An amphiarthrosis is a joint that has limited mobility, such as the joints between the bodies of the vertebrae.",
  ];

  it("asks a term no reader knows without the text typed, the article before it taken into the blank", () => {
    const qs = asked(BONE);
    const prompts = new Set(qs.map((q) => `${q.prompt} | ${q.answer}`));
    expect(prompts).toEqual(
      new Set([
        "The _____ is the tubular shaft that runs between the proximal and distal ends of the bone. | diaphysis",
        "_____ is a joint that has limited mobility, such as the joints between the bodies of the vertebrae. | an amphiarthrosis",
      ]),
    );
    for (const q of qs) {
      expect(q.type).toBe("cloze");
      expect(gradeAnswer(q, q.answer.replace(/^an /, "")).correct).toBe(true);
      expect(gradeAnswer(q, "epiphysis").correct).toBe(false);
    }
  });

  it("asks no term made only of words people say, nor one whose stem the sentence holds", () => {
    expect(asked(["A buffer is a solution that resists a change in its acidity when a small amount of acid or base is added to it.", ...BONE.slice(0, 1)])).toEqual([]);
    expect(asked(["Ossification is the process in which cartilage is turned to bone as cells ossify the growing skeleton.", ...BONE.slice(0, 1)])).toEqual([]);
    expect(asked(["Ossification is the process in which cartilage is turned to bone by the cells of the growing skeleton.", ...BONE.slice(0, 1)]).map((q) => q.answer)).toContain("Ossification");
  });

  it("asks no 'term' or 'word' taken for a term, no sentence naming another term, no term with its abbreviation or a class noun before its name", () => {
    const other = BONE.slice(0, 1);
    // ("A temporary synchondrosis is …" beside "A synchondrosis is …": the plain term fits too, reading XZ)
    const joints = ["A synchondrosis is a cartilaginous joint where the bones are joined by hyaline cartilage.", "A temporary synchondrosis is the growth plate of a long bone that is still growing in length."];
    expect(asked([...joints, ...other]).map((q) => q.answer)).not.toContain("a temporary synchondrosis");
    expect(asked([joints[1] as string, ...other]).map((q) => q.answer)).toContain("a temporary synchondrosis");
    // ("Polysaccharides are the polymers, …": of what, reading XY)
    expect(asked(["Polysaccharides are the polymers, and can consist of hundreds to thousands of monomers.", ...other])).toEqual([]);
    expect(asked(["Polysaccharides are the polymers of sugars, and can consist of hundreds to thousands of monomers.", ...other]).map((q) => q.answer)).toContain("Polysaccharides");
    // ("Xenocentrism is the opposite of ethnocentrism": no definition, and the other term tells it)
    expect(asked(["Xenocentrism is the opposite of ethnocentrism, and refers to the belief that another culture is superior to one's own.", ...other])).toEqual([]);
    expect(asked(["The term hypoxemia refers to low levels of oxygen in the arterial blood of the systemic circulation.", ...other])).toEqual([]);
    expect(asked(["A paracrine is a chemical, also called a paracrine factor, that induces a response in neighboring cells.", ...other])).toEqual([]);
    expect(asked(["Computed tomography (CT) is a noninvasive imaging technique that uses computers to analyze several cross-sectional X-rays.", ...other])).toEqual([]);
    expect(asked(["The mycotoxin aflatoxin is a virulence factor produced by the fungus Aspergillus, an opportunistic pathogen of the lungs.", ...other])).toEqual([]);
    expect(asked(["Aflatoxin is a virulence factor produced by the fungus Aspergillus, an opportunistic pathogen of the lungs.", ...other]).map((q) => q.answer)).toContain("Aflatoxin");
  });
});
