// Bad JSON bodies (quality.md): wrong types, a 2 MB body, deep nesting, a wrong or missing content
// type, broken JSON — always a 4xx problem+json with a Dutch message, never a 500, nothing stored.
import { expect, test } from "@playwright/test";
import { API, bearer, call, expectProblem, mboBody, newSupplier, runId, type Supplier } from "./helpers";

let supplier: Supplier;
test.beforeAll(async ({ request }) => {
  supplier = await newSupplier(request, [
    { brin: "25AA", dienst: "DUO_MBO" },
    { brin: "01AB", dienst: "ROD_PO" },
  ]);
});

const raw = (path: string, body: string | Buffer, contentType?: string) => ({
  method: "PUT",
  headers: { ...bearer(supplier.token), ...(contentType ? { "Content-Type": contentType } : {}) },
  // A Buffer goes out as is; Playwright would JSON-encode a string sent as application/json.
  data: typeof body === "string" ? Buffer.from(body) : body,
});

test("wrong types are afkeuringen (422) that point at the field", async ({ request }) => {
  const v = `T-${runId()}`;
  const cases: [unknown, string][] = [
    [mboBody({ geboortedatum: 20050314 }), "/geboortedatum"],
    [mboBody({ perioden: "BOL" }), "/perioden"],
    [mboBody({ perioden: [42] }), "/perioden/0"],
    [mboBody({ achternaam: { naam: "Jansen" } }), "/achternaam"],
    [mboBody({ bsn: 111222333 }), "/bsn"],
    [[mboBody()], ""],
    ["een tekst", ""],
  ];
  for (const [body, pointer] of cases) {
    const problem = await expectProblem(
      await call(request, supplier.token, `instellingen/25AA/inschrijvingen/${v}`, { method: "PUT", data: body }),
      422,
    );
    expect(
      problem.invalidParams!.map((p) => p.name),
      JSON.stringify(body).slice(0, 80),
    ).toContain(pointer);
  }
  const po = await expectProblem(
    await call(request, supplier.token, `instellingen/01AB/inschrijvingen/${v}`, {
      method: "PUT",
      data: {
        geboortedatum: "2018-05-01",
        geslacht: "M",
        bsn: "123456782",
        datumInschrijving: "2024-08-15",
        perioden: [{ periodeBegindatum: "2024-08-15", vestigingscode: "01AB00", groep: "drie" }],
      },
    }),
    422,
  );
  expect(po.invalidParams).toContainEqual(expect.objectContaining({ name: "/perioden/0/groep", code: "F06" }));
  await expectProblem(await call(request, supplier.token, `instellingen/25AA/inschrijvingen/${v}`), 404);
});

test("a 2 MB body is 413, deep nesting and broken JSON 400, another content type 415", async ({ request }) => {
  const path = `${API}/instellingen/25AA/inschrijvingen/T-${runId()}`;
  const big = JSON.stringify(mboBody({ achternaam: "x".repeat(2 * 1024 * 1024) }));
  expect((await expectProblem(await request.fetch(path, raw(path, big, "application/json")), 413)).detail).toMatch(
    /groter dan/,
  );
  const deep = `{"perioden":${"[".repeat(50_000)}${"]".repeat(50_000)}}`;
  expect((await expectProblem(await request.fetch(path, raw(path, deep, "application/json")), 400)).detail).toMatch(
    /genest/,
  );
  expect(
    (await expectProblem(await request.fetch(path, raw(path, '{"bsn": "1112', "application/json")), 400)).detail,
  ).toMatch(/geen geldige JSON/);
  await expectProblem(await request.fetch(path, raw(path, "", "application/json")), 400);
  expect(
    (await expectProblem(await request.fetch(path, raw(path, JSON.stringify(mboBody()), "text/plain")), 415)).detail,
  ).toMatch(/Content-Type/);
  await expectProblem(await request.fetch(path, raw(path, Buffer.from(JSON.stringify(mboBody())))), 415);
  await expectProblem(
    await request.fetch(path, raw(path, Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), "application/json")),
    400,
  );
  await expectProblem(await call(request, supplier.token, path), 404);
});

test("bad query parameters are 400, not 500", async ({ request }) => {
  const get = (q: string) => call(request, supplier.token, `instellingen/25AA/${q}`);
  await expectProblem(await get("meldingen?limit=0"), 400);
  await expectProblem(await get("meldingen?limit=1001"), 400);
  await expectProblem(await get("meldingen?limit=tien"), 400);
  await expectProblem(await get("meldingen?cursor=%7B%7D"), 400);
  await expectProblem(await get("meldingen?cursor=eyJub3BlIjp0cnVlfQ"), 400);
  await expectProblem(await get("meldingen?since=gisteren"), 400);
  await expectProblem(await get("berichten?since=2026-13-45T00:00:00Z"), 400);
  await expectProblem(await get("bekostiging"), 400);
  await expectProblem(await get("bekostiging?teldatum=2026-02-30"), 400);
  await expectProblem(await get("bekostiging?teldatum=2026-03-01"), 404);
  await expectProblem(await get("uploads/niet-een-id"), 404);
});
