-- Two indexes no query reads, written on every melding of every upload (write-budget.md: each index
-- must be justified by a query): the audit viewer's actor filter is a substring match (ILIKE '%…%'),
-- which a btree cannot serve, and the student list sorts on Inschrijving's own name keys and searches
-- Persoon.zoeknaam.

-- DropIndex
DROP INDEX "AuditEvent_actor_tijdstip_idx";

-- DropIndex
DROP INDEX "Persoon_achternaam_idx";
