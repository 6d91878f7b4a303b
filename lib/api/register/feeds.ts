// The read-only collections of a school (api.md), cursor paged: funding per teldatum, the
// terugkoppeling (meldingen) and the inbox (berichten) since a timestamp, oldest first.
import type { PrismaClient } from "@/generated/prisma/client";
import type { MeldingSoort } from "@/generated/prisma/enums";
import { db as defaultDb } from "@/lib/db";
import { fromDb, toDb } from "@/lib/register/pipeline/dates";
import { MELDING_SOORT } from "@/lib/register/pipeline/process";
import { toAssessment } from "@/lib/register/pipeline/sync";
import { SOORTEN, type Soort } from "@/lib/register/validate";
import { toPage, type Keyset } from "../paging";
import { bekostigingJson } from "./terugkoppeling";

const SOORT_VAN = Object.fromEntries(SOORTEN.map((s) => [MELDING_SOORT[s], s])) as Record<MeldingSoort, Soort>;

/** Keyset (timestamp, id): rows strictly after the last one returned. */
function after(field: "verwerktOp" | "aangemaaktOp", keyset: Keyset | null) {
  if (!keyset) return {};
  const [iso, id] = keyset as [string, number];
  const at = new Date(iso);
  return { OR: [{ [field]: { gt: at } }, { [field]: at, id: { gt: id } }] };
}

export async function bekostigingPagina(brin: string, teldatum: string, limit: number, cursor: Keyset | null, client: PrismaClient = defaultDb) {
  const rows = await client.bekostigingsbeoordeling.findMany({
    where: { brin, soort: "INSCHRIJVING", peildatum: toDb(teldatum), ...(cursor ? { id: { gt: cursor[0] as number } } : {}) },
    orderBy: { id: "asc" },
    take: limit + 1,
  });
  return toPage(rows, limit, (r) => [r.id], (r) => ({ inschrijvingsvolgnummer: r.volgnummer, ...bekostigingJson(toAssessment(r)) }));
}

export async function meldingenPagina(brin: string, since: Date | null, limit: number, cursor: Keyset | null, client: PrismaClient = defaultDb) {
  const rows = await client.melding.findMany({
    where: { brin, status: { not: "ONTVANGEN" }, ...(since ? { verwerktOp: { gte: since } } : {}), ...after("verwerktOp", cursor) },
    orderBy: [{ verwerktOp: "asc" }, { id: "asc" }],
    take: limit + 1,
  });
  return toPage(
    rows,
    limit,
    (r) => [r.verwerktOp!.toISOString(), r.id],
    (r) => ({
      id: r.id,
      soort: SOORT_VAN[r.soort],
      sleutel: r.sleutel,
      verwijdering: r.verwijdering,
      bron: r.bron,
      uploadId: r.uploadId,
      status: r.status === "VERWERKT" ? "verwerkt" : "afgekeurd",
      gewijzigd: r.gewijzigd,
      codes: (Array.isArray(r.codes) ? r.codes : []) as { code: string; kolom?: string; melding?: string; parameters?: Record<string, string> }[],
      ontvangenOp: r.ontvangenOp.toISOString(),
      verwerktOp: r.verwerktOp?.toISOString() ?? null,
    }),
  );
}

export async function berichtenPagina(brin: string, since: Date | null, limit: number, cursor: Keyset | null, client: PrismaClient = defaultDb) {
  const rows = await client.bericht.findMany({
    where: { brin, ...(since ? { aangemaaktOp: { gte: since } } : {}), ...after("aangemaaktOp", cursor) },
    orderBy: [{ aangemaaktOp: "asc" }, { id: "asc" }],
    take: limit + 1,
  });
  return toPage(
    rows,
    limit,
    (r) => [r.aangemaaktOp.toISOString(), r.id],
    (r) => ({ id: r.id, soort: r.soort, aangemaaktOp: r.aangemaaktOp.toISOString(), gelezen: r.gelezen, gegevens: r.gegevens as Record<string, unknown> }),
  );
}

/** Whether `teldatum` is a teldatum of the sector (api.md asks for one). */
export async function isTeldatum(sector: "MBO" | "PO", teldatum: string, client: PrismaClient = defaultDb): Promise<boolean> {
  const row = await client.teldatum.findUnique({ where: { sector_datum: { sector, datum: toDb(teldatum) } } });
  return row !== null && fromDb(row.datum) === teldatum;
}
