// Every afkeuringscode of rules.md through the JSON API: 422 problem+json (404 for R06) whose
// invalidParams name the JSON pointer, the code and a Dutch reason; nothing stored, and the melding
// still in the terugkoppeling. Plus the idempotent PUT and the audit trail of API changes.
import { expect, test, type APIRequestContext } from "@playwright/test";
import {
  call,
  database,
  expectProblem,
  mboBody,
  newSupplier,
  poBody,
  randomBsn,
  runId,
  type Supplier,
} from "./helpers";

let supplier: Supplier;
test.beforeAll(async ({ request }) => {
  supplier = await newSupplier(request, [
    { brin: "25AA", dienst: "DUO_MBO" },
    { brin: "01AB", dienst: "ROD_PO" },
    { brin: "01AB", dienst: "VERZUIM" },
    { brin: "01AB", dienst: "DUO_MBO" }, // an mbo service at a po school: its meldingen get R01
  ]);
});

const put = (request: APIRequestContext, path: string, data: unknown) =>
  call(request, supplier.token, `instellingen/${path}`, { method: "PUT", data });

async function rejected(
  request: APIRequestContext,
  path: string,
  data: unknown,
  expected: { name: string; code: string }[],
) {
  const problem = await expectProblem(await put(request, path, data), 422);
  expect(problem.title).toBe("Melding afgekeurd");
  for (const e of expected)
    expect(problem.invalidParams, JSON.stringify(problem.invalidParams)).toContainEqual({
      ...e,
      reason: expect.stringMatching(/\w/),
    });
  expect(problem.melding?.id).toEqual(expect.any(Number));
  return problem;
}

test("F01–F10 name the field as a JSON pointer", async ({ request }) => {
  const r = runId();
  const zonderGeboortedatum = mboBody();
  delete zonderGeboortedatum.geboortedatum;
  await rejected(request, `25AA/inschrijvingen/T-${r}-1`, zonderGeboortedatum, [
    { name: "/geboortedatum", code: "F01" },
  ]);
  await rejected(request, `25AA/inschrijvingen/T-${r}-2`, mboBody({ geboortedatum: "2006-02-30" }), [
    { name: "/geboortedatum", code: "F02" },
  ]);
  await rejected(request, `25AA/inschrijvingen/T-${r}-3`, mboBody({ bsn: "111222334" }), [
    { name: "/bsn", code: "F03" },
  ]);
  await rejected(request, `25AA/inschrijvingen/T-${r}-4`, mboBody({ bsn: null, onderwijsnummer: "100000000" }), [
    { name: "/onderwijsnummer", code: "F04" },
  ]);
  const both = await rejected(request, `25AA/inschrijvingen/T-${r}-5`, mboBody({ onderwijsnummer: "100000005" }), []);
  expect(both.invalidParams!.map((p) => p.code)).toContain("F05");
  await rejected(
    request,
    `25AA/inschrijvingen/T-${r}-6`,
    mboBody({
      perioden: [
        { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "XYZ", indicatieBekostigbaar: "J" },
      ],
    }),
    [{ name: "/perioden/0/leerweg", code: "F06" }],
  );
  await rejected(request, `25AA/inschrijvingen/T-${r}-7`, mboBody({ datumUitschrijvingGepland: "2026-07-31" }), [
    { name: "/datumUitschrijvingGepland", code: "F07" },
  ]);
  const f08 = await rejected(
    request,
    `25AA/inschrijvingen/T-${r}-8`,
    mboBody({ datumUitschrijving: "2027-01-31" }),
    [],
  );
  expect(f08.invalidParams!.map((p) => p.code)).toContain("F08");
  await rejected(request, `25AA/inschrijvingen/T-${r}-9`, mboBody({ inschrijvingsvolgnummer: "IETS-ANDERS" }), [
    { name: "/inschrijvingsvolgnummer", code: "F09" },
  ]);
  await rejected(
    request,
    `01AB/verzuimmeldingen/T-${r}-10`,
    { bsn: randomBsn(), soort: "16U_4W", datumBegin: "2026-09-01" },
    [{ name: "/datumEinde", code: "F10" }],
  );
  // Nothing of any of them was stored.
  for (let i = 1; i <= 9; i++)
    await expectProblem(await call(request, supplier.token, `instellingen/25AA/inschrijvingen/T-${r}-${i}`), 404);
});

test("R01–R07 from the register checks", async ({ request }) => {
  const r = runId();
  // R01: an mbo diploma at a po school, even with a mandate for DUO_MBO there.
  await rejected(
    request,
    `01AB/resultaten/T-${r}-D`,
    {
      inschrijvingsvolgnummer: `T-${r}`,
      bsn: randomBsn(),
      opleidingscode: "90003",
      soort: "DIPLOMA",
      datumBehaald: "2026-06-30",
      indicatieBekostigbaar: "J",
    },
    [{ name: "/brin", code: "R01" }],
  );
  // R02: an opleiding unknown in RIO, pointed at in its periode.
  await rejected(
    request,
    `25AA/inschrijvingen/T-${r}-R2`,
    mboBody({
      perioden: [
        { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
        { periodeBegindatum: "2027-02-01", opleidingscode: "12345", leerweg: "BOL", indicatieBekostigbaar: "J" },
      ],
    }),
    [{ name: "/perioden/1/opleidingscode", code: "R02" }],
  );
  // R03: a BPV of an inschrijving that does not exist.
  await rejected(
    request,
    `25AA/inschrijvingen/T-${r}-GEEN/bpv/1`,
    {
      leerbedrijfId: "100000001",
      opleidingscode: "90003",
      afsluitdatum: "2026-08-01",
      datumBegin: "2026-09-01",
      datumEindeGepland: "2027-06-30",
      omvangUren: 800,
    },
    [{ name: "/inschrijvingsvolgnummer", code: "R03" }],
  );
  // R04: the same person with another geboortedatum.
  const bsn = randomBsn();
  expect((await put(request, `25AA/inschrijvingen/T-${r}-A`, mboBody({ bsn }))).status()).toBe(201);
  await rejected(request, `25AA/inschrijvingen/T-${r}-B`, mboBody({ bsn, geboortedatum: "2004-01-01" }), [
    { name: "/geboortedatum", code: "R04" },
  ]);
  // R05: the volgnummer of another person.
  await rejected(request, `25AA/inschrijvingen/T-${r}-A`, mboBody(), [
    { name: "/inschrijvingsvolgnummer", code: "R05" },
  ]);
  // R06: removing what is not there is a 404 with the code.
  const r06 = await expectProblem(
    await call(request, supplier.token, `instellingen/25AA/inschrijvingen/T-${r}-NIETS`, { method: "DELETE" }),
    404,
  );
  expect(r06.invalidParams).toContainEqual(expect.objectContaining({ code: "R06" }));
  // Also a BPV whose inschrijving is not there: nothing to remove (api.md), not R03.
  const bpvR06 = await expectProblem(
    await call(request, supplier.token, `instellingen/25AA/inschrijvingen/T-${r}-GEEN/bpv/1`, { method: "DELETE" }),
    404,
  );
  expect(bpvR06.invalidParams).toEqual([expect.objectContaining({ code: "R06" })]);
  // R07: an inschrijving a resultaat still refers to.
  expect(
    (
      await put(request, `25AA/resultaten/T-${r}-D`, {
        inschrijvingsvolgnummer: `T-${r}-A`,
        bsn,
        opleidingscode: "90003",
        soort: "DIPLOMA",
        datumBehaald: "2026-09-01",
        indicatieBekostigbaar: "J",
      })
    ).status(),
  ).toBe(201);
  await expectProblem(
    await call(request, supplier.token, `instellingen/25AA/inschrijvingen/T-${r}-A`, { method: "DELETE" }),
    422,
  ).then((p) =>
    expect(p.invalidParams).toContainEqual(expect.objectContaining({ code: "R07", name: "/inschrijvingsvolgnummer" })),
  );
  // Every one of them is in the terugkoppeling as afgekeurd.
  const meldingen = (await (
    await call(
      request,
      supplier.token,
      "instellingen/25AA/meldingen?limit=1000&since=" +
        encodeURIComponent(new Date(Date.now() - 10 * 60_000).toISOString()),
    )
  ).json()) as { items: { sleutel: string; status: string; codes: { code: string }[] }[] };
  const ours = meldingen.items
    .filter((m) => m.sleutel.includes(`T-${r}`) && m.status === "afgekeurd")
    .flatMap((m) => m.codes.map((c) => c.code));
  for (const code of ["R02", "R03", "R04", "R05", "R06", "R07"]) expect(ours).toContain(code);
});

test("a PUT is idempotent, answers with the terugkoppeling, and its change is audited with the client as actor", async ({
  request,
}) => {
  const v = `T-${runId()}`;
  const body = mboBody({
    perioden: [
      { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "J" },
    ],
  });
  const first = await put(request, `25AA/inschrijvingen/${v}`, body);
  expect(first.status()).toBe(201);
  expect(first.headers()["location"]).toBe(`/api/v1/instellingen/25AA/inschrijvingen/${v}`);
  const created = (await first.json()) as {
    melding: { status: string; gewijzigd: boolean };
    signalen: { code: string; omschrijving: string }[];
    bekostiging: { teldatum: string; status: string; codes: string[] }[];
  };
  expect(created.melding).toMatchObject({ status: "verwerkt", gewijzigd: true });
  expect(created.signalen).toEqual([
    expect.objectContaining({ code: "S04", omschrijving: expect.stringMatching(/BBL/) }),
  ]);
  expect(created.bekostiging.map((b) => [b.teldatum, b.status, b.codes])).toEqual([
    ["2026-10-01", "N", ["M06"]],
    ["2027-02-01", "N", ["M06"]],
  ]);

  const again = await put(request, `25AA/inschrijvingen/${v}`, body);
  expect(again.status()).toBe(200);
  const same = (await again.json()) as typeof created;
  expect(same.melding.gewijzigd).toBe(false);
  expect(same.bekostiging).toEqual(created.bekostiging);

  const read = (await (await call(request, supplier.token, `instellingen/25AA/inschrijvingen/${v}`)).json()) as Record<
    string,
    unknown
  >;
  expect(read).toMatchObject({
    inschrijvingsvolgnummer: v,
    bsn: body.bsn,
    postcode: "3521AB",
    perioden: body.perioden,
    bpv: [],
    resultaten: [],
    bekostiging: created.bekostiging,
  });

  const audits = await database().auditEvent.findMany({ where: { sleutel: v } });
  expect(audits).toEqual([
    expect.objectContaining({ actorType: "API_CLIENT", actor: supplier.clientId, actie: "LEVEREN", brin: "25AA" }),
  ]);
  expect(
    (await call(request, supplier.token, `instellingen/25AA/inschrijvingen/${v}`, { method: "DELETE" })).status(),
  ).toBe(200);
  expect(
    await database().auditEvent.count({ where: { sleutel: v, actie: "VERWIJDEREN", actor: supplier.clientId } }),
  ).toBe(1);
});

test("BPV, resultaat, verzuim and a po inschrijving round-trip through PUT, GET and DELETE", async ({ request }) => {
  const r = runId();
  const bsn = randomBsn();
  expect(
    (
      await put(
        request,
        `25AA/inschrijvingen/T-${r}`,
        mboBody({
          bsn,
          perioden: [
            { periodeBegindatum: "2026-08-01", opleidingscode: "90003", leerweg: "BBL", indicatieBekostigbaar: "J" },
          ],
        }),
      )
    ).status(),
  ).toBe(201);
  const bpv = await put(request, `25AA/inschrijvingen/T-${r}/bpv/1`, {
    leerbedrijfId: "100000001",
    opleidingscode: "90003",
    afsluitdatum: "2026-08-01",
    datumBegin: "2026-09-01",
    datumEindeGepland: "2027-06-30",
    omvangUren: 800,
  });
  expect(bpv.status()).toBe(201);
  const bpvBody = (await bpv.json()) as { bekostiging: { status: string }[] };
  expect(bpvBody.bekostiging.map((b) => b.status)).toEqual(["J", "J"]); // M06 is gone: the inschrijving's own assessments
  const withBpv = (await (await call(request, supplier.token, `instellingen/25AA/inschrijvingen/T-${r}`)).json()) as {
    bpv: unknown[];
    signalen: unknown[];
  };
  expect(withBpv.bpv).toHaveLength(1);
  expect(withBpv.signalen).toEqual([]);
  expect(
    (
      await call(request, supplier.token, `instellingen/25AA/inschrijvingen/T-${r}/bpv/1`, { method: "DELETE" })
    ).status(),
  ).toBe(200);

  const diploma = await put(request, `25AA/resultaten/T-${r}`, {
    inschrijvingsvolgnummer: `T-${r}`,
    bsn,
    opleidingscode: "90003",
    soort: "DIPLOMA",
    datumBehaald: "2026-09-01",
    indicatieBekostigbaar: "J",
  });
  expect(diploma.status()).toBe(201);
  expect(((await diploma.json()) as { bekostiging: unknown[] }).bekostiging).toEqual([
    expect.objectContaining({ kalenderjaar: 2026, status: "J" }),
  ]);
  expect(await (await call(request, supplier.token, `instellingen/25AA/resultaten/T-${r}`)).json()).toMatchObject({
    resultaatvolgnummer: `T-${r}`,
    bsn,
    soort: "DIPLOMA",
  });
  expect(
    (await call(request, supplier.token, `instellingen/25AA/resultaten/T-${r}`, { method: "DELETE" })).status(),
  ).toBe(200);

  const po = poBody();
  const pupil = await put(request, `01AB/inschrijvingen/T-${r}`, po);
  expect(pupil.status()).toBe(201);
  expect(await (await call(request, supplier.token, `instellingen/01AB/inschrijvingen/T-${r}`)).json()).toMatchObject({
    perioden: po.perioden,
    bsn: po.bsn,
  });
  const verzuim = await put(request, `01AB/verzuimmeldingen/T-${r}`, {
    bsn: po.bsn,
    soort: "LUXE",
    datumBegin: "2026-09-01",
  });
  expect(verzuim.status()).toBe(201);
  expect(await (await call(request, supplier.token, `instellingen/01AB/verzuimmeldingen/T-${r}`)).json()).toMatchObject(
    { soort: "LUXE", behandelstatus: "GEMELD" },
  );
  expect(
    (await call(request, supplier.token, `instellingen/01AB/verzuimmeldingen/T-${r}`, { method: "DELETE" })).status(),
  ).toBe(200);
  await expectProblem(await call(request, supplier.token, `instellingen/01AB/verzuimmeldingen/T-${r}`), 404);
});
