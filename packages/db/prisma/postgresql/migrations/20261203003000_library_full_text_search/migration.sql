-- Library search through a full-text index (GIN on a tsvector), see src/search-index.ts.
-- An expression index: PostgreSQL keeps it right on every write, and Prisma's diff does not read expression
-- indexes, so `migrate:check` and `migrate:create` leave it alone. `simple`: the text is already folded, and it
-- finds the same words as SQLite's FTS5 (no stemming, no stop words).

-- "searchText" is now words separated by single spaces, and `migrate` (deploy) fills it in again (backfillSearchText).
UPDATE "Article" SET "searchText" = '';

CREATE INDEX "Article_searchText_fts_idx" ON "Article" USING GIN (to_tsvector('simple'::regconfig, "searchText"));
