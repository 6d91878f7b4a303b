// A student's record history at one school, from the audit log: what changed in each inschrijving,
// BPV, resultaat and verzuimmelding, when and by whom (and through which bron: the melding of the
// same key handled at that moment). Newest first, keyset paged along the AuditEvent index
// (brin, entiteit, sleutel, tijdstip) (migration lijst_indexen_terugkoppeling).
import { Prisma } from "@/generated/prisma/client";
import { defaultClient, type Client } from "./shared";

export const HISTORIE_PAGE_SIZE = 25;

export type HistorieEntiteit = "Inschrijving" | "Bpv" | "Resultaat" | "Verzuimmelding";

export interface HistorieWijziging {
  veld: string;
  voor: string | null;
  na: string | null;
}

export interface HistorieRegel {
  id: number;
  tijdstip: Date;
  entiteit: HistorieEntiteit;
  sleutel: string;
  actie: "LEVEREN" | "VERWIJDEREN";
  actorType: string;
  actor: string;
  bron: "UPLOAD" | "API" | "FORM" | null;
  uploadId: string | null;
  /** New: every field with a value; changed: only the fields that differ; removed: none. */
  wijzigingen: HistorieWijziging[];
  nieuw: boolean;
}

export interface HistorieSleutels {
  inschrijvingen: string[];
  bpv: string[];
  resultaten: string[];
  verzuim: string[];
}

function tekst(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}T/.test(value) ? value.slice(0, 10) : value;
  if (typeof value === "boolean") return value ? "J" : "N";
  if (typeof value === "number") return String(value);
  if (Array.isArray(value))
    return value
      .map((v) =>
        v && typeof v === "object"
          ? Object.values(v as Record<string, unknown>)
              .map(tekst)
              .filter(Boolean)
              .join(" ")
          : tekst(v),
      )
      .join("; ");
  return JSON.stringify(value);
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The fields that differ between two states of a record, in the order they were written. */
export function wijzigingen(voor: unknown, na: unknown): HistorieWijziging[] {
  const v = asRecord(voor);
  const n = asRecord(na);
  const velden = [...new Set([...Object.keys(n), ...Object.keys(v)])].filter((k) => k !== "persoonId");
  return velden.flatMap((veld) => {
    const a = tekst(v[veld]);
    const b = tekst(n[veld]);
    return a === b ? [] : [{ veld, voor: a, na: b }];
  });
}

type Raw = {
  id: number;
  tijdstip: Date;
  entiteit: HistorieEntiteit;
  sleutel: string;
  actie: "LEVEREN" | "VERWIJDEREN";
  actorType: string;
  actor: string;
  voor: unknown;
  na: unknown;
  bron: HistorieRegel["bron"];
  uploadId: string | null;
};

/** One page of the history (newest first); `na` is the id of the last event of the previous page. */
export async function recordHistorie(
  brin: string,
  sleutels: HistorieSleutels,
  na: number | undefined,
  size = HISTORIE_PAGE_SIZE,
  client: Client = defaultClient,
): Promise<{ regels: HistorieRegel[]; volgende: number | null }> {
  const groepen: [HistorieEntiteit, string[]][] = [
    ["Inschrijving", sleutels.inschrijvingen],
    ["Bpv", sleutels.bpv],
    ["Resultaat", sleutels.resultaten],
    ["Verzuimmelding", sleutels.verzuim],
  ];
  const per = groepen
    .filter(([, keys]) => keys.length > 0)
    .map(([entiteit, keys]) => Prisma.sql`(a."entiteit" = ${entiteit} AND a."sleutel" = ANY(${keys}::text[]))`);
  if (per.length === 0) return { regels: [], volgende: null };
  const where: Prisma.Sql[] = [
    Prisma.sql`a."brin" = ${brin}`,
    Prisma.sql`(${Prisma.join(per, " OR ")})`,
    Prisma.sql`a."actie" IN ('LEVEREN', 'VERWIJDEREN')`,
  ];
  if (na !== undefined) {
    const from = await client.auditEvent.findFirst({ where: { id: na, brin }, select: { tijdstip: true, id: true } });
    if (from)
      where.push(Prisma.sql`(a."tijdstip", a."id") < (${from.tijdstip.toISOString()}::timestamp, ${from.id}::int)`);
  }
  const rows = await client.$queryRaw<Raw[]>`
    SELECT a."id", a."tijdstip", a."entiteit", a."sleutel", a."actie", a."actorType", a."actor", a."voor", a."na", m."bron"::text AS "bron", m."uploadId"
    FROM "AuditEvent" a
    LEFT JOIN LATERAL (
      SELECT x."bron", x."uploadId" FROM "Melding" x
      WHERE x."brin" = a."brin" AND x."sleutel" = a."sleutel" AND x."status" = 'VERWERKT'
        AND x."soort"::text = ANY(CASE a."entiteit" WHEN 'Inschrijving' THEN ARRAY['MBO_INSCHRIJVING', 'PO_INSCHRIJVING'] WHEN 'Bpv' THEN ARRAY['BPV'] WHEN 'Resultaat' THEN ARRAY['RESULTAAT'] ELSE ARRAY['VERZUIM'] END)
        AND x."verwerktOp" BETWEEN a."tijdstip" - interval '1 minute' AND a."tijdstip" + interval '1 minute'
      ORDER BY abs(extract(epoch FROM x."verwerktOp" - a."tijdstip")) LIMIT 1
    ) m ON TRUE
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY a."tijdstip" DESC, a."id" DESC
    LIMIT ${size + 1}`;
  const regels = rows.slice(0, size).map((r) => ({
    id: r.id,
    tijdstip: r.tijdstip,
    entiteit: r.entiteit,
    sleutel: r.sleutel,
    actie: r.actie,
    actorType: r.actorType,
    actor: r.actor,
    bron: r.bron,
    uploadId: r.uploadId,
    nieuw: r.actie === "LEVEREN" && r.voor === null,
    wijzigingen: r.actie === "VERWIJDEREN" ? [] : wijzigingen(r.voor, r.na),
  }));
  return { regels, volgende: rows.length > size ? (regels.at(-1)?.id ?? null) : null };
}
