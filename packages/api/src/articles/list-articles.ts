import { articleMatches, dbProvider, Prisma, rowReadingLevel, searchTermsOf, type Db } from "@newsquiz/db";
import { articleKindSchema, splitSentences, type ArticleKind, type ReadingLevel } from "@newsquiz/article";
import { z } from "zod";
import { articlesWithNoQuiz } from "../quizzes/no-quiz-verdicts";

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
  /**
   * The engine has worked out that it finds nothing to ask about this text (its current text, the running engine):
   * the card says "No quiz". False when it has a quiz, or when that is not known yet (nothing is worked out here).
   */
  noQuiz: boolean;
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

/** Whose articles a visitor may see: public ones (null), and their own imports. */
function ownersVisibleTo(viewerId: string | null): Array<string | null> {
  return viewerId ? [null, viewerId] : [null];
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
  updatedAt: true,
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

function toCard(row: CardRow, progress: ArticleCard["progress"], noQuiz: ReadonlySet<string>): ArticleCard {
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
    noQuiz: noQuiz.has(row.id),
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

/**
 * One visible part of the library (public articles, or the viewer's own imports): how many there are, and the
 * first `take` of them in the order asked for, each with the value it is sorted by.
 */
interface LibraryPart {
  read: (take: number) => Promise<{ count: number; head: Array<{ id: string; key: number }> }>;
}

interface PageRequest {
  viewerId: string | null;
  kind?: ArticleKind;
  sort: LibrarySort;
}

/**
 * Browsing: each part a filter that matches an (ownerId, deletedAt[, kind], order column) index by equality (one
 * `ownerId IS NULL OR ownerId = ?` filter makes the database read every row instead). Never deleted ones.
 */
function browseParts(db: Db, { viewerId, kind, sort }: PageRequest): LibraryPart[] {
  const { column, direction } = SORTS[sort];
  const orderBy = [{ [column]: direction }, { id: direction }] as Prisma.ArticleOrderByWithRelationInput[];
  return ownersVisibleTo(viewerId).map((ownerId) => {
    const where: Prisma.ArticleWhereInput = { ownerId, deletedAt: null, ...(kind ? { kind } : {}) };
    return {
      read: async (take) => {
        const [count, rows] = await Promise.all([
          db.article.count({ where }),
          db.article.findMany({ where, select: { id: true, createdAt: true, gradeLevel: true, wordCount: true }, orderBy, take }),
        ]);
        return { count, head: rows.map((row) => ({ id: row.id, key: column === "createdAt" ? row.createdAt.getTime() : row[column] })) };
      },
    };
  });
}

/**
 * Searching: the same parts, each also asking the database's full-text index (@newsquiz/db's articleMatches)
 * for the articles holding every word. Per part, the order index is walked and each article checked against
 * the index's matches, so a common word stops after a page and a rare one reads index entries only (SQLite would
 * otherwise read each matching row, text and all, to sort it).
 */
function searchParts(db: Db, { viewerId, kind, sort }: PageRequest, terms: string[][]): LibraryPart[] {
  const { column, direction } = SORTS[sort];
  const provider = dbProvider(db);
  const matches = articleMatches(provider, terms);
  // column and direction come from SORTS, never from the request
  const order = Prisma.raw(`"Article"."${column}" ${direction.toUpperCase()}, "Article"."id" ${direction.toUpperCase()}`);
  const sortKey = Prisma.raw(`"Article"."${column}"`);
  return ownersVisibleTo(viewerId).map((ownerId) => {
    const where = Prisma.sql`${ownerId === null ? Prisma.sql`"Article"."ownerId" IS NULL` : Prisma.sql`"Article"."ownerId" = ${ownerId}`}
      AND "Article"."deletedAt" IS NULL ${kind ? Prisma.sql`AND "Article"."kind" = ${kind}` : Prisma.empty} AND ${matches}`;
    const count = db.$queryRaw<Array<{ n: bigint | number }>>`SELECT COUNT(*) AS n FROM "Article" WHERE ${where}`;
    const head = (take: number) =>
      db.$queryRaw<Array<{ id: string; key: Date | string | number | bigint }>>`SELECT "Article"."id" AS id, ${sortKey} AS key FROM "Article" WHERE ${where} ORDER BY ${order} LIMIT ${take}`;
    return {
      read: async (take) => {
        // PostgreSQL: the stored vectors live out of line (TOAST), so reading every one to test it costs far more
        // than the planner reckons, and for a word in most articles it would rather scan them all than ask the
        // GIN index (at 10,000 articles ~40 ms a statement instead of ~6 ms): sequential scans are priced out for
        // these two statements only.
        const [counted, rows] =
          provider === "postgresql"
            ? await db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, count, head(take)]).then(([, c, h]) => [c, h] as const)
            : await Promise.all([count, head(take)]);
        return {
          count: Number(counted[0]?.n ?? 0),
          // SQLite hands back a date as its stored ISO text, PostgreSQL as a Date
          head: rows.map((row) => ({ id: row.id, key: row.key instanceof Date || typeof row.key === "string" ? new Date(row.key).getTime() : Number(row.key) })),
        };
      },
    };
  });
}

/** Each part's first ids up to this page, from its index; merged in the order asked for (ties: the id), the page is the last LIBRARY_PAGE_SIZE of them. */
async function pageOf(parts: LibraryPart[], sort: LibrarySort, page: number): Promise<{ ids: string[]; total: number }> {
  const upTo = page * LIBRARY_PAGE_SIZE;
  const sign = SORTS[sort].direction === "asc" ? 1 : -1;
  const read = await Promise.all(parts.map((part) => part.read(upTo)));
  const ids = read
    .flatMap((part) => part.head)
    .sort((a, b) => sign * (a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    .slice((page - 1) * LIBRARY_PAGE_SIZE, upTo)
    .map((row) => row.id);
  return { ids, total: read.reduce((sum, part) => sum + part.count, 0) };
}

/**
 * A page of the library in the order asked for (newest first by default), found and paged by the database:
 * an index on the order's column behind owner, deletion and kind serves each order, and a full-text index
 * (FTS5 on SQLite, a GIN tsvector index on PostgreSQL) serves search. Each card says whether its text is known to
 * have no quiz (a stored verdict, read by primary key; never the engine).
 */
export async function listArticlesPage(db: Db, { viewerId, search, kind, sort = "newest", page = 1 }: ListArticlesOptions): Promise<LibraryPage> {
  const current = Math.max(1, Math.floor(page));
  const request = { viewerId, kind, sort };
  // a search with no word in it (only `*`, `-` or quotes) finds nothing
  const terms = search?.trim() ? searchTermsOf(search) : null;
  const { ids: pageIds, total } = terms?.length === 0 ? { ids: [], total: 0 } : await pageOf(terms ? searchParts(db, request, terms) : browseParts(db, request), sort, current);
  const order = new Map(pageIds.map((id, i) => [id, i]));
  const rows = pageIds.length
    ? (await db.article.findMany({ where: { id: { in: pageIds } }, select: cardColumns })).sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    : [];
  const [progressRows, noQuiz] = await Promise.all([
    viewerId && rows.length ? db.readingProgress.findMany({ where: { userId: viewerId, articleId: { in: rows.map((r) => r.id) } } }) : [],
    articlesWithNoQuiz(db, rows),
  ]);
  const progressByArticle = new Map(progressRows.map((p) => [p.articleId, { ratio: p.furthestRatio, finished: p.finishedAt !== null }]));
  return {
    cards: rows.map((row) => toCard(row, progressByArticle.get(row.id) ?? null, noQuiz)),
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
 * everyone: their imported articles (newest first, up to a page, each marked when it has no quiz) and their
 * reading progress by slug.
 */
export async function readerLibrary(db: Db, userId: string): Promise<{ imported: ArticleCard[]; progress: Record<string, { ratio: number; finished: boolean }> }> {
  const [imported, progressRows] = await Promise.all([
    db.article.findMany({ where: { ownerId: userId, deletedAt: null }, select: cardColumns, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: LIBRARY_PAGE_SIZE }),
    db.readingProgress.findMany({ where: { userId }, select: { furthestRatio: true, finishedAt: true, article: { select: { slug: true } } }, orderBy: { updatedAt: "desc" }, take: 500 }),
  ]);
  const progress = Object.fromEntries(progressRows.map((p) => [p.article.slug, { ratio: p.furthestRatio, finished: p.finishedAt !== null }]));
  const noQuiz = await articlesWithNoQuiz(db, imported);
  return { imported: imported.map((row) => toCard(row, progress[row.slug] ?? null, noQuiz)), progress };
}
