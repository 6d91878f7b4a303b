-- Safe to run in production (issue 18): OIDC identities bound to users, sign-in failures per client
-- address (pruned by time), the shared rate-limit counters, and student-list searches kept off URLs.

-- AlterTable
ALTER TABLE "Gebruiker" ADD COLUMN     "oidcIssuer" TEXT,
ADD COLUMN     "oidcSub" TEXT;

-- AlterTable
ALTER TABLE "InlogPoging" ADD COLUMN     "ip" TEXT;

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "DeelnemerZoekopdracht" (
    "id" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "tekst" TEXT NOT NULL,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeelnemerZoekopdracht_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeelnemerZoekopdracht_aangemaaktOp_idx" ON "DeelnemerZoekopdracht"("aangemaaktOp");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_oidcIssuer_oidcSub_key" ON "Gebruiker"("oidcIssuer", "oidcSub");

-- CreateIndex
CREATE INDEX "InlogPoging_tijdstip_idx" ON "InlogPoging"("tijdstip");
