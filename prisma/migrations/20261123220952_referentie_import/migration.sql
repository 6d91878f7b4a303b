-- CreateEnum
CREATE TYPE "ReferentieImportStatus" AS ENUM ('VOORBEREID', 'TOEGEPAST');

-- CreateTable
CREATE TABLE "ReferentieImport" (
    "id" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "plan" JSONB NOT NULL,
    "status" "ReferentieImportStatus" NOT NULL DEFAULT 'VOORBEREID',
    "actor" TEXT NOT NULL,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "toegepastDoor" TEXT,
    "toegepastOp" TIMESTAMP(3),
    "herberekeningId" TEXT,

    CONSTRAINT "ReferentieImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReferentieImport_aangemaaktOp_idx" ON "ReferentieImport"("aangemaaktOp");
