import type { ArticleRow, Db } from "@newsquiz/db";
import { toArticle } from "@newsquiz/db";
import { articleKindSchema, type Article, type ArticleKind, type License } from "@newsquiz/article";
import { notFound } from "../errors";
import { readsThroughClass } from "../classes/class-access";

/**
 * The stored row of an article this visitor may see. Public articles are visible to everyone; an imported
 * article only to the person who imported it and the classes it is assigned to (anyone else is told it does not exist).
 */
export async function getVisibleArticleRow(db: Db, { slug, userId }: { slug: string; userId: string | null }): Promise<ArticleRow> {
  const row = await db.article.findUnique({ where: { slug } });
  if (!row || row.deletedAt) throw notFound("This article");
  // an imported article: its owner, and the classes it is assigned to
  if (row.ownerId !== null && row.ownerId !== userId && !(userId && (await readsThroughClass(db, { articleId: row.id, userId })))) throw notFound("This article");
  return row;
}

/** An article as the reader shows it (the whole model), with the same visibility rule. */
export async function getArticle(db: Db, { slug, userId }: { slug: string; userId: string | null }): Promise<Article & { id: string; ownerId: string | null }> {
  const row = await getVisibleArticleRow(db, { slug, userId });
  return { ...toArticle(row), id: row.id, ownerId: row.ownerId };
}

/** Where a text comes from and under which terms, as the reader page shows it under the headline. */
export interface ArticleAttribution {
  kind: ArticleKind;
  /** The publisher's home page (the article's `source` names it). */
  sourceUrl: string | null;
  license: License | null;
}

export function attributionOf(row: ArticleRow): ArticleAttribution {
  return {
    kind: articleKindSchema.catch("other").parse(row.kind),
    sourceUrl: row.sourceUrl,
    license: row.licenseName && row.licenseUrl ? { name: row.licenseName, url: row.licenseUrl } : null,
  };
}

/** An article as the reader page shows it: the model, whether it is the visitor's own import, and its attribution. */
export async function getReaderArticle(db: Db, { slug, userId }: { slug: string; userId: string | null }): Promise<Article & ArticleAttribution & { imported: boolean }> {
  const row = await getVisibleArticleRow(db, { slug, userId });
  return { ...toArticle(row), ...attributionOf(row), imported: row.ownerId !== null };
}
