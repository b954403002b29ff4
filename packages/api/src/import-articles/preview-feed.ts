import { z } from "zod";
import { fetchFeed, type FeedItem, type SafeFetchOptions } from "../import";
import { normalizeAddress } from "./import-article";

/** Items offered for import from one feed (newest first, as feeds list them). */
export const MAX_PREVIEW_ITEMS = 50;

export const feedPreviewInput = z.object({ url: z.string().trim().min(1, "Type the feed's address").max(2048, "This address is too long") });

export interface FeedPreview {
  title: string;
  /** The address the feed was read from. */
  url: string;
  items: FeedItem[];
  /** Items in the feed; more than `items.length` when it was cut to MAX_PREVIEW_ITEMS. */
  total: number;
}

/** Fetches an RSS or Atom feed under safeFetch's rules and lists its items for the reader to pick from. */
export async function previewFeed(url: string, options: Omit<SafeFetchOptions, "accept">): Promise<FeedPreview> {
  const address = normalizeAddress(url);
  const feed = await fetchFeed(address, options);
  return { title: feed.title, url: address, items: feed.items.slice(0, MAX_PREVIEW_ITEMS), total: feed.items.length };
}
