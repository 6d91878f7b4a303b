// Verzuim in the back-office on a real database: filters, keyset paging, and a behandelstatus
// change with its audit event (voor/na); bad input changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, lever, poInschrijving } from "@/lib/register/pipeline/test-helpers";
import { behandelstatusInput, BehandelstatusError, verzuimFilter, verzuimLijst, zetBehandelstatus } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  for (let n = 1; n <= 5; n++) {
    const brin = n <= 3 ? "01AB" : "02CD";
    await lever(
      t.db,
      "po-inschrijvingen",
      poInschrijving({
        brin,
        inschrijvingsvolgnummer: `P-${n}`,
        bsn: bsn(800 + n),
        perioden: [{ periodeBegindatum: "2024-08-15", vestigingscode: `${brin}00`, groep: 3 }],
      }),
    );
    await lever(t.db, "po-verzuim", {
      brin,
      verzuimvolgnummer: `V-${n}`,
      bsn: bsn(800 + n),
      soort: n % 2 ? "LUXE" : "LRV",
      datumBegin: "2025-01-06",
      datumEinde: "2025-01-31",
    });
  }
}, 120_000);
afterAll(async () => t?.close());

describe("verzuimLijst", () => {
  it("filters by school and soort and pages by keyset", async () => {
    const alle = await verzuimLijst(t.db, {}, null, 2);
    expect(alle.rijen.map((r) => r.verzuimvolgnummer)).toEqual(["V-5", "V-4"]);
    expect(alle.rijen[0]?.pgn).toMatch(/^\*{5}\d{4}$/);
    const volgende = await verzuimLijst(t.db, {}, { na: alle.volgende! }, 2);
    expect(volgende.rijen.map((r) => r.verzuimvolgnummer)).toEqual(["V-3", "V-2"]);
    const terug = await verzuimLijst(t.db, {}, { voor: volgende.vorige! }, 2);
    expect(terug.rijen.map((r) => r.verzuimvolgnummer)).toEqual(["V-5", "V-4"]);

    const filter = verzuimFilter.parse({ brin: "01AB", soort: "LUXE", behandelstatus: "onzin" });
    expect(filter).toEqual({ brin: "01AB", soort: "LUXE", behandelstatus: undefined });
    expect((await verzuimLijst(t.db, filter, null)).rijen.map((r) => r.verzuimvolgnummer)).toEqual(["V-3", "V-1"]);
  });
});

describe("zetBehandelstatus", () => {
  it("changes the status and writes an audit event with voor and na", async () => {
    const v = await t.db.verzuimmelding.findUniqueOrThrow({
      where: { brin_verzuimvolgnummer: { brin: "01AB", verzuimvolgnummer: "V-1" } },
    });
    expect(
      await zetBehandelstatus(t.db, { id: v.id, behandelstatus: "IN_BEHANDELING", actor: "medewerker@duo.example" }),
    ).toEqual({ gewijzigd: true });
    expect((await t.db.verzuimmelding.findUniqueOrThrow({ where: { id: v.id } })).behandelstatus).toBe(
      "IN_BEHANDELING",
    );
    const event = await t.db.auditEvent.findFirstOrThrow({
      where: { entiteit: "Verzuimmelding" },
      orderBy: { id: "desc" },
    });
    expect(event).toMatchObject({
      actor: "medewerker@duo.example",
      brin: "01AB",
      sleutel: "01AB:V-1",
      actie: "BEHANDELSTATUS",
      voor: { behandelstatus: "GEMELD" },
      na: { behandelstatus: "IN_BEHANDELING" },
    });
    // The same status again changes nothing and logs nothing.
    const aantal = await t.db.auditEvent.count();
    expect(await zetBehandelstatus(t.db, { id: v.id, behandelstatus: "IN_BEHANDELING", actor: "x" })).toEqual({
      gewijzigd: false,
    });
    expect(await t.db.auditEvent.count()).toBe(aantal);
  });

  it("refuses bad input with a Dutch message and an unknown id without change", async () => {
    expect(behandelstatusInput.safeParse({ id: "abc", behandelstatus: "GEMELD" }).error?.issues[0]?.message).toBe(
      "Onbekende verzuimmelding.",
    );
    expect(behandelstatusInput.safeParse({ id: "1", behandelstatus: "KLAAR" }).error?.issues[0]?.message).toBe(
      "Kies een geldige behandelstatus.",
    );
    const aantal = await t.db.auditEvent.count();
    await expect(zetBehandelstatus(t.db, { id: 999_999, behandelstatus: "AFGEHANDELD", actor: "x" })).rejects.toThrow(
      BehandelstatusError,
    );
    expect(await t.db.auditEvent.count()).toBe(aantal);
  });
});
