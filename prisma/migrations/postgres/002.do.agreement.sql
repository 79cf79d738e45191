-- CreateEnum
CREATE TYPE "MetricKind" AS ENUM ('stock', 'flow');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('conflicting', 'corroborated', 'consistent', 'trend', 'single', 'unknown');

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "conflictCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "groupCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kind" "MetricKind" NOT NULL DEFAULT 'flow',
ADD COLUMN     "verdict" "Verdict";

-- AlterTable
ALTER TABLE "Claim" DROP COLUMN "derived";

-- CreateTable
CREATE TABLE "AgreementGroup" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "metricId" INTEGER NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "severity" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "claimCount" INTEGER NOT NULL,
    "originCount" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "analysis" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementMember" (
    "id" SERIAL NOT NULL,
    "groupId" INTEGER NOT NULL,
    "claimId" INTEGER,
    "relationId" INTEGER,

    CONSTRAINT "AgreementMember_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "AgreementGroup" ADD CONSTRAINT "AgreementGroup_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "Metric"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementGroup" ADD CONSTRAINT "AgreementGroup_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMember" ADD CONSTRAINT "AgreementMember_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "AgreementGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMember" ADD CONSTRAINT "AgreementMember_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementMember" ADD CONSTRAINT "AgreementMember_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "ClaimRelation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

