// The register queries against a real database filled through the pipeline: search, filters,
// keyset order in both directions, the export, the detail page's data, berichten, and that no
// query ever returns another institution's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, lever, mboInschrijving, poInschrijving } from "@/lib/register/pipeline/test-helpers";
import { berichtenPagina, berichtInschrijvingen, markeerGelezen, unreadCount } from "./berichten";
import { deelnemerDetail } from "./deelnemer-detail";
import { parseFilters, type DeelnemerFilters } from "./deelnemer-filters";
import {
  deelnemersExport,
  deelnemersPagina,
  gemaskeerdePgn,
  isVolgnummer,
  persoonVoorPgn,
  type DeelnemerRij,
} from "./deelnemers";
import type { Cursor } from "@/lib/shared/keyset";

let t: TestDatabase;
const VANDAAG = "2026-11-23";
const filters = (params: Record<string, string> = {}): DeelnemerFilters => parseFilters(params);
const page = (brin: string, params: Record<string, string> = {}, cursor: Cursor = null, size = 50) =>
  deelnemersPagina(brin, filters(params), cursor, { vandaag: VANDAAG, size }, t.db);
const volgnummers = (rows: DeelnemerRij[]) => rows.map((r) => r.volgnummer);

const BOL = (begin: string, opleidingscode = "90003") => ({
  periodeBegindatum: begin,
  opleidingscode,
  leerweg: "BOL",
  indicatieBekostigbaar: "J",
});
const BBL = (begin: string, opleidingscode = "90003") => ({
  periodeBegindatum: begin,
  opleidingscode,
  leerweg: "BBL",
  indicatieBekostigbaar: "J",
});
const SHARED_PGN = bsn(500);

async function leverOk(soort: Parameters<typeof lever>[1], invoer: Record<string, unknown>) {
  const r = await lever(t.db, soort, invoer);
  if (r.status !== "VERWERKT") throw new Error(`fixture afgekeurd: ${JSON.stringify(r.afkeuringen)}`);
  return r;
}

beforeAll(async () => {
  t = await createTestDatabase();
  // 25AA: volgnummers chosen so that code-point order differs from a locale's ("T-10" < "T-9" < "T-B" < "T-a").
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({ inschrijvingsvolgnummer: "T-a", bsn: bsn(501), achternaam: "Bakker", voornamen: "Anna" }),
  );
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "T-B",
      bsn: bsn(502),
      achternaam: "de Wit",
      voornamen: "Bram",
      datumInschrijving: "2025-08-01",
      perioden: [BOL("2025-08-01", "90004")],
    }),
  );
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "T-9",
      bsn: SHARED_PGN,
      achternaam: "Jansen",
      voornamen: "Eva Maria",
      datumInschrijving: "2024-08-01",
      perioden: [BOL("2024-08-01"), BBL("2026-02-01")],
    }),
  );
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "T-10",
      bsn: bsn(503),
      achternaam: "Zijlstra",
      voornamen: "Cas",
      datumInschrijving: "2024-08-01",
      datumUitschrijving: "2025-07-31",
      redenUitschrijving: "01",
      perioden: [BOL("2024-08-01", "90002")],
    }),
  );
  // The same person as T-9 also at 25BB: never visible at 25AA, and the other way round.
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({
      brin: "25BB",
      inschrijvingsvolgnummer: "T-X",
      bsn: SHARED_PGN,
      achternaam: "Jansen",
      voornamen: "Eva Maria",
      datumInschrijving: "2026-09-01",
      perioden: [BOL("2026-09-01")],
    }),
  );
  await leverOk("mbo-bpv", {
    brin: "25BB",
    inschrijvingsvolgnummer: "T-X",
    bpvVolgnummer: "1",
    leerbedrijfId: "123456789",
    opleidingscode: "90003",
    afsluitdatum: "2026-08-15",
    datumBegin: "2026-08-01",
    datumEindeGepland: "2027-06-30",
    omvangUren: 400,
  });
  // A second inschrijving of the T-9 person at 25AA, and a BPV of T-9 that starts before its inschrijving (S05).
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "T-9b",
      bsn: SHARED_PGN,
      achternaam: "Jansen",
      voornamen: "Eva Maria",
      datumInschrijving: "2026-08-01",
      perioden: [BOL("2026-08-01", "90007")],
    }),
  );
  await leverOk("mbo-bpv", {
    brin: "25AA",
    inschrijvingsvolgnummer: "T-9",
    bpvVolgnummer: "1",
    leerbedrijfId: "123456789",
    opleidingscode: "90003",
    afsluitdatum: "2024-07-01",
    datumBegin: "2024-07-01",
    datumEindeGepland: "2027-06-30",
    omvangUren: 800,
  });
  await leverOk("mbo-resultaten", {
    brin: "25AA",
    resultaatvolgnummer: "T-D1",
    inschrijvingsvolgnummer: "T-9",
    bsn: SHARED_PGN,
    opleidingscode: "90003",
    soort: "DIPLOMA",
    datumBehaald: "2026-07-01",
    indicatieBekostigbaar: "J",
  });
  // A BBL inschrijving without BPV: S04.
  await leverOk(
    "mbo-inschrijvingen",
    mboInschrijving({
      inschrijvingsvolgnummer: "T-C",
      bsn: bsn(504),
      achternaam: "Smit",
      voornamen: "Daan",
      perioden: [BBL("2026-08-01")],
    }),
  );
  // 01AB (po): groep filter.
  await leverOk(
    "po-inschrijvingen",
    poInschrijving({ inschrijvingsvolgnummer: "T-P1", bsn: bsn(510), achternaam: "Visser" }),
  );
  await leverOk(
    "po-inschrijvingen",
    poInschrijving({
      inschrijvingsvolgnummer: "T-P2",
      bsn: bsn(511),
      achternaam: "Mulder",
      perioden: [{ periodeBegindatum: "2024-08-15", vestigingscode: "01AB01", groep: 5 }],
    }),
  );
}, 180_000);
afterAll(async () => t?.close());

describe("the student list", () => {
  it("lists only this institution's inschrijvingen, by volgnummer in code-point order, PGN masked", async () => {
    const p = await page("25AA");
    expect(volgnummers(p.rijen)).toEqual(["T-10", "T-9", "T-9b", "T-B", "T-C", "T-a"]);
    expect(p.rijen.every((r) => /^\*{5}\d{4}$/.test(r.pgn))).toBe(true);
    expect(p.rijen.find((r) => r.volgnummer === "T-9")?.pgn).toBe(`*****${SHARED_PGN.slice(-4)}`);
    expect(volgnummers((await page("25BB")).rijen)).toEqual(["T-X"]);
    expect(p).toMatchObject({ vorige: null, volgende: null });
  });

  it("shows the periode in force on the peildatum and the signalen of the inschrijving and its BPV", async () => {
    const rows = (await page("25AA")).rijen;
    const t9 = rows.find((r) => r.volgnummer === "T-9");
    expect(t9).toMatchObject({
      leerweg: "BBL",
      opleidingscode: "90003",
      opleidingNaam: "Verzorgende IG",
      datumInschrijving: "2024-08-01",
      datumUitschrijving: null,
    });
    // S01: the person's open inschrijving at 25BB overlaps (only the other brin is named).
    expect(t9?.signalen).toEqual(["S01", "S05"]);
    expect(rows.find((r) => r.volgnummer === "T-C")?.signalen).toEqual(["S04"]);
    const onDate = (await page("25AA", { actief: "2025-01-01" })).rijen.find((r) => r.volgnummer === "T-9");
    expect(onDate?.leerweg).toBe("BOL");
  });

  it("searches by name words, by exact volgnummer, and by persoon", async () => {
    expect(volgnummers((await page("25AA", { q: "jansen" })).rijen)).toEqual(["T-9", "T-9b"]);
    expect(volgnummers((await page("25AA", { q: "maria JAN" })).rijen)).toEqual(["T-9", "T-9b"]);
    expect(volgnummers((await page("25AA", { q: "T-B" })).rijen)).toEqual(["T-B"]);
    expect(volgnummers((await page("25AA", { q: "%" })).rijen)).toEqual([]);
    const persoon = await persoonVoorPgn("25AA", SHARED_PGN, t.db);
    expect(persoon).not.toBeNull();
    expect(volgnummers((await page("25AA", { persoon: String(persoon) })).rijen)).toEqual(["T-9", "T-9b"]);
    expect(volgnummers((await page("25BB", { persoon: String(persoon) })).rijen)).toEqual(["T-X"]);
    expect(await gemaskeerdePgn("25AA", persoon!, t.db)).toBe(`*****${SHARED_PGN.slice(-4)}`);
  });

  it("a PGN or volgnummer of another institution finds nothing", async () => {
    expect(await persoonVoorPgn("01AB", SHARED_PGN, t.db)).toBeNull();
    expect(await persoonVoorPgn("25AA", bsn(510), t.db)).toBeNull();
    expect(await isVolgnummer("25AA", "T-X", t.db)).toBe(false);
    expect(await isVolgnummer("25BB", "T-X", t.db)).toBe(true);
    const persoon = await persoonVoorPgn("25BB", SHARED_PGN, t.db);
    expect(await gemaskeerdePgn("01AB", persoon!, t.db)).toBeNull();
    expect((await page("25AA", { q: "T-X" })).rijen).toEqual([]);
  });

  it("filters on opleiding, leerweg, groep, active date and signaal", async () => {
    expect(volgnummers((await page("25AA", { opleiding: "90004" })).rijen)).toEqual(["T-B"]);
    expect(volgnummers((await page("25AA", { leerweg: "BBL" })).rijen)).toEqual(["T-9", "T-C"]);
    expect(volgnummers((await page("25AA", { leerweg: "BBL", actief: "2025-01-01" })).rijen)).toEqual([]);
    expect(volgnummers((await page("25AA", { actief: "2025-07-31" })).rijen)).toEqual(["T-10", "T-9"]);
    expect(volgnummers((await page("25AA", { actief: "2025-08-01" })).rijen)).toEqual(["T-9", "T-B"]);
    expect(volgnummers((await page("25AA", { signaal: "S05" })).rijen)).toEqual(["T-9"]);
    expect(volgnummers((await page("25AA", { signaal: "S04" })).rijen)).toEqual(["T-C"]);
    expect(volgnummers((await page("25AA", { signaal: "S01" })).rijen)).toEqual(["T-9", "T-9b"]);
    expect(volgnummers((await page("01AB", { groep: "5" })).rijen)).toEqual(["T-P2"]);
    const po = (await page("01AB")).rijen.find((r) => r.volgnummer === "T-P2");
    expect(po).toMatchObject({ sector: "PO", groep: 5, vestigingscode: "01AB01", leerweg: null });
  });

  it("filters on funding: status and code, on one teldatum or any", async () => {
    const on = { teldatum: "2026-10-01" };
    expect(volgnummers((await page("25AA", { ...on, code: "M06" })).rijen)).toEqual(["T-C"]);
    // T-9 (earliest datum_inschrijving) counts; T-9b at the same school gets M09.
    expect(volgnummers((await page("25AA", { ...on, code: "M09" })).rijen)).toEqual(["T-9b"]);
    expect(volgnummers((await page("25AA", { ...on, bekostiging: "N" })).rijen)).toEqual(["T-9b", "T-C"]);
    const funded = volgnummers((await page("25AA", { ...on, bekostiging: "J" })).rijen);
    expect(funded).toEqual(expect.arrayContaining(["T-9", "T-a"]));
    expect(funded).not.toContain("T-C");
    // Every inschrijving active on the teldatum is either funded or not; T-10 had left by then.
    const active = volgnummers((await page("25AA", { actief: "2026-10-01" })).rijen);
    expect([...funded, "T-9b", "T-C"].sort()).toEqual([...active].sort());
    expect(volgnummers((await page("25AA", { code: "M09" })).rijen)).toEqual(["T-9b"]);
    expect(volgnummers((await page("25BB", { ...on, code: "M09" })).rijen)).toEqual(["T-X"]);
    expect(volgnummers((await page("25AA", { teldatum: "2030-10-01" })).rijen)).toEqual([]);
  });

  it("sorts by name and by date, either way", async () => {
    expect(volgnummers((await page("25AA", { sorteer: "naam" })).rijen)).toEqual([
      "T-a",
      "T-B",
      "T-9",
      "T-9b",
      "T-C",
      "T-10",
    ]);
    expect(volgnummers((await page("25AA", { sorteer: "datum" })).rijen)).toEqual([
      "T-10",
      "T-9",
      "T-B",
      "T-9b",
      "T-C",
      "T-a",
    ]);
    expect(volgnummers((await page("25AA", { sorteer: "datum", richting: "af" })).rijen)).toEqual([
      "T-a",
      "T-C",
      "T-9b",
      "T-B",
      "T-9",
      "T-10",
    ]);
  });

  it.each([
    ["volgnummer", "op"],
    ["volgnummer", "af"],
    ["naam", "op"],
    ["datum", "af"],
  ])("pages by keyset (%s, %s): forward and back give the full order without gaps", async (sorteer, richting) => {
    const params = { sorteer, richting };
    const all = volgnummers((await page("25AA", params)).rijen);
    const seen: string[] = [];
    let p = await page("25AA", params, null, 2);
    expect(p.vorige).toBeNull();
    const pages = [p];
    seen.push(...volgnummers(p.rijen));
    while (p.volgende !== null) {
      p = await page("25AA", params, { na: p.volgende }, 2);
      pages.push(p);
      seen.push(...volgnummers(p.rijen));
    }
    expect(seen).toEqual(all);
    expect(pages.map((x) => x.rijen.length)).toEqual([2, 2, 2]);
    // Back from the last page to the second, then to the first.
    const back = await page("25AA", params, { voor: pages[2]!.vorige! }, 2);
    expect(volgnummers(back.rijen)).toEqual(volgnummers(pages[1]!.rijen));
    const first = await page("25AA", params, { voor: back.vorige! }, 2);
    expect(volgnummers(first.rijen)).toEqual(volgnummers(pages[0]!.rijen));
    expect(first.vorige).toBeNull();
  });

  it("a cursor of another institution starts at the top instead of leaking its position", async () => {
    const other = (await page("25BB")).rijen[0]!;
    const p = await page("25AA", {}, { na: other.id }, 2);
    expect(volgnummers(p.rijen)).toEqual(["T-10", "T-9"]);
  });

  it("the export streams the whole selection in list order", async () => {
    const rows: DeelnemerRij[] = [];
    for await (const r of deelnemersExport("25AA", filters({ sorteer: "naam" }), { vandaag: VANDAAG, size: 2 }, t.db))
      rows.push(r);
    expect(volgnummers(rows)).toEqual(["T-a", "T-B", "T-9", "T-9b", "T-C", "T-10"]);
    const bbl: DeelnemerRij[] = [];
    for await (const r of deelnemersExport("25AA", filters({ leerweg: "BBL" }), { vandaag: VANDAAG }, t.db))
      bbl.push(r);
    expect(volgnummers(bbl)).toEqual(["T-9", "T-C"]);
  });
});

describe("a student's detail", () => {
  it("holds only this institution's records of the person, with the full PGN", async () => {
    const id = (await page("25AA", { q: "T-9" })).rijen[0]!.id;
    const d = await deelnemerDetail("25AA", id, t.db);
    expect(d?.persoon.pgn).toBe(SHARED_PGN);
    expect(d?.inschrijvingen.map((i) => i.volgnummer)).toEqual(["T-9b", "T-9"]);
    const t9 = d?.inschrijvingen.find((i) => i.volgnummer === "T-9");
    expect(t9?.perioden.map((p) => p.leerweg)).toEqual(["BOL", "BBL"]);
    expect(t9?.bpv.map((b) => b.bpvVolgnummer)).toEqual(["1"]);
    expect(t9?.signalen.map((s) => [s.code, s.sleutel, s.parameters.brin])).toEqual([
      ["S01", "T-9", "25BB"],
      ["S05", "T-9/1", undefined],
    ]);
    expect(d?.resultaten.map((r) => r.resultaatvolgnummer)).toEqual(["T-D1"]);
    expect(d?.bekostiging.length).toBeGreaterThan(0);
    expect(d?.bekostiging.every((b) => ["T-9", "T-9b", "T-D1"].includes(b.volgnummer))).toBe(true);
    expect(d?.meldingen.map((m) => m.sleutel).sort()).toEqual(["T-9", "T-9/1", "T-9b", "T-D1"]);
    expect(JSON.stringify(d)).not.toContain("T-X");
  });

  it("is null for an inschrijving of another institution or one that does not exist", async () => {
    const other = (await page("25BB")).rijen[0]!.id;
    expect(await deelnemerDetail("25AA", other, t.db)).toBeNull();
    expect(await deelnemerDetail("25AA", 999_999, t.db)).toBeNull();
  });
});

describe("berichten", () => {
  it("are this institution's only, newest first, paged both ways; marking read stays within the brin", async () => {
    // The 25BB inschrijving of the T-9 person gave 25AA a kennisgeving; add a few of our own.
    await t.db.bericht.createMany({
      data: [1, 2, 3, 4, 5].map((n) => ({
        brin: "25AA",
        soort: "TELDATUM_VASTGESTELD" as const,
        gegevens: { teldatum: "2026-10-01", n },
        aangemaaktOp: new Date(Date.UTC(2030, 0, n)),
      })),
    });
    const other = await t.db.bericht.create({
      data: { brin: "25BB", soort: "TELDATUM_VASTGESTELD", gegevens: { teldatum: "2026-10-01" } },
    });
    const total = await t.db.bericht.count({ where: { brin: "25AA" } });
    expect(await unreadCount("25AA", t.db)).toBe(total);

    const first = await berichtenPagina("25AA", {}, null, t.db, 2);
    expect(first.rijen.map((b) => b.gegevens.n)).toEqual([5, 4]);
    const second = await berichtenPagina("25AA", {}, { na: first.volgende! }, t.db, 2);
    expect(second.rijen.map((b) => b.gegevens.n)).toEqual([3, 2]);
    const back = await berichtenPagina("25AA", {}, { voor: second.vorige! }, t.db, 2);
    expect(back.rijen.map((b) => b.id)).toEqual(first.rijen.map((b) => b.id));
    expect(back.vorige).toBeNull();

    expect(await markeerGelezen("25AA", [first.rijen[0]!.id, other.id], t.db)).toBe(1);
    expect((await t.db.bericht.findUniqueOrThrow({ where: { id: other.id } })).gelezen).toBe(false);
    expect(await unreadCount("25AA", t.db)).toBe(total - 1);
    const unread = await berichtenPagina("25AA", { alleenOngelezen: true }, null, t.db, 100);
    expect(unread.rijen).toHaveLength(total - 1);
    expect(
      (await berichtenPagina("25AA", { soort: "KENNISGEVING_INSCHRIJVING" }, null, t.db)).rijen.every(
        (b) => b.soort === "KENNISGEVING_INSCHRIJVING",
      ),
    ).toBe(true);
    expect(await markeerGelezen("25AA", "alle", t.db)).toBe(total - 1);
    expect(await unreadCount("25AA", t.db)).toBe(0);
    expect(await unreadCount("25BB", t.db)).toBeGreaterThan(0);
  });

  it("link a kennisgeving to the receiver's own inschrijving", async () => {
    const kennisgevingen = await berichtenPagina("25AA", { soort: "KENNISGEVING_INSCHRIJVING" }, null, t.db);
    expect(kennisgevingen.rijen.length).toBeGreaterThan(0);
    expect(kennisgevingen.rijen[0]?.gegevens).toMatchObject({
      brin: "25BB",
      inschrijvingsvolgnummer: expect.stringMatching(/^T-9/),
    });
    const links = await berichtInschrijvingen("25AA", kennisgevingen.rijen, t.db);
    const t9 = await t.db.inschrijving.findMany({
      where: { brin: "25AA", inschrijvingsvolgnummer: { in: ["T-9", "T-9b"] } },
    });
    expect([...links.values()].every((id) => t9.some((i) => i.id === id))).toBe(true);
    expect(links.size).toBe(kennisgevingen.rijen.length);
  });
});
