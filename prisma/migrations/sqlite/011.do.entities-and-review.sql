-- CreateTable
CREATE TABLE "PlaceAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "placeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    CONSTRAINT "PlaceAlias_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "actorId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Written as ADD COLUMN rather than the table rebuild `prisma migrate diff` proposes: a rebuild
-- copies a fixed list of columns, and would drop the columns migration 010 adds to Source.

-- AlterTable
ALTER TABLE "Place" ADD COLUMN "wikidataId" TEXT;
ALTER TABLE "Place" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN "wikidataId" TEXT;
ALTER TABLE "Actor" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Source" ADD COLUMN "reviewProposed" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Source" ADD COLUMN "reviewAccepted" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Source" ADD COLUMN "reviewEdited" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Source" ADD COLUMN "reviewRejected" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "PlaceAlias_searchKey_idx" ON "PlaceAlias"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceAlias_placeId_searchKey_key" ON "PlaceAlias"("placeId", "searchKey");

-- CreateIndex
CREATE INDEX "ActorAlias_searchKey_idx" ON "ActorAlias"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_searchKey_key" ON "ActorAlias"("actorId", "searchKey");

