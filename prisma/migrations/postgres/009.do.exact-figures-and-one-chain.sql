-- Figures stored exactly, and a revision chain that cannot fork (docs/decisions/0012-integrity-under-concurrency.md).
-- The value columns stay numeric(65,30), which is exact. sortValue becomes a fixed-width text key
-- whose byte order is numeric order (COLLATE "C": byte order whatever the database's collation),
-- the same key SQLite sorts by; the data step in lib/db/migrate.ts writes it for existing rows.
-- A UNIQUE prevHash: two revisions can never follow the same one (the first follows the genesis
-- hash, so there is only one first revision too). A ledger that has already forked stops here:
-- `npm run ledger:verify` names the first shared link.

-- AlterTable
ALTER TABLE "Claim" ALTER COLUMN "sortValue" SET DATA TYPE TEXT COLLATE "C" USING NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Revision_prevHash_key" ON "Revision"("prevHash");
