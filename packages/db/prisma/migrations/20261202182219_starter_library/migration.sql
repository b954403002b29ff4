-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "headline" TEXT NOT NULL,
    "source" TEXT,
    "author" TEXT,
    "publishedAt" TEXT,
    "url" TEXT,
    "ownerId" TEXT,
    "paragraphs" TEXT NOT NULL,
    "relatedHeadlines" TEXT NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "readingMinutes" INTEGER NOT NULL,
    "gradeLevel" REAL NOT NULL,
    "level" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    "searchText" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL DEFAULT 'other',
    "sourceUrl" TEXT,
    "licenseName" TEXT,
    "licenseUrl" TEXT,
    CONSTRAINT "Article_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Article" ("author", "contentHash", "createdAt", "deletedAt", "gradeLevel", "headline", "id", "level", "ownerId", "paragraphs", "publishedAt", "readingMinutes", "relatedHeadlines", "searchText", "slug", "source", "updatedAt", "url", "wordCount") SELECT "author", "contentHash", "createdAt", "deletedAt", "gradeLevel", "headline", "id", "level", "ownerId", "paragraphs", "publishedAt", "readingMinutes", "relatedHeadlines", "searchText", "slug", "source", "updatedAt", "url", "wordCount" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");
CREATE INDEX "Article_ownerId_idx" ON "Article"("ownerId");
CREATE INDEX "Article_deletedAt_idx" ON "Article"("deletedAt");
CREATE INDEX "Article_ownerId_deletedAt_createdAt_idx" ON "Article"("ownerId", "deletedAt", "createdAt");
CREATE INDEX "Article_ownerId_deletedAt_gradeLevel_idx" ON "Article"("ownerId", "deletedAt", "gradeLevel");
CREATE INDEX "Article_ownerId_deletedAt_wordCount_idx" ON "Article"("ownerId", "deletedAt", "wordCount");
CREATE INDEX "Article_ownerId_deletedAt_kind_createdAt_idx" ON "Article"("ownerId", "deletedAt", "kind", "createdAt");
CREATE INDEX "Article_ownerId_deletedAt_kind_gradeLevel_idx" ON "Article"("ownerId", "deletedAt", "kind", "gradeLevel");
CREATE INDEX "Article_ownerId_deletedAt_kind_wordCount_idx" ON "Article"("ownerId", "deletedAt", "kind", "wordCount");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
