import { getDb } from "@newsquiz/db";

/**
 * Whether `slug` is someone's imported (private) article: one lookup by the unique slug. It says nothing
 * about who may read it (the page asks the API with the visitor's session for that); it only picks the page
 * that renders per request.
 */
export async function isPrivateArticle(slug: string): Promise<boolean> {
  const row = await getDb().article.findUnique({ where: { slug }, select: { ownerId: true, deletedAt: true } });
  return row !== null && row.ownerId !== null && row.deletedAt === null;
}
