-- CreateTable
CREATE TABLE "ProposalRejection" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "surface" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProposalRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProposalRejection_sourceId_start_end_key" ON "ProposalRejection"("sourceId", "start", "end");

-- AddForeignKey
ALTER TABLE "ProposalRejection" ADD CONSTRAINT "ProposalRejection_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

