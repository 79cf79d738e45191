-- CreateEnum
CREATE TYPE "Modality" AS ENUM ('observed', 'planned', 'projected');

-- CreateEnum
CREATE TYPE "LevelChange" AS ENUM ('down', 'up');

-- AlterEnum (PostgreSQL 12 and later add enum values inside a transaction; the values are first used after it commits)


ALTER TYPE "Verdict" ADD VALUE 'revised';
ALTER TYPE "Verdict" ADD VALUE 'incomparable';

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "windowDays" INTEGER;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "republishedNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "republishedOriginId" INTEGER,
ADD COLUMN     "republishedViaId" INTEGER,
ADD COLUMN     "republishesSourceId" INTEGER;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "change" "LevelChange",
ADD COLUMN     "cumulative" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "modality" "Modality" NOT NULL DEFAULT 'observed';

-- CreateTable
CREATE TABLE "AgreementGroupAlias" (
    "id" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "members" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementGroupAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementGroupAlias_groupId_idx" ON "AgreementGroupAlias"("groupId");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_republishesSourceId_fkey" FOREIGN KEY ("republishesSourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_republishedOriginId_fkey" FOREIGN KEY ("republishedOriginId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_republishedViaId_fkey" FOREIGN KEY ("republishedViaId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

