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

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "iso2" TEXT,
    "searchKey" TEXT NOT NULL,
    "wikidataId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Place" ("createdAt", "id", "iso2", "kind", "name", "searchKey", "slug") SELECT "createdAt", "id", "iso2", "kind", "name", "searchKey", "slug" FROM "Place";
DROP TABLE "Place";
ALTER TABLE "new_Place" RENAME TO "Place";
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");
CREATE INDEX "Place_searchKey_idx" ON "Place"("searchKey");
CREATE TABLE "new_Actor" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "affiliationId" INTEGER,
    "searchKey" TEXT NOT NULL,
    "wikidataId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Actor_affiliationId_fkey" FOREIGN KEY ("affiliationId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Actor" ("affiliationId", "createdAt", "id", "kind", "name", "searchKey", "slug") SELECT "affiliationId", "createdAt", "id", "kind", "name", "searchKey", "slug" FROM "Actor";
DROP TABLE "Actor";
ALTER TABLE "new_Actor" RENAME TO "Actor";
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");
CREATE INDEX "Actor_searchKey_idx" ON "Actor"("searchKey");
CREATE TABLE "new_Source" (
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
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewProposed" INTEGER NOT NULL DEFAULT 0,
    "reviewAccepted" INTEGER NOT NULL DEFAULT 0,
    "reviewEdited" INTEGER NOT NULL DEFAULT 0,
    "reviewRejected" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Source_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Actor" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("claimCount", "contentHash", "createdAt", "datingNote", "excerpt", "id", "notBefore", "outletId", "publishedAt", "retrievedAt", "text", "title", "url", "urlKey") SELECT "claimCount", "contentHash", "createdAt", "datingNote", "excerpt", "id", "notBefore", "outletId", "publishedAt", "retrievedAt", "text", "title", "url", "urlKey" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE UNIQUE INDEX "Source_urlKey_key" ON "Source"("urlKey");
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");
CREATE INDEX "Source_createdAt_id_idx" ON "Source"("createdAt", "id");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PlaceAlias_searchKey_idx" ON "PlaceAlias"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceAlias_placeId_searchKey_key" ON "PlaceAlias"("placeId", "searchKey");

-- CreateIndex
CREATE INDEX "ActorAlias_searchKey_idx" ON "ActorAlias"("searchKey");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_searchKey_key" ON "ActorAlias"("actorId", "searchKey");

