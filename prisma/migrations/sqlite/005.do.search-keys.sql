-- Search keys for the place and actor pickers: a prefix of the key is found through its index.
-- Rows that exist already get lower(name) here; the migration step in lib/db/migrate.ts then
-- rewrites every key with the full normalisation (accents removed), which SQL cannot do portably.


-- AlterTable
ALTER TABLE "Place" ADD COLUMN "searchKey" TEXT NOT NULL DEFAULT '';
UPDATE "Place" SET "searchKey" = lower("name");

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "searchKey" TEXT NOT NULL DEFAULT '';
UPDATE "Actor" SET "searchKey" = lower("name");

-- CreateIndex
CREATE INDEX "Place_searchKey_idx" ON "Place"("searchKey");

-- CreateIndex
CREATE INDEX "Actor_searchKey_idx" ON "Actor"("searchKey");
