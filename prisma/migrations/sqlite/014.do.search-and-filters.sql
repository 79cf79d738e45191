-- DropIndex
DROP INDEX "Claim_placeId_idx";

-- DropIndex
DROP INDEX "Claim_originActorId_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "sourceOutletId" INTEGER;

-- CreateIndex
CREATE INDEX "Claim_placeId_createdAt_id_idx" ON "Claim"("placeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_originActorId_createdAt_id_idx" ON "Claim"("originActorId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_sourceOutletId_createdAt_id_idx" ON "Claim"("sourceOutletId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_sourcePublishedAt_id_idx" ON "Claim"("sourcePublishedAt", "id");


-- Claims of existing sources take their outlet.
UPDATE "Claim" SET "sourceOutletId" = (SELECT "outletId" FROM "Source" WHERE "Source"."id" = "Claim"."sourceId");

-- Full-text search (FTS5). Each table keeps a copy of the searched text, kept in step by the write
-- path (lib/db/search-index.ts: indexForSearch); the rows that exist now are indexed here.
-- NameSearch holds metrics, places and actors: rowid = id * 4 + 1 (metric), 2 (place), 3 (actor).
CREATE VIRTUAL TABLE "ClaimSearch" USING fts5("quote", tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "SourceSearch" USING fts5("title", "body", tokenize = 'porter unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE "NameSearch" USING fts5("name", "detail", tokenize = 'porter unicode61 remove_diacritics 2');
INSERT INTO "ClaimSearch" (rowid, "quote") SELECT "id", "quoteExact" FROM "Claim";
INSERT INTO "SourceSearch" (rowid, "title", "body") SELECT "id", coalesce("title", ''), "text" FROM "Source";
INSERT INTO "NameSearch" (rowid, "name", "detail") SELECT "id" * 4 + 1, "name", "description" FROM "Metric";
INSERT INTO "NameSearch" (rowid, "name", "detail") SELECT "id" * 4 + 2, "name", '' FROM "Place";
INSERT INTO "NameSearch" (rowid, "name", "detail") SELECT "id" * 4 + 3, "name", '' FROM "Actor";
