// The RIO import on a real database: a file is parsed and compared (nothing written), applied once
// on confirmation with its audit entries and one recompute, and a bad file changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { runHerberekening } from "@/lib/register/funding/herberekening";
import { bsn, lever, mboInschrijving } from "@/lib/register/pipeline/test-helpers";
import { bereidImportVoor, parseReferentieCsv, pasImportToe, type StoredPlan } from "./import";
import { applyRows, combineerBereik, ReferentieInvoerError } from "./referentie";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await lever(t.db, "mbo-inschrijvingen", mboInschrijving({ inschrijvingsvolgnummer: "I-1", bsn: bsn(601) }));
}, 120_000);
afterAll(async () => t?.close());

const LICENTIES = "brin;opleidingscode;leerweg;bekostigd;begindatum;einddatum\n";
const file = (text: string) => Buffer.from(text, "utf8");
const stored = async (id: string) =>
  (await t.db.referentieImport.findUniqueOrThrow({ where: { id } })).plan as unknown as StoredPlan;
const counts = async () => ({
  audit: await t.db.auditEvent.count(),
  herberekening: await t.db.herberekening.count(),
  licentie: await t.db.licentie.count(),
});

describe("parsing a RIO file", () => {
  it("reports bad rows with their row number in Dutch and keeps the good ones", () => {
    const parsed = parseReferentieCsv(
      "licenties",
      file(
        `${LICENTIES}25AA;9000;BOL;J;2015-08-01;\n25AA;90001;XXX;J;2015-08-01;\n25AA;90001;BOL;J;2026-02-30;\n25AA;90001;BOL;J;2015-08-01;\n`,
      ),
    );
    expect(parsed.rows.map((r) => r.rij)).toEqual([5]);
    expect(parsed.fouten).toEqual([
      { rij: 2, melding: 'rij 2: opleidingscode "9000" heeft niet het juiste formaat' },
      { rij: 3, melding: 'rij 3: leerweg "XXX" moet een van BOL, BBL, EX zijn' },
      { rij: 4, melding: 'rij 4: begindatum "2026-02-30" bestaat niet als datum' },
    ]);
  });

  it("refuses a file that is not a RIO file of this soort with one Dutch message", () => {
    expect(() => parseReferentieCsv("licenties", file(""))).toThrow("Het bestand is leeg.");
    expect(() => parseReferentieCsv("licenties", file(LICENTIES))).toThrow(/alleen een kolomkop/);
    expect(() => parseReferentieCsv("opleidingen", file(LICENTIES + "25AA;90001;BOL;J;2015-08-01;\n"))).toThrow(
      /kolomkop klopt niet voor opleidingen: naam, niveau/,
    );
    expect(() =>
      parseReferentieCsv("licenties", file('brin;opleidingscode;leerweg;bekostigd;begindatum;einddatum\n"25AA;90001')),
    ).toThrow(/geen geldig CSV-bestand/);
    expect(() => parseReferentieCsv("licenties", Buffer.from([0xff, 0xfe, 0x62, 0x00]))).toThrow(/UTF-8/);
  });
});

describe("the preview", () => {
  it("shows new, changed (field by field), unchanged and bad rows, and writes no reference data", async () => {
    const before = await counts();
    const id = await bereidImportVoor(t.db, {
      soort: "licenties",
      bestandsnaam: "licenties.csv",
      actor: "duo@duo.example",
      bytes: file(
        `${LICENTIES}25AA;90003;BOL;J;2015-08-01;2026-12-31\n25AA;90001;BOL;J;2015-08-01;\n25AA;90004;BBL;J;2024-08-01;\n99ZZ;90001;BOL;J;2015-08-01;\n25AA;90003;BOL;J;2015-08-01;\n`,
      ),
    });
    const { plan } = await stored(id);
    expect(plan.gewijzigd).toEqual([
      {
        rij: 2,
        sleutel: "25AA/90003/BOL",
        wijzigingen: [{ veld: "einddatum", voor: null, na: "2026-12-31" }],
        na: { bekostigd: true, begindatum: "2015-08-01", einddatum: "2026-12-31" },
      },
    ]);
    expect(plan.ongewijzigd).toBe(1);
    expect(plan.nieuw.map((n) => n.sleutel)).toEqual(["25AA/90004/BBL"]);
    expect(plan.fouten).toEqual([
      { rij: 5, melding: "rij 5: instelling 99ZZ bestaat niet" },
      { rij: 6, melding: "rij 6: 25AA/90003/BOL staat ook al op rij 2" },
    ]);
    expect(plan.herberekening).toEqual({ brin: "25AA" });
    expect(await counts()).toEqual(before);
    // A file with errors is never applied.
    await expect(pasImportToe(t.db, { id, actor: "duo@duo.example" })).rejects.toThrow(/bevat fouten/);
    expect(await counts()).toEqual(before);
    expect((await t.db.referentieImport.findUniqueOrThrow({ where: { id } })).status).toBe("VOORBEREID");
  });
});

describe("applying an import", () => {
  it("withdraws the licence with its audit entry and one recompute, once; the recompute changes the funding", async () => {
    const id = await bereidImportVoor(t.db, {
      soort: "licenties",
      bestandsnaam: "intrekking.csv",
      actor: "duo@duo.example",
      bytes: file(`${LICENTIES}25AA;90003;BOL;J;2015-08-01;2026-12-31\n25AA;90003;BBL;J;2015-08-01;\n`),
    });
    const [first, second] = await Promise.all([
      pasImportToe(t.db, { id, actor: "duo@duo.example" }),
      pasImportToe(t.db, { id, actor: "duo@duo.example" }),
    ]);
    const applied = [first, second].find((r) => !r.alToegepast)!;
    expect([first, second].filter((r) => r.alToegepast)).toHaveLength(1);
    expect(applied.herberekeningId).toBeTruthy();
    expect((await pasImportToe(t.db, { id, actor: "duo@duo.example" })).herberekeningId).toBe(applied.herberekeningId);

    const job = await t.db.herberekening.findUniqueOrThrow({ where: { id: applied.herberekeningId! } });
    expect(job).toMatchObject({
      bereik: { brin: "25AA", opleidingscode: "90003" },
      totaal: 1,
      actor: "duo@duo.example",
    });
    expect(await t.db.herberekening.count({ where: { aanleiding: { contains: "intrekking.csv" } } })).toBe(1);
    expect(await t.db.auditEvent.findMany({ where: { entiteit: "Licentie", reden: `RIO-import ${id}` } })).toEqual([
      expect.objectContaining({
        sleutel: "25AA/90003/BOL",
        actie: "WIJZIGEN",
        voor: { einddatum: null },
        na: { einddatum: "2026-12-31" },
        brin: "25AA",
      }),
    ]);

    await runHerberekening(t.db, job.id);
    const feb = await t.db.bekostigingsbeoordeling.findFirstOrThrow({
      where: { brin: "25AA", volgnummer: "I-1", peildatum: new Date("2027-02-01T00:00:00Z") },
    });
    expect(feb).toMatchObject({ status: "N", codes: ["M03"] });
    expect(await t.db.bericht.count({ where: { brin: "25AA", soort: "BEKOSTIGING_GEWIJZIGD" } })).toBeGreaterThan(0);
  });

  it("refuses a preview that the register has overtaken, writing nothing", async () => {
    const id = await bereidImportVoor(t.db, {
      soort: "opleidingen",
      bestandsnaam: "o.csv",
      actor: "x@duo.example",
      bytes: file(
        "opleidingscode;naam;niveau;specialist;toegestane_leerwegen;prijsfactor;ingangsdatum;einddatum;instroomeinddatum\n90002;Medewerker logistiek;2;N;BOL,BBL;1.5;2016-08-01;;\n",
      ),
    });
    expect((await stored(id)).plan).toMatchObject({
      gewijzigd: [{ wijzigingen: [{ veld: "prijsfactor", voor: "1.250", na: "1.500" }] }],
      herberekening: { opleidingscode: "90002" },
    });
    await t.db.opleiding.update({ where: { opleidingscode: "90002" }, data: { prijsfactor: "1.3" } });
    const before = await counts();
    await expect(pasImportToe(t.db, { id, actor: "x@duo.example" })).rejects.toThrow(ReferentieInvoerError);
    expect(await counts()).toEqual(before);
    expect((await t.db.referentieImport.findUniqueOrThrow({ where: { id } })).status).toBe("VOORBEREID");
  });

  it("a change funding does not read (a name) plans no recompute; a new institution with its bestuur is added", async () => {
    const before = await t.db.herberekening.count();
    const result = await t.db.$transaction((tx) =>
      applyRows(
        tx,
        "instellingen",
        [
          {
            rij: 1,
            data: {
              brin: "26ZZ",
              naam: "Nieuw College",
              sector: "MBO",
              bestuurscode: "300B001",
              bestuursnaam: "Stichting Nieuw",
              plaats: "Ede",
              bekostigd: true,
            },
          },
        ],
        { actor: "x", aanleiding: "test" },
      ),
    );
    expect(result.herberekeningId).toBeNull();
    expect(await t.db.instelling.findUnique({ where: { brin: "26ZZ" }, include: { bestuur: true } })).toMatchObject({
      bestuur: { naam: "Stichting Nieuw" },
    });
    const bekostigd = await t.db.$transaction((tx) =>
      applyRows(
        tx,
        "instellingen",
        [
          {
            rij: 1,
            data: {
              brin: "25AA",
              naam: "ROC Horizon",
              sector: "MBO",
              bestuurscode: "100B001",
              bestuursnaam: "Stichting ROC Horizon",
              plaats: "Utrecht",
              bekostigd: false,
            },
          },
        ],
        { actor: "x", aanleiding: "test" },
      ),
    );
    expect(bekostigd.plan.gewijzigd[0]!.wijzigingen).toEqual([{ veld: "bekostigd", voor: true, na: false }]);
    expect(await t.db.herberekening.count()).toBe(before + 1);
  });

  it("combines scopes to what every change shares", () => {
    expect(
      combineerBereik([
        { brin: "25AA", opleidingscode: "90001" },
        { brin: "25AA", opleidingscode: "90002" },
      ]),
    ).toEqual({ brin: "25AA" });
    expect(combineerBereik([{ brin: "25AA" }, { opleidingscode: "90002" }])).toEqual({});
    expect(combineerBereik([])).toBeNull();
  });
});
