import { test } from "@playwright/test";
import { parseArticleText } from "@newsquiz/article";
import { NO_QUIZ_TEXT } from "@newsquiz/article/testing";
import { contentHashOf, upsertArticle } from "@newsquiz/db";
import { connectE2eDb } from "./database";

const db = connectE2eDb();

/**
 * Stores a text the engine finds nothing to ask about (NO_QUIZ_TEXT) as a public article under a slug of this test run;
 * returns where to read it.
 */
export async function quietArticle(name: string): Promise<{ slug: string; path: string }> {
  const slug = `${name}-r${test.info().retry}-${process.pid}`;
  await upsertArticle(db(), { ...parseArticleText(NO_QUIZ_TEXT), slug }, { ownerId: null, contentHash: contentHashOf(slug) });
  return { slug, path: `/articles/${slug}` };
}
