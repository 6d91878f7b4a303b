// DUO fixes a teldatum for good (vaststellen): its assessments become definitief and frozen; fixing
// 1 October also fixes the diplomas of that calendar year; every institution of the sector gets a
// TELDATUM_VASTGESTELD bericht with its totals.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Sector } from "@/generated/prisma/enums";
import { registerGewijzigd } from "@/lib/register/na-commit";
import { fromDb, toDb } from "@/lib/shared/dates";
import { lockReferenceExclusive } from "@/lib/register/pipeline/reference";
import { VertaalbareFout } from "@/lib/i18n/fout";

export class VaststellingError extends VertaalbareFout {}

export interface VaststellingResult {
  assessments: number;
  instellingen: number;
}

export async function vaststellen(
  db: PrismaClient,
  input: { sector: Sector; datum: string; actor: string },
): Promise<VaststellingResult> {
  const datum = toDb(input.datum);
  const result = await db.$transaction(
    async (tx) => {
      // First the reference lock, exclusively: batches in flight finish before the assessments are
      // read, and every batch after this commit reads the teldatum as VASTGESTELD.
      await lockReferenceExclusive(tx);
      const teldatum = await tx.teldatum.findUnique({ where: { sector_datum: { sector: input.sector, datum } } });
      if (!teldatum) throw new VaststellingError("teldatumBestaatNiet", { datum: input.datum, sector: input.sector });
      if (teldatum.status === "VASTGESTELD")
        throw new VaststellingError("teldatumAlVastgesteld", { datum: input.datum, sector: input.sector });

      const instellingen = await tx.instelling.findMany({ where: { sector: input.sector }, select: { brin: true } });
      const brins = instellingen.map((i) => i.brin);
      const fixed = await tx.bekostigingsbeoordeling.updateMany({
        where: { brin: { in: brins }, soort: "INSCHRIJVING", peildatum: datum },
        data: { definitief: true },
      });
      let diplomas = 0;
      if (input.sector === "MBO" && input.datum.endsWith("-10-01")) {
        const year = input.datum.slice(0, 4);
        diplomas = (
          await tx.bekostigingsbeoordeling.updateMany({
            where: { brin: { in: brins }, soort: "RESULTAAT", peildatum: toDb(`${year}-01-01`) },
            data: { definitief: true },
          })
        ).count;
      }
      const vastgesteldOp = new Date();
      await tx.teldatum.update({
        where: { sector_datum: { sector: input.sector, datum } },
        data: { status: "VASTGESTELD", vastgesteldOp, vastgesteldDoor: input.actor },
      });

      const totals = await tx.bekostigingsbeoordeling.groupBy({
        by: ["brin", "status"],
        where: { brin: { in: brins }, soort: "INSCHRIJVING", peildatum: datum },
        _count: true,
        _sum: { gewicht: true },
      });
      await tx.bericht.createMany({
        data: brins.map((brin) => {
          const j = totals.find((t) => t.brin === brin && t.status === "J");
          const n = totals.find((t) => t.brin === brin && t.status === "N");
          return {
            brin,
            soort: "TELDATUM_VASTGESTELD" as const,
            gegevens: {
              sector: input.sector,
              teldatum: fromDb(datum),
              bekostigd: j?._count ?? 0,
              nietBekostigd: n?._count ?? 0,
              gewicht: Number(j?._sum.gewicht ?? 0).toFixed(2),
            },
          };
        }),
      });
      await tx.auditEvent.create({
        data: {
          actorType: "USER",
          actor: input.actor,
          entiteit: "Teldatum",
          sleutel: `${input.sector}:${input.datum}`,
          actie: "VASTSTELLEN",
          voor: { status: "VOORLOPIG" },
          na: { status: "VASTGESTELD", assessments: fixed.count, diplomas },
        },
      });
      return { assessments: fixed.count + diplomas, instellingen: brins.length };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  // After the commit: the overview shows the sector's definitive figures (errors logged, not thrown).
  await registerGewijzigd(db, { wanneer: "nu" });
  return result;
}
