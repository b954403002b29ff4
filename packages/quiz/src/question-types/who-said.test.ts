import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../find-facts";
import { joinAnswerKey, makeQuiz } from "../make-quiz";
import { articleOf } from "../test-helpers";
import { thinkerClaim, thinkersOf } from "./who-said";

// Sentences of OpenStax *Introduction to Anthropology* ("Modes of Cultural Analysis"), *Psychology 2e* ("Stages of
// Sleep") and *Introduction to Sociology 3e* (CC BY 4.0), shortened to the paragraphs a rule reads.
const CULTURAL_ANALYSIS = [
  "Some anthropologists are interested in the origins of human cultural forms and how these forms have changed over long periods of time. Just as Charles Darwin applied the notion of evolution to explain how biological species change over time, many 19th-century anthropologists used evolution to explain how cultures changed over time. This approach is called cultural evolutionism. For example, British anthropologist Edward Tylor argued that human culture evolved from savagery through barbarism to civilization. He identified savagery with people who used gathering and hunting to meet their basic needs.",
  "Elaborating on Tylor’s scheme, American anthropologist Lewis Henry Morgan subdivided each of these three stages into an even more elaborate model and proposed a mechanism for moving from stage to stage. Morgan focused on technology as the primary driver of cultural evolution.",
  "Both Tylor and Morgan, like most anthropologists of their day, thought that all cultures passed through this single set of stages in the march toward civilization. This kind of theory is called unilineal evolution. Disagreeing with this way of thinking, anthropologists such as Franz Boas argued that there is no single line of cultural evolution but that each culture changes according to its own unique historical trajectory.",
  "In the 1950s, American anthropologist Julian Steward developed an approach called cultural ecology, recognizing the importance of environmental factors by focusing on how humans adapt to various environments.",
  "Another approach, called functionalism, focuses on how the elements of a culture work together. Bronislaw Malinowski, an early proponent of this approach, argued that the function of culture is to meet human needs.",
];

const DREAMS = [
  "Dreams and their associated meanings vary across different cultures and periods of time. By the late 19th century, Austrian psychiatrist Sigmund Freud had become convinced that dreams represented an opportunity to gain access to the unconscious.",
  "Freud was not the only theorist to focus on the content of dreams. The 20th century Swiss psychiatrist Carl Jung believed that dreams allowed us to tap into the collective unconscious.",
  "The sleep and dreaming researcher Rosalind Cartwright, however, believes that dreams simply reflect life events that are important to the dreamer. Unlike Freud and Jung, Cartwright’s ideas about dreaming have found empirical support.",
];

const SOCIOLOGY = [
  "For example, although suicide is generally considered an individual phenomenon, Émile Durkheim was interested in studying the social factors that affect it. He studied social solidarity, social ties within a group, and hypothesized that differences in suicide rates might be explained by religious differences. Durkheim gathered a large amount of data about Europeans and found that Protestants were more likely to die by suicide than Catholics. His work supports the utility of theory in sociological research.",
  "Émile Durkheim applied Spencer’s theory to explain how societies change and survive over time. Durkheim believed that society is a complex system of interrelated and interdependent parts that work together to maintain stability (Durkheim, 1893), and that society is held together by shared values, languages, and symbols. He believed that to study society, a sociologist must look beyond individuals to social facts such as laws, morals, values, religious beliefs, customs, fashion, and rituals, which all serve to govern social life (Durkheim, 1895). Alfred Radcliffe-Brown (1881–1955), a social anthropologist, defined the function of any recurrent activity as the part it played in social life as a whole, and therefore the contribution it makes to social stability and continuity (Radcliffe-Brown 1952). In a healthy society, all parts work together to maintain stability, a state called dynamic equilibrium by later sociologists such as Parsons (1961).",
  "Durkheim believed that individuals may make up society, but in order to study society, sociologists have to look beyond individuals to social facts. Each of these social facts serves one or more functions within a society. For example, one function of a society’s laws may be to protect society from violence, while another is to punish criminal behavior, while another is to preserve public health.",
  "Conflict theory looks at society as a competition for limited resources. This perspective is a macro-level approach most identified with the writings of German philosopher and economist Karl Marx, who saw society as being made up of individuals in different social classes who must compete for social, material, and political resources such as food and housing, employment, education, and leisure time. Social institutions like government, education, and religion reflect this competition in their inherent inequalities and help maintain the unequal social structure. Some individuals and organizations are able to obtain and keep more resources than others, and these “winners” use their power and influence to maintain social institutions. The perpetuation of power results in the perpetuation of oppression."
];

const claimsOf = (paragraphs: string[]) => {
  const analysis = analyzeArticle(articleOf(paragraphs, "Modes of Cultural Analysis"));
  return analysis.facts.flatMap((f) => {
    const s = analysis.sentences.find((x) => x.paragraph === f.paragraph && x.sentence === f.sentence);
    const claim = s && thinkerClaim(s, f, analysis);
    return claim ? [{ who: f.group ?? f.text, ...claim }] : [];
  });
};

describe("whose view it is, in a textbook's sections on thinkers", () => {
  it("asks which of the text's thinkers argued a view, among the others it names", () => {
    const quiz = joinAnswerKey(makeQuiz(articleOf(CULTURAL_ANALYSIS, "Modes of Cultural Analysis"), { count: 40, seed: 1 }));
    const q = quiz.find((x) => x.type === "who-said" && x.answer === "Edward Tylor");
    expect(q?.prompt).toBe("Who argued that human culture evolved from savagery through barbarism to civilization?");
    expect(q?.options).toEqual(expect.arrayContaining(["Franz Boas", "Bronislaw Malinowski"]));
    // "Both Tylor and Morgan … thought that …": Morgan may share the view, so he is no wrong option
    expect(q?.options).not.toContain("Lewis Henry Morgan");
  });

  it("knows thinkers by a scholar's role before the name or a view put to them", () => {
    const thinkers = thinkersOf(analyzeArticle(articleOf(CULTURAL_ANALYSIS)));
    expect([...thinkers].sort()).toEqual(["Bronislaw Malinowski", "Edward Tylor", "Franz Boas", "Julian Steward", "Lewis Henry Morgan"]);
  });

  it("takes the view from after an opening phrase, a role and an apposition", () => {
    const claims = claimsOf(CULTURAL_ANALYSIS);
    expect(claims).toContainEqual({ who: "Edward Tylor", verb: "argued", clause: "human culture evolved from savagery through barbarism to civilization", closing: "" });
    expect(claims).toContainEqual({ who: "Bronislaw Malinowski", verb: "argued", clause: "the function of culture is to meet human needs", closing: "" });
  });

  it("leaves out a thinker named as one of several", () => {
    // "anthropologists such as Franz Boas argued …": the view is not his alone
    expect(claimsOf(CULTURAL_ANALYSIS).map((c) => c.who)).not.toContain("Franz Boas");
    expect(claimsOf(CULTURAL_ANALYSIS).map((c) => c.who)).not.toContain("Lewis Henry Morgan");
  });

  it("leaves the source cited at the end out of the claim", () => {
    const claims = claimsOf([
      "Sociologist Charles Horton Cooley (1864–1929) suggested that groups can broadly be divided into two categories: primary groups and secondary groups (Cooley 1909). According to Cooley, primary groups play the most critical role in our lives.",
    ]);
    expect(claims.map((c) => c.clause)).toEqual(["groups can broadly be divided into two categories: primary groups and secondary groups"]);
  });

  it("offers thinkers a sentence sets against the answer, not only those it sets beside", () => {
    // "Unlike Freud and Jung, Cartwright’s ideas …": a contrast, so Freud and Jung are wrong options for her view
    const quiz = joinAnswerKey(makeQuiz(articleOf(DREAMS, "Stages of Sleep"), { count: 40, seed: 1 }));
    const q = quiz.find((x) => x.type === "who-said" && x.answer === "Rosalind Cartwright");
    expect(q?.prompt).toBe("Who believes that dreams simply reflect life events that are important to the dreamer?");
    expect(q?.options).toEqual(expect.arrayContaining(["Sigmund Freud", "Carl Jung"]));
  });

  it("takes the view after a life span or a work's year in brackets", () => {
    const claims = claimsOf(["French anthropologist Claude Lévi-Strauss (1908–2009) argued that cultures universally define themselves in opposition to what they view as nature, a domain they define as outside or on the margins of human culture. Humans and human culture are typically seen as everything that is not nature or animal. This makes animals and nature very important concepts to human societies, because they shed light on how people think of themselves as human beings in the world. Lévi-Strauss famously said of animals that they are “good to think” (1963, 89), meaning that animals provide good ways for humans to think about themselves. Animals are used as symbols in all cultures, a sign of the human tendency to identify similarities and differences between ourselves and (other) animals.", "Even though the construct of race has roots in anthropology, anthropologist Leith Mullings (2005) argues that critical studies of race and racism did not originally develop in anthropology. Mullings attributes this to the fact that anthropologists still do not agree about the role of race and racism within the discipline or how the categories of race have emerged and persisted in society. In addition, Mullings argues that many cultural anthropologists have focused on ethnicity, becoming “race avoidant” by not even mentioning race in ethnographies. Mullings warns that “race avoidant” anthropologists consequently ignore racism (Mullings 2005, 670)."]);
    expect(claims.map((c) => c.who)).toEqual(["Claude Lévi-Strauss", "Leith Mullings", "Leith Mullings"]);
    expect(claims[1]?.clause).toBe("critical studies of race and racism did not originally develop in anthropology");
  });

  it("asks the view of the thinker a section is about, named again and again", () => {
    // Durkheim is named seven times: a name the text is about is otherwise no answer (the reader's pick without reading)
    const quiz = joinAnswerKey(makeQuiz(articleOf(SOCIOLOGY, "Theoretical Perspectives"), { count: 40, seed: 1 }));
    const q = quiz.find((x) => x.type === "who-said" && x.answer === "Émile Durkheim");
    expect(q?.prompt).toBe("Who believed that individuals may make up society, but in order to study society, sociologists have to look beyond individuals to social facts?");
    expect(q?.options).toEqual(expect.arrayContaining(["Karl Marx", "Alfred Radcliffe-Brown"]));
  });
});
