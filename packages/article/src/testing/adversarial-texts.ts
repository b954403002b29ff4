/**
 * Hostile article texts, for tests and benchmarks of every package that reads text (article, quiz, api).
 * Each generator makes a text in the plain-text article format (headline line, then paragraphs) of about
 * `bytes` UTF-8 bytes, built to hit one way a text processor can go quadratic or exponential: long runs of
 * one word, thousands of names or numbers in comma runs, deep parentheses and quotes, repeated HTML comments,
 * one sentence of 200 KB, many link words inside an acronym's expansion, chains of "stands for" …
 * Deterministic: the same arguments give the same text.
 */

export interface AdversarialText {
  /** Short name for reports ("one-word run"). */
  name: string;
  /** What the text is built to provoke. */
  aim: string;
  /** The whole text in the plain-text article format (headline line, then paragraphs). */
  text: string;
}

/** Default size: just under the 200 KB paste limit. */
export const ADVERSARIAL_BYTES = 190 * 1024;

/** Repeats `unit` (joined by `sep`) until the result is about `bytes` long. */
export function repeatTo(unit: string, bytes: number, sep = " "): string {
  const step = Buffer.byteLength(unit + sep, "utf8");
  const n = Math.max(1, Math.floor(bytes / step));
  return Array.from({ length: n }, () => unit).join(sep);
}

/** A list of `n` items made by `make(i)`, so items differ (distinct names, numbers, acronyms). */
function listOf(n: number, make: (i: number) => string, sep = ", "): string {
  return Array.from({ length: n }, (_, i) => make(i)).join(sep);
}

/** Letters for index i in base 26: 0 → "A", 25 → "Z", 26 → "BA" … (distinct, all capital letters). */
export function lettersFor(i: number, min = 2): string {
  let out = "";
  let v = i;
  do {
    out = String.fromCharCode(65 + (v % 26)) + out;
    v = Math.floor(v / 26);
  } while (v > 0);
  return out.padStart(min, "A");
}

const FIRST_NAMES = ["Kim", "Lee", "Park", "Anna", "John", "Maria", "Chen", "Omar", "Sofia", "Ivan", "Grace", "Tariq"];
const SURNAMES = ["Jong", "Smith", "Garcia", "Nowak", "Okafor", "Tanaka", "Silva", "Haddad", "Larsen", "Moreau"];
/** A distinct capitalised two-word name for each i ("Kim Jong", "Lee Smith", … "Kim Jongab"). */
export function nameFor(i: number): string {
  const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? "Kim";
  const last = SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length] ?? "Jong";
  const round = Math.floor(i / (FIRST_NAMES.length * SURNAMES.length));
  return round === 0 ? `${first} ${last}` : `${first} ${last}${lettersFor(round, 1).toLowerCase()}`;
}

/** Approximate number of items of `itemBytes` bytes that fit in `bytes`. */
const fit = (bytes: number, itemBytes: number): number => Math.max(1, Math.floor(bytes / itemBytes));

/** Every generator, by name; each takes a size in bytes. */
export const ADVERSARIAL_GENERATORS: Record<string, { aim: string; make: (bytes: number) => string }> = {
  "one-word run": {
    aim: "one long sentence of the same word",
    make: (bytes) => `Word\nThe ${repeatTo("word", bytes)}.`,
  },
  "capitalised run": {
    aim: "one run of capitalised words (names, acronym expansions)",
    make: (bytes) => `Names\nThe ${repeatTo("Bank", bytes)} said so.`,
  },
  "names in a comma run": {
    aim: "thousands of distinct names in one list",
    make: (bytes) => `Names\nThe guests were ${listOf(fit(bytes, 13), nameFor)} and the mayor.`,
  },
  "names, many sentences": {
    aim: "thousands of distinct names, one short sentence each (many facts, many sentences)",
    make: (bytes) => `Names\n${listOf(fit(bytes, 28), (i) => `${nameFor(i)} said "we won ${i % 90} games."`, " ")}`,
  },
  "numbers in a comma run": {
    aim: "thousands of numbers in one list",
    make: (bytes) => `Numbers\nThe counts were ${listOf(fit(bytes, 8), (i) => String(1000 + i))} in all.`,
  },
  "numbers, many sentences": {
    aim: "thousands of numbers, money and percentages, one sentence each",
    make: (bytes) =>
      `Numbers\n${listOf(fit(bytes, 60), (i) => `In ${1900 + (i % 120)} the city spent $${i + 1}.5 million, ${i % 100}% more than ${i + 2} years before.`, " ")}`,
  },
  "deep parentheses": {
    aim: "parentheses nested thousands deep",
    make: (bytes) => {
      const n = fit(bytes, 4);
      return `Parentheses\nIt began ${"(".repeat(n)}here${")".repeat(n)} and ended.`;
    },
  },
  "deep quotes": {
    aim: "quotation marks nested and unbalanced, thousands deep",
    make: (bytes) => {
      const n = fit(bytes, 16);
      return `Quotes\n${listOf(n, (i) => (i % 2 === 0 ? "He said “she said ‘" : "They said \"we said '"), " ")} yes.`;
    },
  },
  "unbalanced quotes": {
    aim: "thousands of opening quotation marks that never close",
    make: (bytes) => `Quotes\n“He said ${repeatTo("“no", bytes)}.`,
  },
  "repeated HTML comments": {
    aim: "HTML comments repeated (HTML sniffing, tag stripping)",
    make: (bytes) => `Comments\n${repeatTo("<!-- x -->", bytes, "")} <html>`,
  },
  "one 200 KB sentence": {
    aim: "a single sentence of ordinary words with no full stop",
    make: (bytes) => {
      const words = ["the", "council", "voted", "to", "build", "a", "new", "bridge", "over", "river", "Kim", "said", "with", "42", "members"];
      return `Sentence\n${listOf(fit(bytes, 6), (i) => words[i % words.length] ?? "word", " ")}`;
    },
  },
  "one token": {
    aim: "one word of 200 KB with no space (dots and hyphens inside)",
    make: (bytes) => `Token\n${repeatTo("ab.cd-ef", bytes, ".")}`,
  },
  "many ofs": {
    aim: "an acronym's expansion with many link words (each may be used or skipped)",
    make: (bytes) => `T\n${listOf(fit(bytes, 260), () => `OOOOOOOOOZ (Oo ${"of ".repeat(60)}of).`, "\n")}`,
  },
  "acronym soup": {
    aim: "thousands of distinct acronyms and capitalised runs full of link words",
    make: (bytes) =>
      `Acronyms\n${listOf(fit(bytes, 70), (i) => `${lettersFor(i, 3)} met the Alpha of the Beta and the Gamma of Delta ${lettersFor(i + 7, 3)}.`, " ")}`,
  },
  "stands-for chain": {
    aim: "\"AB stands for\" repeated without an end",
    make: (bytes) => `Chain\n${repeatTo("AB stands for", bytes)} Alpha Beta.`,
  },
  "parenthesised acronyms": {
    aim: "\"(AB)\" repeated after one expansion",
    make: (bytes) => `Parens\nAlpha Beta ${repeatTo("(AB)", bytes)}.`,
  },
  "abbreviations": {
    aim: "periods everywhere: titles, initials, dotted abbreviations",
    make: (bytes) => `Dots\n${repeatTo("Mr. J. R. U.S. Gen. No. 3. Oct. 8.", bytes)}`,
  },
  "many short paragraphs": {
    aim: "tens of thousands of one-word paragraphs",
    make: (bytes) => `Lines\n${repeatTo("Yes.", bytes, "\n")}`,
  },
};

/** `make`'s text at no more than `bytes` UTF-8 bytes (the item sizes above are estimates; one correction fixes them). */
export function makeSized(make: (bytes: number) => string, bytes: number): string {
  let text = make(bytes);
  for (let i = 0; i < 4; i++) {
    const length = Buffer.byteLength(text, "utf8");
    if (length <= bytes) break;
    text = make(Math.floor((bytes * bytes * 0.97) / length));
  }
  return text;
}

/** Every adversarial text at no more than `bytes` bytes (default just under the 200 KB limit). */
export function adversarialTexts(bytes: number = ADVERSARIAL_BYTES): AdversarialText[] {
  return Object.entries(ADVERSARIAL_GENERATORS).map(([name, { aim, make }]) => ({ name, aim, text: makeSized(make, bytes) }));
}

/** The headline and paragraphs of a text in the plain-text format (for importers that take them apart). */
export function splitArticleText(text: string): { headline: string; paragraphs: string[] } {
  const [headline = "", ...paragraphs] = text.split("\n").filter((line) => line.trim() !== "");
  return { headline, paragraphs };
}
