// The back-office person search (access.md: DUO staff, logged): one PGN across every institution.
// The search is written to the audit trail with its reason BEFORE any of the person's data is read.
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { isoOf } from "@/lib/register/queries/shared";
import { normalizePgn } from "@/lib/shared/pgn";
import { isGeldigBsn, isGeldigOnderwijsnummer } from "@/lib/register/validate/pgn";

export const REDEN_MIN = 10;
export const REDEN_MAX = 500;

export const zoekInput = z.object({
  pgn: z.string({ error: "Vul een BSN of onderwijsnummer in." }).transform((v, ctx) => {
    const pgn = normalizePgn(v);
    if (!pgn || !(isGeldigBsn(pgn) || isGeldigOnderwijsnummer(pgn))) {
      ctx.addIssue({
        code: "custom",
        message: "Vul een geldig BSN of onderwijsnummer in (9 cijfers, met geldig controlegetal).",
      });
      return z.NEVER;
    }
    return pgn;
  }),
  reden: z
    .string({ error: "Geef een reden voor de inzage." })
    .trim()
    .min(REDEN_MIN, { error: `Geef een reden van minstens ${REDEN_MIN} tekens.` })
    .max(REDEN_MAX, { error: `De reden mag hoogstens ${REDEN_MAX} tekens lang zijn.` }),
});

export interface InzagePeriode {
  begindatum: string;
  opleidingscode: string | null;
  leerweg: string | null;
  indicatieBekostigbaar: boolean | null;
  vestigingscode: string | null;
  groep: number | null;
}

export interface InzageInschrijving {
  /** The inschrijving's id: DUO's view of the student at that school (/beheer/instellingen/{brin}/deelnemers/{id}). */
  id: number;
  volgnummer: string;
  sector: string;
  datumInschrijving: string;
  datumUitschrijvingGepland: string | null;
  datumUitschrijving: string | null;
  redenUitschrijving: string | null;
  perioden: InzagePeriode[];
  bpv: {
    bpvVolgnummer: string;
    leerbedrijfId: string;
    opleidingscode: string;
    datumBegin: string;
    datumEindeGepland: string;
    datumEinde: string | null;
    omvangUren: number;
  }[];
}

export interface InzageInstelling {
  brin: string;
  naam: string;
  inschrijvingen: InzageInschrijving[];
  resultaten: {
    resultaatvolgnummer: string;
    inschrijvingsvolgnummer: string;
    opleidingscode: string;
    soort: string;
    datumBehaald: string;
    indicatieBekostigbaar: boolean;
  }[];
  verzuim: {
    verzuimvolgnummer: string;
    soort: string;
    datumBegin: string;
    datumEinde: string | null;
    behandelstatus: string;
  }[];
  beoordelingen: {
    soort: string;
    volgnummer: string;
    peildatum: string;
    status: string;
    codes: string[];
    gewicht: number;
    definitief: boolean;
  }[];
}

export interface PersoonInzage {
  pgn: string;
  geboortedatum: string;
  geslacht: string;
  naam: string;
  postcode: string | null;
  woonland: string;
  instellingen: InzageInstelling[];
}

/** Everything of one person at every institution, grouped per institution (brin order). */
export async function persoonInzage(db: PrismaClient, persoonId: number): Promise<PersoonInzage | null> {
  const persoon = await db.persoon.findUnique({ where: { id: persoonId } });
  if (!persoon) return null;
  const [inschrijvingen, resultaten, verzuim, beoordelingen] = await Promise.all([
    db.inschrijving.findMany({
      where: { persoonId },
      include: { perioden: { orderBy: { begindatum: "asc" } }, bpv: { orderBy: { datumBegin: "asc" } } },
      orderBy: [{ brin: "asc" }, { datumInschrijving: "desc" }, { id: "desc" }],
    }),
    db.resultaat.findMany({ where: { persoonId }, orderBy: [{ brin: "asc" }, { datumBehaald: "desc" }] }),
    db.verzuimmelding.findMany({ where: { persoonId }, orderBy: [{ brin: "asc" }, { datumBegin: "desc" }] }),
    db.bekostigingsbeoordeling.findMany({
      where: { persoonId },
      orderBy: [{ brin: "asc" }, { peildatum: "desc" }, { soort: "asc" }, { volgnummer: "asc" }],
    }),
  ]);
  const brins = [
    ...new Set([...inschrijvingen, ...resultaten, ...verzuim, ...beoordelingen].map((r) => r.brin)),
  ].sort();
  const namen = new Map(
    (await db.instelling.findMany({ where: { brin: { in: brins } }, select: { brin: true, naam: true } })).map((i) => [
      i.brin,
      i.naam,
    ]),
  );
  return {
    pgn: persoon.pgn,
    geboortedatum: isoOf(persoon.geboortedatum),
    geslacht: persoon.geslacht,
    naam: [persoon.voornamen, persoon.voorvoegsel, persoon.achternaam].filter(Boolean).join(" "),
    postcode: persoon.postcode,
    woonland: persoon.woonland,
    instellingen: brins.map((brin) => ({
      brin,
      naam: namen.get(brin) ?? brin,
      inschrijvingen: inschrijvingen
        .filter((i) => i.brin === brin)
        .map((i) => ({
          id: i.id,
          volgnummer: i.inschrijvingsvolgnummer,
          sector: i.sector,
          datumInschrijving: isoOf(i.datumInschrijving),
          datumUitschrijvingGepland: isoOf(i.datumUitschrijvingGepland),
          datumUitschrijving: isoOf(i.datumUitschrijving),
          redenUitschrijving: i.redenUitschrijving,
          perioden: i.perioden.map((p) => ({
            begindatum: isoOf(p.begindatum),
            opleidingscode: p.opleidingscode,
            leerweg: p.leerweg,
            indicatieBekostigbaar: p.indicatieBekostigbaar,
            vestigingscode: p.vestigingscode,
            groep: p.groep,
          })),
          bpv: i.bpv.map((b) => ({
            bpvVolgnummer: b.bpvVolgnummer,
            leerbedrijfId: b.leerbedrijfId,
            opleidingscode: b.opleidingscode,
            datumBegin: isoOf(b.datumBegin),
            datumEindeGepland: isoOf(b.datumEindeGepland),
            datumEinde: isoOf(b.datumEinde),
            omvangUren: b.omvangUren,
          })),
        })),
      resultaten: resultaten
        .filter((r) => r.brin === brin)
        .map((r) => ({
          resultaatvolgnummer: r.resultaatvolgnummer,
          inschrijvingsvolgnummer: r.inschrijvingsvolgnummer,
          opleidingscode: r.opleidingscode,
          soort: r.soort,
          datumBehaald: isoOf(r.datumBehaald),
          indicatieBekostigbaar: r.indicatieBekostigbaar,
        })),
      verzuim: verzuim
        .filter((v) => v.brin === brin)
        .map((v) => ({
          verzuimvolgnummer: v.verzuimvolgnummer,
          soort: v.soort,
          datumBegin: isoOf(v.datumBegin),
          datumEinde: isoOf(v.datumEinde),
          behandelstatus: v.behandelstatus,
        })),
      beoordelingen: beoordelingen
        .filter((b) => b.brin === brin)
        .map((b) => ({
          soort: b.soort,
          volgnummer: b.volgnummer,
          peildatum: isoOf(b.peildatum),
          status: b.status,
          codes: b.codes,
          gewicht: Number(b.gewicht),
          definitief: b.definitief,
        })),
    })),
  };
}

export type ZoekUitkomst = { gevonden: true; inzage: PersoonInzage } | { gevonden: false };

/**
 * Logs the inzage (actie INZAGE, entiteit Persoon, with the reason) and only then reads the data.
 * A search that finds nobody is logged too. The audit key is the person's internal id, so the
 * audit trail can be read without the PGN in it; the searched PGN is never written to a log.
 */
export async function zoekPersoon(
  db: PrismaClient,
  input: { pgn: string; reden: string; actor: string },
): Promise<ZoekUitkomst> {
  const persoon = await db.persoon.findUnique({ where: { pgn: input.pgn }, select: { id: true } });
  const brins = persoon
    ? [
        ...new Set(
          (await db.inschrijving.findMany({ where: { persoonId: persoon.id }, select: { brin: true } })).map(
            (i) => i.brin,
          ),
        ),
      ].sort()
    : [];
  await db.auditEvent.create({
    data: {
      actorType: "USER",
      actor: input.actor,
      entiteit: "Persoon",
      sleutel: persoon ? String(persoon.id) : "onbekend",
      actie: "INZAGE",
      na: { gevonden: persoon !== null, instellingen: brins },
      reden: input.reden,
    },
  });
  if (!persoon) return { gevonden: false };
  const inzage = await persoonInzage(db, persoon.id);
  return inzage ? { gevonden: true, inzage } : { gevonden: false };
}
