import type { Db } from "./client";

/** Lower-case, accents stripped, curly apostrophes straightened: what library search compares. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** The stored `Article.searchText`: headline and text folded, so the database can match words on both providers. */
export function searchTextOf(headline: string, paragraphs: readonly string[]): string {
  return foldForSearch(`${headline}\n${paragraphs.join("\n")}`);
}

/** The words of a query as the database compares them (folded; `%` `_` `\` dropped: they are LIKE syntax). */
export function searchWordsOf(query: string): string[] {
  return foldForSearch(query)
    .replace(/[%_\\]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10);
}

/** Fills `searchText` for rows written before the column existed (run by `migrate deploy`); returns how many. */
export async function backfillSearchText(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.article.findMany({ where: { searchText: "" }, select: { id: true, headline: true, paragraphs: true }, take: 200 });
    if (rows.length === 0) return done;
    for (const row of rows) {
      let paragraphs: string[] = [];
      try {
        paragraphs = JSON.parse(row.paragraphs) as string[];
      } catch {
        paragraphs = [];
      }
      // a headline alone still folds to something, so the row is not picked again
      await db.article.update({ where: { id: row.id }, data: { searchText: searchTextOf(row.headline, paragraphs) || " " } });
      done++;
    }
  }
}
