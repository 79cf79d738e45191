-- DropTable
DROP TABLE "SignInFailure";

-- CreateTable
CREATE TABLE "SignInLimit" (
    "email" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "windowStart" BIGINT NOT NULL,

    CONSTRAINT "SignInLimit_pkey" PRIMARY KEY ("email")
);

