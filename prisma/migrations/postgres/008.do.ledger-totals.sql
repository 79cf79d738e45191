-- CreateTable
CREATE TABLE "LedgerTotal" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL,

    CONSTRAINT "LedgerTotal_pkey" PRIMARY KEY ("name")
);


-- The totals of what exists already.
INSERT INTO "LedgerTotal" ("name", "value") SELECT 'sources', count(*) FROM "Source";
