// Per-school authorisation of API clients (api.md, osr.md): the client's leverancier must hold a
// mandate of the school for the service, valid today. A school that does not exist gets the same
// 403 as one that gave no mandate, so the API reveals nothing about which schools exist.
import type { Dienst, Sector } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { toDb, todayIso } from "@/lib/register/pipeline/dates";
import type { ApiCaller } from "./clients";
import { problem } from "./problem";

export const DIENSTEN = ["DUO_MBO", "ROD_PO", "VERZUIM"] as const satisfies readonly Dienst[];

export interface MandatedSchool {
  brin: string;
  naam: string;
  sector: Sector;
  /** The services the caller holds a valid mandate for at this school today. */
  diensten: ReadonlySet<Dienst>;
}

/** Which service a request needs: one, any service of the school, or one that follows from its sector. */
export type Need = Dienst | "ANY" | ((sector: Sector) => Dienst);

/** mbo register data needs DUO_MBO, po inschrijvingen ROD_PO (api.md). */
export const inschrijvingDienst = (sector: Sector): Dienst => (sector === "MBO" ? "DUO_MBO" : "ROD_PO");

export const geenMandaat = (dienst?: Dienst) =>
  problem(
    403,
    dienst
      ? `Uw organisatie heeft van deze instelling geen geldig mandaat voor de dienst ${dienst}.`
      : "Uw organisatie heeft van deze instelling geen geldig mandaat.",
  );

export async function mandatedDiensten(leverancierId: string, brin: string, today = todayIso()): Promise<Set<Dienst>> {
  const day = toDb(today);
  const rows = await db.mandaat.findMany({
    where: { leverancierId, brin, begindatum: { lte: day }, OR: [{ einddatum: null }, { einddatum: { gte: day } }] },
    select: { dienst: true },
  });
  return new Set(rows.map((r) => r.dienst));
}

/** The school when the caller may act for it with `need`, else the 403 to answer. */
export async function requireMandate(caller: ApiCaller, brin: string, need: Need): Promise<MandatedSchool | Response> {
  if (!/^\d{2}[A-Z]{2}$/.test(brin)) return geenMandaat(typeof need === "string" && need !== "ANY" ? need : undefined);
  const diensten = await mandatedDiensten(caller.leverancierId, brin);
  if (diensten.size === 0) return geenMandaat(typeof need === "string" && need !== "ANY" ? need : undefined);
  // A mandate exists, so the school does: its sector decides the service of an inschrijving.
  const instelling = await db.instelling.findUnique({ where: { brin }, select: { brin: true, naam: true, sector: true } });
  if (!instelling) return geenMandaat();
  const dienst = need === "ANY" ? null : typeof need === "function" ? need(instelling.sector) : need;
  if (dienst && !diensten.has(dienst)) return geenMandaat(dienst);
  return { ...instelling, diensten };
}
