import { z } from "zod";
import { SLUG_MAX_CHARS, SLUG_PATTERN } from "./slug";

/** A sentence inside a paragraph; `start`/`end` are UTF-16 offsets into the paragraph text (end exclusive). */
export const sentenceSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof sentenceSchema>;

export const paragraphSchema = z.object({
  index: z.number().int().nonnegative(),
  text: z.string().min(1),
  sentences: z.array(sentenceSchema).min(1),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const readingLevelSchema = z.enum(["Easy", "Fairly easy", "Standard", "Fairly hard", "Hard", "Very hard"]);
export type ReadingLevel = z.infer<typeof readingLevelSchema>;

export const readingStatsSchema = z.object({
  wordCount: z.number().int().nonnegative(),
  sentenceCount: z.number().int().nonnegative(),
  /** Whole minutes, at least 1, at READING_WORDS_PER_MINUTE. */
  readingMinutes: z.number().int().positive(),
  /** Flesch–Kincaid grade level, one decimal. */
  gradeLevel: z.number(),
  level: readingLevelSchema,
});
export type ReadingStats = z.infer<typeof readingStatsSchema>;

/** An acronym and the expansion the article itself gives for it. */
export const glossaryEntrySchema = z.object({
  term: z.string().min(1),
  expansion: z.string().min(1),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const slugSchema = z
  .string()
  .min(1)
  .max(SLUG_MAX_CHARS)
  .regex(SLUG_PATTERN, "A slug is lower-case letters, digits and single hyphens");

export const articleMetaSchema = z.object({
  source: z.string().min(1).max(200).optional(),
  author: z.string().min(1).max(200).optional(),
  /** ISO 8601 date or date-time. */
  publishedAt: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2048).optional(),
});
export type ArticleMeta = z.infer<typeof articleMetaSchema>;

export const articleSchema = articleMetaSchema.extend({
  slug: slugSchema,
  headline: z.string().min(1).max(300),
  paragraphs: z.array(paragraphSchema).min(1),
  /** Other headlines listed with the article (the sample's wire list); may be empty. */
  relatedHeadlines: z.array(z.string().min(1).max(300)).max(100),
  stats: readingStatsSchema,
  glossary: z.array(glossaryEntrySchema),
});
export type Article = z.infer<typeof articleSchema>;

/** What a parser or importer produces before sentences, stats and glossary are derived. */
export const articleDraftSchema = articleMetaSchema.extend({
  slug: slugSchema.optional(),
  headline: z.string().min(1).max(300),
  paragraphs: z.array(z.string().min(1)).min(1),
  relatedHeadlines: z.array(z.string().min(1).max(300)).max(100).default([]),
});
export type ArticleDraft = z.input<typeof articleDraftSchema>;
