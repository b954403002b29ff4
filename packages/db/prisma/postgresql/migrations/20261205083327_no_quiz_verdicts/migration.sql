-- CreateTable
CREATE TABLE "NoQuizVerdict" (
    "articleId" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "articleUpdatedAt" TIMESTAMP(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoQuizVerdict_pkey" PRIMARY KEY ("articleId","engineVersion")
);

-- AddForeignKey
ALTER TABLE "NoQuizVerdict" ADD CONSTRAINT "NoQuizVerdict_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
