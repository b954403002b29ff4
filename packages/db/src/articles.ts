import { createHash } from "node:crypto";
import { z } from "zod";
import { buildArticle, readingLevelSchema, type Article, type ArticleDraft, type ArticleKind, type License } from "@newsquiz/article";
import { SAMPLE_ARTICLE_TEXT, sampleArticle } from "@newsquiz/article/samples";
import type { Db } from "./client";
import { searchTextOf } from "./search-text";
import { Prisma, type Article as ArticleRow } from "./generated/prisma/client";

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
  /** What this call did ("unchanged" too when another process created it at the same moment). */
  status: "created" | "updated" | "unchanged";
}

/** What a public article of the app's own (the sample, the starter library) is stored with besides its text. */
export interface PublicArticleExtras {
  kind: ArticleKind;
  sourceUrl?: string | null;
  license?: License | null;
  /** For a new row only: where it sorts in the library (newest first). */
  createdAt?: Date;
}

export type EnsurePublicResult = EnsureSampleResult | { article: ArticleRow; status: "slug-taken" };

const isUniqueViolation = (error: unknown): boolean => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Makes sure a public article of the app's own is stored and current: creates it when missing, rewrites its
 * text and metadata when the stored `contentHash` or metadata differ, leaves it alone otherwise (and never
 * revives a soft-deleted one). Race-safe across processes and nodes on SQLite and PostgreSQL: the slug is
 * unique, so when several start at once one insert wins and the others read the winner's row back.
 * A slug already used by someone's private import is left to them ("slug-taken").
 */
export async function ensurePublicArticle(db: Db, article: Article, contentHash: string, extras: PublicArticleExtras): Promise<EnsurePublicResult> {
  const data = {
    ...articleRowData(article, contentHash),
    kind: extras.kind,
    sourceUrl: extras.sourceUrl ?? null,
    licenseName: extras.license?.name ?? null,
    licenseUrl: extras.license?.url ?? null,
  };
  const current = (row: ArticleRow) =>
    row.contentHash === data.contentHash &&
    row.kind === data.kind &&
    row.sourceUrl === data.sourceUrl &&
    row.licenseName === data.licenseName &&
    row.licenseUrl === data.licenseUrl &&
    row.source === data.source &&
    row.author === data.author &&
    row.url === data.url &&
    row.publishedAt === data.publishedAt;
  const existing = await db.article.findUnique({ where: { slug: article.slug } });
  if (existing) {
    if (existing.ownerId !== null) return { article: existing, status: "slug-taken" };
    if (current(existing)) return { article: existing, status: "unchanged" };
    return { article: await db.article.update({ where: { id: existing.id }, data }), status: "updated" };
  }
  try {
    const created = await db.article.create({ data: { slug: article.slug, ownerId: null, ...data, ...(extras.createdAt ? { createdAt: extras.createdAt } : {}) } });
    return { article: created, status: "created" };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.article.findUnique({ where: { slug: article.slug } });
    if (!winner) throw error;
    return { article: winner, status: winner.ownerId === null ? "unchanged" : "slug-taken" };
  }
}

/**
 * Makes sure the public sample article is in the database and current: imports it when missing and
 * re-imports it when the sample text changed (its contentHash differs). Safe to call on every start, from
 * several nodes at once.
 */
export async function ensureSampleArticle(db: Db): Promise<EnsureSampleResult> {
  const result = await ensurePublicArticle(db, sampleArticle(), contentHashOf(SAMPLE_ARTICLE_TEXT), { kind: "news" });
  // Imported articles' slugs always end in a random suffix, so only a hand-made row can hold the sample's.
  if (result.status === "slug-taken") throw new ArticleSlugTakenError(result.article.slug);
  return result;
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
