/**
 * The library's full-text index and how to ask it, on each database. The index is built from
 * `Article.searchText` (searchTextOf: folded words separated by spaces) by the migration
 * `20261203003000_library_full_text_search`:
 *
 * - SQLite: the FTS5 table `ArticleSearch` (external content: it indexes `Article.searchText` by the article's
 *   rowid and stores no copy of the text; tokenizer `unicode61 remove_diacritics 2`; prefix indexes of 2 and 3
 *   characters), kept right by triggers on `Article` (insert, delete, update of `searchText`).
 * - PostgreSQL: the table `ArticleSearch` ("articleId", "document" = to_tsvector('simple', "searchText"), a GIN
 *   index on "document"), kept right by the trigger `Article_search_sync` (insert, update of `searchText`; a
 *   deleted article's row goes with it by its foreign key). `simple` (lower case, no stemming, no stop words)
 *   because the text is already folded, because it finds the same words FTS5 finds (English stemming would make
 *   `running` find `run` on one database only), and because imports may be in any language.
 *
 * Prisma models neither: the tables are declared external to Prisma Migrate (SEARCH_INDEX_TABLES).
 */
import { Prisma } from "./generated/prisma/client";
import type { DbProvider } from "./provider/provider";
import { searchTokensOf } from "./search-text";

/** The search index's tables on each database (SQLite: FTS5's table and its shadow tables): not Prisma's to create, change or drop. */
export const SEARCH_INDEX_TABLES: Record<DbProvider, readonly string[]> = {
  sqlite: ["ArticleSearch", "ArticleSearch_config", "ArticleSearch_data", "ArticleSearch_docsize", "ArticleSearch_idx"],
  postgresql: ["ArticleSearch"],
};

/** A search asks for at most this many words (the rest of a long query is ignored). */
export const MAX_SEARCH_WORDS = 10;
/** A word this long or longer also matches the words it begins (`vladi` finds `Vladivostok`); a single letter only itself. */
const PREFIX_FROM_LENGTH = 2;

/**
 * A query as the index is asked it: each typed word (cut at white space) is the list of the index's words it
 * holds (`covid-19` → `covid`, `19`; `don't` → `don`, `t`); words without a letter or digit (`-`, `*`, `"`)
 * drop out. Every word must match (AND); the last index word of each also matches as a prefix. Nothing the
 * user types is ever passed on as FTS5 or tsquery syntax: `AND`, `OR`, `NOT`, `NEAR` are plain words here.
 */
export function searchTermsOf(query: string): string[][] {
  return query
    .split(/\s+/)
    .map((word) => searchTokensOf(word))
    .filter((tokens) => tokens.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}

const isPrefix = (token: string) => [...token].length >= PREFIX_FROM_LENGTH;

/**
 * FTS5 query text: each word a quoted string (a phrase of its index words, `*` = prefix on the last), joined by
 * spaces (AND). The tokens hold letters and digits only, so no quote or operator can reach the FTS5 parser.
 */
export function fts5QueryOf(terms: readonly (readonly string[])[]): string {
  return terms.map((tokens) => `"${tokens.join(" ")}"${isPrefix(tokens.at(-1)!) ? " *" : ""}`).join(" ");
}

/** PostgreSQL tsquery text: each word its index words in sequence (`<->`), `:*` = prefix on the last, joined by `&`. */
export function tsQueryOf(terms: readonly (readonly string[])[]): string {
  return terms
    .map((tokens) => {
      const parts = tokens.map((token, i) => (i === tokens.length - 1 && isPrefix(token) ? `${token}:*` : token));
      return parts.length > 1 ? `(${parts.join(" <-> ")})` : parts[0]!;
    })
    .join(" & ");
}

/**
 * An SQL condition on the `"Article"` table (not aliased): its search text holds every term, answered by the
 * provider's full-text index. `terms` must not be empty (a query with no word matches nothing: ask nothing).
 */
export function articleMatches(provider: DbProvider, terms: readonly (readonly string[])[]): Prisma.Sql {
  if (terms.length === 0) throw new Error("articleMatches: a search needs at least one word");
  if (provider === "postgresql") {
    return Prisma.sql`"Article"."id" IN (SELECT "articleId" FROM "ArticleSearch" WHERE "document" @@ to_tsquery('simple'::regconfig, ${tsQueryOf(terms)}))`;
  }
  return Prisma.sql`"Article".rowid IN (SELECT rowid FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${fts5QueryOf(terms)})`;
}
