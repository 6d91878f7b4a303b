// The school's new lists against a real database filled through the pipeline: the student list's
// funding column, the terugkoppeling (filters, keyset paging both ways, links to records), the
// verzuim and resultaten lists with diploma funding, the record history, and their exports.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { nietBekostigdeInschrijvingen, nietBekostigdPagina } from "@/lib/register/funding/queries";
import { bsn, lever, mboInschrijving, poInschrijving } from "@/lib/register/pipeline/test-helpers";
import { parseFilters } from "./deelnemer-filters";
import { deelnemersExport, deelnemersPagina } from "./deelnemers";
import { recordHistorie } from "./historie";
import { meldingenExport, meldingenLijst, meldingenPagina } from "./meldingen";
import {
  resultatenExport,
  resultatenLijstDef,
  resultatenPagina,
  verzuimExport,
  verzuimLijstDef,
  verzuimPagina,
} from "./verzuim-resultaten";

let t: TestDatabase;
const VANDAAG = "2026-11-23";
const PGN = bsn(700);

async function leverOk(soort: Parameters<typeof lever>[1], invoer: Record<string, unknown>) {
  const r = await lever(t.db, soort, invoer);
  if (r.status !== "VERWERKT") throw new Error(`fixture afgekeurd: ${JSON.stringify(r.afkeuringen)}`);
  return r;
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of source) out.push(x);
  return out;
}

beforeAll(async () => {
  t = await createTestDatabase();
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({ inschrijvingsvolgnummer: "T-1", bsn: PGN, achternaam: "Aalders" }),
  );
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({ inschrijvingsvolgnummer: "T-2", bsn: bsn(701), achternaam: "Bos" }),
  );
  // Two that ask no funding: on the not-funded list of every teldatum they are active on.
  for (const [v, n] of [
    ["T-N1", 702],
    ["T-N2", 703],
  ] as const) {
    await leverOk(
      "mbo-inschrijvingen",
      mboInschrijving({
        inschrijvingsvolgnummer: v,
        bsn: bsn(n),
        achternaam: "Niet",
        perioden: [
          { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "N" },
        ],
      }),
    );
  }
  // Changed once: the history shows the new record and then what changed.
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "T-1",
      bsn: PGN,
      achternaam: "Aalders",
      perioden: [
        { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "J" },
      ],
    }),
  );
  await leverOk("mbo-resultaten", {
    brin: "25AA",
    resultaatvolgnummer: "T-D1",
    inschrijvingsvolgnummer: "T-1",
    bsn: PGN,
    opleidingscode: "90003",
    soort: "DIPLOMA",
    datumBehaald: "2026-07-01",
    indicatieBekostigbaar: "J",
  });
  // A BPV of an inschrijving that does not exist: afgekeurd (R03), nothing stored.
  const afgekeurd = await lever(t.db, "mbo-bpv", {
    brin: "25AA",
    inschrijvingsvolgnummer: "T-GEEN",
    bpvVolgnummer: "1",
    leerbedrijfId: "123456789",
    opleidingscode: "90003",
    afsluitdatum: "2026-08-15",
    datumBegin: "2026-08-01",
    datumEindeGepland: "2027-06-30",
    omvangUren: 400,
  });
  if (afgekeurd.status !== "AFGEKEURD") throw new Error("fixture should be refused");
  // po: a pupil with two verzuimmeldingen.
  await leverOk(
    "po-inschrijvingen",
    poInschrijving({ inschrijvingsvolgnummer: "T-P1", bsn: bsn(710), achternaam: "Visser" }),
  );
  await leverOk("po-verzuim", {
    brin: "01AB",
    verzuimvolgnummer: "T-V1",
    bsn: bsn(710),
    soort: "LUXE",
    datumBegin: "2026-09-01",
  });
  await leverOk("po-verzuim", {
    brin: "01AB",
    verzuimvolgnummer: "T-V2",
    bsn: bsn(710),
    soort: "16U_4W",
    datumBegin: "2026-10-01",
    datumEinde: "2026-10-28",
  });
}, 180_000);
afterAll(async () => t?.close());

describe("the student list's funding column", () => {
  it("carries each row's assessment on the chosen teldatum, and none without one", async () => {
    const met = await deelnemersPagina(
      "25AA",
      parseFilters({}),
      null,
      { vandaag: VANDAAG, teldatum: "2026-10-01" },
      t.db,
    );
    const t1 = met.rijen.find((r) => r.volgnummer === "T-1");
    expect(t1?.bekostiging?.status).toMatch(/^[JN]$/);
    expect(t1?.bekostiging?.definitief).toBe(false);
    const zonder = await deelnemersPagina("25AA", parseFilters({}), null, { vandaag: VANDAAG }, t.db);
    expect(zonder.rijen.every((r) => r.bekostiging === null)).toBe(true);
    const exported = await collect(
      deelnemersExport("25AA", parseFilters({}), { vandaag: VANDAAG, teldatum: "2026-10-01" }, t.db),
    );
    expect(exported.find((r) => r.volgnummer === "T-1")?.bekostiging).toEqual(t1?.bekostiging);
  });
});

describe("the terugkoppeling", () => {
  it("lists every melding of the school newest first, the refused one with its code and no record", async () => {
    const p = await meldingenPagina("25AA", meldingenLijst.parse({}), null, 50, t.db);
    expect(p.rijen.length).toBe(7);
    const ids = p.rijen.map((m) => m.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const refused = p.rijen.find((m) => m.status === "AFGEKEURD");
    expect(refused).toMatchObject({ soort: "BPV", sleutel: "T-GEEN/1", inschrijvingId: null });
    expect(refused?.codes.map((c) => c.code)).toContain("R03");
    // Records that exist link to their student page: the inschrijving and the resultaat's.
    const t1 = p.rijen.filter((m) => m.sleutel === "T-1" || m.sleutel === "T-D1");
    expect(new Set(t1.map((m) => m.inschrijvingId)).size).toBe(1);
    expect(t1.every((m) => m.inschrijvingId !== null)).toBe(true);
  });

  it("filters by status, code, bron, soort and period", async () => {
    const ids = async (params: Record<string, string>) =>
      (await meldingenPagina("25AA", meldingenLijst.parse(params), null, 50, t.db)).rijen.map((m) => m.sleutel);
    expect(await ids({ status: "AFGEKEURD" })).toEqual(["T-GEEN/1"]);
    expect(await ids({ code: "r03" })).toEqual(["T-GEEN/1"]);
    expect(await ids({ soort: "RESULTAAT" })).toEqual(["T-D1"]);
    expect(await ids({ bron: "API" })).toEqual([]);
    expect((await ids({ bron: "FORM", van: "2020-01-01", tot: "2099-12-31" })).length).toBe(7);
    expect(await ids({ tot: "2020-01-01" })).toEqual([]);
    expect(await ids({ status: "ONZIN" })).toHaveLength(7);
    // One record's meldingen by its volgnummer, its BPVs' included; T-1 was delivered twice.
    expect(await ids({ volgnummer: "T-1" })).toEqual(["T-1", "T-1"]);
    expect(await ids({ volgnummer: "T-GEEN" })).toEqual(["T-GEEN/1"]);
    expect(await ids({ volgnummer: "T-" })).toEqual([]);
  });

  it("pages by keyset in both directions without gaps or repeats, and exports the selection", async () => {
    const state = meldingenLijst.parse({});
    const first = await meldingenPagina("25AA", state, null, 2, t.db);
    expect(first.vorige).toBeNull();
    const second = await meldingenPagina("25AA", state, { na: first.volgende! }, 2, t.db);
    const third = await meldingenPagina("25AA", state, { na: second.volgende! }, 2, t.db);
    const fourth = await meldingenPagina("25AA", state, { na: third.volgende! }, 2, t.db);
    expect(fourth.volgende).toBeNull();
    const all = [...first.rijen, ...second.rijen, ...third.rijen, ...fourth.rijen].map((m) => m.id);
    expect(new Set(all).size).toBe(7);
    const back = await meldingenPagina("25AA", state, { voor: second.vorige! }, 2, t.db);
    expect(back.rijen.map((m) => m.id)).toEqual(first.rijen.map((m) => m.id));
    const oldestFirst = await meldingenPagina("25AA", meldingenLijst.parse({ richting: "op" }), null, 50, t.db);
    expect(oldestFirst.rijen.map((m) => m.id)).toEqual([...all].reverse());
    expect((await collect(meldingenExport("25AA", state, 2, t.db))).map((m) => m.id)).toEqual(all);
    expect(
      (await meldingenPagina("01AB", state, null, 50, t.db)).rijen.every(
        (m) => m.soort === "PO_INSCHRIJVING" || m.soort === "VERZUIM",
      ),
    ).toBe(true);
  });
});

describe("the verzuim and resultaten lists", () => {
  it("lists the school's verzuim newest first, filtered, linked to the pupil, masked", async () => {
    const p = await verzuimPagina("01AB", verzuimLijstDef.parse({}), null, 50, t.db);
    expect(p.rijen.map((v) => v.verzuimvolgnummer)).toEqual(["T-V2", "T-V1"]);
    expect(p.rijen[0]).toMatchObject({
      soort: "16U_4W",
      datumBegin: "2026-10-01",
      datumEinde: "2026-10-28",
      pgn: `*****${bsn(710).slice(-4)}`,
    });
    expect(p.rijen.every((v) => v.inschrijvingId !== null)).toBe(true);
    expect(
      (await verzuimPagina("01AB", verzuimLijstDef.parse({ soort: "LUXE" }), null, 50, t.db)).rijen.map(
        (v) => v.verzuimvolgnummer,
      ),
    ).toEqual(["T-V1"]);
    expect(
      (await verzuimPagina("01AB", verzuimLijstDef.parse({ van: "2026-09-15" }), null, 50, t.db)).rijen.map(
        (v) => v.verzuimvolgnummer,
      ),
    ).toEqual(["T-V2"]);
    const next = await verzuimPagina("01AB", verzuimLijstDef.parse({}), null, 1, t.db);
    expect(
      (await verzuimPagina("01AB", verzuimLijstDef.parse({}), { na: next.volgende! }, 1, t.db)).rijen.map(
        (v) => v.verzuimvolgnummer,
      ),
    ).toEqual(["T-V1"]);
    expect((await collect(verzuimExport("01AB", verzuimLijstDef.parse({}), t.db))).length).toBe(2);
    expect((await verzuimPagina("25AA", verzuimLijstDef.parse({}), null, 50, t.db)).rijen).toEqual([]);
  });

  it("lists the school's resultaten with the diploma's funding in its kalenderjaar", async () => {
    const p = await resultatenPagina("25AA", resultatenLijstDef.parse({}), null, 50, t.db);
    expect(p.rijen).toHaveLength(1);
    expect(p.rijen[0]).toMatchObject({
      resultaatvolgnummer: "T-D1",
      soort: "DIPLOMA",
      datumBehaald: "2026-07-01",
      inschrijvingsvolgnummer: "T-1",
    });
    expect(p.rijen[0]?.bekostiging?.status).toMatch(/^[JN]$/);
    expect((await resultatenPagina("25AA", resultatenLijstDef.parse({ jaar: "2025" }), null, 50, t.db)).rijen).toEqual(
      [],
    );
    expect(
      (await resultatenPagina("25AA", resultatenLijstDef.parse({ jaar: "2026", soort: "DIPLOMA" }), null, 50, t.db))
        .rijen,
    ).toHaveLength(1);
    const status = p.rijen[0]!.bekostiging!.status;
    expect(
      (
        await resultatenPagina(
          "25AA",
          resultatenLijstDef.parse({ bekostigd: status === "J" ? "N" : "J" }),
          null,
          50,
          t.db,
        )
      ).rijen,
    ).toEqual([]);
    expect(
      (await collect(resultatenExport("25AA", resultatenLijstDef.parse({}), t.db))).map((r) => r.resultaatvolgnummer),
    ).toEqual(["T-D1"]);
  });
});

describe("the funding page's not-funded list", () => {
  it("is complete and keyset paged by volgnummer, each linked to its student", async () => {
    const alles = (await nietBekostigdeInschrijvingen(t.db, "25AA", "2026-10-01")).map((r) => r.volgnummer);
    expect(alles).toEqual(expect.arrayContaining(["T-N1", "T-N2"]));
    // One row a page, forwards to the end and back again.
    const paginas = [await nietBekostigdPagina(t.db, "25AA", "2026-10-01", null, 1)];
    while (paginas.at(-1)!.volgende !== null)
      paginas.push(await nietBekostigdPagina(t.db, "25AA", "2026-10-01", { na: paginas.at(-1)!.volgende! }, 1));
    expect(paginas.flatMap((p) => p.rijen.map((r) => r.volgnummer))).toEqual(alles);
    expect(paginas.every((p) => p.rijen.every((r) => r.inschrijvingId !== null && r.codes.length > 0))).toBe(true);
    const terug = await nietBekostigdPagina(t.db, "25AA", "2026-10-01", { voor: paginas.at(-1)!.vorige! }, 1);
    expect(terug.rijen.map((r) => r.volgnummer)).toEqual([alles.at(-2)]);
    expect((await nietBekostigdPagina(t.db, "25BB", "2026-10-01", null)).rijen).toEqual([]);
  });
});

describe("the record history", () => {
  it("shows each change of the student's records newest first, with what changed and the bron", async () => {
    const h = await recordHistorie(
      "25AA",
      { inschrijvingen: ["T-1"], bpv: [], resultaten: ["T-D1"], verzuim: [] },
      undefined,
      25,
      t.db,
    );
    expect(h.regels.map((r) => [r.entiteit, r.sleutel, r.nieuw])).toEqual([
      ["Resultaat", "T-D1", true],
      ["Inschrijving", "T-1", false],
      ["Inschrijving", "T-1", true],
    ]);
    const wijziging = h.regels[1]!;
    expect(wijziging.wijzigingen.map((w) => w.veld)).toEqual(["perioden"]);
    expect(wijziging.wijzigingen[0]?.voor).toContain("BOL");
    expect(wijziging.wijzigingen[0]?.na).toContain("BBL");
    expect(h.regels.every((r) => r.bron === "FORM" && r.actor === "test@school.example")).toBe(true);
    const paged = await recordHistorie(
      "25AA",
      { inschrijvingen: ["T-1"], bpv: [], resultaten: ["T-D1"], verzuim: [] },
      undefined,
      2,
      t.db,
    );
    expect(paged.volgende).not.toBeNull();
    const rest = await recordHistorie(
      "25AA",
      { inschrijvingen: ["T-1"], bpv: [], resultaten: ["T-D1"], verzuim: [] },
      paged.volgende!,
      2,
      t.db,
    );
    expect(rest.regels.map((r) => r.id)).toEqual([h.regels[2]!.id]);
    // Another school's keys are never read: 25BB has no T-1.
    expect(
      (
        await recordHistorie(
          "25BB",
          { inschrijvingen: ["T-1"], bpv: [], resultaten: [], verzuim: [] },
          undefined,
          25,
          t.db,
        )
      ).regels,
    ).toEqual([]);
  });
});
