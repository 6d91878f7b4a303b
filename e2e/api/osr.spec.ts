// The OSR M2M endpoints (osr.md): a mandated supplier delivers the school's addresses and its own
// endpoint per service; invalid bodies are 422 with pointers; every change is audited.
import { expect, test } from "@playwright/test";
import { call, database, expectProblem, newSupplier, type Supplier } from "./helpers";

let supplier: Supplier;
test.beforeAll(async ({ request }) => {
  supplier = await newSupplier(request, [{ brin: "03EF", dienst: "ROD_PO" }]);
});

const adres = {
  vestigingscode: "03EF00",
  bezoekadres: { straat: "Tuinstraat", huisnummer: "7", toevoeging: null, postcode: "3581 KL", plaats: "Utrecht" },
  postadres: { straat: "Postbus", huisnummer: "100", postcode: "3500AA", plaats: "Utrecht" },
  website: "https://www.montessori-detuin.example",
  telefoonnummer: "030-1234567",
  email: "info@montessori-detuin.example",
};

test("an address is stored per vestiging, read back with who delivered it, and audited once", async ({ request }) => {
  const put = (body: unknown) =>
    call(request, supplier.token, "osr/instellingen/03EF/adres", { method: "PUT", data: body });
  const first = await put(adres);
  expect([200, 201]).toContain(first.status());
  expect(await first.json()).toMatchObject({
    vestigingscode: "03EF00",
    bezoekadres: { postcode: "3581KL" },
    geleverdDoor: expect.stringMatching(/^Testleverancier/),
  });
  const again = await put(adres);
  expect(again.status()).toBe(200);
  const read = await call(request, supplier.token, "osr/instellingen/03EF/adres?vestigingscode=03EF00");
  expect(await read.json()).toMatchObject({
    website: adres.website,
    telefoonnummer: adres.telefoonnummer,
    geleverdOp: expect.any(String),
  });
  expect(
    await database().auditEvent.count({ where: { entiteit: "OsrAdres", sleutel: "03EF00", actor: supplier.clientId } }),
  ).toBe(1);

  const bad = await expectProblem(
    await put({
      ...adres,
      bezoekadres: { ...adres.bezoekadres, postcode: "3581" },
      website: "ftp://x.example",
      telefoonnummer: "12",
      email: "geen-adres",
    }),
    422,
  );
  expect(bad.invalidParams!.map((p) => p.name).sort()).toEqual([
    "/bezoekadres/postcode",
    "/email",
    "/telefoonnummer",
    "/website",
  ]);
  const missing = await expectProblem(await put({ vestigingscode: "03EF00" }), 422);
  expect(missing.invalidParams).toEqual([expect.objectContaining({ name: "/bezoekadres", code: "F01" })]);
  const elsewhere = await expectProblem(await put({ ...adres, vestigingscode: "01AB00" }), 422);
  expect(elsewhere.invalidParams).toEqual([expect.objectContaining({ name: "/vestigingscode", code: "R02" })]);
});

test("an endpoint only for a mandated service: PUT, GET, DELETE", async ({ request }) => {
  const path = "osr/instellingen/03EF/endpoints/ROD_PO";
  const body = {
    url: "https://las.testsoft.example/rod-po/03EF",
    attributen: ["LAS"],
    startdatum: "2026-01-01",
    einddatum: null,
  };
  expect((await call(request, supplier.token, path, { method: "PUT", data: body })).status()).toBe(201);
  expect((await call(request, supplier.token, path, { method: "PUT", data: body })).status()).toBe(200);
  expect(await (await call(request, supplier.token, path)).json()).toMatchObject({
    ...body,
    dienst: "ROD_PO",
    geleverdDoor: expect.stringMatching(/^Testleverancier/),
  });

  const bad = await expectProblem(
    await call(request, supplier.token, path, {
      method: "PUT",
      data: { ...body, url: "http://las.example", einddatum: "2025-12-31" },
    }),
    422,
  );
  expect(bad.invalidParams!.map((p) => [p.name, p.code])).toEqual(
    expect.arrayContaining([
      ["/url", "F02"],
      ["/einddatum", "F07"],
    ]),
  );
  await expectProblem(
    await call(request, supplier.token, "osr/instellingen/03EF/endpoints/VERZUIM", { method: "PUT", data: body }),
    403,
  );
  await expectProblem(
    await call(request, supplier.token, "osr/instellingen/02CD/endpoints/ROD_PO", { method: "PUT", data: body }),
    403,
  );
  await expectProblem(await call(request, supplier.token, "osr/instellingen/03EF/endpoints/ONBEKEND"), 404);

  expect((await call(request, supplier.token, path, { method: "DELETE" })).status()).toBe(204);
  await expectProblem(await call(request, supplier.token, path), 404);
  expect(
    await database().auditEvent.count({
      where: { entiteit: "OsrEndpoint", sleutel: "03EF/ROD_PO", actor: supplier.clientId },
    }),
  ).toBe(2);
});
