import { test } from "@playwright/test";
import { parseArticleText } from "@newsquiz/article";
import { contentHashOf, upsertArticle } from "@newsquiz/db";
import { connectE2eDb } from "./database";

// A text the question engine finds nothing in to ask about (no figures, dates, names or quotations; the api's
// quiz-availability test checks the engine gives no question on it): its pages say so instead of offering a quiz.
const QUIET_TEXT = [
  "A quiet afternoon in the garden",
  "The garden was calm and green after the rain.",
  "Some birds sang in the tall trees, and a cat slept in the warm grass.",
  "Later the wind rose a little, and the leaves moved softly over the path.",
].join("\n\n");

const db = connectE2eDb();

/** Stores the quiet text as a public article under a slug of this test run; returns where to read it. */
export async function quietArticle(name: string): Promise<{ slug: string; path: string }> {
  const slug = `${name}-r${test.info().retry}-${process.pid}`;
  await upsertArticle(db(), { ...parseArticleText(QUIET_TEXT), slug }, { ownerId: null, contentHash: contentHashOf(slug) });
  return { slug, path: `/articles/${slug}` };
}
