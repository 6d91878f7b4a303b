// Read side of uploads for the institution portal: the list, one upload's status and summary, and its
// error report (grouped, paged, streamed). Every query is scoped by brin: another school's id is null.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Sector, UploadStatus } from "@/generated/prisma/enums";
import { SOORTEN, type Soort } from "@/lib/register/validate";

export const UPLOADS_PER_PAGE = 20;
export const FOUTEN_PER_PAGE = 50;

/** The soorten a school of this sector delivers (formats.md). */
export function soortenVoorSector(sector: Sector): Soort[] {
  const prefix = sector === "MBO" ? "mbo-" : "po-";
  return SOORTEN.filter((soort) => soort.startsWith(prefix));
}

/** A page number from a search parameter: anything odd is page 1. */
export function paginaUit(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

export type Uploader = { kind: "USER"; naam: string } | { kind: "API_CLIENT"; clientId: string } | null;

export type UploadListItem = {
  id: string;
  soort: string;
  bestandsnaam: string;
  status: UploadStatus;
  rijen: number;
  verwerkt: number;
  afgekeurd: number;
  signalen: number;
  aangemaaktOp: Date;
  uploader: Uploader;
};

export type Pagina<T> = { items: T[]; total: number; pagina: number; paginas: number };

const paginas = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

/** Names for uploader ids in one query each, instead of one per row. */
async function uploaders(
  db: PrismaClient,
  rows: { uploaderId: string | null; clientId: string | null }[],
): Promise<(row: { uploaderId: string | null; clientId: string | null }) => Uploader> {
  const userIds = [...new Set(rows.flatMap((r) => (r.uploaderId ? [r.uploaderId] : [])))];
  const clientIds = [...new Set(rows.flatMap((r) => (r.clientId ? [r.clientId] : [])))];
  const [users, clients] = await Promise.all([
    userIds.length ? db.gebruiker.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } }) : [],
    clientIds.length
      ? db.apiClient.findMany({ where: { id: { in: clientIds } }, select: { id: true, clientId: true } })
      : [],
  ]);
  const userNames = new Map(users.map((u) => [u.id, u.naam]));
  const clientNames = new Map(clients.map((c) => [c.id, c.clientId]));
  return (row) => {
    const naam = row.uploaderId ? userNames.get(row.uploaderId) : undefined;
    if (naam) return { kind: "USER", naam };
    const clientId = row.clientId ? clientNames.get(row.clientId) : undefined;
    return clientId ? { kind: "API_CLIENT", clientId } : null;
  };
}

/** The school's uploads, newest first. */
export async function listUploads(
  db: PrismaClient,
  brin: string,
  pagina = 1,
  perPage = UPLOADS_PER_PAGE,
): Promise<Pagina<UploadListItem>> {
  const where = { brin };
  const [total, rows] = await Promise.all([
    db.upload.count({ where }),
    db.upload.findMany({
      where,
      orderBy: [{ aangemaaktOp: "desc" }, { id: "desc" }],
      skip: (pagina - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        soort: true,
        bestandsnaam: true,
        status: true,
        rijen: true,
        verwerkt: true,
        afgekeurd: true,
        signalen: true,
        aangemaaktOp: true,
        uploaderId: true,
        clientId: true,
      },
    }),
  ]);
  const naamVan = await uploaders(db, rows);
  const items = rows.map(({ uploaderId, clientId, ...row }) => ({
    ...row,
    uploader: naamVan({ uploaderId, clientId }),
  }));
  return { items, total, pagina, paginas: paginas(total, perPage) };
}

/** What the status route answers and the progress component shows; dates as ISO text (JSON). */
export type UploadStatusJson = {
  id: string;
  status: UploadStatus;
  voortgang: number;
  rijen: number;
  meldingen: number;
  verwerkt: number;
  afgekeurd: number;
  signalen: number;
  foutmelding: string | null;
  gestartOp: string | null;
  klaarOp: string | null;
  /** The server's clock, so rows/s and time left do not depend on the browser's. */
  nu: string;
};

const STATUS_SELECT = {
  id: true,
  status: true,
  voortgang: true,
  rijen: true,
  meldingen: true,
  verwerkt: true,
  afgekeurd: true,
  signalen: true,
  foutmelding: true,
  gestartOp: true,
  klaarOp: true,
} as const;

export async function getUploadStatus(db: PrismaClient, brin: string, id: string): Promise<UploadStatusJson | null> {
  const row = await db.upload.findFirst({ where: { id, brin }, select: STATUS_SELECT });
  if (!row) return null;
  return {
    ...row,
    gestartOp: row.gestartOp?.toISOString() ?? null,
    klaarOp: row.klaarOp?.toISOString() ?? null,
    nu: new Date().toISOString(),
  };
}

export type UploadDetail = {
  id: string;
  soort: string;
  bestandsnaam: string;
  grootte: number;
  status: UploadStatus;
  verwerkt: number;
  aangemaaktOp: Date;
  uploader: Uploader;
  /** Meldingen of this upload that changed the register; 0 with verwerkt > 0 means "niets gewijzigd". */
  gewijzigd: number;
  /** The latest earlier upload of the same file (same sha256) at this school, if any. */
  eerder: { id: string; aangemaaktOp: Date } | null;
};

export async function getUpload(db: PrismaClient, brin: string, id: string): Promise<UploadDetail | null> {
  const row = await db.upload.findFirst({
    where: { id, brin },
    select: {
      id: true,
      soort: true,
      bestandsnaam: true,
      grootte: true,
      status: true,
      verwerkt: true,
      aangemaaktOp: true,
      sha256: true,
      uploaderId: true,
      clientId: true,
    },
  });
  if (!row) return null;
  const { sha256, uploaderId, clientId, ...rest } = row;
  const [naamVan, gewijzigd, eerder] = await Promise.all([
    uploaders(db, [{ uploaderId, clientId }]),
    db.melding.count({ where: { uploadId: id, gewijzigd: true } }),
    // No hash yet means the file is still arriving: nothing to compare.
    sha256
      ? db.upload.findFirst({
          where: { brin, sha256, id: { not: id }, aangemaaktOp: { lt: row.aangemaaktOp } },
          orderBy: { aangemaaktOp: "desc" },
          select: { id: true, aangemaaktOp: true },
        })
      : null,
  ]);
  return { ...rest, uploader: naamVan({ uploaderId, clientId }), gewijzigd, eerder };
}

/**
 * An upload's page data: its status, then its detail, in that order. The status becomes KLAAR in
 * the upload's last write, after every melding and count has committed, so what is read after a
 * KLAAR is final. Read side by side, the counts could predate a status that became KLAAR between
 * the two reads: the page showed the report of a finished upload without its "niets gewijzigd"
 * summary, and its client, having seen it finished, never refreshed it (a CI run caught this).
 */
export async function getUploadPagina(
  db: PrismaClient,
  brin: string,
  id: string,
): Promise<{ upload: UploadDetail; status: UploadStatusJson } | null> {
  const status = await getUploadStatus(db, brin, id);
  if (!status) return null;
  const upload = await getUpload(db, brin, id);
  return upload ? { upload, status } : null;
}

export type FoutenPerCode = { code: string; aantal: number };

/** The report grouped by code, most frequent first. */
export async function foutenPerCode(db: PrismaClient, brin: string, id: string): Promise<FoutenPerCode[]> {
  const groups = await db.uploadFout.groupBy({
    by: ["code"],
    where: { uploadId: id, upload: { brin } },
    _count: { _all: true },
  });
  return groups
    .map((g) => ({ code: g.code, aantal: g._count._all }))
    .sort((a, b) => b.aantal - a.aantal || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export type FoutRegel = { rij: number; kolom: string; code: string; melding: string };

/** One page of the report in file order, optionally of one code. */
export async function foutenPagina(
  db: PrismaClient,
  brin: string,
  id: string,
  options: { pagina?: number; perPage?: number; code?: string } = {},
): Promise<Pagina<FoutRegel>> {
  const pagina = options.pagina ?? 1;
  const perPage = options.perPage ?? FOUTEN_PER_PAGE;
  const where = { uploadId: id, upload: { brin }, ...(options.code ? { code: options.code } : {}) };
  const [total, items] = await Promise.all([
    db.uploadFout.count({ where }),
    db.uploadFout.findMany({
      where,
      orderBy: [{ rij: "asc" }, { id: "asc" }],
      skip: (pagina - 1) * perPage,
      take: perPage,
      select: { rij: true, kolom: true, code: true, melding: true },
    }),
  ]);
  return { items, total, pagina, paginas: paginas(total, perPage) };
}

/**
 * The whole report in file order for the CSV download, read in batches by keyset (rij, id) so a
 * report of a million rows never sits in memory and late batches cost no more than early ones.
 */
export async function* alleFouten(db: PrismaClient, brin: string, id: string, batch = 2000): AsyncGenerator<FoutRegel> {
  let after: { rij: number; id: number } | null = null;
  for (;;) {
    const rows: (FoutRegel & { id: number })[] = await db.uploadFout.findMany({
      where: {
        uploadId: id,
        upload: { brin },
        ...(after ? { OR: [{ rij: { gt: after.rij } }, { rij: after.rij, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ rij: "asc" }, { id: "asc" }],
      take: batch,
      select: { id: true, rij: true, kolom: true, code: true, melding: true },
    });
    for (const r of rows) yield { rij: r.rij, kolom: r.kolom, code: r.code, melding: r.melding };
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = { rij: last.rij, id: last.id };
  }
}
