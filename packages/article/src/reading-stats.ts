import type { ReadingLevel, ReadingStats } from "./article-schema";
import { splitSentences } from "./split-sentences";

/** Adult silent-reading speed used for `readingMinutes` (a common estimate for non-fiction on screen). */
export const READING_WORDS_PER_MINUTE = 230;

/** Words: whitespace- or dash-separated runs that contain a letter or digit ("10,000" and "Jong-un" are one word each). */
export function countWords(text: string): string[] {
  return text.split(/[\s—–]+/u).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

const NON_ASCII = /[^\u0000-\u007f]/;

function letterSyllables(letters: string): number {
  const w = letters.toLowerCase();
  if (w.length === 0) return 0;
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  if (groups === 0) return 1; // "Mr", "DPRK"
  let count = groups;
  if (w.length > 2) {
    // Silent final "e" ("make"), but not consonant + "le" ("table") and not "ee"/"ye".
    if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count--;
    // "-ed" is silent unless after t/d ("moved" vs "decided").
    else if (/[^aeiouytd]ed$/.test(w)) count--;
    // "-es" is silent unless after a sibilant ("sites" vs "forces").
    else if (/[^aeiouyszxcgh]es$/.test(w)) count--;
  }
  return Math.max(1, count);
}

/**
 * Syllables in one word: vowel groups with a silent final "e", "-ed", "-es" and a kept "-le"; at least 1.
 * Digits count one syllable per digit group ("2024" → 1, "10,000" → 2, "3.5" → 2), a rough stand-in for
 * how the number is read aloud that avoids spelling numbers out.
 */
export function countSyllables(word: string): number {
  let plain = word;
  let otherLetters = 0;
  if (NON_ASCII.test(word)) {
    plain = word
      .replace(/é$/i, "ee") // a written final "é" is spoken ("café"), unlike a silent "e"
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/’/g, ""); // "North’s" → "Norths"
    // Letters from other scripts (Hangul, CJK …): one syllable per character is the closest cheap guess.
    otherLetters = plain.replace(/[a-zA-Z]/g, "").match(/\p{L}/gu)?.length ?? 0;
  }
  if (plain.includes("'")) plain = plain.replace(/'/g, "");
  const digitGroups = plain.match(/\d+/g)?.length ?? 0;
  let letters = 0;
  for (const run of plain.match(/[a-zA-Z]+/g) ?? []) {
    // Ordinal and plural suffixes of numbers ("2nd", "1990s") add nothing to the digit group.
    if (digitGroups > 0 && /^(?:st|nd|rd|th|s)$/i.test(run)) continue;
    letters += letterSyllables(run);
  }
  return Math.max(1, digitGroups + letters + otherLetters);
}

/** Plain label for a Flesch–Kincaid grade: ≤5 Easy, ≤8 Fairly easy, ≤10 Standard, ≤12 Fairly hard, ≤15 Hard, else Very hard. */
export function readingLevel(grade: number): ReadingLevel {
  if (grade <= 5) return "Easy";
  if (grade <= 8) return "Fairly easy";
  if (grade <= 10) return "Standard";
  if (grade <= 12) return "Fairly hard";
  if (grade <= 15) return "Hard";
  return "Very hard";
}

/** Flesch–Kincaid grade: 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59, one decimal. */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  const grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return Math.round(grade * 10) / 10;
}

/**
 * Reading statistics for an article body. Pass `sentenceCounts` (one per paragraph) when the paragraphs were
 * already split, to avoid splitting twice.
 */
export function readingStats(paragraphs: readonly string[], sentenceCounts?: readonly number[]): ReadingStats {
  let wordCount = 0;
  let syllables = 0;
  let sentenceCount = 0;
  paragraphs.forEach((paragraph, i) => {
    const words = countWords(paragraph);
    wordCount += words.length;
    for (const word of words) syllables += countSyllables(word);
    sentenceCount += sentenceCounts?.[i] ?? splitSentences(paragraph).length;
  });
  const gradeLevel = fleschKincaidGrade(wordCount, sentenceCount, syllables);
  return {
    wordCount,
    sentenceCount,
    readingMinutes: Math.max(1, Math.ceil(wordCount / READING_WORDS_PER_MINUTE)),
    gradeLevel,
    level: readingLevel(gradeLevel),
  };
}
