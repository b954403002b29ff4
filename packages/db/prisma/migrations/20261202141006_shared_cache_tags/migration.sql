-- CreateTable
CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "expiredAt" BIGINT NOT NULL,
    "staleAt" BIGINT,
    "changedAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "CacheTag_changedAt_idx" ON "CacheTag"("changedAt");
