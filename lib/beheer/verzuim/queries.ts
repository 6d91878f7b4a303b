// The back-office list of verzuimmeldingen of every school, newest first, filtered by school, soort
// and behandelstatus, paged by keyset on the id (no person data in the URL).
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { Behandelstatus, VerzuimSoort } from "@/generated/prisma/enums";
import { maskPgn } from "@/lib/shared/pgn";
import { isoOf } from "@/lib/register/queries/shared";
import { toPage, type Cursor, type Page } from "@/lib/shared/keyset";

export const VERZUIM_PER_PAGINA = 25;
export const SOORTEN = Object.values(VerzuimSoort);
export const BEHANDELSTATUSSEN = Object.values(Behandelstatus);

/** Filters from search parameters: anything unknown is ignored, never an error. */
export const verzuimFilter = z.object({
  brin: z
    .string()
    .regex(/^[0-9]{2}[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  soort: z.enum(VerzuimSoort).optional().catch(undefined),
  behandelstatus: z.enum(Behandelstatus).optional().catch(undefined),
});
export type VerzuimFilter = z.infer<typeof verzuimFilter>;

export interface VerzuimRegel {
  id: number;
  brin: string;
  verzuimvolgnummer: string;
  pgn: string;
  naam: string;
  soort: VerzuimSoort;
  datumBegin: string;
  datumEinde: string | null;
  toelichting: string | null;
  behandelstatus: Behandelstatus;
}

export async function verzuimLijst(
  db: PrismaClient,
  filter: VerzuimFilter,
  cursor: Cursor,
  size = VERZUIM_PER_PAGINA,
): Promise<Page<VerzuimRegel>> {
  const where = {
    ...(filter.brin ? { brin: filter.brin } : {}),
    ...(filter.soort ? { soort: filter.soort } : {}),
    ...(filter.behandelstatus ? { behandelstatus: filter.behandelstatus } : {}),
  };
  const backwards = cursor !== null && "voor" in cursor;
  const rows = await db.verzuimmelding.findMany({
    where: {
      ...where,
      ...(cursor === null ? {} : "na" in cursor ? { id: { lt: cursor.na } } : { id: { gt: cursor.voor } }),
    },
    orderBy: { id: backwards ? "asc" : "desc" },
    take: size + 1,
    include: { persoon: { select: { pgn: true, voornamen: true, voorvoegsel: true, achternaam: true } } },
  });
  const page = toPage(rows, size, cursor);
  return {
    ...page,
    rijen: page.rijen.map((v) => ({
      id: v.id,
      brin: v.brin,
      verzuimvolgnummer: v.verzuimvolgnummer,
      pgn: maskPgn(v.persoon.pgn),
      naam: [v.persoon.voornamen, v.persoon.voorvoegsel, v.persoon.achternaam].filter(Boolean).join(" "),
      soort: v.soort,
      datumBegin: isoOf(v.datumBegin),
      datumEinde: isoOf(v.datumEinde),
      toelichting: v.toelichting,
      behandelstatus: v.behandelstatus,
    })),
  };
}

export const behandelstatusInput = z.object({
  id: z.coerce
    .number({ error: "Onbekende verzuimmelding." })
    .int()
    .positive({ error: "Onbekende verzuimmelding." })
    .max(2_147_483_647, { error: "Onbekende verzuimmelding." }),
  behandelstatus: z.enum(Behandelstatus, { error: "Kies een geldige behandelstatus." }),
});

export class BehandelstatusError extends Error {}

/** Sets the behandelstatus of one verzuimmelding and writes the audit event in the same transaction. */
export async function zetBehandelstatus(
  db: PrismaClient,
  input: { id: number; behandelstatus: Behandelstatus; actor: string },
): Promise<{ gewijzigd: boolean }> {
  return db.$transaction(async (tx) => {
    const [huidig] = await tx.$queryRaw<{ brin: string; verzuimvolgnummer: string; behandelstatus: Behandelstatus }[]>`
      SELECT brin, verzuimvolgnummer, behandelstatus::text AS behandelstatus FROM "Verzuimmelding" WHERE id = ${input.id} FOR UPDATE`;
    if (!huidig) throw new BehandelstatusError("Deze verzuimmelding bestaat niet (meer).");
    if (huidig.behandelstatus === input.behandelstatus) return { gewijzigd: false };
    await tx.verzuimmelding.update({ where: { id: input.id }, data: { behandelstatus: input.behandelstatus } });
    await tx.auditEvent.create({
      data: {
        actorType: "USER",
        actor: input.actor,
        brin: huidig.brin,
        entiteit: "Verzuimmelding",
        sleutel: `${huidig.brin}:${huidig.verzuimvolgnummer}`,
        actie: "BEHANDELSTATUS",
        voor: { behandelstatus: huidig.behandelstatus },
        na: { behandelstatus: input.behandelstatus },
      },
    });
    return { gewijzigd: true };
  });
}

/** The export of the list reads person data: audited (actie INZAGE) with its filters before any row is sent. */
export async function auditVerzuimExport(db: PrismaClient, actor: string, filter: VerzuimFilter): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorType: "USER",
      actor,
      brin: filter.brin ?? null,
      entiteit: "Lijst",
      sleutel: "verzuim-export",
      actie: "INZAGE",
      na: { filters: JSON.parse(JSON.stringify(filter)) },
    },
  });
}
