import type { Db } from "./client";

/** Lower-case, accents stripped, curly apostrophes straightened: what library search compares. */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

/** Anything that is not a letter or a digit separates two words for search. */
const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/u;

/** The words of a text as the search index holds them: folded, letters and digits only (`"Don’t!"` → `don`, `t`). */
export function searchTokensOf(text: string): string[] {
  return foldForSearch(text).split(NOT_A_WORD_CHARACTER).filter(Boolean);
}

/**
 * The stored `Article.searchText`: the headline's and the text's words (searchTokensOf) joined by single spaces.
 * Only letters, digits and spaces, so SQLite's FTS5 tokenizer and PostgreSQL's `simple` text-search parser
 * cut it into exactly the same words (PostgreSQL's parser would otherwise read `example.com`, `3.5` or an
 * e-mail address as one word where FTS5 sees two).
 */
export function searchTextOf(headline: string, paragraphs: readonly string[]): string {
  return searchTokensOf(`${headline}\n${paragraphs.join("\n")}`).join(" ");
}

/** Fills `searchText` for rows that have none (run by `migrate deploy`, e.g. after a migration reset it); returns how many. */
export async function backfillSearchText(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const rows = await db.article.findMany({ where: { searchText: "" }, select: { id: true, headline: true, paragraphs: true }, take: 200 });
    if (rows.length === 0) return done;
    // one transaction per batch: a commit (and a search-index update) per row made this minutes long at 10,000 articles
    await db.$transaction(
      rows.map((row) => {
        let paragraphs: string[] = [];
        try {
          paragraphs = JSON.parse(row.paragraphs) as string[];
        } catch {
          paragraphs = [];
        }
        // a row with no word at all gets a space, so it is not picked again
        return db.article.update({ where: { id: row.id }, data: { searchText: searchTextOf(row.headline, paragraphs) || " " } });
      }),
    );
    done += rows.length;
  }
}
