import type { ReaderArticle } from "./article-reader";

/**
 * The Pages Router renders a page from its props only, and its props go to the browser (here in the page's
 * `page-props` JSON, and in Next's `/_next/data/…json` for the address). The reader page's text must not go
 * there (it would be sent twice), so getStaticProps leaves the loaded
 * article here under a one-time key (the only prop besides the facts) and the server render reads it.
 * Both run in the server's process, one right after the other; an entry is dropped a minute later (the
 * render is long done by then). In the browser nothing is ever left here: the page keeps the server's markup.
 */
const handoff = new Map<string, ReaderArticle>();
const KEEP_MS = 60_000;

export function leaveForRender(article: ReaderArticle): string {
  const key = crypto.randomUUID();
  handoff.set(key, article);
  setTimeout(() => handoff.delete(key), KEEP_MS).unref();
  return key;
}

export function takeForRender(key: string): ReaderArticle | null {
  return handoff.get(key) ?? null;
}
