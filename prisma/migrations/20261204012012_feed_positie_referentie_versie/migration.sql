-- AlterTable
ALTER TABLE "Bericht" ADD COLUMN     "txid" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint;

-- AlterTable
ALTER TABLE "Melding" ADD COLUMN     "txid" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint;

-- CreateTable
CREATE TABLE "ReferentieVersie" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "versie" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "ReferentieVersie_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Bericht_brin_txid_id_idx" ON "Bericht"("brin", "txid", "id");

-- CreateIndex
CREATE INDEX "Melding_brin_txid_id_idx" ON "Melding"("brin", "txid", "id");

-- The reference data funding reads is ordered against the batches that read it: every write to
-- these tables first takes the reference lock exclusively (so it waits for running batches, and
-- batches that start later wait for its commit) and bumps the version, so each batch, which reads
-- the version under the same lock shared, knows when to reload (lib/register/pipeline/reference.ts).
-- The lock key is REFERENCE_LOCK there.
INSERT INTO "ReferentieVersie" ("id", "versie") VALUES (1, 0);

CREATE OR REPLACE FUNCTION referentie_gewijzigd() RETURNS trigger AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(1112690510);
  UPDATE "ReferentieVersie" SET "versie" = "versie" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Instelling_referentie" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Instelling" FOR EACH STATEMENT EXECUTE FUNCTION referentie_gewijzigd();
CREATE TRIGGER "Vestiging_referentie" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Vestiging" FOR EACH STATEMENT EXECUTE FUNCTION referentie_gewijzigd();
CREATE TRIGGER "Opleiding_referentie" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Opleiding" FOR EACH STATEMENT EXECUTE FUNCTION referentie_gewijzigd();
CREATE TRIGGER "Licentie_referentie" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Licentie" FOR EACH STATEMENT EXECUTE FUNCTION referentie_gewijzigd();
CREATE TRIGGER "Teldatum_referentie" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Teldatum" FOR EACH STATEMENT EXECUTE FUNCTION referentie_gewijzigd();
