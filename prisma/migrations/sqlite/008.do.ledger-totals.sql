-- CreateTable
CREATE TABLE "LedgerTotal" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "value" INTEGER NOT NULL
);


-- The totals of what exists already.
INSERT INTO "LedgerTotal" ("name", "value") SELECT 'sources', count(*) FROM "Source";
