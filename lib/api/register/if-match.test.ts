// If-Match decides whether a PUT or DELETE happens, so it is checked in the melding's own transaction
// under the locks that order it against the record's other writers: of two concurrent PUTs made
// conditional on the same version, one wins and the other gets 412 — neither silently overwrites.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, mboInschrijving } from "@/lib/register/pipeline/test-helpers";
import type { ApiCaller } from "../clients";
import type { MandatedSchool } from "../mandates";
import { deleteMelding, putMelding } from "./melding";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

const caller: ApiCaller = {
  apiClientId: "c-1",
  clientId: "if-match-test",
  leverancierId: "l-1",
  leverancierNaam: "Testsoft",
  rateLimit: null,
};
const school: MandatedSchool = { brin: "25AA", naam: "ROC Test", sector: "MBO", diensten: new Set(["DUO_MBO"]) };
const PGN = bsn(91_000);
const url = (volgnummer: string) => `http://localhost/api/v1/instellingen/25AA/inschrijvingen/${volgnummer}`;

/** The API body of an inschrijving: the fixture without its key. */
function body(volgnummer: string, overrides: Record<string, unknown>): string {
  const {
    brin: _brin,
    inschrijvingsvolgnummer: _ivn,
    ...rest
  } = mboInschrijving({ inschrijvingsvolgnummer: volgnummer, bsn: PGN, ...overrides });
  return JSON.stringify(rest);
}

function put(volgnummer: string, overrides: Record<string, unknown>, ifMatch?: string) {
  const request = new Request(url(volgnummer), {
    method: "PUT",
    headers: { "content-type": "application/json", ...(ifMatch ? { "if-match": ifMatch } : {}) },
    body: body(volgnummer, overrides),
  });
  return putMelding(
    request,
    caller,
    school,
    "mbo-inschrijvingen",
    { brin: "25AA", inschrijvingsvolgnummer: volgnummer },
    t.db,
  );
}

const meldingen = (volgnummer: string) => t.db.melding.count({ where: { brin: "25AA", sleutel: volgnummer } });
const postcode = async (volgnummer: string) =>
  (
    await t.db.inschrijving.findUniqueOrThrow({
      where: { brin_inschrijvingsvolgnummer: { brin: "25AA", inschrijvingsvolgnummer: volgnummer } },
      include: { persoon: true },
    })
  ).persoon.postcode;

/**
 * Runs `race` while another connection holds the person's lock, so the requests' early If-Match
 * reads all happen before any of them is processed: the window in which two writers both read the
 * same version. Released once a pipeline transaction waits for the lock, and the others had time to
 * read.
 */
async function whileLocked<T>(pgn: string, race: () => Promise<T>): Promise<T> {
  const holder = new pg.Client({ connectionString: t.connectionString });
  await holder.connect();
  try {
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`P:${pgn}`]);
    const result = race();
    for (let i = 0; i < 200; i++) {
      const { rows } = await holder.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
      );
      if (rows[0]!.n > 0) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    await new Promise((r) => setTimeout(r, 300));
    await holder.query("COMMIT");
    return await result;
  } finally {
    await holder.end();
  }
}

// Holding a lock from a second connection needs a server: PGlite has one connection.
describe.runIf(process.env.DATABASE_URL)("If-Match under concurrency on PostgreSQL", () => {
  it("two PUTs conditional on the same version: one is processed, the other gets 412 and is not recorded", async () => {
    const created = await put("IM-1", { postcode: "1000AA" });
    expect(created.status).toBe(201);
    const etag = created.headers.get("etag")!;
    expect(etag).toBeTruthy();
    // Both read the same version before either commits; only the check under the lock can tell.
    const [a, b] = await whileLocked(PGN, () =>
      Promise.all([put("IM-1", { postcode: "2000BB" }, etag), put("IM-1", { postcode: "3000CC" }, etag)]),
    );
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    expect(await postcode("IM-1")).toBe(a.status === 200 ? "2000BB" : "3000CC");
    // The refusal names the version that beat it, which is the winner's.
    expect(loser.headers.get("etag")).toBe(winner.headers.get("etag"));
    expect(((await loser.json()) as { status: number }).status).toBe(412);
    expect(await meldingen("IM-1"), "the first PUT and the winner; the refused one is not a melding").toBe(2);
  });

  it("a PUT and a DELETE conditional on the same version: the DELETE cannot remove what it did not see", async () => {
    const created = await put("IM-2", { postcode: "1000AA" });
    const etag = created.headers.get("etag")!;
    const remove = new Request(url("IM-2"), { method: "DELETE", headers: { "if-match": etag } });
    const [changed, removed] = await whileLocked(PGN, () =>
      Promise.all([
        put("IM-2", { postcode: "4000DD" }, etag),
        deleteMelding(
          remove,
          caller,
          school,
          "mbo-inschrijvingen",
          { brin: "25AA", inschrijvingsvolgnummer: "IM-2" },
          t.db,
        ),
      ]),
    );
    expect([changed.status, removed.status].sort()).toEqual([200, 412]);
    const exists = await t.db.inschrijving.count({ where: { brin: "25AA", inschrijvingsvolgnummer: "IM-2" } });
    expect(exists).toBe(changed.status === 200 ? 1 : 0);
  });

  it("a stale If-Match with an invalid body is still a 412, and nothing is recorded", async () => {
    const created = await put("IM-3", { postcode: "1000AA" });
    await put("IM-3", { postcode: "5000EE" });
    const before = await meldingen("IM-3");
    const stale = await put("IM-3", { geboortedatum: "niet-een-datum" }, created.headers.get("etag")!);
    expect(stale.status).toBe(412);
    expect(await meldingen("IM-3")).toBe(before);
  });
});
