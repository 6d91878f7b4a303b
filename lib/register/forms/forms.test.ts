// The portal's forms against a real database (PostgreSQL when DATABASE_URL is set, else PGlite):
// the fields as a browser posts them, through the upload's validation and the one pipeline. One
// case per afkeuringscode a form can produce, with its column and form field, and per signaal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/database";
import { vaststellen } from "@/lib/register/funding/vaststellen";
import type { Afzender } from "@/lib/register/pipeline/types";
import type { Soort } from "@/lib/register/validate";
import { seedDemoAccounts } from "@/prisma/seed";
import { formContext, inschrijvingWaarden, vasteVelden, type FormContext } from "./context";
import { formulierNaarInvoer, type Waarden } from "./formulier";
import { formAfzender, verwerkFormulier, verwijderViaFormulier, type FormulierUitkomst } from "./verwerk";

const VANDAAG = "2026-11-23";

let t: TestDatabase;
let db: PrismaClient;
const afzenders: Record<string, Afzender> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  db = t.db;
  await seedDemoAccounts(db);
  for (const email of [
    "beheer@roc-horizon.example",
    "lezer@roc-horizon.example",
    "beheer@deltacollege.example",
    "beheer@obs-delinde.example",
    "beheer@cbs-hetanker.example",
  ]) {
    afzenders[email] = await formAfzender(db, await db.gebruiker.findUniqueOrThrow({ where: { email } }));
  }
}, 120_000);
afterAll(async () => t?.close());

const horizon = () => afzenders["beheer@roc-horizon.example"]!;
const delta = () => afzenders["beheer@deltacollege.example"]!;
const linde = () => afzenders["beheer@obs-delinde.example"]!;
const anker = () => afzenders["beheer@cbs-hetanker.example"]!;

/** A BSN of the test range (starting with 8, never in the demo data) that passes the elfproef. */
function bsn(seed: number): string {
  for (let n = seed * 10; ; n++) {
    const head = `8${String(n).padStart(7, "0")}`.slice(0, 8);
    const last = [...head].reduce((sum, d, i) => sum + Number(d) * (9 - i), 0) % 11;
    if (last <= 9) return head + String(last);
  }
}

let teller = 0;
const volgnummer = () => `T-F${++teller}`;

/** An mbo inschrijving as the new-inschrijving form posts it: every field, empty ones as "". */
function mboFormulier(patch: Waarden = {}): Waarden {
  return {
    inschrijvingsvolgnummer: volgnummer(),
    bsn: bsn(++teller),
    onderwijsnummer: "",
    geboortedatum: "14-03-2005",
    geslacht: "V",
    achternaam: "Jansen",
    voorvoegsel: "",
    voornamen: "Eva",
    postcode: "3521 AB",
    woonland: "NL",
    datumInschrijving: "01-08-2026",
    datumUitschrijvingGepland: "31-07-2029",
    datumUitschrijving: "",
    redenUitschrijving: "",
    "perioden.0.periodeBegindatum": "01-08-2026",
    "perioden.0.opleidingscode": "90003",
    "perioden.0.leerweg": "BOL",
    "perioden.0.indicatieBekostigbaar": "J",
    ...patch,
  };
}

function poFormulier(patch: Waarden = {}): Waarden {
  return {
    inschrijvingsvolgnummer: volgnummer(),
    bsn: bsn(++teller),
    onderwijsnummer: "",
    geboortedatum: "01-05-2018",
    geslacht: "M",
    achternaam: "de Boer",
    voorvoegsel: "",
    voornamen: "Sem",
    postcode: "",
    woonland: "NL",
    datumInschrijving: "15-08-2024",
    datumUitschrijving: "",
    "perioden.0.periodeBegindatum": "15-08-2024",
    "perioden.0.vestigingscode": "01AB00",
    "perioden.0.groep": "3",
    ...patch,
  };
}

/** A form posted for a new record (context: the inschrijving the page was opened for, if any). */
async function nieuw(
  afzender: Afzender,
  soort: Soort,
  brin: string,
  waarden: Waarden,
  context: FormContext | null = null,
): Promise<FormulierUitkomst> {
  return verwerkFormulier(db, afzender, { soort, waarden, vast: vasteVelden(soort, brin, context), vandaag: VANDAAG });
}

/** A form posted to change a stored record: the key comes from the server, not the post. */
async function wijzig(
  afzender: Afzender,
  soort: Soort,
  context: FormContext,
  waarden: Waarden,
  sleutel?: string,
): Promise<FormulierUitkomst> {
  return verwerkFormulier(db, afzender, {
    soort,
    waarden,
    vast: vasteVelden(soort, context.brin, context, sleutel),
    vandaag: VANDAAG,
  });
}

async function contextVan(brin: string, inschrijvingsvolgnummer: string): Promise<FormContext> {
  const i = await db.inschrijving.findUniqueOrThrow({
    where: { brin_inschrijvingsvolgnummer: { brin, inschrijvingsvolgnummer } },
  });
  return (await formContext(db, brin, i.id))!;
}

/** A stored mbo inschrijving of 25AA with its context, for forms opened from its detail page. */
async function mboStudent(
  patch: Waarden = {},
  afzender = horizon(),
  brin = "25AA",
): Promise<{ waarden: Waarden; context: FormContext }> {
  const waarden = mboFormulier(patch);
  const r = await nieuw(afzender, "mbo-inschrijvingen", brin, waarden);
  expect(r.status).toBe("verwerkt");
  return { waarden, context: await contextVan(brin, waarden.inschrijvingsvolgnummer!) };
}

const afkeuringen = (r: FormulierUitkomst) =>
  r.status === "afgekeurd" ? r.afkeuringen.map((a) => [a.code, a.kolom, a.veld]) : r;
const signalen = (r: FormulierUitkomst) => (r.status === "verwerkt" ? r.signalen : r);

describe("the form's fields become the melding the upload validates", () => {
  it("reads only the soort's fields, normalises like a CSV cell, and lets the server's fields win", () => {
    const invoer = formulierNaarInvoer(
      "mbo-inschrijvingen",
      {
        brin: "25BB",
        inschrijvingsvolgnummer: "T-ANDERS",
        datumInschrijving: "1-8-2026",
        redenUitschrijving: "3",
        postcode: "3521 AB",
        onbekend: "x",
        "perioden.3.leerweg": "BBL",
        "perioden.0.indicatieBekostigbaar": "j",
        "perioden.0.onbekend": "x",
      },
      { brin: "25AA", inschrijvingsvolgnummer: "T-1", bsn: "111222333", onderwijsnummer: undefined },
    );
    expect(invoer).toEqual({
      brin: "25AA",
      inschrijvingsvolgnummer: "T-1",
      bsn: "111222333",
      onderwijsnummer: undefined,
      datumInschrijving: "2026-08-01",
      redenUitschrijving: "03",
      postcode: "3521AB",
      // A removed row leaves no hole: perioden 0 and 3 are the first and second.
      perioden: [{ indicatieBekostigbaar: "J" }, { leerweg: "BBL" }],
    });
  });
});

describe("a new mbo inschrijving", () => {
  it("is stored with bron FORM and the user as actor, with its funding; the same form again changes nothing", async () => {
    const waarden = mboFormulier();
    const r = await nieuw(horizon(), "mbo-inschrijvingen", "25AA", waarden);
    expect(r).toMatchObject({ status: "verwerkt", aangemaakt: true, gewijzigd: true, signalen: [] });
    if (r.status !== "verwerkt") return;
    expect(
      r.bekostiging.map((a) => [a.kind === "INSCHRIJVING" ? a.teldatum : a.kalenderjaar, a.status, a.gewicht]),
    ).toEqual([
      ["2026-10-01", "J", 1.3],
      ["2027-02-01", "J", 1.3],
    ]);
    const melding = await db.melding.findUniqueOrThrow({ where: { id: r.meldingId } });
    expect(melding).toMatchObject({
      bron: "FORM",
      actor: "beheer@roc-horizon.example",
      brin: "25AA",
      soort: "MBO_INSCHRIJVING",
      sleutel: waarden.inschrijvingsvolgnummer,
      status: "VERWERKT",
    });
    const persoon = await db.persoon.findUniqueOrThrow({ where: { pgn: waarden.bsn! } });
    expect(persoon).toMatchObject({ postcode: "3521AB", achternaam: "Jansen" });

    expect(await nieuw(horizon(), "mbo-inschrijvingen", "25AA", waarden)).toMatchObject({
      status: "verwerkt",
      aangemaakt: false,
      gewijzigd: false,
    });
  });

  it("F01: a required field left empty", async () => {
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({ datumInschrijving: "", "perioden.0.periodeBegindatum": "" }),
    );
    expect(afkeuringen(r)).toEqual([
      ["F01", "datum_inschrijving", "datumInschrijving"],
      ["F01", "periode_begindatum", "perioden.0.periodeBegindatum"],
    ]);
  });

  it("F02: a date that does not exist; nothing is stored, the melding is recorded as afgekeurd", async () => {
    const waarden = mboFormulier({ geboortedatum: "30-02-2005" });
    const r = await nieuw(horizon(), "mbo-inschrijvingen", "25AA", waarden);
    expect(afkeuringen(r)).toEqual([["F02", "geboortedatum", "geboortedatum"]]);
    if (r.status === "afgekeurd")
      expect(r.afkeuringen[0]?.melding).toBe(
        "'2005-02-30' is geen bestaande datum; gebruik JJJJ-MM-DD (of DD-MM-JJJJ in een bestand).",
      );
    expect(await db.inschrijving.count({ where: { inschrijvingsvolgnummer: waarden.inschrijvingsvolgnummer } })).toBe(
      0,
    );
    expect(await db.melding.findFirst({ where: { sleutel: waarden.inschrijvingsvolgnummer } })).toMatchObject({
      bron: "FORM",
      status: "AFGEKEURD",
      codes: [{ code: "F02", kolom: "geboortedatum", melding: expect.any(String) }],
    });
  });

  it("F03: a BSN that fails the elfproef (the message never shows the number)", async () => {
    const r = await nieuw(horizon(), "mbo-inschrijvingen", "25AA", mboFormulier({ bsn: "811222334" }));
    expect(afkeuringen(r)).toEqual([["F03", "bsn", "bsn"]]);
    if (r.status === "afgekeurd") expect(r.afkeuringen[0]?.melding).not.toContain("811222334");
  });

  it("F04: an onderwijsnummer that fails its check", async () => {
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({ bsn: "", onderwijsnummer: "800000009" }),
    );
    expect(afkeuringen(r)).toEqual([["F04", "onderwijsnummer", "onderwijsnummer"]]);
  });

  it("F05: neither a BSN nor an onderwijsnummer, or both", async () => {
    expect(afkeuringen(await nieuw(horizon(), "mbo-inschrijvingen", "25AA", mboFormulier({ bsn: "" })))).toEqual([
      ["F05", "bsn", "bsn"],
    ]);
    expect(
      afkeuringen(await nieuw(horizon(), "mbo-inschrijvingen", "25AA", mboFormulier({ onderwijsnummer: "800000001" }))),
    ).toEqual([["F05", "onderwijsnummer", "onderwijsnummer"]]);
  });

  it("F06: a value outside its list (a select's value changed in a crafted post)", async () => {
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({ "perioden.0.leerweg": "DUAAL", geslacht: "X" }),
    );
    expect(afkeuringen(r)).toEqual([
      ["F06", "geslacht", "geslacht"],
      ["F06", "leerweg", "perioden.0.leerweg"],
    ]);
  });

  it("F07: dates out of order, and a first periode that does not start on the datum inschrijving", async () => {
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({ datumUitschrijvingGepland: "31-07-2026", "perioden.0.periodeBegindatum": "02-08-2026" }),
    );
    expect(afkeuringen(r)).toEqual([
      ["F07", "datum_uitschrijving_gepland", "datumUitschrijvingGepland"],
      ["F07", "periode_begindatum", "perioden.0.periodeBegindatum"],
    ]);
  });

  it("F08: a datum uitschrijving without its reden", async () => {
    const r = await nieuw(horizon(), "mbo-inschrijvingen", "25AA", mboFormulier({ datumUitschrijving: "31-01-2027" }));
    expect(afkeuringen(r)).toEqual([["F08", "reden_uitschrijving", "redenUitschrijving"]]);
  });

  it("F09: two perioden with the same begindatum", async () => {
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({
        "perioden.1.periodeBegindatum": "01-08-2026",
        "perioden.1.opleidingscode": "90003",
        "perioden.1.leerweg": "BBL",
        "perioden.1.indicatieBekostigbaar": "J",
      }),
    );
    expect(afkeuringen(r)).toEqual([["F09", "periode_begindatum", "perioden.1.periodeBegindatum"]]);
  });

  it("R01: a user who may not deliver for the school — the reader, or the beheerder of another school", async () => {
    for (const afzender of [afzenders["lezer@roc-horizon.example"]!, delta()]) {
      const waarden = mboFormulier();
      expect(afkeuringen(await nieuw(afzender, "mbo-inschrijvingen", "25AA", waarden))).toEqual([
        ["R01", "brin", "brin"],
      ]);
      expect(await db.inschrijving.count({ where: { inschrijvingsvolgnummer: waarden.inschrijvingsvolgnummer } })).toBe(
        0,
      );
    }
  });

  it("R02: an opleiding unknown in RIO, next to the periode that has it", async () => {
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({
        "perioden.1.periodeBegindatum": "01-02-2027",
        "perioden.1.opleidingscode": "12345",
        "perioden.1.leerweg": "BOL",
        "perioden.1.indicatieBekostigbaar": "J",
      }),
    );
    expect(afkeuringen(r)).toEqual([["R02", "opleidingscode", "perioden.1.opleidingscode"]]);
  });

  it("R04: a geboortedatum and geslacht that contradict the registered person", async () => {
    const { waarden } = await mboStudent();
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({ bsn: waarden.bsn!, geboortedatum: "01-01-2004", geslacht: "M" }),
    );
    expect(afkeuringen(r)).toEqual([
      ["R04", "geboortedatum", "geboortedatum"],
      ["R04", "geslacht", "geslacht"],
    ]);
  });

  it("R05: a volgnummer that is another person's", async () => {
    const { waarden } = await mboStudent();
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({ inschrijvingsvolgnummer: waarden.inschrijvingsvolgnummer! }),
    );
    expect(afkeuringen(r)).toEqual([["R05", "inschrijvingsvolgnummer", "inschrijvingsvolgnummer"]]);
  });
});

describe("changing a stored mbo inschrijving", () => {
  it("takes the key and the PGN from the server: a posted key or BSN changes nothing else", async () => {
    const { waarden, context } = await mboStudent();
    const other = volgnummer();
    const r = await wijzig(horizon(), "mbo-inschrijvingen", context, {
      ...waarden,
      inschrijvingsvolgnummer: other,
      bsn: bsn(999),
      achternaam: "Jansen-de Wit",
    });
    expect(r).toMatchObject({ status: "verwerkt", aangemaakt: false, gewijzigd: true });
    expect(await db.inschrijving.count({ where: { inschrijvingsvolgnummer: other } })).toBe(0);
    expect(await db.persoon.findUnique({ where: { pgn: context.pgn } })).toMatchObject({ achternaam: "Jansen-de Wit" });
  });

  it("shows the stored state as the form's values, which deliver the same state again", async () => {
    const { context } = await mboStudent({
      datumUitschrijving: "31-01-2027",
      redenUitschrijving: "02",
      "perioden.1.periodeBegindatum": "01-11-2026",
      "perioden.1.opleidingscode": "90002",
      "perioden.1.leerweg": "BOL",
      "perioden.1.indicatieBekostigbaar": "N",
    });
    const waarden = await inschrijvingWaarden(db, context);
    expect(waarden).toMatchObject({
      datumUitschrijving: "31-01-2027",
      redenUitschrijving: "02",
      "perioden.1.periodeBegindatum": "01-11-2026",
      "perioden.1.indicatieBekostigbaar": "N",
    });
    expect(await wijzig(horizon(), "mbo-inschrijvingen", context, waarden)).toMatchObject({
      status: "verwerkt",
      gewijzigd: false,
    });
  });

  it("S04: a BBL inschrijving without BPV, with M06 in its funding", async () => {
    const { waarden, context } = await mboStudent();
    const r = await wijzig(horizon(), "mbo-inschrijvingen", context, { ...waarden, "perioden.0.leerweg": "BBL" });
    expect(signalen(r)).toEqual([{ code: "S04", parameters: {} }]);
    if (r.status === "verwerkt")
      expect(r.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2026-10-01")?.codes).toEqual([
        "M06",
      ]);
  });

  it("S01: an overlapping inschrijving at another school, named in the signaal", async () => {
    const { waarden } = await mboStudent({}, delta(), "25BB");
    const r = await nieuw(
      horizon(),
      "mbo-inschrijvingen",
      "25AA",
      mboFormulier({
        bsn: waarden.bsn!,
        datumInschrijving: "01-09-2026",
        "perioden.0.periodeBegindatum": "01-09-2026",
      }),
    );
    expect(signalen(r)).toEqual([{ code: "S01", parameters: { brin: "25BB" } }]);
  });
});

/** A BPV as its form posts it. */
function bpvFormulier(patch: Waarden = {}): Waarden {
  return {
    bpvVolgnummer: volgnummer(),
    leerbedrijfId: "123456789",
    opleidingscode: "90003",
    afsluitdatum: "15-08-2026",
    datumBegin: "01-09-2026",
    datumEindeGepland: "30-06-2027",
    datumEinde: "",
    omvangUren: "800",
    ...patch,
  };
}

describe("BPV", () => {
  it("is added to the inschrijving the page was opened for, and clears S04", async () => {
    const { context } = await mboStudent({ "perioden.0.leerweg": "BBL" });
    const r = await nieuw(horizon(), "mbo-bpv", "25AA", bpvFormulier({ inschrijvingsvolgnummer: "T-ANDERS" }), context);
    expect(r).toMatchObject({ status: "verwerkt", aangemaakt: true, signalen: [] });
    expect(await db.bpv.count({ where: { inschrijvingId: context.inschrijvingId } })).toBe(1);
    expect(
      await db.signaal.count({ where: { brin: "25AA", sleutel: context.inschrijvingsvolgnummer, code: "S04" } }),
    ).toBe(0);
  });

  it("F02 on a number out of range, F07 on an end before the begin", async () => {
    const { context } = await mboStudent();
    const r = await nieuw(
      horizon(),
      "mbo-bpv",
      "25AA",
      bpvFormulier({ omvangUren: "0", datumEindeGepland: "31-08-2026", leerbedrijfId: "12345" }),
      context,
    );
    expect(afkeuringen(r)).toEqual([
      ["F02", "leerbedrijf_id", "leerbedrijfId"],
      ["F02", "omvang_uren", "omvangUren"],
      ["F07", "datum_einde_gepland", "datumEindeGepland"],
    ]);
  });

  it("S05: a BPV outside the inschrijving's dates", async () => {
    const { context } = await mboStudent();
    const r = await nieuw(horizon(), "mbo-bpv", "25AA", bpvFormulier({ datumBegin: "01-07-2026" }), context);
    expect(signalen(r)).toEqual([{ code: "S05", parameters: {} }]);
  });

  it("R03: the inschrijving is gone by the time the form is sent", async () => {
    const { context } = await mboStudent();
    await verwijderViaFormulier(db, horizon(), "mbo-inschrijvingen", {
      brin: "25AA",
      inschrijvingsvolgnummer: context.inschrijvingsvolgnummer,
    });
    expect(afkeuringen(await nieuw(horizon(), "mbo-bpv", "25AA", bpvFormulier(), context))).toEqual([
      ["R03", "inschrijvingsvolgnummer", "inschrijvingsvolgnummer"],
    ]);
  });

  it("R06: removing a BPV that is no longer there (a second click, a stale page)", async () => {
    const { context } = await mboStudent();
    const bpv = bpvFormulier();
    await nieuw(horizon(), "mbo-bpv", "25AA", bpv, context);
    const sleutel = {
      brin: "25AA",
      inschrijvingsvolgnummer: context.inschrijvingsvolgnummer,
      bpvVolgnummer: bpv.bpvVolgnummer!,
    };
    expect(await verwijderViaFormulier(db, horizon(), "mbo-bpv", sleutel)).toMatchObject({
      status: "verwerkt",
      gewijzigd: true,
    });
    expect(await db.bpv.count({ where: { inschrijvingId: context.inschrijvingId } })).toBe(0);
    expect(afkeuringen(await verwijderViaFormulier(db, horizon(), "mbo-bpv", sleutel))).toEqual([
      ["R06", "bpv_volgnummer", "bpvVolgnummer"],
    ]);
    expect(
      await db.melding.count({
        where: {
          brin: "25AA",
          soort: "BPV",
          sleutel: `${context.inschrijvingsvolgnummer}/${bpv.bpvVolgnummer}`,
          verwijdering: true,
          bron: "FORM",
        },
      }),
    ).toBe(2);
  });
});

function resultaatFormulier(inschrijvingsvolgnummer: string, patch: Waarden = {}): Waarden {
  return {
    resultaatvolgnummer: volgnummer(),
    inschrijvingsvolgnummer,
    opleidingscode: "90003",
    soort: "DIPLOMA",
    datumBehaald: "01-07-2026",
    indicatieBekostigbaar: "J",
    ...patch,
  };
}

describe("resultaat", () => {
  it("is stored for the person of the page, with the diploma's funding per kalenderjaar", async () => {
    const { context } = await mboStudent();
    const r = await nieuw(
      horizon(),
      "mbo-resultaten",
      "25AA",
      resultaatFormulier(context.inschrijvingsvolgnummer, { bsn: bsn(998) }),
      context,
    );
    expect(r).toMatchObject({ status: "verwerkt", aangemaakt: true });
    if (r.status === "verwerkt")
      expect(r.bekostiging).toEqual([
        expect.objectContaining({ kind: "RESULTAAT", kalenderjaar: 2026, status: "J", gewicht: 3 }),
      ]);
    expect(await db.resultaat.count({ where: { persoonId: context.persoonId } })).toBe(1);
  });

  it("F07: a datum behaald in the future; F06: a soort outside the list", async () => {
    const { context } = await mboStudent();
    const r = await nieuw(
      horizon(),
      "mbo-resultaten",
      "25AA",
      resultaatFormulier(context.inschrijvingsvolgnummer, { datumBehaald: "01-12-2026", soort: "BEWIJS" }),
      context,
    );
    expect(afkeuringen(r)).toEqual([
      ["F06", "soort", "soort"],
      ["F07", "datum_behaald", "datumBehaald"],
    ]);
  });

  it("R02 and R03: an unknown opleiding, and an inschrijving of another person", async () => {
    const { context } = await mboStudent();
    const { context: other } = await mboStudent();
    const r = await nieuw(
      horizon(),
      "mbo-resultaten",
      "25AA",
      resultaatFormulier(other.inschrijvingsvolgnummer, { opleidingscode: "12345" }),
      context,
    );
    expect(afkeuringen(r)).toEqual([
      ["R02", "opleidingscode", "opleidingscode"],
      ["R03", "inschrijvingsvolgnummer", "inschrijvingsvolgnummer"],
    ]);
  });

  it("R05: a resultaatvolgnummer that is another person's", async () => {
    const { context } = await mboStudent();
    const { context: other } = await mboStudent();
    const resultaat = resultaatFormulier(other.inschrijvingsvolgnummer);
    await nieuw(horizon(), "mbo-resultaten", "25AA", resultaat, other);
    const r = await nieuw(
      horizon(),
      "mbo-resultaten",
      "25AA",
      resultaatFormulier(context.inschrijvingsvolgnummer, { resultaatvolgnummer: resultaat.resultaatvolgnummer! }),
      context,
    );
    expect(afkeuringen(r)).toEqual([["R05", "resultaatvolgnummer", "resultaatvolgnummer"]]);
  });

  it("R07: an inschrijving a resultaat still refers to cannot be removed; after the resultaat it can", async () => {
    const { context } = await mboStudent();
    const resultaat = resultaatFormulier(context.inschrijvingsvolgnummer);
    await nieuw(horizon(), "mbo-resultaten", "25AA", resultaat, context);
    const inschrijving = { brin: "25AA", inschrijvingsvolgnummer: context.inschrijvingsvolgnummer };
    expect(afkeuringen(await verwijderViaFormulier(db, horizon(), "mbo-inschrijvingen", inschrijving))).toEqual([
      ["R07", "inschrijvingsvolgnummer", "inschrijvingsvolgnummer"],
    ]);
    expect(
      await verwijderViaFormulier(db, horizon(), "mbo-resultaten", {
        brin: "25AA",
        resultaatvolgnummer: resultaat.resultaatvolgnummer!,
      }),
    ).toMatchObject({ status: "verwerkt" });
    expect(await verwijderViaFormulier(db, horizon(), "mbo-inschrijvingen", inschrijving)).toMatchObject({
      status: "verwerkt",
      gewijzigd: true,
    });
    expect(await db.inschrijving.count({ where: { id: context.inschrijvingId } })).toBe(0);
    expect(
      await db.bekostigingsbeoordeling.count({ where: { brin: "25AA", volgnummer: context.inschrijvingsvolgnummer } }),
    ).toBe(0);
  });
});

describe("po inschrijving and verzuim", () => {
  it("R02: a vestiging of another school", async () => {
    const r = await nieuw(linde(), "po-inschrijvingen", "01AB", poFormulier({ "perioden.0.vestigingscode": "02CD00" }));
    expect(afkeuringen(r)).toEqual([["R02", "vestigingscode", "perioden.0.vestigingscode"]]);
  });

  it("F06: a groep outside 1–8", async () => {
    const r = await nieuw(linde(), "po-inschrijvingen", "01AB", poFormulier({ "perioden.0.groep": "9" }));
    expect(afkeuringen(r)).toEqual([["F06", "groep", "perioden.0.groep"]]);
  });

  it("S02: a move with a gap between the two schools", async () => {
    const eerder = poFormulier({ datumUitschrijving: "24-08-2025" });
    expect(await nieuw(linde(), "po-inschrijvingen", "01AB", eerder)).toMatchObject({ status: "verwerkt" });
    const r = await nieuw(
      anker(),
      "po-inschrijvingen",
      "02CD",
      poFormulier({
        bsn: eerder.bsn!,
        datumInschrijving: "01-09-2025",
        "perioden.0.periodeBegindatum": "01-09-2025",
        "perioden.0.vestigingscode": "02CD00",
      }),
    );
    expect(signalen(r)).toEqual([{ code: "S02", parameters: { brin: "01AB", datumUitschrijving: "2025-08-24" } }]);
  });

  const verzuimFormulier = (patch: Waarden = {}): Waarden => ({
    verzuimvolgnummer: volgnummer(),
    soort: "LUXE",
    datumBegin: "02-03-2026",
    datumEinde: "",
    toelichting: "",
    ...patch,
  });

  it("a verzuimmelding is stored for the pupil of the page; no funding", async () => {
    const leerling = poFormulier();
    await nieuw(linde(), "po-inschrijvingen", "01AB", leerling);
    const context = await contextVan("01AB", leerling.inschrijvingsvolgnummer!);
    const r = await nieuw(
      linde(),
      "po-verzuim",
      "01AB",
      verzuimFormulier({ soort: "16U_4W", datumEinde: "27-03-2026", toelichting: "Gesprek met ouders gepland." }),
      context,
    );
    expect(r).toMatchObject({ status: "verwerkt", aangemaakt: true, bekostiging: [] });
    expect(await db.verzuimmelding.findFirst({ where: { persoonId: context.persoonId } })).toMatchObject({
      soort: "U16_4W",
      toelichting: "Gesprek met ouders gepland.",
    });
  });

  it("F10: LRV without a datum einde", async () => {
    const leerling = poFormulier();
    await nieuw(linde(), "po-inschrijvingen", "01AB", leerling);
    const context = await contextVan("01AB", leerling.inschrijvingsvolgnummer!);
    expect(
      afkeuringen(await nieuw(linde(), "po-verzuim", "01AB", verzuimFormulier({ soort: "LRV" }), context)),
    ).toEqual([["F10", "datum_einde", "datumEinde"]]);
  });

  it("R03: not enrolled on datum begin, shown at the datum begin (the pupil is the page's)", async () => {
    const leerling = poFormulier();
    await nieuw(linde(), "po-inschrijvingen", "01AB", leerling);
    const context = await contextVan("01AB", leerling.inschrijvingsvolgnummer!);
    expect(
      afkeuringen(await nieuw(linde(), "po-verzuim", "01AB", verzuimFormulier({ datumBegin: "01-06-2024" }), context)),
    ).toEqual([["R03", "bsn", "datumBegin"]]);
  });

  it("R05: a verzuimvolgnummer that is another pupil's", async () => {
    const [a, b] = [poFormulier(), poFormulier()];
    await nieuw(linde(), "po-inschrijvingen", "01AB", a);
    await nieuw(linde(), "po-inschrijvingen", "01AB", b);
    const verzuim = verzuimFormulier();
    await nieuw(linde(), "po-verzuim", "01AB", verzuim, await contextVan("01AB", a.inschrijvingsvolgnummer!));
    const r = await nieuw(linde(), "po-verzuim", "01AB", verzuim, await contextVan("01AB", b.inschrijvingsvolgnummer!));
    expect(afkeuringen(r)).toEqual([["R05", "verzuimvolgnummer", "verzuimvolgnummer"]]);
  });
});

// Last: fixing a teldatum changes what every later melding of that sector gets.
describe("after vaststellen", () => {
  it("S03: a change to an inschrijving that counted on a fixed teldatum; its definitive funding stays", async () => {
    const { waarden, context } = await mboStudent({
      datumInschrijving: "01-08-2025",
      datumUitschrijvingGepland: "31-07-2028",
      "perioden.0.periodeBegindatum": "01-08-2025",
    });
    await vaststellen(db, { sector: "MBO", datum: "2025-10-01", actor: "beheer@duo.example" });
    const r = await wijzig(horizon(), "mbo-inschrijvingen", context, {
      ...waarden,
      "perioden.0.indicatieBekostigbaar": "N",
    });
    expect(signalen(r)).toEqual([{ code: "S03", parameters: {} }]);
    if (r.status !== "verwerkt") return;
    const oktober = r.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2025-10-01");
    expect(oktober).toMatchObject({ status: "J", definitief: true });
    expect(r.bekostiging.find((a) => a.kind === "INSCHRIJVING" && a.teldatum === "2026-10-01")).toMatchObject({
      status: "N",
      codes: ["M01"],
    });
  });
});
