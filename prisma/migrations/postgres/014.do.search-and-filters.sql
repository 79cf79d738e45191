-- DropIndex
DROP INDEX "Claim_placeId_idx";

-- DropIndex
DROP INDEX "Claim_originActorId_idx";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "sourceOutletId" INTEGER;

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

-- Full-text search: GIN expression indexes over the searched columns. PostgreSQL keeps them in step
-- on every write and builds them for the rows that exist now. lib/data/search.ts repeats each
-- expression exactly, so that the planner uses the index.
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (to_tsvector('english'::regconfig, "quoteExact"));
CREATE INDEX "Source_search_idx" ON "Source" USING GIN (to_tsvector('english'::regconfig, coalesce("title", '') || ' ' || "text"));
CREATE INDEX "Metric_search_idx" ON "Metric" USING GIN (to_tsvector('english'::regconfig, "name" || ' ' || "description"));
CREATE INDEX "Place_search_idx" ON "Place" USING GIN (to_tsvector('english'::regconfig, "name"));
CREATE INDEX "Actor_search_idx" ON "Actor" USING GIN (to_tsvector('english'::regconfig, "name"));
