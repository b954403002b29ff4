-- CreateTable
CREATE TABLE "NoQuizVerdict" (
    "articleId" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "articleUpdatedAt" DATETIME NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("articleId", "engineVersion"),
    CONSTRAINT "NoQuizVerdict_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
