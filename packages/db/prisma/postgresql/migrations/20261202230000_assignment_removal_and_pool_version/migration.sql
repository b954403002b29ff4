-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "poolVersion" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "removedAt" TIMESTAMP(3);
