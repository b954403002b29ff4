-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Article_ownerId_deletedAt_createdAt_idx" ON "Article"("ownerId", "deletedAt", "createdAt");
