import type { ArticleDraft } from "@newsquiz/article";
import { extractArticleFromHtml } from "./extract-article";
import { safeFetch, type SafeFetchOptions } from "./safe-fetch";

/**
 * Fetches a news page through safeFetch and extracts the article. The draft's url is the page's own
 * canonical address when it gives one, otherwise the address the page was fetched from (after redirects).
 */
export async function importFromUrl(url: string, options: Omit<SafeFetchOptions, "accept"> = {}): Promise<ArticleDraft> {
  const response = await safeFetch(url, { ...options, accept: "html" });
  return extractArticleFromHtml(response.body, { url: response.url });
}
