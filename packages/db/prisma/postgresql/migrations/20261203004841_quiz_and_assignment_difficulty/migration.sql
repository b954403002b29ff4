-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "difficulty" TEXT NOT NULL DEFAULT 'mixed';

-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "difficulty" TEXT NOT NULL DEFAULT 'mixed';
