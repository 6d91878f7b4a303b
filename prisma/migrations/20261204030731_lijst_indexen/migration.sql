-- The student list at 300,000 students of one school: an index behind every sort and filter.
-- The name search matches words anywhere in the name: a trigram index (pg_trgm, in PostgreSQL's
-- contrib and in PGlite) on the names kept in lower case.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Signaal_brin_code_idx";

-- AlterTable
ALTER TABLE "Inschrijving" ADD COLUMN     "sorteerAchternaam" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sorteerVoornamen" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Persoon" ADD COLUMN     "zoeknaam" TEXT NOT NULL DEFAULT '';

-- AlterTable: the inschrijving's volgnummer, in its collation ("C", as in the init migration): a
-- comparison across two collations cannot use the index, and the signaal filter probes it per row.
ALTER TABLE "Signaal" ADD COLUMN     "volgnummer" TEXT COLLATE "C" NOT NULL DEFAULT '';

-- The new columns of the rows already there, as the pipeline keeps them from now on.
UPDATE "Persoon" SET "zoeknaam" = lower(coalesce("voornamen", '') || ' ' || coalesce("voorvoegsel", '') || ' ' || coalesce("achternaam", ''));
UPDATE "Inschrijving" i SET "sorteerAchternaam" = lower(coalesce(p."achternaam", '')), "sorteerVoornamen" = lower(coalesce(p."voornamen", ''))
FROM "Persoon" p WHERE p."id" = i."persoonId";
UPDATE "Signaal" SET "volgnummer" = split_part("sleutel", '/', 1) WHERE "soort" IN ('MBO_INSCHRIJVING', 'PO_INSCHRIJVING', 'BPV');

-- CreateIndex
CREATE INDEX "Inschrijving_brin_sorteerAchternaam_sorteerVoornamen_inschr_idx" ON "Inschrijving"("brin", "sorteerAchternaam", "sorteerVoornamen", "inschrijvingsvolgnummer");

-- CreateIndex
CREATE INDEX "Persoon_zoeknaam_idx" ON "Persoon" USING GIN ("zoeknaam" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Signaal_brin_code_volgnummer_idx" ON "Signaal"("brin", "code", "volgnummer");
