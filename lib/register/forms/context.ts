// What a form knows before anything is posted: the person and inschrijving it is opened for (always
// of this brin, else null → 404), the fields the server fixes, and a stored record as form values.
import type { PrismaClient } from "@/generated/prisma/client";
import { fromDb } from "@/lib/shared/dates";
import { isGeldigBsn, type Soort } from "@/lib/register/validate";
import type { Waarden } from "./formulier";

/** An inschrijving of this brin and its person: the context of every form but a new inschrijving. */
export interface FormContext {
  brin: string;
  inschrijvingId: number;
  sector: "MBO" | "PO";
  inschrijvingsvolgnummer: string;
  persoonId: number;
  pgn: string;
}

export async function formContext(db: PrismaClient, brin: string, inschrijvingId: number): Promise<FormContext | null> {
  const i = await db.inschrijving.findFirst({
    where: { id: inschrijvingId, brin },
    include: { persoon: { select: { pgn: true } } },
  });
  if (!i) return null;
  return {
    brin,
    inschrijvingId: i.id,
    sector: i.sector,
    inschrijvingsvolgnummer: i.inschrijvingsvolgnummer,
    persoonId: i.persoonId,
    pgn: i.persoon.pgn,
  };
}

/** A stored PGN as the field it was delivered in: a number passes either the elfproef or the onderwijsnummer check, never both. */
export function pgnVelden(pgn: string): { bsn: string | undefined; onderwijsnummer: string | undefined } {
  return isGeldigBsn(pgn) ? { bsn: pgn, onderwijsnummer: undefined } : { bsn: undefined, onderwijsnummer: pgn };
}

/**
 * The fields the server decides, whatever is posted: the brin of the URL, the key of the record
 * being changed (`volgnummer`: its bpv-, resultaat- or verzuimvolgnummer; an inschrijving's is the
 * context's), and the person's PGN where the form is about a known person.
 */
export function vasteVelden(
  soort: Soort,
  brin: string,
  context: FormContext | null,
  volgnummer?: string,
): Record<string, unknown> & { brin: string } {
  if (!context) return { brin };
  switch (soort) {
    case "mbo-inschrijvingen":
    case "po-inschrijvingen":
      return { brin, inschrijvingsvolgnummer: context.inschrijvingsvolgnummer, ...pgnVelden(context.pgn) };
    case "mbo-bpv":
      return {
        brin,
        inschrijvingsvolgnummer: context.inschrijvingsvolgnummer,
        ...(volgnummer ? { bpvVolgnummer: volgnummer } : {}),
      };
    case "mbo-resultaten":
      return { brin, ...pgnVelden(context.pgn), ...(volgnummer ? { resultaatvolgnummer: volgnummer } : {}) };
    case "po-verzuim":
      return { brin, ...pgnVelden(context.pgn), ...(volgnummer ? { verzuimvolgnummer: volgnummer } : {}) };
  }
}

/** dd-mm-jjjj, as the portal shows dates and the form fields take them. */
export function formDatum(date: Date | null): string {
  const iso = fromDb(date);
  return iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : "";
}

const jn = (v: boolean | null) => (v === null ? "" : v ? "J" : "N");

/** An inschrijving with its person and perioden as the form shows it. */
export async function inschrijvingWaarden(db: PrismaClient, context: FormContext): Promise<Waarden> {
  const i = await db.inschrijving.findUniqueOrThrow({
    where: { id: context.inschrijvingId },
    include: { persoon: true, perioden: { orderBy: { begindatum: "asc" } } },
  });
  const { persoon: p } = i;
  const waarden: Waarden = {
    inschrijvingsvolgnummer: i.inschrijvingsvolgnummer,
    geboortedatum: formDatum(p.geboortedatum),
    geslacht: p.geslacht,
    achternaam: p.achternaam ?? "",
    voorvoegsel: p.voorvoegsel ?? "",
    voornamen: p.voornamen ?? "",
    postcode: p.postcode ?? "",
    woonland: p.woonland,
    datumInschrijving: formDatum(i.datumInschrijving),
    datumUitschrijving: formDatum(i.datumUitschrijving),
  };
  if (i.sector === "MBO") {
    waarden.datumUitschrijvingGepland = formDatum(i.datumUitschrijvingGepland);
    waarden.redenUitschrijving = i.redenUitschrijving ?? "";
  }
  i.perioden.forEach((periode, n) => {
    waarden[`perioden.${n}.periodeBegindatum`] = formDatum(periode.begindatum);
    if (i.sector === "MBO") {
      waarden[`perioden.${n}.opleidingscode`] = periode.opleidingscode ?? "";
      waarden[`perioden.${n}.leerweg`] = periode.leerweg ?? "";
      waarden[`perioden.${n}.indicatieBekostigbaar`] = jn(periode.indicatieBekostigbaar);
    } else {
      waarden[`perioden.${n}.vestigingscode`] = periode.vestigingscode ?? "";
      waarden[`perioden.${n}.groep`] = periode.groep === null ? "" : String(periode.groep);
    }
  });
  return waarden;
}

/** A BPV of the context's inschrijving, or null. */
export async function bpvWaarden(
  db: PrismaClient,
  context: FormContext,
  bpvVolgnummer: string,
): Promise<Waarden | null> {
  const b = await db.bpv.findUnique({
    where: { inschrijvingId_bpvVolgnummer: { inschrijvingId: context.inschrijvingId, bpvVolgnummer } },
  });
  if (!b) return null;
  return {
    bpvVolgnummer: b.bpvVolgnummer,
    leerbedrijfId: b.leerbedrijfId,
    opleidingscode: b.opleidingscode,
    afsluitdatum: formDatum(b.afsluitdatum),
    datumBegin: formDatum(b.datumBegin),
    datumEindeGepland: formDatum(b.datumEindeGepland),
    datumEinde: formDatum(b.datumEinde),
    omvangUren: String(b.omvangUren),
  };
}

/** A resultaat of this brin and of the context's person, or null. */
export async function resultaatWaarden(
  db: PrismaClient,
  context: FormContext,
  resultaatvolgnummer: string,
): Promise<Waarden | null> {
  const r = await db.resultaat.findFirst({
    where: { brin: context.brin, resultaatvolgnummer, persoonId: context.persoonId },
  });
  if (!r) return null;
  return {
    resultaatvolgnummer: r.resultaatvolgnummer,
    inschrijvingsvolgnummer: r.inschrijvingsvolgnummer,
    opleidingscode: r.opleidingscode,
    soort: r.soort,
    datumBehaald: formDatum(r.datumBehaald),
    indicatieBekostigbaar: jn(r.indicatieBekostigbaar),
  };
}

/** A verzuimmelding of this brin and of the context's person, or null. */
export async function verzuimWaarden(
  db: PrismaClient,
  context: FormContext,
  verzuimvolgnummer: string,
): Promise<Waarden | null> {
  const v = await db.verzuimmelding.findFirst({
    where: { brin: context.brin, verzuimvolgnummer, persoonId: context.persoonId },
  });
  if (!v) return null;
  return {
    verzuimvolgnummer: v.verzuimvolgnummer,
    // The database enum cannot start with a digit; the register's code is 16U_4W.
    soort: v.soort === "U16_4W" ? "16U_4W" : v.soort,
    datumBegin: formDatum(v.datumBegin),
    datumEinde: formDatum(v.datumEinde),
    toelichting: v.toelichting ?? "",
  };
}

/** Choices of the forms: this school's vestigingen (po), the person's mbo inschrijvingen here (resultaat). */
export async function vestigingKeuzes(db: PrismaClient, brin: string): Promise<{ code: string; naam: string }[]> {
  const rows = await db.vestiging.findMany({
    where: { brin },
    orderBy: { vestigingscode: "asc" },
    select: { vestigingscode: true, naam: true },
  });
  return rows.map((r) => ({ code: r.vestigingscode, naam: r.naam }));
}

export async function inschrijvingKeuzes(db: PrismaClient, context: FormContext): Promise<string[]> {
  const rows = await db.inschrijving.findMany({
    where: { brin: context.brin, persoonId: context.persoonId, sector: "MBO" },
    orderBy: { datumInschrijving: "desc" },
    select: { inschrijvingsvolgnummer: true },
  });
  return rows.map((r) => r.inschrijvingsvolgnummer);
}

/** The opleiding of the inschrijving's latest periode: the likely one of a new diploma. */
export async function laatsteOpleidingscode(db: PrismaClient, context: FormContext): Promise<string | null> {
  const periode = await db.periode.findFirst({
    where: { inschrijvingId: context.inschrijvingId },
    orderBy: { begindatum: "desc" },
    select: { opleidingscode: true },
  });
  return periode?.opleidingscode ?? null;
}
