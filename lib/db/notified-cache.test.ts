// The process's memory of API access: kept only while the database can tell it of changes, and
// emptied by the database's own triggers at the commit of any change, so a revoked client or an
// ended mandate still bites at once. On PostgreSQL, with the real triggers of the migrations.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashSecret } from "@/lib/auth/password";
import { API_TOEGANG_KANAAL, callerFor, readBearer, type ClientRow } from "@/lib/api/clients";
import { requireMandate } from "@/lib/api/mandates";
import { signToken } from "@/lib/api/token";
import { postgresTestDatabase, testPostgresUrl, type TestDatabase } from "@/lib/testing/database";
import { listenForChanges, NotifiedCache } from "./notified-cache";

const counting = (value: string | null) => {
  const load = async () => {
    load.calls++;
    return value;
  };
  load.calls = 0;
  return load;
};

describe("NotifiedCache", () => {
  it("keeps nothing until its channel listens, and nothing after it is lost", async () => {
    const cache = new NotifiedCache<string>();
    const load = counting("rij");
    await cache.read("k", load);
    await cache.read("k", load);
    expect(load.calls).toBe(2);
    cache.listening();
    await cache.read("k", load);
    await cache.read("k", load);
    expect(load.calls).toBe(3);
    cache.deaf();
    await cache.read("k", load);
    expect(load.calls).toBe(4);
  });

  it("forgets on a notification, expires after its time, and never keeps a miss", async () => {
    let now = 1_000;
    const cache = new NotifiedCache<string>(1_000);
    cache.listening();
    const load = counting("rij");
    await cache.read("k", load, () => now);
    cache.forget();
    await cache.read("k", load, () => now);
    expect(load.calls).toBe(2);
    now += 999;
    await cache.read("k", load, () => now);
    expect(load.calls).toBe(2);
    now += 1;
    await cache.read("k", load, () => now);
    expect(load.calls).toBe(3);
    const miss = counting(null);
    await cache.read("x", miss, () => now);
    await cache.read("x", miss, () => now);
    expect(miss.calls).toBe(2);
  });

  it("does not keep a read that was in flight when a change was heard", async () => {
    const cache = new NotifiedCache<string>();
    cache.listening();
    let finish!: (v: string) => void;
    const slow = cache.read("k", () => new Promise<string>((r) => (finish = r)));
    // The change commits and is heard while the old row is still on its way.
    cache.forget();
    finish("oude rij");
    expect(await slow).toBe("oude rij");
    const load = counting("nieuwe rij");
    expect(await cache.read("k", load)).toBe("nieuwe rij");
    expect(load.calls).toBe(1);
  });
});

const baseUrl = testPostgresUrl();

describe.skipIf(!baseUrl)("API access cached on PostgreSQL", () => {
  let t: TestDatabase;
  let admin: pg.Client;
  let cache: NotifiedCache<ClientRow>;
  let stop: () => Promise<void>;
  let claims: Parameters<typeof callerFor>[1];
  let clientId: string;
  let leverancierId: string;

  const until = async (what: () => boolean | Promise<boolean>, ms = 3_000) => {
    const end = Date.now() + ms;
    while (!(await what())) {
      if (Date.now() > end) throw new Error("niet op tijd");
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const check = () => callerFor(t.db, claims, new Headers(), "25AA", cache);

  beforeAll(async () => {
    t = await postgresTestDatabase(baseUrl!);
    admin = new pg.Client({ connectionString: t.connectionString });
    await admin.connect();
    const leverancier = await t.db.leverancier.create({ data: { naam: "Cachesoft BV" } });
    leverancierId = leverancier.id;
    const client = await t.db.apiClient.create({
      data: { clientId: "cachesoft", leverancierId, secretHash: await hashSecret("geheim-1") },
    });
    clientId = client.id;
    await t.db.mandaat.create({
      data: { brin: "25AA", leverancierId, dienst: "DUO_MBO", begindatum: new Date("2020-01-01") },
    });
    const bearer = readBearer(
      new Headers({ Authorization: `Bearer ${signToken({ apiClientId: client.id, clientId: "cachesoft" }).token}` }),
    );
    if (!bearer.ok) throw new Error("token invalid");
    claims = bearer.claims;
    // A long life, so that only the database's notification can make an entry go.
    cache = new NotifiedCache<ClientRow>(60_000);
    stop = listenForChanges(t.connectionString!, API_TOEGANG_KANAAL, cache as NotifiedCache<unknown>);
    await until(() => cache.isLive);
  }, 120_000);
  afterAll(async () => {
    await stop?.();
    await admin?.end();
    await t?.close();
  });

  it("answers from memory: a change the database does not announce goes unseen", async () => {
    expect((await check()).ok).toBe(true);
    await admin.query(`ALTER TABLE "ApiClient" DISABLE TRIGGER "ApiClient_api_toegang"`);
    try {
      await admin.query(`UPDATE "ApiClient" SET "ingetrokkenOp" = now() WHERE id = $1`, [clientId]);
      await new Promise((r) => setTimeout(r, 100));
      expect((await check()).ok).toBe(true);
    } finally {
      await admin.query(`UPDATE "ApiClient" SET "ingetrokkenOp" = NULL WHERE id = $1`, [clientId]);
      await admin.query(`ALTER TABLE "ApiClient" ENABLE TRIGGER "ApiClient_api_toegang"`);
    }
  });

  it("forgets at the commit of a revocation or an ended mandate, by whatever writes it", async () => {
    await until(async () => (await check()).ok);
    await admin.query(`UPDATE "ApiClient" SET "ingetrokkenOp" = now() WHERE id = $1`, [clientId]);
    await until(async () => !(await check()).ok, 1_000);
    await admin.query(`UPDATE "ApiClient" SET "ingetrokkenOp" = NULL WHERE id = $1`, [clientId]);
    await until(async () => (await check()).ok, 1_000);

    const before = await check();
    if (!before.ok) throw new Error(before.detail);
    expect(await requireMandate(before.caller, "25AA", "DUO_MBO")).toMatchObject({ brin: "25AA" });
    await admin.query(`UPDATE "Mandaat" SET einddatum = '2021-01-01' WHERE "leverancierId" = $1`, [leverancierId]);
    await until(async () => {
      const after = await check();
      return after.ok && (await requireMandate(after.caller, "25AA", "DUO_MBO")) instanceof Response;
    }, 1_000);
  });

  it("keeps nothing while its connection is gone, and listens again after it", async () => {
    const [{ pid }] = (
      await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`,
      )
    ).rows as [{ pid: number }];
    await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    await until(() => !cache.isLive, 1_000);
    await until(() => cache.isLive, 5_000);
    await admin.query(`UPDATE "ApiClient" SET "ingetrokkenOp" = now() WHERE id = $1`, [clientId]);
    await until(async () => !(await check()).ok, 1_000);
  });
});
