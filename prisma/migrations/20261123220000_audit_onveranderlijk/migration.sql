-- The audit log is append-only (domain.md: who changed what, when): no UPDATE or DELETE of a row,
-- whoever asks. TRUNCATE (test databases, a full reset) is a statement, not a row change, and
-- stays possible.
CREATE OR REPLACE FUNCTION audit_event_onveranderlijk() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is onveranderlijk: % is niet toegestaan', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_onveranderlijk"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_onveranderlijk();

-- The audit viewer filters by entity and lists the entity names (a skip scan over this index).
CREATE INDEX "AuditEvent_entiteit_tijdstip_idx" ON "AuditEvent"("entiteit", "tijdstip");
