// The record version the API answers with (its ETag): read in the transaction that wrote the record,
// equal to what a GET reads afterwards, moving only when a delivered field moves, and withheld from a
// melding whose state a later one in the same transaction replaced.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { sqlOf } from "@/lib/db/sql";
import { valideerMelding, type Soort } from "@/lib/register/validate";
import { verwerkMelding, verwerkMeldingen } from "./process";
import { bsn, lever, mboInschrijving, poInschrijving, TODAY } from "./test-helpers";
import type { Afzender } from "./types";
import { recordVersies } from "./versie";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
}, 120_000);
afterAll(async () => t?.close());

const api: Afzender = { bron: "API", actorType: "API_CLIENT", actor: "client-versie", mayDeliver: () => true };
const opgeslagen = async (soort: Soort, sleutel: Record<string, string>) =>
  (await recordVersies(sqlOf(t.db), [{ soort, sleutel }]))[0];

describe("record versions", () => {
  it("every soort: the PUT's version is the stored one, and only a delivered field moves it", async () => {
    const pgn = bsn(81_000);
    const cases: {
      soort: Soort;
      invoer: Record<string, unknown>;
      sleutel: Record<string, string>;
      wijziging: Record<string, unknown>;
    }[] = [
      {
        soort: "mbo-inschrijvingen",
        invoer: mboInschrijving({ inschrijvingsvolgnummer: "V-1", bsn: pgn }),
        sleutel: { brin: "25AA", inschrijvingsvolgnummer: "V-1" },
        wijziging: { postcode: "1011AA" },
      },
      {
        soort: "mbo-bpv",
        invoer: {
          brin: "25AA",
          inschrijvingsvolgnummer: "V-1",
          bpvVolgnummer: "1",
          leerbedrijfId: "123456789",
          opleidingscode: "90003",
          afsluitdatum: "2026-08-15",
          datumBegin: "2026-09-01",
          datumEindeGepland: "2027-06-30",
          omvangUren: 800,
        },
        sleutel: { brin: "25AA", inschrijvingsvolgnummer: "V-1", bpvVolgnummer: "1" },
        wijziging: { omvangUren: 900 },
      },
      {
        soort: "mbo-resultaten",
        invoer: {
          brin: "25AA",
          resultaatvolgnummer: "VD-1",
          inschrijvingsvolgnummer: "V-1",
          bsn: pgn,
          opleidingscode: "90003",
          soort: "DIPLOMA",
          datumBehaald: "2026-09-01",
          indicatieBekostigbaar: "J",
        },
        sleutel: { brin: "25AA", resultaatvolgnummer: "VD-1" },
        wijziging: { datumBehaald: "2026-09-02" },
      },
      {
        soort: "po-inschrijvingen",
        invoer: poInschrijving({ inschrijvingsvolgnummer: "VP-1", bsn: bsn(82_000) }),
        sleutel: { brin: "01AB", inschrijvingsvolgnummer: "VP-1" },
        wijziging: { achternaam: "Pietersen" },
      },
      {
        soort: "po-verzuim",
        invoer: { brin: "01AB", verzuimvolgnummer: "VV-1", bsn: bsn(82_000), soort: "LUXE", datumBegin: "2026-06-01" },
        sleutel: { brin: "01AB", verzuimvolgnummer: "VV-1" },
        wijziging: { datumEinde: "2026-06-05" },
      },
    ];
    for (const c of cases) {
      const first = await lever(t.db, c.soort, c.invoer, api);
      expect([first.status, first.afkeuringen], c.soort).toEqual(["VERWERKT", []]);
      expect(first.versie, c.soort).toMatch(/^"[\w-]{27}"$/);
      expect(await opgeslagen(c.soort, c.sleutel), c.soort).toBe(first.versie);
      const again = await lever(t.db, c.soort, c.invoer, api);
      expect(again.versie, `${c.soort}: unchanged re-delivery`).toBe(first.versie);
      const changed = await lever(t.db, c.soort, { ...c.invoer, ...c.wijziging }, api);
      expect(changed.versie, `${c.soort}: a changed field`).not.toBe(first.versie);
      expect(await opgeslagen(c.soort, c.sleutel), c.soort).toBe(changed.versie);
    }
    expect(
      await opgeslagen("mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "BESTAAT-NIET" }),
    ).toBeNull();
  });

  it("is not given to other senders, nor to a rejected melding", async () => {
    const form = await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ inschrijvingsvolgnummer: "V-2", bsn: bsn(83_000) }),
    );
    expect(form.versie).toBeUndefined();
    const invalid = valideerMelding(
      "mbo-inschrijvingen",
      mboInschrijving({
        inschrijvingsvolgnummer: "V-3",
        bsn: bsn(84_000),
        perioden: [
          { periodeBegindatum: "2026-08-01", opleidingscode: "99999", leerweg: "BOL", indicatieBekostigbaar: "J" },
        ],
      }),
      { vandaag: TODAY },
    );
    if (!invalid.ok) throw new Error("fixture invalid");
    const rejected = await verwerkMelding(t.db, api, { ok: true, melding: invalid.melding });
    expect(rejected.status).toBe("AFGEKEURD");
    expect(rejected.versie ?? null).toBeNull();
  });

  it("PUTs of one record in one transaction: only the last gets the version that committed", async () => {
    const meldingen = ["1011AA", "2022BB", "3033CC"].map((postcode) => {
      const v = valideerMelding(
        "mbo-inschrijvingen",
        mboInschrijving({ inschrijvingsvolgnummer: "V-4", bsn: bsn(85_000), postcode }),
        { vandaag: TODAY },
      );
      if (!v.ok) throw new Error("fixture invalid");
      return v.melding;
    });
    // In one transaction, in this order, as a group commit takes PUTs that arrive together.
    const results = await verwerkMeldingen(
      t.db,
      api,
      meldingen.map((melding) => ({ ok: true as const, melding })),
    );
    expect(results.map((r) => r.status)).toEqual(["VERWERKT", "VERWERKT", "VERWERKT"]);
    const stored = await opgeslagen("mbo-inschrijvingen", { brin: "25AA", inschrijvingsvolgnummer: "V-4" });
    expect(results.at(-1)!.versie).toBe(stored);
    const inschrijving = await t.db.inschrijving.findUniqueOrThrow({
      where: { brin_inschrijvingsvolgnummer: { brin: "25AA", inschrijvingsvolgnummer: "V-4" } },
      include: { persoon: true },
    });
    expect(inschrijving.persoon.postcode).toBe("3033CC");
    expect(results.slice(0, -1).map((r) => r.versie ?? null)).toEqual([null, null]);
  });
});
