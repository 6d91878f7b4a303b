-- The portal's new lists, each keyset paged along an index of its own school (issue 16): the
-- verzuim and resultaten lists newest first, and a student's record history from the audit log.
-- (The terugkoppeling reads along the existing Melding (brin, verwerktOp) index.)

-- CreateIndex
CREATE INDEX "AuditEvent_brin_entiteit_sleutel_tijdstip_idx" ON "AuditEvent"("brin", "entiteit", "sleutel", "tijdstip");

-- CreateIndex
CREATE INDEX "Resultaat_brin_datumBehaald_id_idx" ON "Resultaat"("brin", "datumBehaald", "id");

-- CreateIndex
CREATE INDEX "Verzuimmelding_brin_datumBegin_id_idx" ON "Verzuimmelding"("brin", "datumBegin", "id");
