// Push of berichten to a supplier's endpoint against a real local HTTPS receiver whose certificate
// is signed by a test-only CA that vitest.config.ts hands the workers in NODE_EXTRA_CA_CERTS (TLS is
// verified as always): the Standard Webhooks signature checked with the library, a ping on
// registration, order per school, retries after a 500 and after a timeout, giving up after 24 hours
// with later deliveries held back, "opnieuw versturen", a mandate that ended, and non-public
// addresses refused — at registration and at the connect itself.
import fs from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ApiCaller } from "@/lib/api/clients";
import { leverEndpoint, verwijderEndpoint } from "@/lib/api/osr";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { toDb } from "@/lib/shared/dates";
import { endpointsTeVersturen, opnieuwVersturen, pushConfig, verstuurEndpoint, type PushConfig } from "./bezorging";
import { endpointStanden } from "./log";
import { dispatch } from "./service";
import { roteerSleutel } from "./sleutel";
import { guardedLookup, hostBezwaar, isNietPubliek, verstuur } from "./verstuur";

type Ontvangen = {
  headers: Record<string, string>;
  body: string;
  json: { id: number | null; soort: string; brin: string; dienst: string };
};
type Gedrag = "ok" | 500 | "hang" | "redirect" | "groot";

const testdata = (name: string) => fs.readFileSync(new URL(`./testdata/${name}`, import.meta.url));

let t: TestDatabase;
let db: PrismaClient;
let server: https.Server;
let base: string;
const ontvangen: Ontvangen[] = [];
let gedrag: Gedrag[] = [];
let caller: ApiCaller;
// The test's time: real time plus however far a test has moved it on (rows the database stamps
// with now() stay in step with it).
let offset = 0;
const nu = () => Date.now() + offset;

const config = (overrides: Partial<PushConfig> = {}): PushConfig =>
  pushConfig({
    now: () => new Date(nu()),
    random: () => 1,
    baseDelayMs: 10_000,
    verzending: { allowPrivate: true, connectTimeoutMs: 2000, timeoutMs: 500, maxAntwoordBytes: 64 * 1024 },
    ...overrides,
  });

async function registreer(brin = "25AA"): Promise<{ endpointId: string; sleutel: string | null }> {
  const { row, ondertekeningssleutel } = await leverEndpoint(
    caller,
    brin,
    "DUO_MBO",
    { url: `${base}/hook`, attributen: ["LAS"], startdatum: "2020-01-01", einddatum: null },
    db,
  );
  return { endpointId: row.id, sleutel: ondertekeningssleutel };
}

/** A bericht committed by its own transaction, as the pipeline writes them. */
async function bericht(
  brin = "25AA",
  soort: "BEKOSTIGING_GEWIJZIGD" | "TELDATUM_VASTGESTELD" = "BEKOSTIGING_GEWIJZIGD",
): Promise<number> {
  return (await db.bericht.create({ data: { brin, soort, gegevens: { volgnummer: "T-1", teldatum: "2026-10-01" } } }))
    .id;
}

/** One round of the dispatcher, with the sending done here rather than through the job queue. */
async function ronde(cfg = config()): Promise<void> {
  const planned: string[] = [];
  await dispatch(
    db,
    async (id) => planned.push(id),
    () => new Date(nu()),
  );
  for (const id of planned) await verstuurEndpoint(db, id, cfg);
}

const leveringen = (endpointId: string) => db.levering.findMany({ where: { endpointId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  const leverancier = await db.leverancier.create({ data: { naam: "Pushtest BV" } });
  await db.mandaat.create({
    data: { brin: "25AA", leverancierId: leverancier.id, dienst: "DUO_MBO", begindatum: toDb("2020-01-01") },
  });
  await db.mandaat.create({
    data: { brin: "25BB", leverancierId: leverancier.id, dienst: "DUO_MBO", begindatum: toDb("2020-01-01") },
  });
  caller = {
    apiClientId: "00000000-0000-4000-8000-000000000001",
    clientId: "pushtest",
    leverancierId: leverancier.id,
    leverancierNaam: leverancier.naam,
    rateLimit: null,
  };

  server = https.createServer({ key: testdata("server-key.pem"), cert: testdata("server.pem") }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      ontvangen.push({
        headers: req.headers as Record<string, string>,
        body,
        json: JSON.parse(body) as Ontvangen["json"],
      });
      const g = gedrag.shift() ?? "ok";
      if (g === "hang") return; // never answers
      if (g === 500) return res.writeHead(500).end("stuk");
      if (g === "redirect") return res.writeHead(302, { location: `${base}/elders` }).end();
      if (g === "groot") return res.writeHead(200).end("x".repeat(1024 * 1024));
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterEach(async () => {
  // Every test registers its own endpoint; earlier ones are removed so they receive nothing more.
  for (const e of await db.osrEndpoint.findMany())
    await verwijderEndpoint({ ...caller, leverancierId: e.leverancierId }, e.brin, e.dienst, db);
  ontvangen.length = 0;
  gedrag = [];
  offset = 0;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await t?.close();
});

describe("push to a supplier's endpoint", () => {
  it("runs with the test CA from NODE_EXTRA_CA_CERTS (set before the worker started)", () => {
    expect(process.env.NODE_EXTRA_CA_CERTS).toMatch(/lib\/push\/testdata\/ca\.pem$/);
  });

  it("pings on registration, then delivers every bericht of the school in order, signed as Standard Webhooks", async () => {
    const { endpointId, sleutel } = await registreer();
    expect(sleutel).toMatch(/^whsec_/);
    const ids = [await bericht(), await bericht(), await bericht("25AA", "TELDATUM_VASTGESTELD")];
    await bericht("25BB"); // another school: not for this endpoint
    await ronde();

    expect(ontvangen.map((o) => o.json.soort)).toEqual([
      "PING",
      "BEKOSTIGING_GEWIJZIGD",
      "BEKOSTIGING_GEWIJZIGD",
      "TELDATUM_VASTGESTELD",
    ]);
    expect(ontvangen.slice(1).map((o) => o.json.id)).toEqual(ids);
    expect(ontvangen.slice(1).map((o) => o.headers["webhook-id"])).toEqual(ids.map((id) => `msg_bericht_${id}`));
    const wh = new Webhook(sleutel!);
    for (const o of ontvangen) {
      expect(wh.verify(o.body, o.headers)).toMatchObject({ brin: "25AA", dienst: "DUO_MBO" });
    }
    // A wrong secret does not verify.
    expect(() =>
      new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(ontvangen[1]!.body, ontvangen[1]!.headers),
    ).toThrow();
    expect((await leveringen(endpointId)).map((l) => [l.status, l.pogingen, l.laatsteStatus])).toEqual(
      Array(4).fill(["AFGELEVERD", 1, 204]),
    );

    // The next round finds nothing new: every bericht is delivered once.
    await ronde();
    expect(ontvangen).toHaveLength(4);
  });

  it("retries after a 500 with backoff, and a later bericht does not overtake the failing one", async () => {
    const { endpointId } = await registreer();
    await ronde(); // the ping
    const [a, b] = [await bericht(), await bericht()];
    gedrag = [500];
    const t0 = nu();
    await ronde();
    const t1 = nu();
    expect(ontvangen.slice(1).map((o) => o.json.id)).toEqual([a]);
    const [, first, second] = await leveringen(endpointId);
    expect(first).toMatchObject({
      status: "WACHTEND",
      pogingen: 1,
      laatsteStatus: 500,
      laatsteFout: "Het endpoint antwoordde met status 500.",
    });
    // random() = 1: the full first delay.
    expect(first!.volgendePogingOp.getTime()).toBeGreaterThanOrEqual(t0 + 10_000);
    expect(first!.volgendePogingOp.getTime()).toBeLessThanOrEqual(t1 + 10_000);
    expect(second).toMatchObject({ status: "WACHTEND", pogingen: 0 });

    // Not due yet: nothing is sent.
    await ronde();
    expect(ontvangen).toHaveLength(2);
    offset += 10_001;
    await ronde();
    expect(ontvangen.slice(1).map((o) => o.json.id)).toEqual([a, a, b]);
    expect(ontvangen[1]!.headers["webhook-id"]).toBe(ontvangen[2]!.headers["webhook-id"]);
    expect((await leveringen(endpointId)).slice(1).map((l) => [l.status, l.pogingen])).toEqual([
      ["AFGELEVERD", 2],
      ["AFGELEVERD", 1],
    ]);
  });

  it("retries after a timeout, and doubles the delay each time", async () => {
    const { endpointId } = await registreer();
    await ronde();
    const a = await bericht();
    gedrag = ["hang", "hang"];
    await ronde();
    let [, l] = await leveringen(endpointId);
    expect(l).toMatchObject({
      status: "WACHTEND",
      pogingen: 1,
      laatsteStatus: null,
      laatsteFout: "Geen (volledig) antwoord binnen 500 ms.",
    });
    offset += 10_001;
    await ronde();
    [, l] = await leveringen(endpointId);
    expect(l).toMatchObject({ status: "WACHTEND", pogingen: 2 });
    const delay = l!.volgendePogingOp.getTime() - l!.laatstePogingOp!.getTime();
    expect(delay).toBeGreaterThanOrEqual(20_000); // doubled (plus the 500 ms the attempt waited)
    expect(delay).toBeLessThan(21_000);
    expect((await endpointStanden(db, "25AA"))[0]).toMatchObject({ falend: true, wachtend: 1 });
    offset += 20_001;
    await ronde();
    expect(ontvangen.slice(1).map((o) => o.json.id)).toEqual([a, a, a]);
    expect((await leveringen(endpointId))[1]).toMatchObject({ status: "AFGELEVERD", pogingen: 3, laatsteStatus: 204 });
  });

  it("gives up after 24 hours, holds back what came later until it is sent again, then delivers in order", async () => {
    const { endpointId } = await registreer();
    await ronde();
    const [a, b] = [await bericht(), await bericht()];
    gedrag = [500, 500];
    await ronde();
    offset += 24 * 3600_000;
    await ronde();
    const [, failed, later] = await leveringen(endpointId);
    expect(failed).toMatchObject({ status: "MISLUKT", pogingen: 2 });
    expect(later).toMatchObject({ status: "WACHTEND", pogingen: 0 });
    // Given up blocks the endpoint: no work is planned, and nothing after it is sent.
    offset += 3600_000;
    expect(await endpointsTeVersturen(db, new Date(nu()))).not.toContain(endpointId);
    await verstuurEndpoint(db, endpointId, config());
    expect(ontvangen.slice(1).map((o) => o.json.id)).toEqual([a, a]);
    expect((await endpointStanden(db, "25AA"))[0]).toMatchObject({ falend: true });

    // "Opnieuw versturen" (the UI's action): only within the school it belongs to.
    expect(await opnieuwVersturen(db, failed!.id, { brin: "25BB" })).toBeNull();
    expect(await opnieuwVersturen(db, failed!.id, { brin: "25AA" }, new Date(nu()))).toBe(endpointId);
    await ronde();
    expect(ontvangen.slice(1).map((o) => o.json.id)).toEqual([a, a, a, b]);
    expect((await leveringen(endpointId)).slice(1).map((l) => l.status)).toEqual(["AFGELEVERD", "AFGELEVERD"]);
  });

  it("follows no redirect and reads at most 64 kB of an answer", async () => {
    const { endpointId } = await registreer();
    gedrag = ["redirect"];
    await ronde();
    expect((await leveringen(endpointId))[0]).toMatchObject({ status: "WACHTEND", laatsteStatus: 302 });
    expect(ontvangen.map((o) => o.json.soort)).toEqual(["PING"]); // /elders was never asked for
    const uitkomst = await verstuur(
      { url: `${base}/hook`, headers: {}, body: "{}" },
      { allowPrivate: true, connectTimeoutMs: 2000, timeoutMs: 2000, maxAntwoordBytes: 64 * 1024 },
    );
    expect(uitkomst).toMatchObject({ ok: true, status: 204 });
    gedrag = ["groot"];
    const groot = await verstuur(
      { url: `${base}/hook`, headers: {}, body: "{}" },
      { allowPrivate: true, connectTimeoutMs: 2000, timeoutMs: 2000, maxAntwoordBytes: 64 * 1024 },
    );
    expect(groot).toMatchObject({ ok: true, status: 200 });
    expect(groot.antwoord.length).toBeLessThanOrEqual(500);
  });

  it("stops when the mandate ended: nothing new is queued, and what waited is never sent", async () => {
    const { endpointId } = await registreer("25BB");
    await ronde();
    gedrag = [500];
    await bericht("25BB");
    await ronde();
    expect(ontvangen).toHaveLength(2);
    await db.mandaat.updateMany({
      where: { brin: "25BB", leverancierId: caller.leverancierId },
      data: { einddatum: toDb("2021-01-01") },
    });
    await bericht("25BB");
    offset += 3600_000;
    await ronde();
    expect(ontvangen).toHaveLength(2);
    expect((await leveringen(endpointId)).map((l) => l.status)).toEqual(["AFGELEVERD", "GESTOPT"]);
    await db.mandaat.updateMany({
      where: { brin: "25BB", leverancierId: caller.leverancierId },
      data: { einddatum: null },
    });
  });

  it("signs with both secrets for a day after a rotation", async () => {
    const { sleutel: oud } = await registreer();
    const nieuw = await roteerSleutel(db, caller.leverancierId, { type: "API_CLIENT", id: "pushtest" });
    await ronde();
    const ping = ontvangen[0]!;
    expect(ping.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(new Webhook(nieuw!.sleutel).verify(ping.body, ping.headers)).toMatchObject({ soort: "PING" });
    if (oud) expect(new Webhook(oud).verify(ping.body, ping.headers)).toMatchObject({ soort: "PING" });
  });
});

describe("addresses that are not public", () => {
  it("knows loopback, private, link-local and mapped addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
    ]) {
      expect(isNietPubliek(a), a).toBe(true);
    }
    for (const a of ["8.8.8.8", "145.97.1.1", "2001:4860:4860::8888"]) expect(isNietPubliek(a), a).toBe(false);
  });

  it("refuses them at registration unless PUSH_ALLOW_PRIVATE", async () => {
    expect(await hostBezwaar("https://127.0.0.1/hook", false)).toMatch(/geen publiek internetadres/);
    expect(await hostBezwaar("https://localhost/hook", false)).toMatch(/geen publiek internetadres/);
    expect(await hostBezwaar("https://127.0.0.1/hook", true)).toBeNull();
    expect(await hostBezwaar("http://example.org/hook", true)).toMatch(/https/);
  });

  it("refuses them at the connect itself, after the name was resolved", async () => {
    const port = (server.address() as AddressInfo).port;
    const uitkomst = await verstuur(
      { url: `https://localhost:${port}/hook`, headers: {}, body: "{}" },
      { allowPrivate: false, connectTimeoutMs: 2000, timeoutMs: 2000, maxAntwoordBytes: 1024 },
    );
    expect(uitkomst).toMatchObject({ ok: false, status: null });
    expect(uitkomst.fout).toMatch(/geen publiek internetadres/);
    expect(ontvangen).toHaveLength(0);
    const refused = await new Promise<unknown>((resolve) =>
      guardedLookup(false)("localhost", { all: true }, (error) => resolve(error)),
    );
    expect(refused).toBeInstanceOf(Error);
  });

  it("sends nothing to a private endpoint when the switch is off", async () => {
    const { endpointId } = await registreer();
    await ronde(
      config({ verzending: { allowPrivate: false, connectTimeoutMs: 2000, timeoutMs: 500, maxAntwoordBytes: 1024 } }),
    );
    expect(ontvangen).toHaveLength(0);
    expect((await leveringen(endpointId))[0]).toMatchObject({ status: "WACHTEND", pogingen: 1, laatsteStatus: null });
    expect((await leveringen(endpointId))[0]!.laatsteFout).toMatch(/geen publiek internetadres/);
  });
});
