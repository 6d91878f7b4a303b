// A school's uploads as CSV, newest first, in batches along the (brin, aangemaaktOp) index.
import { db } from "@/lib/db";
import { csvResponse } from "@/lib/shared/csv";
import type { CsvCell } from "@/lib/shared/csv";
import type { RegisterScope } from "@/lib/register/scope";

const BATCH = 1000;

async function* rijen(brin: string): AsyncGenerator<CsvCell[]> {
  let after: string | undefined;
  for (;;) {
    const rows = await db.upload.findMany({
      where: { brin },
      orderBy: [{ aangemaaktOp: "desc" }, { id: "desc" }],
      take: BATCH,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      select: {
        id: true,
        soort: true,
        bestandsnaam: true,
        status: true,
        rijen: true,
        meldingen: true,
        verwerkt: true,
        afgekeurd: true,
        signalen: true,
        aangemaaktOp: true,
        klaarOp: true,
        uploaderId: true,
        clientId: true,
      },
    });
    const userIds = [...new Set(rows.flatMap((r) => (r.uploaderId ? [r.uploaderId] : [])))];
    const clientIds = [...new Set(rows.flatMap((r) => (r.clientId ? [r.clientId] : [])))];
    const [users, clients] = await Promise.all([
      userIds.length ? db.gebruiker.findMany({ where: { id: { in: userIds } }, select: { id: true, naam: true } }) : [],
      clientIds.length
        ? db.apiClient.findMany({ where: { id: { in: clientIds } }, select: { id: true, clientId: true } })
        : [],
    ]);
    const userNaam = new Map(users.map((u) => [u.id, u.naam]));
    const clientNaam = new Map(clients.map((c) => [c.id, c.clientId]));
    for (const u of rows) {
      const door = (u.uploaderId && userNaam.get(u.uploaderId)) || (u.clientId && clientNaam.get(u.clientId)) || null;
      yield [
        brin,
        u.aangemaaktOp.toISOString(),
        u.bestandsnaam,
        u.soort,
        u.status,
        door,
        u.rijen,
        u.meldingen,
        u.verwerkt,
        u.afgekeurd,
        u.signalen,
        u.klaarOp?.toISOString() ?? null,
        u.id,
      ];
    }
    if (rows.length < BATCH) return;
    after = rows.at(-1)!.id;
  }
}

export function uploadsCsv(scope: RegisterScope): Response {
  return csvResponse(
    `uploads-${scope.brin}`,
    [
      "brin",
      "aangemaakt_op",
      "bestandsnaam",
      "soort",
      "status",
      "door",
      "rijen",
      "meldingen",
      "verwerkt",
      "afgekeurd",
      "signalen",
      "klaar_op",
      "upload_id",
    ],
    rijen(scope.brin),
  );
}
