// The institution's funding figures on a real database, built through the pipeline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, lever, mboInschrijving } from "@/lib/register/pipeline/test-helpers";
import { bekostigingOverzicht, nietBekostigdeInschrijvingen } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // Two BOL students (funded), one BBL without BPV (M06), one at 25BB (not ours).
  await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "Q-1", bsn: bsn(401) }));
  await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "Q-2", bsn: bsn(402) }));
  await lever(
    t.db,
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "Q-3",
      bsn: bsn(403),
      perioden: [
        { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "J" },
      ],
    }),
  );
  await lever(
    t.db,
    "mbo-inschrijvingen",
    mboInschrijving({ brin: "25BB", inschrijvingsvolgnummer: "Q-4", bsn: bsn(404) }),
  );
}, 120_000);
afterAll(async () => t?.close());

describe("funding queries", () => {
  it("totals per teldatum, only of this institution", async () => {
    const totals = (await bekostigingOverzicht(t.db, "25AA", "MBO")).totalen;
    expect(totals.find((x) => x.teldatum === "2026-10-01")).toMatchObject({
      bekostigd: 2,
      nietBekostigd: 1,
      status: "VOORLOPIG",
    });
    expect(totals.find((x) => x.teldatum === "2026-10-01")?.gewicht).toBeCloseTo(2.6, 4);
    expect(totals.find((x) => x.teldatum === "2025-10-01")).toMatchObject({ bekostigd: 0, nietBekostigd: 0 });
  });

  it("not funded per code and the list with links", async () => {
    expect((await bekostigingOverzicht(t.db, "25AA", "MBO")).perCode("2026-10-01")).toEqual([
      { code: "M06", aantal: 1 },
    ]);
    const list = await nietBekostigdeInschrijvingen(t.db, "25AA", "2026-10-01");
    expect(list).toEqual([expect.objectContaining({ volgnummer: "Q-3", codes: ["M06"], definitief: false })]);
    expect(list[0]?.inschrijvingId).toEqual(expect.any(Number));
  });

  it("per opleiding and leerweg, and the correctiefactor per studiejaar", async () => {
    const overzicht = await bekostigingOverzicht(t.db, "25AA", "MBO");
    const rows = overzicht.perOpleiding("2026-10-01");
    expect(rows).toEqual([
      expect.objectContaining({ opleidingscode: "90003", leerweg: "BBL", bekostigd: 0, nietBekostigd: 1 }),
      expect.objectContaining({ opleidingscode: "90003", leerweg: "BOL", bekostigd: 2, nietBekostigd: 0 }),
    ]);
    const cf = overzicht.correctiefactoren;
    // 2026-2027: 2 BOL funded on 1 October and on 1 February → (2 + 2) / (2·2) = 1.
    expect(cf.find((c) => c.studiejaar === "2026-2027")?.waarde).toBe(1);
    expect(cf.find((c) => c.studiejaar === "2025-2026")?.waarde).toBeNull();
  });
});
