-- Library search through a full-text index (FTS5), see src/search-index.ts.
-- Prisma cannot model an FTS5 table or triggers: "ArticleSearch" and its shadow tables are declared external
-- to Prisma Migrate (SEARCH_INDEX_TABLES), so `migrate:check` and `migrate:create` leave them alone.
-- A later migration that rebuilds "Article" (Prisma's RedefineTables: copy into "new_Article", DROP, RENAME)
-- drops these triggers and may renumber rowids: it must end by creating the three triggers again and running
-- the 'rebuild' below (the search-index tests fail when the triggers are missing).

-- "searchText" is now words separated by single spaces, and `migrate` (deploy) fills it in again (backfillSearchText).
UPDATE "Article" SET "searchText" = '';

-- External content: the index reads "Article"."searchText" by rowid and stores no second copy of the text.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
    "searchText",
    content='Article',
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);
INSERT INTO "ArticleSearch"("ArticleSearch") VALUES ('rebuild');

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
    INSERT INTO "ArticleSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
END;
CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "searchText" ON "Article" BEGIN
    INSERT INTO "ArticleSearch"("ArticleSearch", rowid, "searchText") VALUES ('delete', old.rowid, old."searchText");
    INSERT INTO "ArticleSearch"(rowid, "searchText") VALUES (new.rowid, new."searchText");
END;
