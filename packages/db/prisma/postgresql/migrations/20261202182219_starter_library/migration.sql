-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'other',
ADD COLUMN     "licenseName" TEXT,
ADD COLUMN     "licenseUrl" TEXT,
ADD COLUMN     "sourceUrl" TEXT;

-- CreateIndex
CREATE INDEX "Article_ownerId_deletedAt_gradeLevel_idx" ON "Article"("ownerId", "deletedAt", "gradeLevel");

-- CreateIndex
CREATE INDEX "Article_ownerId_deletedAt_wordCount_idx" ON "Article"("ownerId", "deletedAt", "wordCount");

-- CreateIndex
CREATE INDEX "Article_ownerId_deletedAt_kind_createdAt_idx" ON "Article"("ownerId", "deletedAt", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "Article_ownerId_deletedAt_kind_gradeLevel_idx" ON "Article"("ownerId", "deletedAt", "kind", "gradeLevel");

-- CreateIndex
CREATE INDEX "Article_ownerId_deletedAt_kind_wordCount_idx" ON "Article"("ownerId", "deletedAt", "kind", "wordCount");
