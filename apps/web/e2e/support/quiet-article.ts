import { test } from "@playwright/test";
import { parseArticleText } from "@newsquiz/article";
import { NO_QUIZ_TEXT } from "@newsquiz/article/testing";
import { contentHashOf, upsertArticle } from "@newsquiz/db";
import { connectE2eDb } from "./database";

const db = connectE2eDb();

/**
 * Stores a text the engine finds nothing to ask about (NO_QUIZ_TEXT) as a public article under a slug of this test run;
 * returns where to read it, and `remove`, which takes it out of the library again (deleted as the app deletes: marked,
 * so rows that point at it stay valid) — the library's own tests count the public texts, whichever spec runs first.
 */
export async function quietArticle(name: string): Promise<{ slug: string; path: string; remove: () => Promise<void> }> {
  const slug = `${name}-r${test.info().retry}-${process.pid}`;
  await upsertArticle(db(), { ...parseArticleText(NO_QUIZ_TEXT), slug }, { ownerId: null, contentHash: contentHashOf(slug) });
  const remove = async (): Promise<void> => {
    await db().article.updateMany({ where: { slug }, data: { deletedAt: new Date() } });
  };
  return { slug, path: `/articles/${slug}`, remove };
}
