-- CreateTable
CREATE TABLE "AgreementGroup" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "metricId" INTEGER NOT NULL,
    "verdict" TEXT NOT NULL,
    "severity" REAL NOT NULL DEFAULT 0,
    "claimCount" INTEGER NOT NULL,
    "originCount" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "analysis" TEXT NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgreementGroup_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "AgreementGroup_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgreementMember" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "groupId" INTEGER NOT NULL,
    "claimId" INTEGER,
    "relationId" INTEGER,
    CONSTRAINT "AgreementMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "AgreementGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AgreementMember_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "AgreementMember_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "ClaimRelation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Metric" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "topicId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'flow',
    "nonNegative" BOOLEAN NOT NULL DEFAULT true,
    "tolerance" DECIMAL,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "verdict" TEXT,
    "groupCount" INTEGER NOT NULL DEFAULT 0,
    "conflictCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Metric_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Metric" ("claimCount", "createdAt", "description", "id", "name", "nonNegative", "slug", "tolerance", "topicId", "unit") SELECT "claimCount", "createdAt", "description", "id", "name", "nonNegative", "slug", "tolerance", "topicId", "unit" FROM "Metric";
DROP TABLE "Metric";
ALTER TABLE "new_Metric" RENAME TO "Metric";
CREATE UNIQUE INDEX "Metric_slug_key" ON "Metric"("slug");
CREATE INDEX "Metric_topicId_name_idx" ON "Metric"("topicId", "name");
CREATE TABLE "new_Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT,
    "sourceId" INTEGER NOT NULL,
    "metricId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "qualifier" TEXT NOT NULL,
    "valueLow" DECIMAL,
    "valueBest" DECIMAL,
    "valueHigh" DECIMAL,
    "vagueTerm" TEXT,
    "sortValue" DECIMAL,
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
INSERT INTO "new_Claim" ("createdAt", "id", "key", "metricId", "note", "originActorId", "periodEnd", "periodLabel", "periodStart", "placeId", "qualifier", "quoteEnd", "quoteExact", "quotePrefix", "quoteStart", "quoteSuffix", "sortValue", "sourceId", "sourcePublishedAt", "status", "statusReason", "surface", "surfaceEnd", "surfaceStart", "updatedAt", "vagueTerm", "valueBest", "valueHigh", "valueLow", "version") SELECT "createdAt", "id", "key", "metricId", "note", "originActorId", "periodEnd", "periodLabel", "periodStart", "placeId", "qualifier", "quoteEnd", "quoteExact", "quotePrefix", "quoteStart", "quoteSuffix", "sortValue", "sourceId", "sourcePublishedAt", "status", "statusReason", "surface", "surfaceEnd", "surfaceStart", "updatedAt", "vagueTerm", "valueBest", "valueHigh", "valueLow", "version" FROM "Claim";
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
CREATE UNIQUE INDEX "AgreementGroup_key_key" ON "AgreementGroup"("key");

-- CreateIndex
CREATE INDEX "AgreementGroup_metricId_severity_id_idx" ON "AgreementGroup"("metricId", "severity", "id");

-- CreateIndex
CREATE INDEX "AgreementGroup_verdict_severity_id_idx" ON "AgreementGroup"("verdict", "severity", "id");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementMember_claimId_key" ON "AgreementMember"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementMember_relationId_key" ON "AgreementMember"("relationId");

-- CreateIndex
CREATE INDEX "AgreementMember_groupId_idx" ON "AgreementMember"("groupId");

-- CreateIndex
CREATE INDEX "ClaimRelation_baselineMetricId_baselinePlaceId_idx" ON "ClaimRelation"("baselineMetricId", "baselinePlaceId");

