-- CreateTable
CREATE TABLE "CacheTag" (
    "tag" TEXT NOT NULL,
    "expiredAt" BIGINT NOT NULL,
    "staleAt" BIGINT,
    "changedAt" BIGINT NOT NULL,

    CONSTRAINT "CacheTag_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "CacheTag_changedAt_idx" ON "CacheTag"("changedAt");
