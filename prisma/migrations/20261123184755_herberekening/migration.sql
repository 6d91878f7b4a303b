-- CreateEnum
CREATE TYPE "TaakStatus" AS ENUM ('IN_WACHTRIJ', 'BEZIG', 'KLAAR', 'MISLUKT');

-- CreateTable
CREATE TABLE "Herberekening" (
    "id" TEXT NOT NULL,
    "aanleiding" TEXT NOT NULL,
    "bereik" JSONB NOT NULL,
    "status" "TaakStatus" NOT NULL DEFAULT 'IN_WACHTRIJ',
    "totaal" INTEGER NOT NULL DEFAULT 0,
    "verwerkt" INTEGER NOT NULL DEFAULT 0,
    "gewijzigd" INTEGER NOT NULL DEFAULT 0,
    "cursor" INTEGER NOT NULL DEFAULT 0,
    "actor" TEXT NOT NULL,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gestartOp" TIMESTAMP(3),
    "klaarOp" TIMESTAMP(3),
    "foutmelding" TEXT,

    CONSTRAINT "Herberekening_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Herberekening_aangemaaktOp_idx" ON "Herberekening"("aangemaaktOp");
