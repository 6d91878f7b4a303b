-- Volgnummers use COLLATE "C": the spec compares codes by Unicode code point, never by the locale.

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('PO', 'MBO');

-- CreateEnum
CREATE TYPE "Rol" AS ENUM ('INSTELLING_BEHEERDER', 'INSTELLING_MEDEWERKER', 'MEDEWERKER', 'DUO_MEDEWERKER', 'DUO_BEHEERDER');

-- CreateEnum
CREATE TYPE "TeldatumStatus" AS ENUM ('VOORLOPIG', 'VASTGESTELD');

-- CreateEnum
CREATE TYPE "Leerweg" AS ENUM ('BOL', 'BBL', 'EX');

-- CreateEnum
CREATE TYPE "Geslacht" AS ENUM ('M', 'V', 'O');

-- CreateEnum
CREATE TYPE "ResultaatSoort" AS ENUM ('DIPLOMA', 'CERTIFICAAT');

-- CreateEnum
CREATE TYPE "VerzuimSoort" AS ENUM ('16U_4W', 'LRV', 'RMC', 'LUXE', 'OVERIG');

-- CreateEnum
CREATE TYPE "Behandelstatus" AS ENUM ('GEMELD', 'IN_BEHANDELING', 'AFGEHANDELD');

-- CreateEnum
CREATE TYPE "MeldingBron" AS ENUM ('UPLOAD', 'API', 'FORM');

-- CreateEnum
CREATE TYPE "MeldingSoort" AS ENUM ('MBO_INSCHRIJVING', 'PO_INSCHRIJVING', 'BPV', 'RESULTAAT', 'VERZUIM');

-- CreateEnum
CREATE TYPE "MeldingStatus" AS ENUM ('ONTVANGEN', 'VERWERKT', 'AFGEKEURD');

-- CreateEnum
CREATE TYPE "UploadStatus" AS ENUM ('IN_WACHTRIJ', 'BEZIG', 'KLAAR', 'MISLUKT');

-- CreateEnum
CREATE TYPE "BerichtSoort" AS ENUM ('KENNISGEVING_INSCHRIJVING', 'KENNISGEVING_UITSCHRIJVING', 'BEKOSTIGING_GEWIJZIGD', 'TELDATUM_VASTGESTELD');

-- CreateEnum
CREATE TYPE "Dienst" AS ENUM ('DUO_MBO', 'ROD_PO', 'VERZUIM');

-- CreateEnum
CREATE TYPE "OsrContext" AS ENUM ('ALGEMEEN', 'AANMELDEN', 'VERZUIM', 'BPV', 'TOEZICHT', 'FACTURATIE', 'ICT');

-- CreateTable
CREATE TABLE "Bestuur" (
    "bestuurscode" TEXT NOT NULL,
    "naam" TEXT NOT NULL,

    CONSTRAINT "Bestuur_pkey" PRIMARY KEY ("bestuurscode")
);

-- CreateTable
CREATE TABLE "Instelling" (
    "brin" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "sector" "Sector" NOT NULL,
    "bestuurscode" TEXT NOT NULL,
    "plaats" TEXT NOT NULL,
    "bekostigd" BOOLEAN NOT NULL,

    CONSTRAINT "Instelling_pkey" PRIMARY KEY ("brin")
);

-- CreateTable
CREATE TABLE "Vestiging" (
    "vestigingscode" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "straat" TEXT NOT NULL,
    "huisnummer" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "plaats" TEXT NOT NULL,

    CONSTRAINT "Vestiging_pkey" PRIMARY KEY ("vestigingscode")
);

-- CreateTable
CREATE TABLE "Opleiding" (
    "opleidingscode" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "niveau" INTEGER NOT NULL,
    "specialist" BOOLEAN NOT NULL,
    "toegestaneLeerwegen" "Leerweg"[],
    "prijsfactor" DECIMAL(6,3) NOT NULL,
    "ingangsdatum" DATE NOT NULL,
    "einddatum" DATE,
    "instroomeinddatum" DATE,

    CONSTRAINT "Opleiding_pkey" PRIMARY KEY ("opleidingscode")
);

-- CreateTable
CREATE TABLE "Licentie" (
    "brin" TEXT NOT NULL,
    "opleidingscode" TEXT NOT NULL,
    "leerweg" "Leerweg" NOT NULL,
    "bekostigd" BOOLEAN NOT NULL,
    "begindatum" DATE NOT NULL,
    "einddatum" DATE,

    CONSTRAINT "Licentie_pkey" PRIMARY KEY ("brin","opleidingscode","leerweg")
);

-- CreateTable
CREATE TABLE "Teldatum" (
    "sector" "Sector" NOT NULL,
    "datum" DATE NOT NULL,
    "status" "TeldatumStatus" NOT NULL DEFAULT 'VOORLOPIG',
    "vastgesteldOp" TIMESTAMP(3),
    "vastgesteldDoor" TEXT,

    CONSTRAINT "Teldatum_pkey" PRIMARY KEY ("sector","datum")
);

-- CreateTable
CREATE TABLE "Persoon" (
    "id" SERIAL NOT NULL,
    "pgn" TEXT NOT NULL,
    "geboortedatum" DATE NOT NULL,
    "geslacht" "Geslacht" NOT NULL,
    "achternaam" TEXT,
    "voorvoegsel" TEXT,
    "voornamen" TEXT,
    "postcode" TEXT,
    "woonland" TEXT NOT NULL DEFAULT 'NL',

    CONSTRAINT "Persoon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inschrijving" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "inschrijvingsvolgnummer" TEXT COLLATE "C" NOT NULL,
    "sector" "Sector" NOT NULL,
    "persoonId" INTEGER NOT NULL,
    "datumInschrijving" DATE NOT NULL,
    "datumUitschrijvingGepland" DATE,
    "datumUitschrijving" DATE,
    "redenUitschrijving" TEXT,
    "gewijzigdOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Inschrijving_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Periode" (
    "inschrijvingId" INTEGER NOT NULL,
    "begindatum" DATE NOT NULL,
    "opleidingscode" TEXT,
    "leerweg" "Leerweg",
    "indicatieBekostigbaar" BOOLEAN,
    "vestigingscode" TEXT,
    "groep" INTEGER,

    CONSTRAINT "Periode_pkey" PRIMARY KEY ("inschrijvingId","begindatum")
);

-- CreateTable
CREATE TABLE "Bpv" (
    "id" SERIAL NOT NULL,
    "inschrijvingId" INTEGER NOT NULL,
    "bpvVolgnummer" TEXT COLLATE "C" NOT NULL,
    "leerbedrijfId" TEXT NOT NULL,
    "opleidingscode" TEXT NOT NULL,
    "afsluitdatum" DATE NOT NULL,
    "datumBegin" DATE NOT NULL,
    "datumEindeGepland" DATE NOT NULL,
    "datumEinde" DATE,
    "omvangUren" INTEGER NOT NULL,

    CONSTRAINT "Bpv_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resultaat" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "resultaatvolgnummer" TEXT COLLATE "C" NOT NULL,
    "persoonId" INTEGER NOT NULL,
    "inschrijvingsvolgnummer" TEXT COLLATE "C" NOT NULL,
    "opleidingscode" TEXT NOT NULL,
    "soort" "ResultaatSoort" NOT NULL,
    "datumBehaald" DATE NOT NULL,
    "indicatieBekostigbaar" BOOLEAN NOT NULL,

    CONSTRAINT "Resultaat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verzuimmelding" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "verzuimvolgnummer" TEXT COLLATE "C" NOT NULL,
    "persoonId" INTEGER NOT NULL,
    "soort" "VerzuimSoort" NOT NULL,
    "datumBegin" DATE NOT NULL,
    "datumEinde" DATE,
    "toelichting" TEXT,
    "behandelstatus" "Behandelstatus" NOT NULL DEFAULT 'GEMELD',

    CONSTRAINT "Verzuimmelding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" TEXT NOT NULL,
    "brin" TEXT,
    "soort" TEXT NOT NULL,
    "bestandsnaam" TEXT NOT NULL,
    "grootte" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaderId" TEXT,
    "clientId" TEXT,
    "status" "UploadStatus" NOT NULL DEFAULT 'IN_WACHTRIJ',
    "voortgang" INTEGER NOT NULL DEFAULT 0,
    "rijen" INTEGER NOT NULL DEFAULT 0,
    "meldingen" INTEGER NOT NULL DEFAULT 0,
    "verwerkt" INTEGER NOT NULL DEFAULT 0,
    "afgekeurd" INTEGER NOT NULL DEFAULT 0,
    "signalen" INTEGER NOT NULL DEFAULT 0,
    "foutmelding" TEXT,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "gestartOp" TIMESTAMP(3),
    "klaarOp" TIMESTAMP(3),

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UploadDeel" (
    "uploadId" TEXT NOT NULL,
    "volgorde" INTEGER NOT NULL,
    "inhoud" BYTEA NOT NULL,

    CONSTRAINT "UploadDeel_pkey" PRIMARY KEY ("uploadId","volgorde")
);

-- CreateTable
CREATE TABLE "UploadFout" (
    "id" SERIAL NOT NULL,
    "uploadId" TEXT NOT NULL,
    "rij" INTEGER NOT NULL,
    "kolom" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "melding" TEXT NOT NULL,

    CONSTRAINT "UploadFout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Melding" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "bron" "MeldingBron" NOT NULL,
    "uploadId" TEXT,
    "soort" "MeldingSoort" NOT NULL,
    "sleutel" TEXT NOT NULL,
    "verwijdering" BOOLEAN NOT NULL DEFAULT false,
    "status" "MeldingStatus" NOT NULL,
    "gewijzigd" BOOLEAN NOT NULL DEFAULT false,
    "codes" JSONB NOT NULL DEFAULT '[]',
    "ontvangenOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verwerktOp" TIMESTAMP(3),
    "actor" TEXT NOT NULL,

    CONSTRAINT "Melding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signaal" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "soort" "MeldingSoort" NOT NULL,
    "sleutel" TEXT NOT NULL,
    "persoonId" INTEGER,
    "code" TEXT NOT NULL,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "sindsOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Signaal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bekostigingsbeoordeling" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "soort" TEXT NOT NULL,
    "volgnummer" TEXT COLLATE "C" NOT NULL,
    "persoonId" INTEGER NOT NULL,
    "peildatum" DATE NOT NULL,
    "status" TEXT NOT NULL,
    "codes" TEXT[],
    "gewicht" DECIMAL(8,4) NOT NULL,
    "parameters" JSONB NOT NULL DEFAULT '{}',
    "definitief" BOOLEAN NOT NULL DEFAULT false,
    "berekendOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bekostigingsbeoordeling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bericht" (
    "id" SERIAL NOT NULL,
    "brin" TEXT NOT NULL,
    "soort" "BerichtSoort" NOT NULL,
    "gegevens" JSONB NOT NULL,
    "gelezen" BOOLEAN NOT NULL DEFAULT false,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Bericht_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "tijdstip" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorType" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "brin" TEXT,
    "entiteit" TEXT NOT NULL,
    "sleutel" TEXT NOT NULL,
    "actie" TEXT NOT NULL,
    "voor" JSONB,
    "na" JSONB,
    "reden" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gebruiker" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "rol" "Rol" NOT NULL,
    "wachtwoordHash" TEXT,
    "actief" BOOLEAN NOT NULL DEFAULT true,
    "sessieVersie" INTEGER NOT NULL DEFAULT 0,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Gebruiker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GebruikerInstelling" (
    "gebruikerId" TEXT NOT NULL,
    "brin" TEXT NOT NULL,

    CONSTRAINT "GebruikerInstelling_pkey" PRIMARY KEY ("gebruikerId","brin")
);

-- CreateTable
CREATE TABLE "InlogPoging" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "tijdstip" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InlogPoging_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Leverancier" (
    "id" TEXT NOT NULL,
    "naam" TEXT NOT NULL,

    CONSTRAINT "Leverancier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiClient" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "leverancierId" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "certThumbprint" TEXT,
    "ingetrokkenOp" TIMESTAMP(3),
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mandaat" (
    "id" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "leverancierId" TEXT NOT NULL,
    "dienst" "Dienst" NOT NULL,
    "begindatum" DATE NOT NULL,
    "einddatum" DATE,
    "aangemaaktOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Mandaat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contactkaart" (
    "id" TEXT NOT NULL,
    "gebruikerId" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "naam" TEXT NOT NULL,
    "functie" TEXT,
    "email" TEXT,
    "telefoon" TEXT,
    "contexten" "OsrContext"[],
    "verborgen" BOOLEAN NOT NULL DEFAULT false,
    "gewijzigdOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Contactkaart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OsrAdres" (
    "id" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "vestigingscode" TEXT NOT NULL DEFAULT '',
    "bezoekadres" JSONB NOT NULL,
    "postadres" JSONB,
    "website" TEXT,
    "telefoonnummer" TEXT,
    "email" TEXT,
    "leverancierId" TEXT NOT NULL,
    "geleverdOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OsrAdres_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OsrEndpoint" (
    "id" TEXT NOT NULL,
    "brin" TEXT NOT NULL,
    "dienst" "Dienst" NOT NULL,
    "leverancierId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "attributen" TEXT[],
    "startdatum" DATE NOT NULL,
    "einddatum" DATE,
    "geleverdOp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OsrEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Instelling_naam_idx" ON "Instelling"("naam");

-- CreateIndex
CREATE INDEX "Instelling_plaats_idx" ON "Instelling"("plaats");

-- CreateIndex
CREATE INDEX "Vestiging_brin_idx" ON "Vestiging"("brin");

-- CreateIndex
CREATE INDEX "Licentie_opleidingscode_idx" ON "Licentie"("opleidingscode");

-- CreateIndex
CREATE UNIQUE INDEX "Persoon_pgn_key" ON "Persoon"("pgn");

-- CreateIndex
CREATE INDEX "Persoon_achternaam_idx" ON "Persoon"("achternaam");

-- CreateIndex
CREATE INDEX "Inschrijving_persoonId_idx" ON "Inschrijving"("persoonId");

-- CreateIndex
CREATE INDEX "Inschrijving_brin_datumInschrijving_idx" ON "Inschrijving"("brin", "datumInschrijving");

-- CreateIndex
CREATE UNIQUE INDEX "Inschrijving_brin_inschrijvingsvolgnummer_key" ON "Inschrijving"("brin", "inschrijvingsvolgnummer");

-- CreateIndex
CREATE INDEX "Periode_opleidingscode_idx" ON "Periode"("opleidingscode");

-- CreateIndex
CREATE UNIQUE INDEX "Bpv_inschrijvingId_bpvVolgnummer_key" ON "Bpv"("inschrijvingId", "bpvVolgnummer");

-- CreateIndex
CREATE INDEX "Resultaat_persoonId_idx" ON "Resultaat"("persoonId");

-- CreateIndex
CREATE INDEX "Resultaat_brin_inschrijvingsvolgnummer_idx" ON "Resultaat"("brin", "inschrijvingsvolgnummer");

-- CreateIndex
CREATE UNIQUE INDEX "Resultaat_brin_resultaatvolgnummer_key" ON "Resultaat"("brin", "resultaatvolgnummer");

-- CreateIndex
CREATE INDEX "Verzuimmelding_persoonId_idx" ON "Verzuimmelding"("persoonId");

-- CreateIndex
CREATE UNIQUE INDEX "Verzuimmelding_brin_verzuimvolgnummer_key" ON "Verzuimmelding"("brin", "verzuimvolgnummer");

-- CreateIndex
CREATE INDEX "Upload_brin_aangemaaktOp_idx" ON "Upload"("brin", "aangemaaktOp");

-- CreateIndex
CREATE INDEX "UploadFout_uploadId_rij_idx" ON "UploadFout"("uploadId", "rij");

-- CreateIndex
CREATE INDEX "Melding_brin_verwerktOp_idx" ON "Melding"("brin", "verwerktOp");

-- CreateIndex
CREATE INDEX "Melding_uploadId_idx" ON "Melding"("uploadId");

-- CreateIndex
CREATE INDEX "Signaal_persoonId_idx" ON "Signaal"("persoonId");

-- CreateIndex
CREATE UNIQUE INDEX "Signaal_brin_soort_sleutel_code_key" ON "Signaal"("brin", "soort", "sleutel", "code");

-- CreateIndex
CREATE INDEX "Bekostigingsbeoordeling_persoonId_idx" ON "Bekostigingsbeoordeling"("persoonId");

-- CreateIndex
CREATE INDEX "Bekostigingsbeoordeling_brin_peildatum_status_idx" ON "Bekostigingsbeoordeling"("brin", "peildatum", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Bekostigingsbeoordeling_brin_soort_volgnummer_peildatum_key" ON "Bekostigingsbeoordeling"("brin", "soort", "volgnummer", "peildatum");

-- CreateIndex
CREATE INDEX "Bericht_brin_aangemaaktOp_idx" ON "Bericht"("brin", "aangemaaktOp");

-- CreateIndex
CREATE INDEX "AuditEvent_tijdstip_idx" ON "AuditEvent"("tijdstip");

-- CreateIndex
CREATE INDEX "AuditEvent_brin_tijdstip_idx" ON "AuditEvent"("brin", "tijdstip");

-- CreateIndex
CREATE INDEX "AuditEvent_actor_tijdstip_idx" ON "AuditEvent"("actor", "tijdstip");

-- CreateIndex
CREATE UNIQUE INDEX "Gebruiker_email_key" ON "Gebruiker"("email");

-- CreateIndex
CREATE INDEX "GebruikerInstelling_brin_idx" ON "GebruikerInstelling"("brin");

-- CreateIndex
CREATE INDEX "InlogPoging_email_tijdstip_idx" ON "InlogPoging"("email", "tijdstip");

-- CreateIndex
CREATE UNIQUE INDEX "Leverancier_naam_key" ON "Leverancier"("naam");

-- CreateIndex
CREATE UNIQUE INDEX "ApiClient_clientId_key" ON "ApiClient"("clientId");

-- CreateIndex
CREATE INDEX "Mandaat_brin_dienst_idx" ON "Mandaat"("brin", "dienst");

-- CreateIndex
CREATE INDEX "Mandaat_leverancierId_idx" ON "Mandaat"("leverancierId");

-- CreateIndex
CREATE INDEX "Contactkaart_brin_idx" ON "Contactkaart"("brin");

-- CreateIndex
CREATE UNIQUE INDEX "Contactkaart_gebruikerId_brin_key" ON "Contactkaart"("gebruikerId", "brin");

-- CreateIndex
CREATE UNIQUE INDEX "OsrAdres_brin_vestigingscode_key" ON "OsrAdres"("brin", "vestigingscode");

-- CreateIndex
CREATE UNIQUE INDEX "OsrEndpoint_brin_dienst_leverancierId_key" ON "OsrEndpoint"("brin", "dienst", "leverancierId");

-- AddForeignKey
ALTER TABLE "Instelling" ADD CONSTRAINT "Instelling_bestuurscode_fkey" FOREIGN KEY ("bestuurscode") REFERENCES "Bestuur"("bestuurscode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vestiging" ADD CONSTRAINT "Vestiging_brin_fkey" FOREIGN KEY ("brin") REFERENCES "Instelling"("brin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licentie" ADD CONSTRAINT "Licentie_brin_fkey" FOREIGN KEY ("brin") REFERENCES "Instelling"("brin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Licentie" ADD CONSTRAINT "Licentie_opleidingscode_fkey" FOREIGN KEY ("opleidingscode") REFERENCES "Opleiding"("opleidingscode") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inschrijving" ADD CONSTRAINT "Inschrijving_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Periode" ADD CONSTRAINT "Periode_inschrijvingId_fkey" FOREIGN KEY ("inschrijvingId") REFERENCES "Inschrijving"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bpv" ADD CONSTRAINT "Bpv_inschrijvingId_fkey" FOREIGN KEY ("inschrijvingId") REFERENCES "Inschrijving"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resultaat" ADD CONSTRAINT "Resultaat_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verzuimmelding" ADD CONSTRAINT "Verzuimmelding_persoonId_fkey" FOREIGN KEY ("persoonId") REFERENCES "Persoon"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadDeel" ADD CONSTRAINT "UploadDeel_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadFout" ADD CONSTRAINT "UploadFout_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GebruikerInstelling" ADD CONSTRAINT "GebruikerInstelling_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GebruikerInstelling" ADD CONSTRAINT "GebruikerInstelling_brin_fkey" FOREIGN KEY ("brin") REFERENCES "Instelling"("brin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiClient" ADD CONSTRAINT "ApiClient_leverancierId_fkey" FOREIGN KEY ("leverancierId") REFERENCES "Leverancier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandaat" ADD CONSTRAINT "Mandaat_brin_fkey" FOREIGN KEY ("brin") REFERENCES "Instelling"("brin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandaat" ADD CONSTRAINT "Mandaat_leverancierId_fkey" FOREIGN KEY ("leverancierId") REFERENCES "Leverancier"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contactkaart" ADD CONSTRAINT "Contactkaart_gebruikerId_fkey" FOREIGN KEY ("gebruikerId") REFERENCES "Gebruiker"("id") ON DELETE CASCADE ON UPDATE CASCADE;
