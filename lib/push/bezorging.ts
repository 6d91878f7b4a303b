// DUO pushes a school's berichten to the endpoints its mandated suppliers registered in OSR
// (Standard Webhooks). Two steps, both idempotent and safe on several instances:
//
// 1. verzamel: per endpoint, the school's berichten feed (Bericht in (txid, id) order, read only below
//    the snapshot's xmin, as lib/api/register/feeds.ts does) from the endpoint's stored position on;
//    each bericht of the endpoint's dienst becomes a Levering row, and the position moves on, in the
//    same transaction under the endpoint's row lock. So every bericht is queued once, in feed order,
//    without the register pipeline knowing about push at all.
// 2. verstuurEndpoint: the endpoint's deliveries in id order. The first one not yet delivered holds
//    back the rest: it is retried with exponential backoff and jitter until 24 hours after its first
//    attempt, then marked MISLUKT — and the later ones keep waiting until it is sent again ("opnieuw
//    versturen"), so a later success never overtakes an earlier failure. At least once: a receiver
//    de-duplicates on webhook-id, which is stable per bericht.
//
// A mandate that ended (or an endpoint outside its dates, or removed) stops deliveries: nothing new is
// queued, and what waited is marked GESTOPT.
import { Webhook } from "standardwebhooks";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { BerichtSoort, Dienst, Sector } from "@/generated/prisma/enums";
import { env } from "@/lib/env";
import { todayIso, toDb } from "@/lib/shared/dates";
import { DIENST_VAN_SOORT } from "@/lib/register/uploads/rights";
import { isSoort } from "@/lib/register/validate";
import { ondertekeningssleutels } from "./sleutel";
import { STANDAARD_VERZENDING, verstuur, type VerzendOpties, type Verzending, type VerzendUitkomst } from "./verstuur";

export type PushConfig = {
  now: () => Date;
  random: () => number;
  /** The delay after the first failed attempt; doubled after each next one, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this long since its first attempt, a failing delivery is given up (MISLUKT). */
  giveUpAfterMs: number;
  verzending: VerzendOpties;
  /** The HTTP call; tests may wrap it. */
  send: (verzending: Verzending, opties: VerzendOpties) => Promise<VerzendUitkomst>;
};

export function pushConfig(overrides: Partial<PushConfig> = {}): PushConfig {
  return {
    now: () => new Date(),
    random: Math.random,
    baseDelayMs: 10_000,
    maxDelayMs: 3600_000,
    giveUpAfterMs: 24 * 3600_000,
    verzending: { ...STANDAARD_VERZENDING, allowPrivate: env.PUSH_ALLOW_PRIVATE },
    send: verstuur,
    ...overrides,
  };
}

/** The delay before attempt `pogingen + 1`: exponential, capped, with jitter (50–100 % of it). */
export function backoffMs(pogingen: number, config: Pick<PushConfig, "baseDelayMs" | "maxDelayMs" | "random">): number {
  const exponential = Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** Math.min(30, Math.max(0, pogingen - 1)));
  return Math.round(exponential * (0.5 + config.random() / 2));
}

export const DIENST_VAN_SECTOR: Record<Sector, Dienst> = { MBO: "DUO_MBO", PO: "ROD_PO" };

/** The dienst a bericht belongs to: an upload's terugkoppeling that of its soort, the rest the school's sector's. */
export function dienstVanBericht(soort: BerichtSoort, gegevens: unknown, sector: Sector): Dienst | null {
  if (soort === "UPLOAD_VERWERKT") {
    const s = gegevens && typeof gegevens === "object" ? (gegevens as Record<string, unknown>).soort : undefined;
    return typeof s === "string" && isSoort(s) ? DIENST_VAN_SOORT[s] : null;
  }
  return DIENST_VAN_SECTOR[sector];
}

/** The body of a push: the berichten feed's item (api.md) with the school and dienst it was sent for. */
export function payloadVan(
  b: { id: number | null; soort: string; aangemaaktOp: Date; gegevens: unknown },
  brin: string,
  dienst: Dienst,
) {
  return {
    id: b.id,
    soort: b.soort,
    aangemaaktOp: b.aangemaaktOp.toISOString(),
    gelezen: false,
    gegevens: b.gegevens ?? {},
    brin,
    dienst,
  };
}

type Tx = Prisma.TransactionClient | PrismaClient;

/** Whether the endpoint may be delivered to today: within its own dates, and its supplier mandated for its dienst. */
export async function magLeveren(
  db: Tx,
  e: { brin: string; dienst: Dienst; leverancierId: string; startdatum: Date; einddatum: Date | null },
  today = todayIso(),
): Promise<boolean> {
  const day = toDb(today);
  if (e.startdatum > day || (e.einddatum && e.einddatum < day)) return false;
  const mandaat = await db.mandaat.findFirst({
    where: {
      brin: e.brin,
      dienst: e.dienst,
      leverancierId: e.leverancierId,
      begindatum: { lte: day },
      OR: [{ einddatum: null }, { einddatum: { gte: day } }],
    },
    select: { id: true },
  });
  return mandaat !== null;
}

/** The feed position for a new endpoint: everything committed from now on (as the feed's empty-page cursor). */
export async function huidigePositie(tx: Tx): Promise<{ pushTxid: bigint; pushId: number }> {
  const [row] = await tx.$queryRaw<{ xmin: string }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`;
  return { pushTxid: BigInt(row!.xmin) - 1n, pushId: 2_147_483_647 };
}

/** Inside the registering transaction: a ping, the first delivery of a new (or moved) endpoint. */
export async function pingInWachtrij(
  tx: Tx,
  e: { id: string; brin: string; dienst: Dienst; leverancierId: string; url: string },
  now = new Date(),
) {
  const ping = await tx.levering.create({
    data: {
      endpointId: e.id,
      brin: e.brin,
      dienst: e.dienst,
      leverancierId: e.leverancierId,
      event: "PING",
      webhookId: "",
      payload: payloadVan(
        { id: null, soort: "PING", aangemaaktOp: now, gegevens: { url: e.url } },
        e.brin,
        e.dienst,
      ) as Prisma.InputJsonValue,
      volgendePogingOp: now,
    },
  });
  await tx.levering.update({ where: { id: ping.id }, data: { webhookId: `msg_ping_${ping.id}` } });
}

/** Endpoints whose school has berichten beyond their position (below the snapshot's xmin). */
export async function endpointsMetNieuweBerichten(db: PrismaClient): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
    SELECT e.id FROM "OsrEndpoint" e, s
    WHERE EXISTS (SELECT 1 FROM "Bericht" b WHERE b.brin = e.brin AND (b.txid, b.id) > (e."pushTxid", e."pushId") AND b.txid < s.xmin)`;
  return rows.map((r) => r.id);
}

const BATCH = 500;

/** Queues the endpoint's new berichten (step 1). Returns how many berichten were read. */
export async function verzamel(db: PrismaClient, endpointId: string, today = todayIso()): Promise<number> {
  return db.$transaction(async (tx) => {
    // The row lock orders this against another instance's round for the same endpoint.
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT id FROM "OsrEndpoint" WHERE id = ${endpointId} FOR UPDATE`;
    if (locked.length === 0) return 0;
    const e = await tx.osrEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    const { sector } = await tx.instelling.findUniqueOrThrow({ where: { brin: e.brin }, select: { sector: true } });
    const rows = await tx.$queryRaw<
      { id: number; soort: BerichtSoort; gegevens: unknown; aangemaaktOp: Date; txid: string }[]
    >`
      WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
      SELECT b.id, b.soort::text AS soort, b.gegevens, b."aangemaaktOp", b.txid::text AS txid FROM "Bericht" b, s
      WHERE b.brin = ${e.brin} AND b.txid < s.xmin AND (b.txid, b.id) > (${String(e.pushTxid)}::bigint, ${e.pushId}::int)
      ORDER BY b.txid, b.id LIMIT ${BATCH}`;
    if (rows.length === 0) return 0;
    // Berichten that arrive while the mandate has ended are passed over, not kept for later.
    if (await magLeveren(tx, e, today)) {
      // Due at once, by the application's clock (the one the sender compares with), not the database's.
      const volgendePogingOp = new Date();
      const mine = rows.filter((b) => dienstVanBericht(b.soort, b.gegevens, sector) === e.dienst);
      if (mine.length > 0) {
        await tx.levering.createMany({
          data: mine.map((b) => ({
            endpointId: e.id,
            brin: e.brin,
            dienst: e.dienst,
            leverancierId: e.leverancierId,
            berichtId: b.id,
            event: b.soort,
            webhookId: `msg_bericht_${b.id}`,
            payload: payloadVan(b, e.brin, e.dienst) as Prisma.InputJsonValue,
            volgendePogingOp,
          })),
        });
      }
    }
    const last = rows.at(-1)!;
    await tx.$executeRaw`UPDATE "OsrEndpoint" SET "pushTxid" = ${last.txid}::bigint, "pushId" = ${last.id} WHERE id = ${e.id}`;
    return rows.length;
  });
}

/**
 * Endpoints whose first open delivery (WACHTEND or MISLUKT, by id) is waiting and due now (step 2's
 * work list). Per endpoint two probes of the (endpointId, status, id) index find that first one, so
 * the dispatcher's every tick costs the number of endpoints, not of the deliveries waiting behind a
 * failed one (2,400 of them made the old anti-join take 54 ms a tick, and they only grow). An
 * endpoint's removal stops its waiting deliveries in the same transaction, so every open delivery
 * has its endpoint.
 */
export async function endpointsTeVersturen(db: PrismaClient, now = new Date()): Promise<string[]> {
  const rows = await db.$queryRaw<{ endpointId: string }[]>`
    SELECT e.id AS "endpointId" FROM "OsrEndpoint" e
    CROSS JOIN LATERAL (
      SELECT h.status, h."volgendePogingOp" FROM (
        (SELECT x.id, x.status, x."volgendePogingOp" FROM "Levering" x
         WHERE x."endpointId" = e.id AND x.status = 'WACHTEND' ORDER BY x.id LIMIT 1)
        UNION ALL
        (SELECT x.id, x.status, x."volgendePogingOp" FROM "Levering" x
         WHERE x."endpointId" = e.id AND x.status = 'MISLUKT' ORDER BY x.id LIMIT 1)
      ) h ORDER BY h.id LIMIT 1
    ) eerste
    WHERE eerste.status = 'WACHTEND' AND eerste."volgendePogingOp" <= ${now.toISOString()}::timestamp`;
  return rows.map((r) => r.endpointId);
}

async function stopWachtende(db: PrismaClient, endpointId: string, reden: string): Promise<void> {
  await db.levering.updateMany({
    where: { endpointId, status: "WACHTEND" },
    data: { status: "GESTOPT", laatsteFout: reden },
  });
}

/** The Standard Webhooks headers: one signature per signing secret (two during a rotation's grace day). */
export function webhookHeaders(
  webhookId: string,
  timestamp: Date,
  body: string,
  sleutels: string[],
): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "BRON-portaal-webhooks/1",
    "webhook-id": webhookId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": sleutels.map((s) => new Webhook(s).sign(webhookId, timestamp, body)).join(" "),
  };
}

/** Sends the endpoint's due deliveries in order until one fails, none is due, or `max` were sent (step 2). */
export async function verstuurEndpoint(
  db: PrismaClient,
  endpointId: string,
  config: PushConfig = pushConfig(),
  max = 100,
): Promise<void> {
  for (let i = 0; i < max; i++) {
    const head = await db.levering.findFirst({
      where: { endpointId, status: { in: ["WACHTEND", "MISLUKT"] } },
      orderBy: { id: "asc" },
    });
    const now = config.now();
    if (!head || head.status === "MISLUKT" || head.volgendePogingOp > now) return;
    const endpoint = await db.osrEndpoint.findUnique({ where: { id: endpointId } });
    if (!endpoint) return stopWachtende(db, endpointId, "Het endpoint is verwijderd.");
    if (!(await magLeveren(db, endpoint, todayIso(now))))
      return stopWachtende(db, endpointId, "Geen geldig mandaat of endpoint meer voor deze dienst.");
    const sleutels = await ondertekeningssleutels(db, endpoint.leverancierId, now);
    const body = JSON.stringify(head.payload);
    const uitkomst: VerzendUitkomst = sleutels.length
      ? await config.send(
          { url: endpoint.url, headers: webhookHeaders(head.webhookId, now, body, sleutels), body },
          config.verzending,
        )
      : { ok: false, status: null, fout: "De leverancier heeft geen ondertekeningssleutel.", duurMs: 0, antwoord: "" };
    const after = config.now();
    const pogingen = head.pogingen + 1;
    const eerstePogingOp = head.eerstePogingOp ?? now;
    const common = {
      pogingen,
      eerstePogingOp,
      laatstePogingOp: now,
      laatsteStatus: uitkomst.status,
      laatsteDuurMs: uitkomst.duurMs,
    };
    if (uitkomst.ok) {
      await db.levering.update({
        where: { id: head.id },
        data: { ...common, status: "AFGELEVERD", afgeleverdOp: after, laatsteFout: null },
      });
      continue;
    }
    const opgeven = after.getTime() - eerstePogingOp.getTime() >= config.giveUpAfterMs;
    await db.levering.update({
      where: { id: head.id },
      data: {
        ...common,
        status: opgeven ? "MISLUKT" : "WACHTEND",
        laatsteFout: uitkomst.fout,
        volgendePogingOp: new Date(after.getTime() + backoffMs(pogingen, config)),
      },
    });
    return;
  }
}

/** "Opnieuw versturen": a given-up delivery waits again, with a fresh 24 hours; false when it was not MISLUKT (or not in scope). */
export async function opnieuwVersturen(
  db: PrismaClient,
  leveringId: number,
  scope: { brin: string; leverancierId?: string; dienst?: Dienst },
  now = new Date(),
): Promise<string | null> {
  const { count } = await db.levering.updateMany({
    where: {
      id: leveringId,
      status: "MISLUKT",
      brin: scope.brin,
      ...(scope.leverancierId ? { leverancierId: scope.leverancierId } : {}),
      ...(scope.dienst ? { dienst: scope.dienst } : {}),
    },
    data: { status: "WACHTEND", pogingen: 0, eerstePogingOp: null, volgendePogingOp: now, laatsteFout: null },
  });
  if (count === 0) return null;
  return (
    (await db.levering.findUnique({ where: { id: leveringId }, select: { endpointId: true } }))?.endpointId ?? null
  );
}
