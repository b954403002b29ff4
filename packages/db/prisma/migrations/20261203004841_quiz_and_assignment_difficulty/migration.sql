-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "createdById" TEXT,
    "dueAt" DATETIME,
    "questionCount" INTEGER NOT NULL,
    "questionTypes" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "poolQuestions" TEXT NOT NULL,
    "poolAnswerKey" TEXT NOT NULL,
    "hiddenQuestions" TEXT NOT NULL DEFAULT '[]',
    "poolVersion" INTEGER NOT NULL DEFAULT 1,
    "removedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "difficulty" TEXT NOT NULL DEFAULT 'mixed',
    CONSTRAINT "Assignment_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classroom" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("articleId", "classId", "createdAt", "createdById", "dueAt", "engineVersion", "hiddenQuestions", "id", "poolAnswerKey", "poolQuestions", "poolVersion", "questionCount", "questionTypes", "removedAt") SELECT "articleId", "classId", "createdAt", "createdById", "dueAt", "engineVersion", "hiddenQuestions", "id", "poolAnswerKey", "poolQuestions", "poolVersion", "questionCount", "questionTypes", "removedAt" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_classId_createdAt_idx" ON "Assignment"("classId", "createdAt");
CREATE INDEX "Assignment_articleId_idx" ON "Assignment"("articleId");
CREATE TABLE "new_Quiz" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "questions" TEXT NOT NULL,
    "answerKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "difficulty" TEXT NOT NULL DEFAULT 'mixed',
    CONSTRAINT "Quiz_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Quiz_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("answerKey", "articleId", "createdAt", "createdById", "engineVersion", "id", "questions", "seed") SELECT "answerKey", "articleId", "createdAt", "createdById", "engineVersion", "id", "questions", "seed" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
CREATE INDEX "Quiz_articleId_engineVersion_idx" ON "Quiz"("articleId", "engineVersion");
CREATE INDEX "Quiz_createdById_idx" ON "Quiz"("createdById");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
