-- A summary beside each group's analysis, for pages that list groups: the analysis cut down to a
-- few figures. Existing groups get theirs from the migration step in lib/db/migrate.ts.

-- AlterTable
ALTER TABLE "AgreementGroup" ADD COLUMN "summary" TEXT NOT NULL DEFAULT '';
