// The portal's upload queries on a real database: scoping by brin, list order and paging, the report
// grouped by code, paged and streamed in file order, and "niets gewijzigd" for the same file twice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, TODAY } from "@/lib/register/pipeline/test-helpers";
import { processUpload } from "./process-upload";
import {
  alleFouten,
  foutenPagina,
  foutenPerCode,
  getUpload,
  getUploadPagina,
  getUploadStatus,
  listUploads,
  paginaUit,
  soortenVoorSector,
} from "./queries";

let t: TestDatabase;
let uploaderId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  uploaderId = (
    await t.db.gebruiker.create({
      data: { email: "q@roc.example", naam: "Quinten Upload", rol: "INSTELLING_BEHEERDER" },
    })
  ).id;
}, 120_000);
afterAll(async () => t?.close());

const HEADER =
  "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";
const row = (brin: string, ivn: string, pgn: string, extra: Partial<{ geslacht: string; opleiding: string }> = {}) =>
  `${brin};${ivn};${pgn};2005-03-14;${extra.geslacht ?? "V"};Jansen;2026-08-01;2029-07-31;2026-08-01;${extra.opleiding ?? "90003"};BOL;J`;

/** A received upload of `text`, not yet processed. */
async function ontvang(brin: string, text: string, aangemaaktOp = new Date()): Promise<string> {
  const record = await t.db.upload.create({
    data: {
      soort: "mbo-inschrijvingen",
      bestandsnaam: `${brin}.csv`,
      grootte: text.length,
      sha256: `sha-${text.length}-${brin}`,
      brin,
      uploaderId,
      aangemaaktOp,
    },
  });
  return record.id;
}

function verwerk(uploadId: string, brin: string, text: string): Promise<void> {
  return processUpload({
    db: t.db,
    uploadId,
    openFile: () => [new TextEncoder().encode(text)],
    mayDeliver: (b) => b === brin,
    actor: "q@roc.example",
    actorType: "USER",
    today: TODAY,
    progressEvery: 0,
  });
}

async function upload(brin: string, text: string, aangemaaktOp: Date): Promise<string> {
  const id = await ontvang(brin, text, aangemaaktOp);
  await verwerk(id, brin, text);
  return id;
}

describe("upload queries", () => {
  const fileAA = [
    HEADER,
    row("25AA", "Q-1", bsn(301)),
    row("25AA", "Q-2", "123456789"), // F03, row 3
    row("25AA", "Q-3", bsn(303), { opleiding: "12345" }), // R02, row 4
    row("25AA", "Q-4", "123456789"), // F03, row 5
    row("25AA", "Q-5", "111111111", { geslacht: "X" }), // F03 and F06 on one row 6
    row("25AA", "Q-6", bsn(306)),
  ].join("\n");
  let first = "";
  let again = "";
  let other = "";

  beforeAll(async () => {
    first = await upload("25AA", fileAA, new Date("2026-11-01T10:00:00Z"));
    other = await upload(
      "25BB",
      [HEADER, row("25BB", "Q-9", "123456789")].join("\n"),
      new Date("2026-11-02T10:00:00Z"),
    );
    again = await upload("25AA", fileAA, new Date("2026-11-03T10:00:00Z"));
  }, 120_000);

  it("lists a school's uploads newest first, paged, with the uploader's name", async () => {
    const all = await listUploads(t.db, "25AA");
    expect(all.items.map((u) => u.id)).toEqual([again, first]);
    expect(all.items[0]).toMatchObject({
      status: "KLAAR",
      verwerkt: 2,
      afgekeurd: 4,
      uploader: { kind: "USER", naam: "Quinten Upload" },
    });
    const page2 = await listUploads(t.db, "25AA", 2, 1);
    expect(page2).toMatchObject({ total: 2, pagina: 2, paginas: 2 });
    expect(page2.items.map((u) => u.id)).toEqual([first]);
    expect((await listUploads(t.db, "25BB")).items.map((u) => u.id)).toEqual([other]);
  });

  it("gives nothing of another school's upload", async () => {
    expect(await getUpload(t.db, "25BB", first)).toBeNull();
    expect(await getUploadStatus(t.db, "25BB", first)).toBeNull();
    expect(await foutenPerCode(t.db, "25BB", first)).toEqual([]);
    expect((await foutenPagina(t.db, "25BB", first)).total).toBe(0);
    const streamed = [];
    for await (const f of alleFouten(t.db, "25BB", first)) streamed.push(f);
    expect(streamed).toEqual([]);
  });

  it("groups the report by code, most frequent first", async () => {
    expect(await foutenPerCode(t.db, "25AA", first)).toEqual([
      { code: "F03", aantal: 3 },
      { code: "F06", aantal: 1 },
      { code: "R02", aantal: 1 },
    ]);
  });

  it("pages the report in file order and filters by code", async () => {
    const whole = await foutenPagina(t.db, "25AA", first, { perPage: 100 });
    expect(whole.items.map((f) => [f.rij, f.code])).toEqual([
      [3, "F03"],
      [4, "R02"],
      [5, "F03"],
      [6, "F03"],
      [6, "F06"],
    ]);
    const page2 = await foutenPagina(t.db, "25AA", first, { pagina: 2, perPage: 2 });
    expect(page2).toMatchObject({ total: 5, pagina: 2, paginas: 3 });
    expect(page2.items).toEqual(whole.items.slice(2, 4));
    const f03 = await foutenPagina(t.db, "25AA", first, { code: "F03" });
    expect(f03.items.map((f) => f.rij)).toEqual([3, 5, 6]);
    expect(f03.items[0]).toMatchObject({ kolom: "bsn" });
    expect(f03.items[0]?.melding).toMatch(/\S/);
  });

  it("streams the whole report in the same order across batches", async () => {
    const streamed = [];
    for await (const f of alleFouten(t.db, "25AA", first, 2)) streamed.push(f);
    expect(streamed).toEqual((await foutenPagina(t.db, "25AA", first, { perPage: 100 })).items);
  });

  it("tells the same file delivered again changed nothing, and points at the earlier upload", async () => {
    const before = await getUpload(t.db, "25AA", first);
    expect(before?.gewijzigd).toBe(2);
    expect(before?.eerder).toBeNull();
    const repeat = await getUpload(t.db, "25AA", again);
    expect(repeat).toMatchObject({ gewijzigd: 0, verwerkt: 2, eerder: { id: first } });
    const status = await getUploadStatus(t.db, "25AA", again);
    expect(status).toMatchObject({
      status: "KLAAR",
      voortgang: 100,
      rijen: 6,
      meldingen: 6,
      verwerkt: 2,
      afgekeurd: 4,
    });
    expect(status?.gestartOp).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("reads a page's status before its counts: a KLAAR status never comes with counts from before it", async () => {
    const text = [HEADER, row("25AA", "P-1", bsn(9101)), row("25AA", "P-2", bsn(9102))].join("\n");
    const id = await ontvang("25AA", text);
    // The upload finishes right after the page's first read of it, whichever read that is: the
    // moment a side-by-side read could see the counts before and the status after.
    let reads = 0;
    const db = t.db.$extends({
      query: {
        upload: {
          async findFirst({ args, query }) {
            const result = await query(args);
            if (reads++ === 0) await verwerk(id, "25AA", text);
            return result;
          },
        },
      },
    }) as unknown as typeof t.db;
    const pagina = await getUploadPagina(db, "25AA", id);
    expect(reads).toBeGreaterThanOrEqual(2);
    // Read first, the status is from before; the counts, read after, are final.
    expect(pagina?.status.status).not.toBe("KLAAR");
    expect(pagina?.upload).toMatchObject({ verwerkt: 2, gewijzigd: 2 });
    // Read again, the page has the finished upload with its counts.
    expect(await getUploadPagina(t.db, "25AA", id)).toMatchObject({
      status: { status: "KLAAR" },
      upload: { verwerkt: 2, gewijzigd: 2 },
    });
  });

  it("offers the soorten of the school's sector and reads page numbers defensively", () => {
    expect(soortenVoorSector("MBO")).toEqual(["mbo-inschrijvingen", "mbo-bpv", "mbo-resultaten"]);
    expect(soortenVoorSector("PO")).toEqual(["po-inschrijvingen", "po-verzuim"]);
    expect([
      paginaUit("3"),
      paginaUit("0"),
      paginaUit("-2"),
      paginaUit("x"),
      paginaUit(undefined),
      paginaUit(["2", "5"]),
      paginaUit("1.5"),
    ]).toEqual([3, 1, 1, 1, 1, 2, 1]);
  });
});
