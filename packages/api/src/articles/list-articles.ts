import { articleMatches, dbProvider, Prisma, rowReadingLevel, searchTermsOf, type Db } from "@newsquiz/db";
import { articleKindSchema, splitSentences, type ArticleKind, type ReadingLevel } from "@newsquiz/article";
import { z } from "zod";

export interface ArticleCard {
  slug: string;
  headline: string;
  firstLine: string;
  source: string | null;
  wordCount: number;
  readingMinutes: number;
  level: ReadingLevel;
  kind: ArticleKind;
  imported: boolean;
  progress: { ratio: number; finished: boolean } | null;
}

/** The library's orders: newest first (the default), by reading level, by length. */
export const librarySortSchema = z.enum(["newest", "easiest", "hardest", "shortest", "longest"]);
export type LibrarySort = z.infer<typeof librarySortSchema>;

/** The column each order sorts on, and its direction (ties: the id, in the same direction). */
const SORTS = {
  newest: { column: "createdAt", direction: "desc" },
  easiest: { column: "gradeLevel", direction: "asc" },
  hardest: { column: "gradeLevel", direction: "desc" },
  shortest: { column: "wordCount", direction: "asc" },
  longest: { column: "wordCount", direction: "desc" },
} as const satisfies Record<LibrarySort, { column: "createdAt" | "gradeLevel" | "wordCount"; direction: "asc" | "desc" }>;

/** Cards on one page of the library. */
export const LIBRARY_PAGE_SIZE = 24;

export interface LibraryPage {
  cards: ArticleCard[];
  /** 1-based. */
  page: number;
  pageCount: number;
  /** Articles matching (all pages). */
  total: number;
}

/**
 * What a visitor may see, as separate filters that each match an (ownerId, deletedAt[, kind], order column)
 * index by equality: public articles, and the viewer's own imports. (One `ownerId IS NULL OR ownerId = ?`
 * filter makes the database read every row instead.) Never deleted ones; only the kind asked for.
 */
function visibleParts(viewerId: string | null, kind?: ArticleKind): Prisma.ArticleWhereInput[] {
  const owners: Array<string | null> = viewerId ? [null, viewerId] : [null];
  return owners.map((ownerId) => ({ ownerId, deletedAt: null, ...(kind ? { kind } : {}) }));
}

const cardColumns = {
  id: true,
  slug: true,
  headline: true,
  paragraphs: true,
  source: true,
  wordCount: true,
  readingMinutes: true,
  level: true,
  kind: true,
  ownerId: true,
} satisfies Prisma.ArticleSelect;
type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardColumns }>;

function firstLineOf(row: CardRow): string {
  let first = "";
  try {
    first = (JSON.parse(row.paragraphs) as string[])[0] ?? "";
  } catch {
    first = "";
  }
  return first ? (splitSentences(first)[0]?.text ?? "") : "";
}

function toCard(row: CardRow, progress: ArticleCard["progress"]): ArticleCard {
  return {
    slug: row.slug,
    headline: row.headline,
    firstLine: firstLineOf(row),
    source: row.source,
    wordCount: row.wordCount,
    readingMinutes: row.readingMinutes,
    level: rowReadingLevel(row),
    kind: articleKindSchema.catch("other").parse(row.kind),
    imported: row.ownerId !== null,
    progress,
  };
}

export interface ListArticlesOptions {
  /** Whose imports and reading progress to include; null = public articles only, no progress (the same for everyone). */
  viewerId: string | null;
  search?: string;
  /** Only articles of this kind (default: every kind). */
  kind?: ArticleKind;
  /** Default "newest". */
  sort?: LibrarySort;
  /** 1-based page (past the last page gives an empty page). */
  page?: number;
}

/** The ids of one page of what the viewer may see, in the order asked for, and how many there are in all. */
interface PageIds {
  ids: string[];
  total: number;
}

/**
 * Without a search: each visible part's first ids up to this page, read in index order; merged, the page is the
 * last LIBRARY_PAGE_SIZE of them.
 */
async function browsePage(db: Db, { viewerId, kind, sort, page }: { viewerId: string | null; kind?: ArticleKind; sort: LibrarySort; page: number }): Promise<PageIds> {
  const parts = visibleParts(viewerId, kind);
  const upTo = page * LIBRARY_PAGE_SIZE;
  const { column, direction } = SORTS[sort];
  const orderBy = [{ [column]: direction }, { id: direction }] as Prisma.ArticleOrderByWithRelationInput[];
  const sign = direction === "asc" ? 1 : -1;
  const keyOf = (row: { createdAt: Date; gradeLevel: number; wordCount: number }) => (column === "createdAt" ? row.createdAt.getTime() : row[column]);
  const [counts, heads] = await Promise.all([
    Promise.all(parts.map((where) => db.article.count({ where }))),
    Promise.all(parts.map((where) => db.article.findMany({ where, select: { id: true, createdAt: true, gradeLevel: true, wordCount: true }, orderBy, take: upTo }))),
  ]);
  const ids = heads
    .flat()
    .sort((a, b) => sign * (keyOf(a) - keyOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    .slice((page - 1) * LIBRARY_PAGE_SIZE, upTo)
    .map((row) => row.id);
  return { ids, total: counts.reduce((sum, n) => sum + n, 0) };
}

/**
 * With a search: the database's full-text index (@newsquiz/db's articleMatches) finds the articles holding every
 * word, then the same visibility rules as browsing (public, or the viewer's own; never deleted; the kind asked
 * for) and the same order, ties broken by id. A query with no word in it (only `*`, `-` or quotes) finds nothing.
 */
async function searchPage(db: Db, { viewerId, search, kind, sort, page }: { viewerId: string | null; search: string; kind?: ArticleKind; sort: LibrarySort; page: number }): Promise<PageIds> {
  const terms = searchTermsOf(search);
  if (terms.length === 0) return { ids: [], total: 0 };
  const { column, direction } = SORTS[sort];
  const where = Prisma.sql`${articleMatches(dbProvider(db), terms)}
    AND "Article"."deletedAt" IS NULL
    AND ${viewerId ? Prisma.sql`("Article"."ownerId" IS NULL OR "Article"."ownerId" = ${viewerId})` : Prisma.sql`"Article"."ownerId" IS NULL`}
    ${kind ? Prisma.sql`AND "Article"."kind" = ${kind}` : Prisma.empty}`;
  // column and direction come from SORTS, never from the request
  const order = Prisma.raw(`"Article"."${column}" ${direction.toUpperCase()}, "Article"."id" ${direction.toUpperCase()}`);
  const [counted, rows] = await Promise.all([
    db.$queryRaw<Array<{ total: bigint | number }>>`SELECT COUNT(*) AS total FROM "Article" WHERE ${where}`,
    db.$queryRaw<Array<{ id: string }>>`SELECT "Article"."id" FROM "Article" WHERE ${where} ORDER BY ${order} LIMIT ${LIBRARY_PAGE_SIZE} OFFSET ${(page - 1) * LIBRARY_PAGE_SIZE}`,
  ]);
  return { ids: rows.map((row) => row.id), total: Number(counted[0]?.total ?? 0) };
}

/**
 * A page of the library in the order asked for (newest first by default), found and paged by the database:
 * an index on the order's column behind owner, deletion and kind serves each order, and a full-text index
 * (FTS5 on SQLite, a GIN tsvector index on PostgreSQL) serves search.
 */
export async function listArticlesPage(db: Db, { viewerId, search, kind, sort = "newest", page = 1 }: ListArticlesOptions): Promise<LibraryPage> {
  const current = Math.max(1, Math.floor(page));
  const { ids: pageIds, total } = search?.trim()
    ? await searchPage(db, { viewerId, search, kind, sort, page: current })
    : await browsePage(db, { viewerId, kind, sort, page: current });
  const order = new Map(pageIds.map((id, i) => [id, i]));
  const rows = pageIds.length
    ? (await db.article.findMany({ where: { id: { in: pageIds } }, select: cardColumns })).sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    : [];
  const progressRows = viewerId && rows.length ? await db.readingProgress.findMany({ where: { userId: viewerId, articleId: { in: rows.map((r) => r.id) } } }) : [];
  const progressByArticle = new Map(progressRows.map((p) => [p.articleId, { ratio: p.furthestRatio, finished: p.finishedAt !== null }]));
  return {
    cards: rows.map((row) => toCard(row, progressByArticle.get(row.id) ?? null)),
    page: current,
    pageCount: Math.max(1, Math.ceil(total / LIBRARY_PAGE_SIZE)),
    total,
  };
}

/** The first page of what a visitor may see (kept for callers that want just the cards). */
export async function listArticles(db: Db, userId: string | null, search?: string): Promise<ArticleCard[]> {
  return (await listArticlesPage(db, { viewerId: userId, search })).cards;
}

/**
 * What is the reader's own in the library, loaded by their browser beside the page that is the same for
 * everyone: their imported articles (newest first, up to a page) and their reading progress by slug.
 */
export async function readerLibrary(db: Db, userId: string): Promise<{ imported: ArticleCard[]; progress: Record<string, { ratio: number; finished: boolean }> }> {
  const [imported, progressRows] = await Promise.all([
    db.article.findMany({ where: { ownerId: userId, deletedAt: null }, select: cardColumns, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LIBRARY_PAGE_SIZE }),
    db.readingProgress.findMany({ where: { userId }, select: { furthestRatio: true, finishedAt: true, article: { select: { slug: true } } }, orderBy: { updatedAt: "desc" }, take: 500 }),
  ]);
  const progress = Object.fromEntries(progressRows.map((p) => [p.article.slug, { ratio: p.furthestRatio, finished: p.finishedAt !== null }]));
  return { imported: imported.map((row) => toCard(row, progress[row.slug] ?? null)), progress };
}
