import { ArticleParseError } from "@newsquiz/article";
import type { Db } from "@newsquiz/db";
import { z } from "zod";
import { UserFacingError } from "../errors";
import { ImportError, type SafeFetchOptions } from "../import";
import { draftFromPage, fetchArticlePage } from "./import-article";
import { saveImportedArticle, type ImportedArticle } from "./save-imported-article";

export const feedItemInput = z.object({
  url: z.string().trim().min(1).max(2048),
  /** The feed's title: the source when the page names no publisher. */
  feedTitle: z.string().trim().max(200).optional(),
});

/** The steps of importing one feed item, in order. */
export type FeedItemStage = "fetch" | "parse" | "quiz";

export type FeedItemResult =
  | ({ ok: true } & ImportedArticle)
  | {
      ok: false;
      /** The step that failed. */
      stage: FeedItemStage;
      /** Why, in words for the reader. */
      message: string;
    };

function failure(stage: FeedItemStage, error: unknown): FeedItemResult {
  // (UserFacingError: e.g. "This text could not be quizzed" when the engine hits its time limit.)
  if (error instanceof ImportError || error instanceof ArticleParseError || error instanceof UserFacingError) return { ok: false, stage, message: error.message };
  return { ok: false, stage, message: stage === "quiz" ? "The article could not be saved with a quiz" : "Something went wrong with this item" };
}

/**
 * Imports one item of a feed: fetch the page, find the article, store it with its quiz. A failure is
 * returned (with the step and the reason) rather than thrown, so the reader's list of items goes on.
 */
export async function importFeedItem(
  db: Db,
  userId: string,
  input: z.infer<typeof feedItemInput>,
  options: Omit<SafeFetchOptions, "accept">,
): Promise<FeedItemResult> {
  let page: { url: string; html: string };
  try {
    page = await fetchArticlePage(input.url, options);
  } catch (error) {
    return failure("fetch", error);
  }
  let draft;
  try {
    draft = await draftFromPage(page, input.feedTitle || undefined);
  } catch (error) {
    return failure("parse", error);
  }
  try {
    return { ok: true, ...(await saveImportedArticle(db, userId, draft)) };
  } catch (error) {
    // A draft the article model refuses is still a parse problem; anything else happened while saving.
    if (error instanceof ArticleParseError) return failure("parse", error);
    if (error instanceof UserFacingError) return failure("quiz", error);
    console.error("Feed item import failed while saving:", error);
    return failure("quiz", error);
  }
}
