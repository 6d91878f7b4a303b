// Mandates (osr.md §2): school X lets leverancier Y deliver for dienst Z from A until B (inclusive).
// The beheerder grants, ends and lists the school's mandates; DUO staff list all. A mandate counts
// for the API on a day when begindatum ≤ day ≤ einddatum (or no einddatum): `geldigOp` is that one
// rule, for the portal and for the API's mandate checks alike. Ending one sets its einddatum to
// yesterday, so it stops counting at once without a second notion of "ended".
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Dienst } from "@/generated/prisma/enums";
import { apiToegangGewijzigd } from "@/lib/api/clients";
import { fromDb, toDb } from "@/lib/shared/dates";
import { auditOsr, type Actor } from "./audit";
import { geweigerd, type Uitkomst } from "@/lib/server/form-state";
import type { MandaatInvoer } from "./validation";

export type MandaatStatus = "ACTIEF" | "TOEKOMSTIG" | "BEEINDIGD";

export type MandaatRij = {
  id: string;
  brin: string;
  instellingNaam: string;
  leverancierId: string;
  leverancierNaam: string;
  dienst: Dienst;
  begindatum: string;
  einddatum: string | null;
  aangemaaktOp: Date;
  status: MandaatStatus;
};

/** The day before an ISO date. */
export function dagErvoor(iso: string): string {
  const date = toDb(iso);
  date.setUTCDate(date.getUTCDate() - 1);
  return fromDb(date);
}

/** Where-clause of the mandates that count on `dag` (ISO): the one validity rule. */
export function geldigOp(dag: string): Prisma.MandaatWhereInput {
  const day = toDb(dag);
  return { begindatum: { lte: day }, OR: [{ einddatum: null }, { einddatum: { gte: day } }] };
}

export function mandaatStatus(m: { begindatum: string; einddatum: string | null }, vandaag: string): MandaatStatus {
  if (m.einddatum !== null && m.einddatum < vandaag) return "BEEINDIGD";
  if (m.begindatum > vandaag) return "TOEKOMSTIG";
  return "ACTIEF";
}

/**
 * Whether the leverancier holds a mandate of the school that counts on `vandaag`: for that dienst,
 * or for any dienst of the school when none is given (the OSR adres, meldingen, berichten).
 */
export async function heeftGeldigMandaat(
  db: PrismaClient,
  leverancierId: string,
  brin: string,
  vandaag: string,
  dienst?: Dienst,
): Promise<boolean> {
  const found = await db.mandaat.findFirst({
    where: { leverancierId, brin, ...(dienst ? { dienst } : {}), ...geldigOp(vandaag) },
    select: { id: true },
  });
  return found !== null;
}

const include = { leverancier: { select: { naam: true } }, instelling: { select: { naam: true } } } as const;
type WithNames = Prisma.MandaatGetPayload<{ include: typeof include }>;

function toRij(m: WithNames, vandaag: string): MandaatRij {
  const begindatum = fromDb(m.begindatum);
  const einddatum = fromDb(m.einddatum);
  return {
    id: m.id,
    brin: m.brin,
    instellingNaam: m.instelling.naam,
    leverancierId: m.leverancierId,
    leverancierNaam: m.leverancier.naam,
    dienst: m.dienst,
    begindatum,
    einddatum,
    aangemaaktOp: m.aangemaaktOp,
    status: mandaatStatus({ begindatum, einddatum }, vandaag),
  };
}

const STATUS_ORDE: Record<MandaatStatus, number> = { ACTIEF: 0, TOEKOMSTIG: 1, BEEINDIGD: 2 };
const byStatus = (a: MandaatRij, b: MandaatRij) => STATUS_ORDE[a.status] - STATUS_ORDE[b.status];

/** One school's mandates: the ones that count first, then future ones, then ended ones. */
export async function mandatenVanSchool(db: PrismaClient, brin: string, vandaag: string): Promise<MandaatRij[]> {
  const rows = await db.mandaat.findMany({
    where: { brin },
    include,
    orderBy: [{ begindatum: "desc" }, { aangemaaktOp: "desc" }],
  });
  return rows.map((m) => toRij(m, vandaag)).sort(byStatus);
}

/** Every mandate of every school, for DUO staff; optionally one school or one leverancier. */
export async function alleMandaten(
  db: PrismaClient,
  vandaag: string,
  filter: { brin?: string; leverancierId?: string } = {},
): Promise<MandaatRij[]> {
  const rows = await db.mandaat.findMany({
    where: {
      ...(filter.brin ? { brin: filter.brin } : {}),
      ...(filter.leverancierId ? { leverancierId: filter.leverancierId } : {}),
    },
    include,
    orderBy: [{ brin: "asc" }, { begindatum: "desc" }, { aangemaaktOp: "desc" }],
  });
  return rows.map((m) => toRij(m, vandaag));
}

export async function leveranciers(db: PrismaClient): Promise<{ id: string; naam: string }[]> {
  return db.leverancier.findMany({ select: { id: true, naam: true }, orderBy: { naam: "asc" } });
}

const overlapt = (a: { begin: string; eind: string | null }, b: { begin: string; eind: string | null }) =>
  (a.eind === null || a.eind >= b.begin) && (b.eind === null || b.eind >= a.begin);

/** Grants a mandate; refused when the same leverancier already holds one for that dienst in an overlapping period. */
export async function verleenMandaat(
  db: PrismaClient,
  actor: Actor,
  brin: string,
  invoer: MandaatInvoer,
): Promise<Uitkomst<{ id: string }>> {
  const uitkomst = await db.$transaction(async (tx): Promise<Uitkomst<{ id: string }>> => {
    // One grant per school at a time, so two overlapping grants cannot both pass the check.
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`mandaat:${brin}`}))::text AS locked`;
    const leverancier = await tx.leverancier.findUnique({ where: { id: invoer.leverancierId } });
    if (!leverancier) return geweigerd("leverancierOnbekend", { leverancierId: "leverancierOnbekend" });
    const bestaande = await tx.mandaat.findMany({
      where: { brin, leverancierId: leverancier.id, dienst: invoer.dienst },
    });
    const nieuw = { begin: invoer.begindatum, eind: invoer.einddatum };
    if (bestaande.some((m) => overlapt({ begin: fromDb(m.begindatum), eind: fromDb(m.einddatum) }, nieuw))) {
      return geweigerd("mandaatOverlapt", { begindatum: "mandaatOverlapt" });
    }
    const mandaat = await tx.mandaat.create({
      data: {
        brin,
        leverancierId: leverancier.id,
        dienst: invoer.dienst,
        begindatum: toDb(invoer.begindatum),
        einddatum: toDb(invoer.einddatum),
      },
    });
    await auditOsr(tx, actor, {
      brin,
      entiteit: "Mandaat",
      sleutel: mandaat.id,
      actie: "VERLENEN",
      na: {
        leverancier: leverancier.naam,
        dienst: invoer.dienst,
        begindatum: invoer.begindatum,
        einddatum: invoer.einddatum,
      },
    });
    return { ok: true, id: mandaat.id };
  });
  if (uitkomst.ok) apiToegangGewijzigd();
  return uitkomst;
}

/** Ends a mandate of the school at once: from today on the API refuses the supplier for that dienst. */
export async function beeindigMandaat(
  db: PrismaClient,
  actor: Actor,
  brin: string,
  mandaatId: string,
  vandaag: string,
): Promise<Uitkomst> {
  const uitkomst = await db.$transaction(async (tx): Promise<Uitkomst> => {
    const mandaat = await tx.mandaat.findFirst({
      where: { id: mandaatId, brin },
      include: { leverancier: { select: { naam: true } } },
    });
    if (!mandaat) return geweigerd("mandaatNietGevonden");
    const voor = {
      leverancier: mandaat.leverancier.naam,
      dienst: mandaat.dienst,
      begindatum: fromDb(mandaat.begindatum),
      einddatum: fromDb(mandaat.einddatum),
    };
    if (mandaatStatus(voor, vandaag) === "BEEINDIGD") return geweigerd("mandaatAlBeeindigd");
    const einddatum = dagErvoor(vandaag);
    await tx.mandaat.update({ where: { id: mandaat.id }, data: { einddatum: toDb(einddatum) } });
    await auditOsr(tx, actor, {
      brin,
      entiteit: "Mandaat",
      sleutel: mandaat.id,
      actie: "BEEINDIGEN",
      voor,
      na: { ...voor, einddatum },
    });
    return { ok: true };
  });
  if (uitkomst.ok) apiToegangGewijzigd();
  return uitkomst;
}

/** A page of the mandates schools gave a leverancier, ended ones included, by id after a cursor (GET /api/v1/mandaten). */
export async function mandatenVanLeverancier(
  db: PrismaClient,
  leverancierId: string,
  after: string | null,
  take: number,
) {
  return db.mandaat.findMany({
    where: { leverancierId, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take,
    include: { instelling: { select: { naam: true } } },
  });
}
