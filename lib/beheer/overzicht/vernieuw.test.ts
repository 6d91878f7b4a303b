// vernieuwOverzicht on a real database: the summaries equal a direct count of the register, a
// scoped refresh touches only its institutions, and the overview reads them back per sector.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, lever, mboInschrijving, poInschrijving } from "@/lib/register/pipeline/test-helpers";
import { landelijkOverzicht } from "./queries";
import { STRAKS_AANDEEL, straksWachttijd, vernieuwOverzicht, volgRegister } from "./vernieuw";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const dubbel = bsn(501);
  await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "O-1", bsn: dubbel }));
  await lever(
    t.db,
    "mbo-inschrijvingen",
    mboInschrijving({ brin: "25BB", inschrijvingsvolgnummer: "O-2", bsn: dubbel }),
  );
  await lever(
    t.db,
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "O-3",
      bsn: bsn(502),
      perioden: [
        { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "N" },
      ],
    }),
  );
  await lever(t.db, "po-inschrijvingen", poInschrijving({ inschrijvingsvolgnummer: "O-P1", bsn: bsn(503) }));
  // Two afgekeurde meldingen, as the pipeline stores them.
  await t.db.melding.createMany({
    data: [
      {
        brin: "25AA",
        bron: "UPLOAD",
        soort: "MBO_INSCHRIJVING",
        sleutel: "X-1",
        status: "AFGEKEURD",
        codes: [{ code: "F03", kolom: "bsn" }, { code: "F10" }],
        actor: "t",
        verwerktOp: new Date(),
      },
      {
        brin: "25AA",
        bron: "UPLOAD",
        soort: "MBO_INSCHRIJVING",
        sleutel: "X-2",
        status: "AFGEKEURD",
        codes: [{ code: "F03", kolom: "bsn" }],
        actor: "t",
        verwerktOp: new Date(),
      },
    ],
  });
}, 120_000);
afterAll(async () => t?.close());

const count = async (sql: string) => Number((await t.db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]?.n ?? 0);

describe("vernieuwOverzicht", () => {
  it("fills the summaries with what a direct count of the register gives", async () => {
    const uitkomst = await vernieuwOverzicht(t.db);
    expect(uitkomst.instellingen).toBe(await t.db.instelling.count());

    for (const brin of ["25AA", "25BB", "01AB"]) {
      const samenvatting = await t.db.overzichtInstelling.findUniqueOrThrow({ where: { brin } });
      expect(samenvatting.inschrijvingen).toBe(await t.db.inschrijving.count({ where: { brin } }));
      expect(samenvatting.openS01).toBe(await t.db.signaal.count({ where: { brin, code: "S01" } }));
      const dagen = await t.db.overzichtMeldingDag.findMany({ where: { brin } });
      for (const status of ["VERWERKT", "AFGEKEURD"] as const) {
        expect(dagen.filter((d) => d.status === status).reduce((n, d) => n + d.aantal, 0)).toBe(
          await t.db.melding.count({ where: { brin, status } }),
        );
      }
      const bekostiging = await t.db.overzichtBekostiging.findMany({ where: { brin } });
      const direct = await t.db.bekostigingsbeoordeling.groupBy({
        by: ["peildatum", "status"],
        where: { brin, soort: "INSCHRIJVING" },
        _count: true,
        _sum: { gewicht: true },
      });
      expect(bekostiging).toHaveLength(direct.length);
      for (const d of direct) {
        const s = bekostiging.find((b) => b.peildatum.getTime() === d.peildatum.getTime() && b.status === d.status);
        expect(s?.aantal).toBe(d._count);
        expect(Number(s?.gewicht)).toBeCloseTo(Number(d._sum.gewicht ?? 0), 4);
      }
    }
    // The double enrolment gives S01 at both schools.
    expect((await t.db.overzichtInstelling.findUniqueOrThrow({ where: { brin: "25AA" } })).openS01).toBeGreaterThan(0);
    expect((await t.db.overzichtInstelling.findUniqueOrThrow({ where: { brin: "25BB" } })).openS01).toBeGreaterThan(0);

    const afkeuringen = await t.db.overzichtCode.findMany({
      where: { brin: "25AA", soort: "AFKEURING" },
      orderBy: { code: "asc" },
    });
    expect(afkeuringen.map((c) => [c.code, c.aantal])).toEqual([
      ["F03", 2],
      ["F10", 1],
    ]);
    const signalen = await t.db.overzichtCode.findMany({ where: { soort: "SIGNAAL" } });
    expect(signalen.reduce((n, c) => n + c.aantal, 0)).toBe(await count(`SELECT COUNT(*) AS n FROM "Signaal"`));

    const overzicht = await landelijkOverzicht(t.db);
    expect(overzicht.sectoren.find((s) => s.sector === "MBO")?.inschrijvingen).toBe(
      await t.db.inschrijving.count({ where: { sector: "MBO" } }),
    );
    expect(overzicht.afkeuringen[0]).toEqual({ code: "F03", aantal: 2 });
    expect(overzicht.perDag.reduce((n, d) => n + d.verwerkt + d.afgekeurd, 0)).toBe(
      await t.db.melding.count({ where: { status: { in: ["VERWERKT", "AFGEKEURD"] } } }),
    );
    const oktober = overzicht.perTeldatum.find((r) => r.sector === "MBO" && r.teldatum === "2026-10-01");
    const opOktober = (status: string) =>
      t.db.bekostigingsbeoordeling.count({
        where: {
          soort: "INSCHRIJVING",
          status,
          peildatum: new Date("2026-10-01T00:00:00Z"),
          brin: { in: ["25AA", "25BB"] },
        },
      });
    // O-3 asks no funding; of the double enrolment only one counts (M09).
    expect(oktober).toMatchObject({ bekostigd: await opOktober("J"), nietBekostigd: await opOktober("N") });
    expect(oktober?.bekostigd).toBe(1);
    const po = await landelijkOverzicht(t.db, { sector: "PO" });
    expect(po.instellingen.every((i) => i.sector === "PO")).toBe(true);
    expect(po.afkeuringen).toEqual([]);
  });

  it("a scoped refresh only touches the institutions asked for", async () => {
    await vernieuwOverzicht(t.db);
    const voor = await t.db.overzichtInstelling.findMany({ orderBy: { brin: "asc" } });
    await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "O-4", bsn: bsn(504) }));
    await lever(
      t.db,
      "mbo-inschrijvingen",
      mboInschrijving({ brin: "25BB", inschrijvingsvolgnummer: "O-5", bsn: bsn(505) }),
    );

    await vernieuwOverzicht(t.db, { brins: ["25AA", "99ZZ"] });
    const na = await t.db.overzichtInstelling.findMany({ orderBy: { brin: "asc" } });
    for (const regel of na) {
      const oud = voor.find((v) => v.brin === regel.brin);
      if (regel.brin === "25AA") {
        expect(regel.inschrijvingen).toBe((oud?.inschrijvingen ?? 0) + 1);
        expect(regel.bijgewerktOp.getTime()).toBeGreaterThan(oud?.bijgewerktOp.getTime() ?? 0);
      } else {
        expect(regel).toEqual(oud);
      }
    }
    // 25BB's new inschrijving waits for its own refresh.
    expect(
      (await t.db.overzichtBekostiging.findMany({ where: { brin: "25BB" } })).reduce((n, b) => n + b.aantal, 0),
    ).toBeLessThan(await t.db.bekostigingsbeoordeling.count({ where: { brin: "25BB", soort: "INSCHRIJVING" } }));
    expect(await t.db.overzichtInstelling.findUnique({ where: { brin: "99ZZ" } })).toBeNull();
  });
});

describe("volgRegister", () => {
  it("refreshes the summaries of the institutions a form or API melding touched, after its commit", async () => {
    const stop = volgRegister();
    try {
      // A summary known to be wrong: only a refresh after the melding puts the true count back.
      await t.db.overzichtInstelling.update({ where: { brin: "25BB" }, data: { inschrijvingen: -1 } });
      await lever(
        t.db,
        "mbo-inschrijvingen",
        mboInschrijving({ brin: "25BB", inschrijvingsvolgnummer: "O-9", bsn: bsn(509) }),
      );
      expect((await t.db.overzichtInstelling.findUniqueOrThrow({ where: { brin: "25BB" } })).inschrijvingen).toBe(
        await t.db.inschrijving.count({ where: { brin: "25BB" } }),
      );
    } finally {
      stop();
    }
  });
});

describe("straksWachttijd", () => {
  it("waits the interval, and after a slow refresh long enough that refreshing takes at most its share", () => {
    expect(straksWachttijd(5_000, 0)).toBe(5_000);
    expect(straksWachttijd(5_000, 185)).toBe(5_000);
    expect(straksWachttijd(5_000, 1_000)).toBe(1_000 / STRAKS_AANDEEL);
    expect(1_000 / (straksWachttijd(5_000, 1_000) + 1_000)).toBeLessThanOrEqual(STRAKS_AANDEEL);
  });
});
