import { describe, expect, it } from "vitest";
import { answersMatch, clearNormalizeCache, gradingForm, normalizeAnswer, normalizePadded, wordsToNumber } from "./normalize-answer";

describe("normalizeAnswer", () => {
  it.each([
    ["Approximately 1,500", "approximately 1500"],
    ["Sept. 14", "september 14"],
    ["Jan 3", "january 3"],
    ["jun", "june"],
    ["Crème Brûlée", "creme brulee"],
    ["Seoul’s mayor", "seoul mayor"],
    ["“quoted”", "quoted"],
    ["40%", "40 percent"],
    ["40 per cent", "40 percent"],
    ["8th", "8"],
    ["21st", "21"],
    ["3.5", "3.5"],
    ["end.", "end"],
    [".5", "5"],
    ["e.g", "e g"],
    ["twenty one thousand", "21000"],
    ["two hundred and five", "205"],
    ["one hundred", "100"],
    ["hundred", "100"],
    ["a thousand", "1000"],
    ["1.5 million", "1500000"],
    ["26 million people", "26000000 people"],
    ["Oct. 8 to 13", "october 8 to 13"],
    ["8 13", "8 13"],
    ["rock and roll", "rock and roll"],
    ["five and", "5 and"],
    ["the Senate", "senate"],
    ["a vote in the Senate", "vote in the senate"],
    ["The", ""],
    ["  --  ", ""],
    ["1,2345", "1 2345"],
    // every month abbreviation
    ["jan feb mar apr jun jul aug", "january february march april june july august"],
    ["sep sept oct nov dec", "september september october november december"],
    // letters outside ASCII are kept, their punctuation is not; a lone accented word still loses its accent
    ["Straße!", "straße"],
    ["Москва-Сити", "москва сити"],
    ["ÉÉ", "ee"],
    ["北京", "北京"],
    ["say“no”now", "say no now"],
    // number runs
    ["two hundred thousand", "200000"],
    ["1.25 million", "1250000"],
    ["five and apples", "5 and apples"],
    ["twenty people one", "20 people 1"],
    ["five b12", "5 b12"],
    ["five 5b", "5 5b"],
  ])("%s -> %s", (text, normal) => {
    expect(normalizeAnswer(text)).toBe(normal);
  });

  it("reads 'constructor' and 'toString' as words, not as Object's own properties", () => {
    expect(normalizeAnswer("The constructor of the bridge")).toBe(normalizeAnswer("the Constructor of the bridge"));
    expect(normalizeAnswer("The constructor of the bridge")).toContain("constructor of");
    expect(normalizeAnswer("toString")).toBe("tostring");
  });

  it("gives the same result from its memo, and after the memo is cleared", () => {
    expect(normalizeAnswer("Ten Thousand")).toBe("10000");
    expect(normalizeAnswer("Ten Thousand")).toBe("10000");
    clearNormalizeCache();
    expect(normalizeAnswer("Ten Thousand")).toBe("10000");
    expect(normalizePadded("Ten Thousand")).toBe(" 10000 ");
    expect(normalizePadded("Ten Thousand")).toBe(" 10000 ");
  });

  it("keeps working past its memo's bound", () => {
    for (let i = 0; i < 20_050; i++) normalizePadded(`word ${i}`);
    expect(normalizeAnswer("word 20049")).toBe("word 20049");
    expect(normalizePadded("word 3")).toBe(" word 3 ");
  });
});

describe("wordsToNumber", () => {
  it.each([
    [["ten"], 10],
    [["twenty", "one"], 21],
    [["two", "hundred", "and", "five"], 205],
    [["three", "thousand", "two", "hundred"], 3200],
    [["1.5", "million"], 1_500_000],
    [["million"], 1_000_000],
    [["two", "billion"], 2_000_000_000],
  ] as const)("%j is %d", (words, value) => {
    expect(wordsToNumber(words)).toBe(value);
  });

  it.each([[[]], [["and"]], [["apple"]], [["ten", "apple"]], [[""]], [["and", "ten"]]] as const)("%j is not a number", (words) => {
    expect(wordsToNumber(words)).toBeUndefined();
  });
});

describe("gradingForm and answersMatch", () => {
  it("joins thousands grouped by spaces and reads ordinal words as numbers", () => {
    expect(gradingForm("10 000")).toBe("10000");
    expect(gradingForm("10\u202f000 people")).toBe("10000 people");
    expect(gradingForm("in 2019 100 people")).toBe("in 2019 100 people");
    expect(gradingForm("the second round")).toBe("2 round");
    expect(gradingForm("1.5 000")).toBe("1.5 0");
  });

  it.each([
    ["first", "1"], ["second", "2"], ["third", "3"], ["fourth", "4"], ["fifth", "5"], ["sixth", "6"], ["seventh", "7"],
    ["eighth", "8"], ["ninth", "9"], ["tenth", "10"], ["eleventh", "11"], ["twelfth", "12"], ["thirteenth", "13"],
    ["fourteenth", "14"], ["fifteenth", "15"], ["sixteenth", "16"], ["seventeenth", "17"], ["eighteenth", "18"],
    ["nineteenth", "19"], ["twentieth", "20"],
  ])("reads %s as %s", (word, digits) => {
    expect(gradingForm(word)).toBe(digits);
  });

  it("matches any accepted spelling, never an empty response", () => {
    expect(answersMatch("2nd", ["second"])).toBe(true);
    expect(answersMatch("Moon", ["Yoon", "Moon"])).toBe(true);
    expect(answersMatch("Kim", ["Yoon", "Moon"])).toBe(false);
    // a term typed with one slip (a letter left out, added, changed or two swapped) past its first three letters
    expect(answersMatch("hematopoesis", ["hematopoiesis"])).toBe(true);
    expect(answersMatch("hematopoieisis", ["hematopoiesis"])).toBe(true);
    expect(answersMatch("hematopoeisis", ["hematopoiesis"])).toBe(true);
    expect(answersMatch("carbaminohemoglobim", ["carbaminohemoglobin"])).toBe(true);
    expect(answersMatch("Sujata Raisinghami", ["Sujata Raisinghani"])).toBe(true);
    // two slips, a slip in the first letters, a short word, a figure: wrong
    expect(answersMatch("hematopoyesys", ["hematopoiesis"])).toBe(false);
    expect(answersMatch("hypotension", ["hypertension"])).toBe(false);
    expect(answersMatch("ematopoiesis", ["hematopoiesis"])).toBe(false);
    expect(answersMatch("efferent", ["afferent"])).toBe(false);
    expect(answersMatch("perimysiun", ["perimysium"])).toBe(true);
    expect(answersMatch("epimysium", ["perimysium"])).toBe(false);
    expect(answersMatch("1,000,001", ["1,000,000"])).toBe(false);
    expect(answersMatch("", [""])).toBe(false);
    expect(answersMatch("?", ["!"])).toBe(false);
  });
});
