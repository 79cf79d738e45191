-- Figures stored exactly, and a revision chain that cannot fork (docs/decisions/0012-integrity-under-concurrency.md).
-- The value columns become TEXT: a DECIMAL column has NUMERIC affinity, which turns
-- "123456789.123456789" into the nearest double. Prisma still reads them as Decimal.
-- sortValue becomes a fixed-width text key whose byte order is numeric order; the data step in
-- lib/db/migrate.ts writes it for existing rows. A later migration that rebuilds "Claim" must keep
-- these columns TEXT (tests/integration/migrate.test.ts checks it).
-- A UNIQUE prevHash: two revisions can never follow the same one (the first follows the genesis
-- hash, so there is only one first revision too).

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "sourceId" INTEGER NOT NULL,
    "metricId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "qualifier" TEXT NOT NULL,
    "valueLow" TEXT,
    "valueBest" TEXT,
    "valueHigh" TEXT,
    "vagueTerm" TEXT,
    "sortValue" TEXT,
    "surface" TEXT NOT NULL,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "periodLabel" TEXT NOT NULL DEFAULT '',
    "quoteExact" TEXT NOT NULL,
    "quotePrefix" TEXT NOT NULL,
    "quoteSuffix" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "surfaceStart" INTEGER,
    "surfaceEnd" INTEGER,
    "originActorId" INTEGER,
    "sourcePublishedAt" DATETIME,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'active',
    "statusReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Claim_originActorId_fkey" FOREIGN KEY ("originActorId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Claim" ("createdAt", "id", "key", "metricId", "note", "originActorId", "periodEnd", "periodLabel", "periodStart", "placeId", "qualifier", "quoteEnd", "quoteExact", "quotePrefix", "quoteStart", "quoteSuffix", "sortValue", "sourceId", "sourcePublishedAt", "status", "statusReason", "surface", "surfaceEnd", "surfaceStart", "updatedAt", "vagueTerm", "valueBest", "valueHigh", "valueLow", "version") SELECT "createdAt", "id", "key", "metricId", "note", "originActorId", "periodEnd", "periodLabel", "periodStart", "placeId", "qualifier", "quoteEnd", "quoteExact", "quotePrefix", "quoteStart", "quoteSuffix", NULL, "sourceId", "sourcePublishedAt", "status", "statusReason", "surface", "surfaceEnd", "surfaceStart", "updatedAt", "vagueTerm", CAST("valueBest" AS TEXT), CAST("valueHigh" AS TEXT), CAST("valueLow" AS TEXT), "version" FROM "Claim";
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE UNIQUE INDEX "Claim_key_key" ON "Claim"("key");
CREATE INDEX "Claim_metricId_sortValue_id_idx" ON "Claim"("metricId", "sortValue", "id");
CREATE INDEX "Claim_metricId_periodEnd_id_idx" ON "Claim"("metricId", "periodEnd", "id");
CREATE INDEX "Claim_metricId_sourcePublishedAt_id_idx" ON "Claim"("metricId", "sourcePublishedAt", "id");
CREATE INDEX "Claim_metricId_createdAt_id_idx" ON "Claim"("metricId", "createdAt", "id");
CREATE INDEX "Claim_sourceId_quoteStart_idx" ON "Claim"("sourceId", "quoteStart");
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");
CREATE INDEX "Claim_placeId_idx" ON "Claim"("placeId");
CREATE INDEX "Claim_originActorId_idx" ON "Claim"("originActorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Revision_prevHash_key" ON "Revision"("prevHash");

