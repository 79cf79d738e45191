-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('exact', 'approximately', 'at_least', 'more_than', 'at_most', 'fewer_than', 'range', 'vague');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('active', 'deprecated', 'retracted');

-- CreateEnum
CREATE TYPE "RelationKind" AS ENUM ('multiple_of', 'fraction_of', 'updates', 'same_report');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('news_outlet', 'government', 'military', 'armed_group', 'research', 'international', 'person', 'unnamed');

-- CreateEnum
CREATE TYPE "PlaceKind" AS ENUM ('world', 'region', 'country', 'province', 'city', 'site');

-- CreateEnum
CREATE TYPE "RevisionAction" AS ENUM ('create', 'edit', 'deprecate', 'retract', 'restore');

-- CreateTable
CREATE TABLE "Topic" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "topicId" INTEGER NOT NULL,
    "nonNegative" BOOLEAN NOT NULL DEFAULT true,
    "tolerance" DECIMAL(65,30),
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PlaceKind" NOT NULL,
    "iso2" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlaceAncestor" (
    "placeId" INTEGER NOT NULL,
    "ancestorId" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "PlaceAncestor_pkey" PRIMARY KEY ("placeId","ancestorId")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "affiliationId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "outletId" INTEGER,
    "url" TEXT,
    "urlKey" TEXT,
    "publishedAt" TIMESTAMP(3),
    "notBefore" TIMESTAMP(3),
    "datingNote" TEXT NOT NULL DEFAULT '',
    "retrievedAt" TIMESTAMP(3) NOT NULL,
    "text" TEXT NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "contentHash" TEXT NOT NULL,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" SERIAL NOT NULL,
    "key" TEXT,
    "sourceId" INTEGER NOT NULL,
    "metricId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "valueLow" DECIMAL(65,30),
    "valueBest" DECIMAL(65,30),
    "valueHigh" DECIMAL(65,30),
    "vagueTerm" TEXT,
    "sortValue" DECIMAL(65,30),
    "surface" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "periodLabel" TEXT NOT NULL DEFAULT '',
    "quoteExact" TEXT NOT NULL,
    "quotePrefix" TEXT NOT NULL,
    "quoteSuffix" TEXT NOT NULL,
    "quoteStart" INTEGER NOT NULL,
    "quoteEnd" INTEGER NOT NULL,
    "surfaceStart" INTEGER,
    "surfaceEnd" INTEGER,
    "originActorId" INTEGER,
    "sourcePublishedAt" TIMESTAMP(3),
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "status" "ClaimStatus" NOT NULL DEFAULT 'active',
    "statusReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimAttribution" (
    "claimId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "actorId" INTEGER NOT NULL,

    CONSTRAINT "ClaimAttribution_pkey" PRIMARY KEY ("claimId","position")
);

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" SERIAL NOT NULL,
    "fromClaimId" INTEGER NOT NULL,
    "toClaimId" INTEGER,
    "kind" "RelationKind" NOT NULL,
    "factor" DECIMAL(65,30),
    "comparator" "Qualifier",
    "baselineMetricId" INTEGER,
    "baselinePlaceId" INTEGER,
    "baselinePeriodStart" TIMESTAMP(3),
    "baselinePeriodEnd" TIMESTAMP(3),
    "baselinePeriodLabel" TEXT NOT NULL DEFAULT '',
    "baselineDescription" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "action" "RevisionAction" NOT NULL,
    "author" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "snapshot" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceAncestor" ADD CONSTRAINT "PlaceAncestor_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlaceAncestor" ADD CONSTRAINT "PlaceAncestor_ancestorId_fkey" FOREIGN KEY ("ancestorId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_originActorId_fkey" FOREIGN KEY ("originActorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAttribution" ADD CONSTRAINT "ClaimAttribution_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimAttribution" ADD CONSTRAINT "ClaimAttribution_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

