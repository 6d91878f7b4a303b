// Read side of the reference data in the back-office: a searchable, paged list per soort, the
// current values of one record in the form's string format, and the counts for the overview.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { fromDb } from "@/lib/shared/dates";
import type { ReferentieSoort } from "./referentie";

export const PAGE_SIZE = 50;

export interface Lijst {
  kolommen: string[];
  rijen: { sleutel: string; cellen: string[] }[];
  totaal: number;
}

/** The key of a record as one URL segment (a licence's three parts joined with "-"). */
export const urlSleutel = (sleutel: string) => sleutel.replaceAll("/", "-");

const jn = (b: boolean) => (b ? "J" : "N");
const datum = (d: Date | null) => fromDb(d) ?? "";
const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

export async function tellingen(db: PrismaClient): Promise<Record<ReferentieSoort, number>> {
  const [instellingen, besturen, vestigingen, opleidingen, licenties] = await Promise.all([
    db.instelling.count(),
    db.bestuur.count(),
    db.vestiging.count(),
    db.opleiding.count(),
    db.licentie.count(),
  ]);
  return { instellingen, besturen, vestigingen, opleidingen, licenties };
}

export async function lijst(db: PrismaClient, soort: ReferentieSoort, q: string, pagina: number): Promise<Lijst> {
  const skip = (pagina - 1) * PAGE_SIZE;
  const take = PAGE_SIZE;
  switch (soort) {
    case "instellingen": {
      const where: Prisma.InstellingWhereInput = q
        ? { OR: [{ brin: contains(q) }, { naam: contains(q) }, { plaats: contains(q) }] }
        : {};
      const [rows, totaal] = await Promise.all([
        db.instelling.findMany({ where, orderBy: { brin: "asc" }, skip, take, include: { bestuur: true } }),
        db.instelling.count({ where }),
      ]);
      return {
        kolommen: ["brin", "naam", "sector", "bestuur", "plaats", "bekostigd"],
        rijen: rows.map((i) => ({
          sleutel: i.brin,
          cellen: [i.brin, i.naam, i.sector, `${i.bestuurscode} ${i.bestuur.naam}`, i.plaats, jn(i.bekostigd)],
        })),
        totaal,
      };
    }
    case "besturen": {
      const where: Prisma.BestuurWhereInput = q ? { OR: [{ bestuurscode: contains(q) }, { naam: contains(q) }] } : {};
      const [rows, totaal] = await Promise.all([
        db.bestuur.findMany({
          where,
          orderBy: { bestuurscode: "asc" },
          skip,
          take,
          include: { _count: { select: { instellingen: true } } },
        }),
        db.bestuur.count({ where }),
      ]);
      return {
        kolommen: ["bestuurscode", "naam", "instellingen"],
        rijen: rows.map((b) => ({
          sleutel: b.bestuurscode,
          cellen: [b.bestuurscode, b.naam, String(b._count.instellingen)],
        })),
        totaal,
      };
    }
    case "vestigingen": {
      const where: Prisma.VestigingWhereInput = q
        ? { OR: [{ vestigingscode: contains(q) }, { naam: contains(q) }, { plaats: contains(q) }] }
        : {};
      const [rows, totaal] = await Promise.all([
        db.vestiging.findMany({ where, orderBy: { vestigingscode: "asc" }, skip, take }),
        db.vestiging.count({ where }),
      ]);
      return {
        kolommen: ["vestigingscode", "brin", "naam", "adres", "plaats"],
        rijen: rows.map((v) => ({
          sleutel: v.vestigingscode,
          cellen: [v.vestigingscode, v.brin, v.naam, `${v.straat} ${v.huisnummer}, ${v.postcode}`, v.plaats],
        })),
        totaal,
      };
    }
    case "opleidingen": {
      const where: Prisma.OpleidingWhereInput = q
        ? { OR: [{ opleidingscode: contains(q) }, { naam: contains(q) }] }
        : {};
      const [rows, totaal] = await Promise.all([
        db.opleiding.findMany({ where, orderBy: { opleidingscode: "asc" }, skip, take }),
        db.opleiding.count({ where }),
      ]);
      return {
        kolommen: [
          "opleidingscode",
          "naam",
          "niveau",
          "toegestane_leerwegen",
          "prijsfactor",
          "ingangsdatum",
          "einddatum",
        ],
        rijen: rows.map((o) => ({
          sleutel: o.opleidingscode,
          cellen: [
            o.opleidingscode,
            o.naam,
            String(o.niveau),
            o.toegestaneLeerwegen.join(", "),
            Number(o.prijsfactor).toFixed(2),
            datum(o.ingangsdatum),
            datum(o.einddatum) || "—",
          ],
        })),
        totaal,
      };
    }
    case "licenties": {
      const where: Prisma.LicentieWhereInput = q
        ? {
            OR: [
              { brin: contains(q) },
              { opleidingscode: contains(q) },
              { instelling: { naam: contains(q) } },
              { opleiding: { naam: contains(q) } },
            ],
          }
        : {};
      const [rows, totaal] = await Promise.all([
        db.licentie.findMany({
          where,
          orderBy: [{ brin: "asc" }, { opleidingscode: "asc" }, { leerweg: "asc" }],
          skip,
          take,
          include: { instelling: { select: { naam: true } }, opleiding: { select: { naam: true } } },
        }),
        db.licentie.count({ where }),
      ]);
      return {
        kolommen: ["instelling", "opleiding", "leerweg", "bekostigd", "begindatum", "einddatum"],
        rijen: rows.map((l) => ({
          sleutel: `${l.brin}/${l.opleidingscode}/${l.leerweg}`,
          cellen: [
            `${l.brin} ${l.instelling.naam}`,
            `${l.opleidingscode} ${l.opleiding.naam}`,
            l.leerweg,
            jn(l.bekostigd),
            datum(l.begindatum),
            datum(l.einddatum) || "—",
          ],
        })),
        totaal,
      };
    }
  }
}

/** The record behind a URL key in the form's format (CSV values), or null when it does not exist. */
export async function formWaarden(
  db: PrismaClient,
  soort: ReferentieSoort,
  sleutel: string,
): Promise<Record<string, string> | null> {
  switch (soort) {
    case "instellingen": {
      const i = await db.instelling.findUnique({ where: { brin: sleutel }, include: { bestuur: true } });
      return (
        i && {
          brin: i.brin,
          naam: i.naam,
          sector: i.sector,
          bestuurscode: i.bestuurscode,
          bestuursnaam: i.bestuur.naam,
          plaats: i.plaats,
          bekostigd: jn(i.bekostigd),
        }
      );
    }
    case "besturen": {
      const b = await db.bestuur.findUnique({ where: { bestuurscode: sleutel } });
      return b && { bestuurscode: b.bestuurscode, naam: b.naam };
    }
    case "vestigingen": {
      const v = await db.vestiging.findUnique({ where: { vestigingscode: sleutel } });
      return (
        v && {
          vestigingscode: v.vestigingscode,
          brin: v.brin,
          naam: v.naam,
          straat: v.straat,
          huisnummer: v.huisnummer,
          postcode: v.postcode,
          plaats: v.plaats,
        }
      );
    }
    case "opleidingen": {
      const o = await db.opleiding.findUnique({ where: { opleidingscode: sleutel } });
      return (
        o && {
          opleidingscode: o.opleidingscode,
          naam: o.naam,
          niveau: String(o.niveau),
          specialist: jn(o.specialist),
          toegestane_leerwegen: o.toegestaneLeerwegen.join(","),
          prijsfactor: String(Number(o.prijsfactor)),
          ingangsdatum: datum(o.ingangsdatum),
          einddatum: datum(o.einddatum),
          instroomeinddatum: datum(o.instroomeinddatum),
        }
      );
    }
    case "licenties": {
      const [brin, opleidingscode, leerweg] = sleutel.split("-");
      if (!brin || !opleidingscode || !["BOL", "BBL", "EX"].includes(leerweg ?? "")) return null;
      const l = await db.licentie.findUnique({
        where: { brin_opleidingscode_leerweg: { brin, opleidingscode, leerweg: leerweg as "BOL" | "BBL" | "EX" } },
      });
      return (
        l && {
          brin: l.brin,
          opleidingscode: l.opleidingscode,
          leerweg: l.leerweg,
          bekostigd: jn(l.bekostigd),
          begindatum: datum(l.begindatum),
          einddatum: datum(l.einddatum),
        }
      );
    }
  }
}

/** Institutions for a select or filter: brin and naam, by naam (or, for the po verzuim filter, po only by brin). */
export async function instellingKeuzes(
  db: PrismaClient,
  opties: { sector?: "PO"; orderBy?: "naam" | "brin" } = {},
): Promise<{ brin: string; naam: string }[]> {
  return db.instelling.findMany({
    ...(opties.sector ? { where: { sector: opties.sector } } : {}),
    orderBy: opties.orderBy === "brin" ? { brin: "asc" } : { naam: "asc" },
    select: { brin: true, naam: true },
  });
}

/** Every institution's sector, for grouping counts per sector. */
export async function sectorPerInstelling(db: PrismaClient): Promise<Map<string, "PO" | "MBO">> {
  const instellingen = await db.instelling.findMany({ select: { brin: true, sector: true } });
  return new Map(instellingen.map((i) => [i.brin, i.sector]));
}

/** The latest reference-data imports, newest first. */
export async function recenteImports(db: PrismaClient, take = 10) {
  return db.referentieImport.findMany({ orderBy: { aangemaaktOp: "desc" }, take });
}

/** One import with the recompute it started (if any). */
export async function referentieImport(db: PrismaClient, id: string) {
  const imp = await db.referentieImport.findUnique({ where: { id } });
  if (!imp) return null;
  const herberekening = imp.herberekeningId
    ? await db.herberekening.findUnique({ where: { id: imp.herberekeningId } })
    : null;
  return { imp, herberekening };
}

/** The audit history of one reference record (its URL key), newest first. */
export async function referentieHistorie(db: PrismaClient, entiteit: string, urlSleutel: string, take = 20) {
  return db.auditEvent.findMany({
    where: { entiteit, sleutel: urlSleutel.replaceAll("-", "/") },
    orderBy: { tijdstip: "desc" },
    take,
  });
}

/** The recomputes reference-data changes started, newest first. */
export async function recenteHerberekeningen(db: PrismaClient, take = 20) {
  return db.herberekening.findMany({ orderBy: { aangemaaktOp: "desc" }, take });
}

/** The count dates, by date and sector. */
export async function alleTeldata(db: PrismaClient) {
  return db.teldatum.findMany({ orderBy: [{ datum: "asc" }, { sector: "asc" }] });
}
