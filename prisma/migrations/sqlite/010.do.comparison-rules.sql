-- Written as ADD COLUMN rather than the table rebuild `prisma migrate diff` proposes: a rebuild
-- copies a fixed list of columns, and would drop any column another migration adds to these tables.
-- Verdict's new values ("revised", "incomparable") need nothing here: SQLite stores enums as text.

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN "windowDays" INTEGER;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "republishesSourceId" INTEGER REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Source" ADD COLUMN "republishedOriginId" INTEGER REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Source" ADD COLUMN "republishedViaId" INTEGER REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Source" ADD COLUMN "republishedNote" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "modality" TEXT NOT NULL DEFAULT 'observed';
ALTER TABLE "Claim" ADD COLUMN "change" TEXT;
ALTER TABLE "Claim" ADD COLUMN "cumulative" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AgreementGroupAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "groupId" INTEGER NOT NULL,
    "members" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "AgreementGroupAlias_groupId_idx" ON "AgreementGroupAlias"("groupId");
