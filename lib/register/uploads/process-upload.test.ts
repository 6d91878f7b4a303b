// Upload processing on a real database: counts, error report rows, whole-file refusal, the same
// file twice, non-adjacent rows of one inschrijving, resuming after an interruption, and the stored
// file kept exactly as long as a resumed run needs it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { bsn, TODAY } from "@/lib/register/pipeline/test-helpers";
import { bijRegisterWijziging, type RegisterWijziging } from "@/lib/register/na-commit";
import { readUploadFile, storeUploadFile } from "@/lib/register/upload-store";
import { processUpload } from "./process-upload";

let t: TestDatabase;
const gehoord: RegisterWijziging[] = [];
let stopLuisteren = () => {};
beforeAll(async () => {
  t = await createTestDatabase();
  stopLuisteren = bijRegisterWijziging("test", (_db, w) => void gehoord.push(w));
}, 120_000);
afterAll(async () => {
  stopLuisteren();
  await t?.close();
});

const HEADER =
  "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";
const row = (
  ivn: string,
  pgn: string,
  begin: string,
  leerweg = "BOL",
  extra: Partial<{ geboortedatum: string; opleiding: string }> = {},
) =>
  `25AA;${ivn};${pgn};${extra.geboortedatum ?? "2005-03-14"};V;Jansen;2026-08-01;2029-07-31;${begin};${extra.opleiding ?? "90003"};${leerweg};J`;

async function upload(text: string, soort = "mbo-inschrijvingen") {
  const record = await t.db.upload.create({
    data: { soort, bestandsnaam: "test.csv", grootte: text.length, sha256: "x", brin: "25AA" },
  });
  await processUpload({
    db: t.db,
    uploadId: record.id,
    openFile: () => [new TextEncoder().encode(text)],
    mayDeliver: (brin) => brin === "25AA",
    actor: "beheer@roc-horizon.example",
    actorType: "USER",
    today: TODAY,
    progressEvery: 0,
  });
  return t.db.upload.findUniqueOrThrow({
    where: { id: record.id },
    include: { fouten: { orderBy: [{ rij: "asc" }, { kolom: "asc" }] } },
  });
}

describe("processUpload", () => {
  const file = [
    HEADER,
    row("U-1", bsn(101), "2026-08-01"),
    row("U-2", bsn(102), "2026-08-01", "BBL"),
    "",
    row("U-1", bsn(101), "2027-02-01", "BBL"), // second periode of U-1, not adjacent
    row("U-3", "123456789", "2026-08-01"), // F03
    row("U-4", bsn(104), "2026-08-01", "BOL", { opleiding: "12345" }), // R02
    "25BB;U-5;" + bsn(105) + ";2005-03-14;V;Jansen;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J", // R01
  ].join("\n");

  it("counts rows and meldingen, lists each afkeuring with row, column and code", async () => {
    const u = await upload(file);
    expect(u).toMatchObject({ status: "KLAAR", voortgang: 100, rijen: 6, meldingen: 5, verwerkt: 2, afgekeurd: 3 });
    expect(u.signalen).toBeGreaterThanOrEqual(1); // S04 on U-2 (BBL without BPV) at least
    expect(u.fouten.map((f) => [f.rij, f.kolom, f.code])).toEqual([
      [6, "bsn", "F03"],
      [7, "opleidingscode", "R02"],
      [8, "brin", "R01"],
    ]);
    const u1 = await t.db.inschrijving.findUniqueOrThrow({
      where: { brin_inschrijvingsvolgnummer: { brin: "25AA", inschrijvingsvolgnummer: "U-1" } },
      include: { perioden: true },
    });
    expect(u1.perioden).toHaveLength(2);
    // Whoever follows the register (the back office's summaries) heard of the school at the end.
    expect(gehoord.at(-1)).toEqual({ brins: expect.arrayContaining(["25AA"]), wanneer: "nu" });
  });

  it("the same file again leaves the register as it was", async () => {
    const before = await t.db.auditEvent.count();
    const registerBerichten = () => t.db.bericht.count({ where: { soort: { not: "UPLOAD_VERWERKT" } } });
    const berichten = await registerBerichten();
    const u = await upload(file);
    expect(u).toMatchObject({ status: "KLAAR", verwerkt: 2, afgekeurd: 3 });
    const changed = await t.db.melding.count({ where: { uploadId: u.id, gewijzigd: true } });
    expect(changed).toBe(0);
    expect(await t.db.auditEvent.count()).toBe(before);
    expect(await registerBerichten()).toBe(berichten);
    // Only the upload's own terugkoppeling, once, with its counts.
    const eigen = await t.db.bericht.findMany({
      where: { soort: "UPLOAD_VERWERKT", gegevens: { path: ["uploadId"], equals: u.id } },
    });
    expect(eigen).toHaveLength(1);
    expect(eigen[0]!.gegevens).toMatchObject({ status: "KLAAR", aantallen: { verwerkt: 2, afgekeurd: 3 } });
  });

  it("refuses a file with an unknown column as a whole, storing nothing", async () => {
    const count = await t.db.inschrijving.count();
    const u = await upload(`${HEADER};kleur\n${row("U-9", bsn(109), "2026-08-01")};rood`);
    expect(u.status).toBe("MISLUKT");
    expect(u.foutmelding).toMatch(/kleur/);
    expect(u.meldingen).toBe(0);
    expect(await t.db.inschrijving.count()).toBe(count);
  });

  it("resumes an interrupted upload without sending a melding twice", async () => {
    const text = [
      HEADER,
      row("W-1", bsn(201), "2026-08-01"),
      row("W-2", bsn(202), "2026-08-01"),
      row("W-3", bsn(203), "2026-08-01"),
    ].join("\n");
    const u = await upload(text);
    expect(u.verwerkt).toBe(3);
    // As if the process died after two meldingen: the third melding and the counters are gone.
    const third = await t.db.melding.findFirstOrThrow({ where: { uploadId: u.id, sleutel: "W-3" } });
    await t.db.melding.delete({ where: { id: third.id } });
    await t.db.upload.update({
      where: { id: u.id },
      data: { status: "BEZIG", verwerkt: 0, afgekeurd: 0, rijen: 0, meldingen: 0 },
    });
    await processUpload({
      db: t.db,
      uploadId: u.id,
      openFile: () => [new TextEncoder().encode(text)],
      mayDeliver: () => true,
      actor: "x",
      actorType: "USER",
      today: TODAY,
    });
    const resumed = await t.db.upload.findUniqueOrThrow({ where: { id: u.id } });
    expect(resumed).toMatchObject({ status: "KLAAR", rijen: 3, meldingen: 3, verwerkt: 3, afgekeurd: 0 });
    expect(await t.db.melding.count({ where: { uploadId: u.id } })).toBe(3);
  });

  it("deletes the stored file when the upload ends, kept while a run may resume", async () => {
    const stored = async (text: string) => {
      const record = await t.db.upload.create({
        data: {
          soort: "mbo-inschrijvingen",
          bestandsnaam: "test.csv",
          grootte: text.length,
          sha256: "x",
          brin: "25AA",
        },
      });
      await storeUploadFile(
        record.id,
        (async function* () {
          yield new TextEncoder().encode(text);
        })(),
        { client: t.db, maxBytes: 1_000_000, chunkBytes: 64 },
      );
      return record.id;
    };
    const run = (uploadId: string, signal?: AbortSignal) =>
      processUpload({
        db: t.db,
        uploadId,
        openFile: () => readUploadFile(uploadId, { client: t.db }),
        mayDeliver: () => true,
        actor: "x",
        actorType: "USER",
        today: TODAY,
        signal,
      });
    const chunks = (uploadId: string) => t.db.uploadDeel.count({ where: { uploadId } });

    const ok = await stored(
      [HEADER, row("K-1", bsn(301), "2026-08-01"), row("K-2", bsn(302), "2026-08-01")].join("\n"),
    );
    expect(await chunks(ok)).toBeGreaterThan(1);
    // A run that dies halfway leaves the file for the next attempt.
    const aborted = new AbortController();
    aborted.abort();
    await expect(run(ok, aborted.signal)).rejects.toThrow();
    expect(await chunks(ok)).toBeGreaterThan(1);
    await run(ok);
    expect(await t.db.upload.findUniqueOrThrow({ where: { id: ok } })).toMatchObject({ status: "KLAAR", verwerkt: 2 });
    expect(await chunks(ok)).toBe(0);

    const refused = await stored(`${HEADER};kleur\n${row("K-3", bsn(303), "2026-08-01")};rood`);
    await run(refused);
    expect((await t.db.upload.findUniqueOrThrow({ where: { id: refused } })).status).toBe("MISLUKT");
    expect(await chunks(refused)).toBe(0);
  });
});
