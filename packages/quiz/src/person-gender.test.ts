import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleText } from "@newsquiz/article";
import { analyzeArticle } from "./find-facts";
import { isGendered, personGenders } from "./person-gender";

const ARTICLES = join(import.meta.dirname, "../../article/samples/library");
const genders = (file: string) => personGenders(analyzeArticle(parseArticleText(readFileSync(join(ARTICLES, file), "utf8"))));

describe("personGenders", () => {
  it("reads a role word before a name and a pronoun after it", () => {
    const g = genders("09-imprisoned.txt");
    expect(g.get("Valeska Paris")).toBe("f"); // "Paris was born in Switzerland but her parents moved her …"
    expect(g.get("Albert Jaquier")).toBe("m"); // "her ex-husband and Paris's father, Albert Jaquier, committed suicide after he …"
  });

  it("leaves a person unknown rather than guess from someone else's pronoun or quoted speech", () => {
    const g = genders("13-warhol.txt");
    // "Wilkins explained Warhol's obsession … began when he first collected head shots": the "he" is Warhol
    expect(g.get("Kristen Wilkins")).toBeUndefined();
    // 'Cynthia Thompson … said, "These images serve as documentation of people in his every day life …"'
    expect(g.get("Cynthia Thompson")).toBeUndefined();
    expect(g.get("Carlo De Benedetti")).toBeUndefined(); // the article never says
    expect(g.get("Kiara Perkins")).toBe("f");
  });

  it("tells a sentence that says he or she from one that does not", () => {
    expect(isGendered(", an Australian woman and former Scientologist, has claimed that the Church of Scientology imprisoned her")).toBe(true);
    expect(isGendered("Next year's competition is scheduled to take place in Mexico City.")).toBe(false);
  });
});
