-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "topicId" INTEGER NOT NULL,
    "nonNegative" BOOLEAN NOT NULL DEFAULT true,
    "tolerance" DECIMAL,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Metric_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "iso2" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "PlaceAncestor" (
    "placeId" INTEGER NOT NULL,
    "ancestorId" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,

    PRIMARY KEY ("placeId", "ancestorId"),
    CONSTRAINT "PlaceAncestor_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "PlaceAncestor_ancestorId_fkey" FOREIGN KEY ("ancestorId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "affiliationId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Actor_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT,
    "outletId" INTEGER,
    "url" TEXT,
    "urlKey" TEXT,
    "publishedAt" DATETIME,
    "notBefore" DATETIME,
    "datingNote" TEXT NOT NULL DEFAULT '',
    "retrievedAt" DATETIME NOT NULL,
    "text" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "contentHash" TEXT NOT NULL,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
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
    "derived" BOOLEAN NOT NULL DEFAULT false,
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

-- CreateTable
CREATE TABLE "ClaimAttribution" (
    "claimId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,

    PRIMARY KEY ("claimId", "position"),
    CONSTRAINT "ClaimAttribution_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClaimAttribution_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fromClaimId" INTEGER NOT NULL,
    "toClaimId" INTEGER,
    "kind" TEXT NOT NULL,
    "factor" DECIMAL,
    "comparator" TEXT,
    "baselineMetricId" INTEGER,
    "baselinePlaceId" INTEGER,
    "baselinePeriodStart" DATETIME,
    "baselinePeriodEnd" DATETIME,
    "baselinePeriodLabel" TEXT NOT NULL DEFAULT '',
    "baselineDescription" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Metric_slug_key" ON "Metric"("slug");

-- CreateIndex
CREATE INDEX "Metric_topicId_name_idx" ON "Metric"("topicId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE INDEX "PlaceAncestor_ancestorId_depth_idx" ON "PlaceAncestor"("ancestorId", "depth");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Source_urlKey_key" ON "Source"("urlKey");

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_createdAt_id_idx" ON "Source"("createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_key_key" ON "Claim"("key");

-- CreateIndex
CREATE INDEX "Claim_metricId_sortValue_id_idx" ON "Claim"("metricId", "sortValue", "id");

-- CreateIndex
CREATE INDEX "Claim_metricId_periodEnd_id_idx" ON "Claim"("metricId", "periodEnd", "id");

-- CreateIndex
CREATE INDEX "Claim_metricId_sourcePublishedAt_id_idx" ON "Claim"("metricId", "sourcePublishedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_metricId_createdAt_id_idx" ON "Claim"("metricId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_sourceId_quoteStart_idx" ON "Claim"("sourceId", "quoteStart");

-- CreateIndex
CREATE INDEX "Claim_createdAt_id_idx" ON "Claim"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_placeId_idx" ON "Claim"("placeId");

-- CreateIndex
CREATE INDEX "Claim_originActorId_idx" ON "Claim"("originActorId");

-- CreateIndex
CREATE INDEX "ClaimAttribution_actorId_idx" ON "ClaimAttribution"("actorId");

-- CreateIndex
CREATE INDEX "ClaimRelation_fromClaimId_idx" ON "ClaimRelation"("fromClaimId");

-- CreateIndex
CREATE INDEX "ClaimRelation_toClaimId_idx" ON "ClaimRelation"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_hash_key" ON "Revision"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityId_version_key" ON "Revision"("entityType", "entityId", "version");

