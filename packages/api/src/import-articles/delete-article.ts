import type { Db } from "@newsquiz/db";
import { notFound, UserFacingError } from "../errors";

/**
 * Removes an imported article from its owner's library (soft delete: the row stays, so past scores keep
 * their article and can say it was removed). Anyone but the owner is told the article does not exist,
 * so a private article's existence is never revealed; public articles cannot be deleted.
 */
export async function deleteArticle(db: Db, { userId, slug }: { userId: string; slug: string }): Promise<{ slug: string }> {
  const row = await db.article.findUnique({ where: { slug }, select: { id: true, ownerId: true, deletedAt: true } });
  if (!row || row.deletedAt) throw notFound("This article");
  if (row.ownerId === null) throw new UserFacingError("FORBIDDEN", "Articles in the shared library cannot be deleted.");
  if (row.ownerId !== userId) throw notFound("This article");
  await db.article.update({ where: { id: row.id }, data: { deletedAt: new Date() } });
  return { slug };
}
