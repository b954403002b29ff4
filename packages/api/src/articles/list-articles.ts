import type { Db } from "@newsquiz/db";
import { rowParagraphs, rowReadingLevel } from "@newsquiz/db";
import { splitSentences, type ReadingLevel } from "@newsquiz/article";

export interface ArticleCard {
  slug: string;
  headline: string;
  firstLine: string;
  source: string | null;
  wordCount: number;
  readingMinutes: number;
  level: ReadingLevel;
  imported: boolean;
  progress: { ratio: number; finished: boolean } | null;
}

/** Lower-case, accents stripped, curly apostrophes straightened: what search compares. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** Every word of the query must appear in the headline or the text. */
export function matchesSearch(haystack: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const folded = foldForSearch(haystack);
  return words.every((w) => folded.includes(w));
}

/** What a visitor may see: public articles and their own imports, newest first, not deleted. */
export async function listArticles(db: Db, userId: string | null, search?: string): Promise<ArticleCard[]> {
  const rows = await db.article.findMany({
    where: { deletedAt: null, OR: userId ? [{ ownerId: null }, { ownerId: userId }] : [{ ownerId: null }] },
    orderBy: { createdAt: "desc" },
  });
  const progressRows = userId
    ? await db.readingProgress.findMany({ where: { userId, articleId: { in: rows.map((r) => r.id) } } })
    : [];
  const progressByArticle = new Map(progressRows.map((p) => [p.articleId, p]));
  const cards: ArticleCard[] = [];
  for (const row of rows) {
    // A card needs the stored stats, the text (for search) and the first sentence: no need to rebuild the
    // whole article model (sentences, stats, glossary) for every row on every library request.
    const paragraphs = rowParagraphs(row);
    if (search && !matchesSearch(`${row.headline}\n${paragraphs.join("\n")}`, search)) continue;
    const p = progressByArticle.get(row.id);
    cards.push({
      slug: row.slug,
      headline: row.headline,
      firstLine: paragraphs[0] ? (splitSentences(paragraphs[0])[0]?.text ?? "") : "",
      source: row.source,
      wordCount: row.wordCount,
      readingMinutes: row.readingMinutes,
      level: rowReadingLevel(row),
      imported: row.ownerId !== null,
      progress: p ? { ratio: p.furthestRatio, finished: p.finishedAt !== null } : null,
    });
  }
  return cards;
}
