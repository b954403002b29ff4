import { createHash } from "node:crypto";
import { z } from "zod";
import { buildArticle, readingLevelSchema, type Article, type ArticleDraft } from "@newsquiz/article";
import { SAMPLE_ARTICLE_TEXT, sampleArticle } from "@newsquiz/article/samples";
import type { Db } from "./client";
import { searchTextOf } from "./search-text";
import type { Article as ArticleRow } from "./generated/prisma/client";

/** sha256 (hex) of a text, used as an article's `contentHash`. */
export function contentHashOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The article's slug is already used by an article of another owner (or a public one). */
export class ArticleSlugTakenError extends Error {
  override name = "ArticleSlugTakenError";
  constructor(readonly slug: string) {
    super(`An article with the address "${slug}" already exists; choose another slug.`);
  }
}

/** A stored row whose JSON columns cannot be read back (hand-edited or corrupt database). */
export class ArticleRowError extends Error {
  override name = "ArticleRowError";
}

export interface UpsertArticleOptions {
  /** Owner of a private article; null or omitted = public. */
  ownerId?: string | null;
  /** sha256 of the source text the article was built from (see contentHashOf). */
  contentHash: string;
}

/** The columns an article's text and stats are stored in (everything but slug and owner). */
export function articleRowData(article: Article, contentHash: string) {
  return {
    headline: article.headline,
    source: article.source ?? null,
    author: article.author ?? null,
    publishedAt: article.publishedAt ?? null,
    url: article.url ?? null,
    paragraphs: JSON.stringify(article.paragraphs.map((paragraph) => paragraph.text)),
    relatedHeadlines: JSON.stringify(article.relatedHeadlines),
    wordCount: article.stats.wordCount,
    readingMinutes: article.stats.readingMinutes,
    gradeLevel: article.stats.gradeLevel,
    level: article.stats.level,
    contentHash,
    searchText: searchTextOf(article.headline, article.paragraphs.map((paragraph) => paragraph.text)),
  };
}

/**
 * Stores an article under its slug: creates it, or replaces the stored text and stats of the same owner's
 * article with that slug. Throws ArticleSlugTakenError if the slug belongs to another owner.
 * A soft-deleted article stays deleted.
 */
export async function upsertArticle(db: Db, article: Article, options: UpsertArticleOptions): Promise<ArticleRow> {
  const ownerId = options.ownerId ?? null;
  const data = articleRowData(article, options.contentHash);
  return db.$transaction(async (tx) => {
    const existing = await tx.article.findUnique({ where: { slug: article.slug }, select: { id: true, ownerId: true } });
    if (!existing) return tx.article.create({ data: { slug: article.slug, ownerId, ...data } });
    if (existing.ownerId !== ownerId) throw new ArticleSlugTakenError(article.slug);
    return tx.article.update({ where: { id: existing.id }, data });
  });
}

export interface EnsureSampleResult {
  article: ArticleRow;
  /** What this call did. */
  status: "created" | "updated" | "unchanged";
}

/**
 * Makes sure the public sample article is in the database and current: imports it when missing and
 * re-imports it when the sample text changed (its contentHash differs). Safe to call on every start.
 */
export async function ensureSampleArticle(db: Db): Promise<EnsureSampleResult> {
  const article = sampleArticle();
  const contentHash = contentHashOf(SAMPLE_ARTICLE_TEXT);
  const existing = await db.article.findUnique({ where: { slug: article.slug } });
  if (existing && existing.contentHash === contentHash && existing.ownerId === null) {
    return { article: existing, status: "unchanged" };
  }
  const row = await upsertArticle(db, article, { ownerId: null, contentHash });
  return { article: row, status: existing ? "updated" : "created" };
}

const stringListSchema = z.array(z.string());

function parseJsonList(row: ArticleRow, column: "paragraphs" | "relatedHeadlines"): string[] {
  let value: unknown;
  try {
    value = JSON.parse(row[column]);
  } catch (error) {
    throw new ArticleRowError(`Article "${row.slug}": column ${column} is not valid JSON.`, { cause: error });
  }
  const parsed = stringListSchema.safeParse(value);
  if (!parsed.success) {
    throw new ArticleRowError(`Article "${row.slug}": column ${column} is not a list of strings.`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * Rebuilds the article model from a stored row (sentences, stats and glossary are derived again by
 * @newsquiz/article's buildArticle, so they follow the current article code).
 */
export function toArticle(row: ArticleRow): Article {
  const draft: ArticleDraft = {
    slug: row.slug,
    headline: row.headline,
    paragraphs: parseJsonList(row, "paragraphs"),
    relatedHeadlines: parseJsonList(row, "relatedHeadlines"),
  };
  if (row.source !== null) draft.source = row.source;
  if (row.author !== null) draft.author = row.author;
  if (row.publishedAt !== null) draft.publishedAt = row.publishedAt;
  if (row.url !== null) draft.url = row.url;
  return buildArticle(draft);
}

/** The reading level column as the article model's enum (unknown values read as "Standard"). */
/** The paragraph texts stored for an article, without rebuilding the whole model (for lists and search). */
export function rowParagraphs(row: ArticleRow): string[] {
  return parseJsonList(row, "paragraphs");
}

export function rowReadingLevel(row: Pick<ArticleRow, "level">): Article["stats"]["level"] {
  const parsed = readingLevelSchema.safeParse(row.level);
  return parsed.success ? parsed.data : "Standard";
}
