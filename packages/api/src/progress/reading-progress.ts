import type { Db } from "@newsquiz/db";
import { rowParagraphs } from "@newsquiz/db";
import { getVisibleArticleRow } from "../articles/get-article";

export interface ReadingProgressView {
  /** Index of the furthest paragraph the reader reached. */
  paragraph: number;
  /** Share of the article read, 0..1. */
  ratio: number;
  finishedAt: Date | null;
  updatedAt: Date;
}

export async function getProgress(db: Db, { userId, slug }: { userId: string | null; slug: string }): Promise<ReadingProgressView | null> {
  if (!userId) return null;
  const article = await getVisibleArticleRow(db, { slug, userId });
  const row = await db.readingProgress.findUnique({ where: { userId_articleId: { userId, articleId: article.id } } });
  return row ? { paragraph: row.furthestParagraph, ratio: row.furthestRatio, finishedAt: row.finishedAt, updatedAt: row.updatedAt } : null;
}

export interface SaveProgressInput {
  slug: string;
  paragraph: number;
  ratio: number;
  finished?: boolean;
}

/**
 * Records how far a reader got. Progress only moves forward (scrolling back up to re-read keeps the
 * furthest point), and "finished" is kept once set.
 */
export async function saveProgress(db: Db, userId: string, input: SaveProgressInput): Promise<ReadingProgressView> {
  // Saved on scroll: the stored row is enough (its id and paragraph count), no need to rebuild the model.
  const article = await getVisibleArticleRow(db, { slug: input.slug, userId });
  const lastParagraph = rowParagraphs(article).length - 1;
  const paragraph = Math.min(Math.max(0, input.paragraph), lastParagraph);
  const ratio = Math.min(Math.max(0, input.ratio), 1);
  const key = { userId_articleId: { userId, articleId: article.id } };
  const row = await db.$transaction(async (tx) => {
    const existing = await tx.readingProgress.findUnique({ where: key });
    const finishedAt = existing?.finishedAt ?? (input.finished ? new Date() : null);
    return tx.readingProgress.upsert({
      where: key,
      create: { userId, articleId: article.id, furthestParagraph: paragraph, furthestRatio: ratio, finishedAt },
      update: {
        furthestParagraph: Math.max(existing?.furthestParagraph ?? 0, paragraph),
        furthestRatio: Math.max(existing?.furthestRatio ?? 0, ratio),
        finishedAt,
      },
    });
  });
  return { paragraph: row.furthestParagraph, ratio: row.furthestRatio, finishedAt: row.finishedAt, updatedAt: row.updatedAt };
}
