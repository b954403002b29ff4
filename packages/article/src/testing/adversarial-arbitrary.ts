import fc from "fast-check";
import { ADVERSARIAL_GENERATORS, splitArticleText } from "./adversarial-texts";

const ORDINARY = [
  "The council voted on Tuesday to build a new bridge.",
  "Officials said 1,200 people would use it every day.",
  "\"It is a good day for the city,\" Mayor Anna Park said.",
  "The North Atlantic Treaty Organization (NATO) held talks in Brussels.",
  "Prices rose 3.5% in March, the Bank of Korea (BOK) said.",
];

export interface AdversarialArticleOptions {
  /** Largest size of each hostile part, in bytes (default 8 KB: property tests run many cases). */
  maxBytes?: number;
}

/**
 * A fast-check arbitrary of hostile articles in the plain-text format: one to three of the adversarial
 * generators at random sizes, their paragraphs mixed with ordinary sentences, under one headline.
 */
export function adversarialArticle(options: AdversarialArticleOptions = {}): fc.Arbitrary<string> {
  const names = Object.keys(ADVERSARIAL_GENERATORS);
  const maxBytes = options.maxBytes ?? 8 * 1024;
  const part = fc.record({
    name: fc.constantFrom(...names),
    bytes: fc.integer({ min: 16, max: maxBytes }),
    ordinary: fc.subarray(ORDINARY),
  });
  return fc.array(part, { minLength: 1, maxLength: 3 }).map((parts) => {
    const paragraphs: string[] = [];
    let headline = "";
    for (const { name, bytes, ordinary } of parts) {
      const generator = ADVERSARIAL_GENERATORS[name];
      if (!generator) continue;
      const split = splitArticleText(generator.make(bytes));
      headline ||= split.headline;
      paragraphs.push(...split.paragraphs, ...ordinary);
    }
    return [headline || "Headline", ...paragraphs].join("\n");
  });
}
