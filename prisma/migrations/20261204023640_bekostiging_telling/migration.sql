-- DropIndex
DROP INDEX "Bekostigingsbeoordeling_brin_peildatum_status_idx";

-- AlterTable
ALTER TABLE "Bekostigingsbeoordeling" ADD COLUMN     "leerweg" "Leerweg",
ADD COLUMN     "opleidingscode" TEXT;

-- CreateTable
CREATE TABLE "BekostigingTelling" (
    "brin" TEXT NOT NULL,
    "peildatum" DATE NOT NULL,
    "soort" TEXT NOT NULL,
    "opleidingscode" TEXT NOT NULL DEFAULT '',
    "leerweg" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "codes" TEXT NOT NULL DEFAULT '',
    "aantal" INTEGER NOT NULL,
    "gewicht" DECIMAL(16,4) NOT NULL,

    CONSTRAINT "BekostigingTelling_pkey" PRIMARY KEY ("brin","peildatum","soort","opleidingscode","leerweg","status","codes")
);

-- CreateTable
CREATE TABLE "BekostigingTellingDelta" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "peildatum" DATE NOT NULL,
    "soort" TEXT NOT NULL,
    "opleidingscode" TEXT NOT NULL DEFAULT '',
    "leerweg" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL,
    "codes" TEXT NOT NULL DEFAULT '',
    "aantal" INTEGER NOT NULL,
    "gewicht" DECIMAL(16,4) NOT NULL,

    CONSTRAINT "BekostigingTellingDelta_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BekostigingTellingDelta_brin_idx" ON "BekostigingTellingDelta"("brin");

-- CreateIndex
CREATE INDEX "Bekostigingsbeoordeling_brin_peildatum_status_volgnummer_idx" ON "Bekostigingsbeoordeling"("brin", "peildatum", "status", "volgnummer");

-- Existing assessments get their dimensions: an inschrijving's periode in force on the teldatum
-- (the latest begindatum on or before it), a diploma's opleiding.
UPDATE "Bekostigingsbeoordeling" b SET ("opleidingscode", "leerweg") = (
  SELECT pe.opleidingscode, pe.leerweg FROM "Inschrijving" i JOIN "Periode" pe ON pe."inschrijvingId" = i.id
  WHERE i.brin = b.brin AND i."inschrijvingsvolgnummer" = b.volgnummer AND pe.begindatum <= b.peildatum
  ORDER BY pe.begindatum DESC LIMIT 1
)
WHERE b.soort = 'INSCHRIJVING';

UPDATE "Bekostigingsbeoordeling" b SET "opleidingscode" = r.opleidingscode
FROM "Resultaat" r WHERE b.soort = 'RESULTAAT' AND r.brin = b.brin AND r.resultaatvolgnummer = b.volgnummer;

-- And the counts they add up to.
INSERT INTO "BekostigingTelling" ("brin", "peildatum", "soort", "opleidingscode", "leerweg", "status", "codes", "aantal", "gewicht")
SELECT brin, peildatum, soort, coalesce(opleidingscode, ''), coalesce(leerweg::text, ''), status, array_to_string(codes, ','), count(*), coalesce(sum(gewicht), 0)
FROM "Bekostigingsbeoordeling"
GROUP BY 1, 2, 3, 4, 5, 6, 7;
