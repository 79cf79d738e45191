-- AlterEnum
ALTER TYPE "ActorKind" ADD VALUE 'ngo';

-- AlterTable
ALTER TABLE "Place" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "wikidataId" TEXT;

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "wikidataId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "reviewAccepted" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewEdited" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewProposed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reviewRejected" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "PlaceAlias" (
    "id" SERIAL NOT NULL,
    "placeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "searchKey" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "PlaceAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" SERIAL NOT NULL,
    "actorId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "searchKey" TEXT COLLATE "C" NOT NULL,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlaceAlias_searchKey_idx" ON "PlaceAlias"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceAlias_placeId_searchKey_key" ON "PlaceAlias"("placeId", "searchKey");

-- CreateIndex
CREATE INDEX "ActorAlias_searchKey_idx" ON "ActorAlias"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_searchKey_key" ON "ActorAlias"("actorId", "searchKey");

-- AddForeignKey
ALTER TABLE "PlaceAlias" ADD CONSTRAINT "PlaceAlias_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

