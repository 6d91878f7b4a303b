-- CreateEnum
CREATE TYPE "LeveringStatus" AS ENUM ('WACHTEND', 'AFGELEVERD', 'MISLUKT', 'GESTOPT');

-- AlterEnum
ALTER TYPE "BerichtSoort" ADD VALUE 'UPLOAD_VERWERKT';

-- AlterTable
ALTER TABLE "Leverancier" ADD COLUMN     "vorigeSleutelTot" TIMESTAMP(3),
ADD COLUMN     "vorigeWebhookSleutel" TEXT,
ADD COLUMN     "webhookSleutel" TEXT,
ADD COLUMN     "webhookSleutelOp" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OsrEndpoint" ADD COLUMN     "pushId" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "pushTxid" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Upload" ADD COLUMN     "idempotencyKey" TEXT;

-- CreateTable
CREATE TABLE "Levering" (
    "id" SERIAL NOT NULL,
    "endpointId" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "dienst" "Dienst" NOT NULL,
    "leverancierId" TEXT NOT NULL,
    "berichtId" INTEGER,
    "event" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "LeveringStatus" NOT NULL DEFAULT 'WACHTEND',
    "pogingen" INTEGER NOT NULL DEFAULT 0,
    "eerstePogingOp" TIMESTAMP(3),
    "laatstePogingOp" TIMESTAMP(3),
    "laatsteStatus" INTEGER,
    "laatsteFout" TEXT,
    "laatsteDuurMs" INTEGER,
    "volgendePogingOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "afgeleverdOp" TIMESTAMP(3),
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Levering_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Levering_endpointId_status_id_idx" ON "Levering"("endpointId", "status", "id");

-- CreateIndex
CREATE INDEX "Levering_brin_dienst_leverancierId_id_idx" ON "Levering"("brin", "dienst", "leverancierId", "id");

-- CreateIndex
CREATE INDEX "Levering_status_volgendePogingOp_idx" ON "Levering"("status", "volgendePogingOp");

-- CreateIndex
CREATE UNIQUE INDEX "Upload_clientId_idempotencyKey_key" ON "Upload"("clientId", "idempotencyKey");

-- Endpoints registered before push existed start at the current end of their school's feed: they
-- receive the berichten from now on, not the school's whole history.
UPDATE "OsrEndpoint" e SET "pushTxid" = coalesce((SELECT max(b.txid) FROM "Bericht" b WHERE b.brin = e.brin), 0), "pushId" = 2147483647;
