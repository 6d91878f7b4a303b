// Read side of the back-office drill-down into one institution: the institution, its latest
// meldingen and its mandates. Uploads and funding come from the institution portal's own queries.
import type { PrismaClient } from "@/generated/prisma/client";
import type { DetailMelding } from "@/lib/register/queries/deelnemer-detail";

export const RECENTE_MELDINGEN = 50;

export async function instellingVoorBeheer(db: PrismaClient, brin: string) {
  return db.instelling.findUnique({ where: { brin }, include: { bestuur: true } });
}

function codesVan(value: unknown): DetailMelding["codes"] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c: unknown) => {
    if (!c || typeof c !== "object" || typeof (c as { code?: unknown }).code !== "string") return [];
    const { code, kolom, melding } = c as { code: string; kolom?: unknown; melding?: unknown };
    return [
      { code, ...(typeof kolom === "string" ? { kolom } : {}), ...(typeof melding === "string" ? { melding } : {}) },
    ];
  });
}

/** The institution's latest handled meldingen, newest first, along the (brin, verwerktOp) index. */
export async function recenteMeldingen(
  db: PrismaClient,
  brin: string,
  limit = RECENTE_MELDINGEN,
): Promise<DetailMelding[]> {
  const rows = await db.melding.findMany({
    where: { brin, verwerktOp: { not: null } },
    orderBy: [{ verwerktOp: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((m) => ({
    id: m.id,
    soort: m.soort,
    sleutel: m.sleutel,
    verwijdering: m.verwijdering,
    bron: m.bron,
    status: m.status,
    gewijzigd: m.gewijzigd,
    codes: codesVan(m.codes),
    ontvangenOp: m.ontvangenOp,
    verwerktOp: m.verwerktOp,
  }));
}

export async function mandatenVan(db: PrismaClient, brin: string) {
  return db.mandaat.findMany({
    where: { brin },
    include: { leverancier: { select: { naam: true } } },
    orderBy: [{ dienst: "asc" }, { begindatum: "asc" }],
  });
}
