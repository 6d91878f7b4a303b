// Per-school authorisation of API clients (api.md, osr.md): the client's leverancier must hold a
// mandate of the school for the service, valid today. A school that does not exist gets the same
// 403 as one that gave no mandate, so the API reveals nothing about which schools exist.
import type { Dienst, Sector } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { sqlOf } from "@/lib/db/sql";
import { todayIso } from "@/lib/shared/dates";
import type { ApiCaller } from "./clients";
import { problem } from "./problem";

/** A brin as the API accepts it in a path: anything else has no mandate to look up. */
export const BRIN = /^\d{2}[A-Z]{2}$/;

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

/** A school and the services a supplier holds a mandate for there today, as one statement reads them. */
export interface SchoolMandaten {
  brin: string;
  naam: string;
  sector: Sector;
  diensten: Dienst[];
}

/**
 * The statement that reads a SchoolMandaten row: the school named by the parameter `brin`, with the
 * mandates of the supplier named by `leverancier` valid on the date parameter `today` (parameter
 * references such as `$2`, or a column of an outer query).
 */
export const schoolMandatenSql = (brin: string, leverancier: string, today: string) =>
  `SELECT i.brin, i.naam, i.sector::text AS sector, coalesce(array_agg(m.dienst::text) FILTER (WHERE m.id IS NOT NULL), '{}') AS diensten
   FROM "Instelling" i LEFT JOIN "Mandaat" m ON m.brin = i.brin AND m."leverancierId" = ${leverancier} AND m.begindatum <= ${today}::date AND (m.einddatum IS NULL OR m.einddatum >= ${today}::date)
   WHERE i.brin = ${brin} GROUP BY i.brin`;

/** The caller's school as authentication read it along with the client, when that was this brin. */
async function schoolVan(caller: ApiCaller, brin: string): Promise<SchoolMandaten | undefined> {
  if (caller.gelezen?.brin === brin) return caller.gelezen.school ?? undefined;
  const [school] = await sqlOf(db).query<SchoolMandaten>(schoolMandatenSql("$1", "$2", "$3"), [
    brin,
    caller.leverancierId,
    todayIso(),
  ]);
  return school;
}

/**
 * The school when the caller may act for it with `need`, else the 403 to answer. The school and the
 * caller's mandates valid today are read on every request (usually in the statement that read the
 * client, see clients.ts): ending a mandate bites at once.
 */
export async function requireMandate(caller: ApiCaller, brin: string, need: Need): Promise<MandatedSchool | Response> {
  if (!BRIN.test(brin)) return geenMandaat(typeof need === "string" && need !== "ANY" ? need : undefined);
  const school = await schoolVan(caller, brin);
  const diensten = new Set(school?.diensten ?? []);
  if (!school || diensten.size === 0) return geenMandaat(typeof need === "string" && need !== "ANY" ? need : undefined);
  // A mandate exists, so the school does: its sector decides the service of an inschrijving.
  const dienst = need === "ANY" ? null : typeof need === "function" ? need(school.sector) : need;
  if (dienst && !diensten.has(dienst)) return geenMandaat(dienst);
  return { brin: school.brin, naam: school.naam, sector: school.sector, diensten };
}
