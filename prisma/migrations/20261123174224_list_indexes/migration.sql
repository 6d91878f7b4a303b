-- DropIndex
DROP INDEX "Inschrijving_brin_datumInschrijving_idx";

-- CreateIndex
CREATE INDEX "Bericht_brin_gelezen_idx" ON "Bericht"("brin", "gelezen");

-- CreateIndex
CREATE INDEX "Inschrijving_brin_datumInschrijving_inschrijvingsvolgnummer_idx" ON "Inschrijving"("brin", "datumInschrijving", "inschrijvingsvolgnummer");

-- CreateIndex
CREATE INDEX "Melding_brin_soort_sleutel_idx" ON "Melding"("brin", "soort", "sleutel");

-- CreateIndex
CREATE INDEX "Signaal_brin_code_idx" ON "Signaal"("brin", "code");
