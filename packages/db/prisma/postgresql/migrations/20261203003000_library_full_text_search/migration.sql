-- Library search through a full-text index, see src/search-index.ts: the words of "Article"."searchText" as a
-- stored tsvector in "ArticleSearch" (one row per article, GIN index), kept right by a trigger on "Article".
-- A stored tsvector, not an index on the expression to_tsvector("searchText"): a phrase (covid-19) or a word in
-- most articles then costs the stored vector, not parsing every candidate article's text again (seconds at 10,000).
-- Prisma cannot model a tsvector table or a trigger: "ArticleSearch" is declared external to Prisma Migrate
-- (SEARCH_INDEX_TABLES), so `migrate:check` and `migrate:create` leave it alone.

-- "searchText" is now words separated by single spaces, and `migrate` (deploy) fills it in again (backfillSearchText).
UPDATE "Article" SET "searchText" = '';

CREATE TABLE "ArticleSearch" (
    "articleId" TEXT NOT NULL,
    "document" TSVECTOR NOT NULL,
    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("articleId"),
    CONSTRAINT "ArticleSearch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");
INSERT INTO "ArticleSearch" ("articleId", "document") SELECT "id", to_tsvector('simple'::regconfig, "searchText") FROM "Article";

-- `simple`: the text is already folded, and it finds the same words as SQLite's FTS5 (no stemming, no stop words).
CREATE FUNCTION "article_search_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "ArticleSearch" ("articleId", "document") VALUES (NEW."id", to_tsvector('simple'::regconfig, NEW."searchText"))
    ON CONFLICT ("articleId") DO UPDATE SET "document" = EXCLUDED."document";
    RETURN NULL;
END
$$;
CREATE TRIGGER "Article_search_sync" AFTER INSERT OR UPDATE OF "searchText" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION "article_search_sync"();
