// Per-school authorisation of API clients (api.md, osr.md): the client's leverancier must hold a
// mandate of the school for the service, valid today. A school that does not exist gets the same
// 403 as one that gave no mandate, so the API reveals nothing about which schools exist.
import type { Dienst, Sector } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { sqlOf } from "@/lib/db/sql";
import { todayIso } from "@/lib/shared/dates";
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

/**
 * The school when the caller may act for it with `need`, else the 403 to answer. One raw read of
 * the school and the caller's mandates valid today, on every request: ending a mandate bites at once.
 */
export async function requireMandate(caller: ApiCaller, brin: string, need: Need): Promise<MandatedSchool | Response> {
  if (!/^\d{2}[A-Z]{2}$/.test(brin)) return geenMandaat(typeof need === "string" && need !== "ANY" ? need : undefined);
  const [school] = await sqlOf(db).query<{ brin: string; naam: string; sector: Sector; diensten: Dienst[] }>(
    `SELECT i.brin, i.naam, i.sector::text AS sector, coalesce(array_agg(m.dienst::text) FILTER (WHERE m.id IS NOT NULL), '{}') AS diensten
     FROM "Instelling" i LEFT JOIN "Mandaat" m ON m.brin = i.brin AND m."leverancierId" = $2 AND m.begindatum <= $3::date AND (m.einddatum IS NULL OR m.einddatum >= $3::date)
     WHERE i.brin = $1 GROUP BY i.brin`,
    [brin, caller.leverancierId, todayIso()],
  );
  const diensten = new Set(school?.diensten ?? []);
  if (!school || diensten.size === 0) return geenMandaat(typeof need === "string" && need !== "ANY" ? need : undefined);
  // A mandate exists, so the school does: its sector decides the service of an inschrijving.
  const dienst = need === "ANY" ? null : typeof need === "function" ? need(school.sector) : need;
  if (dienst && !diensten.has(dienst)) return geenMandaat(dienst);
  return { brin: school.brin, naam: school.naam, sector: school.sector, diensten };
}
