// Read side of the national overview: only the Overzicht* summary tables (a few rows per
// institution), never the register itself, so the page stays fast at a million inschrijvingen.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Sector } from "@/generated/prisma/enums";
import { fromDb } from "@/lib/shared/dates";
import { todayIso } from "@/lib/shared/dates";

export const DAGEN = 30;
export const TOP_CODES = 10;

export interface InstellingRegel {
  brin: string;
  naam: string;
  sector: Sector;
  plaats: string;
  inschrijvingen: number;
  verwerkt: number;
  afgekeurd: number;
  openS01: number;
  /** On the latest teldatum that has assessments at this institution. */
  bekostigd: number;
  nietBekostigd: number;
  gewicht: number;
}

export interface SectorRegel {
  sector: Sector;
  instellingen: number;
  inschrijvingen: number;
  verwerkt: number;
  afgekeurd: number;
  openS01: number;
}

export interface DagRegel {
  dag: string;
  verwerkt: number;
  afgekeurd: number;
}

export interface CodeRegel {
  code: string;
  aantal: number;
}

export interface TeldatumRegel {
  sector: Sector;
  teldatum: string;
  bekostigd: number;
  nietBekostigd: number;
  gewicht: number;
}

export interface LandelijkOverzicht {
  sector: Sector | null;
  /** The oldest refresh among the institutions shown: every figure is at least this recent. */
  bijgewerktOp: Date | null;
  sectoren: SectorRegel[];
  instellingen: InstellingRegel[];
  perDag: DagRegel[];
  afkeuringen: CodeRegel[];
  signalen: CodeRegel[];
  perTeldatum: TeldatumRegel[];
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** The overview of every institution, or of one sector. `vandaag` fixes the 30-day window (tests). */
export async function landelijkOverzicht(
  db: PrismaClient,
  options: { sector?: Sector; vandaag?: Date } = {},
): Promise<LandelijkOverzicht> {
  const sector = options.sector ?? null;
  const vandaag = options.vandaag ?? new Date();
  // Days are Dutch calendar days (as the summary stores them): after midnight in Amsterdam it is
  // already tomorrow there while UTC is still on today.
  const vanaf = new Date(new Date(`${todayIso(vandaag)}T00:00:00Z`).getTime() - (DAGEN - 1) * 86_400_000);
  const instellingWhere = sector ? { sector } : {};
  const [instellingen, samenvattingen, meldingen, codes, bekostiging, teldata] = await Promise.all([
    db.instelling.findMany({
      where: instellingWhere,
      orderBy: { brin: "asc" },
      select: { brin: true, naam: true, sector: true, plaats: true },
    }),
    db.overzichtInstelling.findMany({ where: instellingWhere }),
    db.overzichtMeldingDag.groupBy({ by: ["brin", "status"], _sum: { aantal: true } }),
    db.overzichtCode.findMany(),
    db.overzichtBekostiging.findMany(),
    db.teldatum.findMany({ where: instellingWhere, orderBy: [{ datum: "asc" }, { sector: "asc" }] }),
  ]);
  const perDagRows = await db.overzichtMeldingDag.groupBy({
    by: ["dag", "status"],
    where: { dag: { gte: vanaf }, ...(sector ? { brin: { in: instellingen.map((i) => i.brin) } } : {}) },
    _sum: { aantal: true },
  });

  const inScope = new Set(instellingen.map((i) => i.brin));
  const samenvatting = new Map(samenvattingen.map((s) => [s.brin, s]));
  const meldingenVan = (brin: string, status: "VERWERKT" | "AFGEKEURD") =>
    meldingen.find((m) => m.brin === brin && m.status === status)?._sum.aantal ?? 0;
  const sectorVan = new Map(instellingen.map((i) => [i.brin, i.sector]));

  const regels: InstellingRegel[] = instellingen.map((i) => {
    const eigen = bekostiging.filter((b) => b.brin === i.brin);
    const laatste = eigen.reduce<Date | null>(
      (max, b) => (max === null || b.peildatum > max ? b.peildatum : max),
      null,
    );
    const op = laatste ? eigen.filter((b) => b.peildatum.getTime() === laatste.getTime()) : [];
    const j = op.find((b) => b.status === "J");
    const n = op.find((b) => b.status === "N");
    return {
      ...i,
      inschrijvingen: samenvatting.get(i.brin)?.inschrijvingen ?? 0,
      verwerkt: meldingenVan(i.brin, "VERWERKT"),
      afgekeurd: meldingenVan(i.brin, "AFGEKEURD"),
      openS01: samenvatting.get(i.brin)?.openS01 ?? 0,
      bekostigd: j?.aantal ?? 0,
      nietBekostigd: n?.aantal ?? 0,
      gewicht: Number(j?.gewicht ?? 0),
    };
  });

  const sectoren: SectorRegel[] = (["MBO", "PO"] as const)
    .filter((s) => sector === null || s === sector)
    .map((s) => {
      const van = regels.filter((r) => r.sector === s);
      const som = (k: "inschrijvingen" | "verwerkt" | "afgekeurd" | "openS01") => van.reduce((n, r) => n + r[k], 0);
      return {
        sector: s,
        instellingen: van.length,
        inschrijvingen: som("inschrijvingen"),
        verwerkt: som("verwerkt"),
        afgekeurd: som("afgekeurd"),
        openS01: som("openS01"),
      };
    });

  const perDag: DagRegel[] = [];
  for (let d = 0; d < DAGEN; d++) {
    const dag = new Date(vanaf.getTime() + d * 86_400_000);
    const at = perDagRows.filter((r) => r.dag.getTime() === dag.getTime());
    perDag.push({
      dag: isoDay(dag),
      verwerkt: at.find((r) => r.status === "VERWERKT")?._sum.aantal ?? 0,
      afgekeurd: at.find((r) => r.status === "AFGEKEURD")?._sum.aantal ?? 0,
    });
  }

  const top = (soort: "AFKEURING" | "SIGNAAL"): CodeRegel[] => {
    const map = new Map<string, number>();
    for (const c of codes)
      if (c.soort === soort && inScope.has(c.brin)) map.set(c.code, (map.get(c.code) ?? 0) + c.aantal);
    return [...map.entries()]
      .map(([code, aantal]) => ({ code, aantal }))
      .sort((a, b) => b.aantal - a.aantal || (a.code < b.code ? -1 : 1))
      .slice(0, TOP_CODES);
  };

  const perTeldatum: TeldatumRegel[] = teldata.map((t) => {
    const at = bekostiging.filter(
      (b) => b.peildatum.getTime() === t.datum.getTime() && sectorVan.get(b.brin) === t.sector,
    );
    const sum = (status: string) => at.filter((b) => b.status === status).reduce((n, b) => n + b.aantal, 0);
    const gewicht = at.filter((b) => b.status === "J").reduce((n, b) => n + Number(b.gewicht), 0);
    return { sector: t.sector, teldatum: fromDb(t.datum), bekostigd: sum("J"), nietBekostigd: sum("N"), gewicht };
  });

  const momenten = samenvattingen.map((s) => s.bijgewerktOp.getTime());
  return {
    sector,
    bijgewerktOp: momenten.length ? new Date(Math.min(...momenten)) : null,
    sectoren,
    instellingen: regels,
    perDag,
    afkeuringen: top("AFKEURING"),
    signalen: top("SIGNAAL"),
    perTeldatum,
  };
}
