// Uploads over the API: 202 + Location, status to KLAAR, the error report as JSON and CSV, exactly
// what the same file gives through the upload page; a row of another school is R01; and cursor
// paging through 1,000 meldingen of the terugkoppeling, each exactly once.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageState } from "../accounts";
import { fixture, sendUpload } from "../uploads/helpers";
import { API, bearer, call, database, expectProblem, newSupplier, randomBsn, runId, type Supplier } from "./helpers";

test.use({ storageState: storageState("instBeheer") });

let supplier: Supplier;
test.beforeAll(async ({ request }) => {
  supplier = await newSupplier(request, [{ brin: "25AA", dienst: "DUO_MBO" }]);
});

type Status = { id: string; status: string; voortgang: number; aantallen: Record<string, number> };
type Fout = { rij: number; kolom: string; code: string; melding: string };

async function upload(request: APIRequestContext, soort: string, text: string, contentType = "text/csv") {
  return request.post(`${API}/instellingen/25AA/uploads?soort=${soort}`, {
    headers: { ...bearer(supplier.token), "Content-Type": contentType },
    data: Buffer.from(text),
  });
}

async function klaar(request: APIRequestContext, id: string): Promise<Status> {
  let status: Status | undefined;
  await expect(async () => {
    status = (await (await call(request, supplier.token, `instellingen/25AA/uploads/${id}`)).json()) as Status;
    expect(status.status).toBe("KLAAR");
  }).toPass({ timeout: 90_000, intervals: [250, 500, 1000] });
  return status!;
}

async function alleFouten(request: APIRequestContext, id: string): Promise<Fout[]> {
  const out: Fout[] = [];
  let cursor: string | null = null;
  do {
    const page = (await (
      await call(
        request,
        supplier.token,
        `instellingen/25AA/uploads/${id}/fouten?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      )
    ).json()) as { items: Fout[]; next: string | null };
    expect(page.items.length).toBeLessThanOrEqual(2);
    out.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return out;
}

test("a file via the API gives what the same file gives via the page", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const file = fixture("mbo-inschrijvingen.csv");
  const viaPage = await sendUpload(request, baseURL!, "25AA", "mbo-inschrijvingen", file);

  const response = await upload(request, "mbo-inschrijvingen", file.text);
  expect(response.status(), await response.text()).toBe(202);
  const { id } = (await response.json()) as { id: string };
  expect(response.headers()["location"]).toBe(`/api/v1/instellingen/25AA/uploads/${id}`);

  const api = await klaar(request, id);
  expect(api.voortgang).toBe(100);
  const page = await klaar(request, viaPage);
  expect(api.aantallen).toEqual(page.aantallen);
  expect(api.aantallen).toMatchObject({ rijen: 6, meldingen: 5, verwerkt: 2, afgekeurd: 3 });
  const fouten = await alleFouten(request, id);
  expect(fouten).toEqual(await alleFouten(request, viaPage));
  expect(fouten.map((f) => [f.rij, f.kolom, f.code])).toEqual([
    [6, "bsn", "F03"],
    [7, "geslacht", "F06"],
    [8, "opleidingscode", "R02"],
  ]);

  const csv = await call(request, supplier.token, `instellingen/25AA/uploads/${id}/fouten`, {
    method: "GET",
    headers: { Accept: "text/csv" },
  });
  expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
  const lines = (await csv.text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toBe("rij;kolom;code;melding");
  expect(lines.slice(1).map((l) => l.split(";").slice(0, 3).join(";"))).toEqual([
    "6;bsn;F03",
    "7;geslacht;F06",
    "8;opleidingscode;R02",
  ]);

  const audit = await database().auditEvent.findFirst({ where: { entiteit: "Upload", sleutel: id } });
  expect(audit).toMatchObject({ actorType: "API_CLIENT", actor: supplier.clientId, actie: "AANLEVEREN" });
  const melding = await database().melding.findFirst({ where: { uploadId: id } });
  expect(melding).toMatchObject({ bron: "API", actor: supplier.clientId });
});

test("every row must be of the path's school (R01); wrong soort, type or mandate are refused before storing", async ({
  request,
}) => {
  test.setTimeout(60_000);
  const r = runId();
  const header =
    "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";
  const text = [
    header,
    `25AA;T-${r}-1;${randomBsn()};2008-05-01;V;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
    `25BB;T-${r}-2;${randomBsn()};2008-05-01;V;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
  ].join("\n");
  const response = await upload(request, "mbo-inschrijvingen", text);
  expect(response.status()).toBe(202);
  const { id } = (await response.json()) as { id: string };
  expect((await klaar(request, id)).aantallen).toMatchObject({ verwerkt: 1, afgekeurd: 1 });
  expect((await alleFouten(request, id)).map((f) => [f.rij, f.code])).toEqual([[3, "R01"]]);

  await expectProblem(await upload(request, "leerlingen", text), 400);
  await expectProblem(await upload(request, "mbo-inschrijvingen", text, "application/json"), 415);
  await expectProblem(await upload(request, "po-verzuim", text), 403);
  await expectProblem(await upload(request, "mbo-inschrijvingen", ""), 400);
  const other = await newSupplier(request, [{ brin: "25AA", dienst: "ROD_PO" }]);
  await expectProblem(await call(request, other.token, `instellingen/25AA/uploads/${id}`), 404); // not its service
});

test("1,000 meldingen come back through the cursors exactly once, in commit order, ties in time included", async ({
  request,
}) => {
  // The meldingen are written as fixture rows (the pipeline writes them one transaction at a time,
  // far too slowly for a test run on a busy machine), a year ahead so only these follow `since`,
  // 100 to a millisecond and all in one transaction, so the feed's position (writing transaction,
  // id) has to break the tie on id (received long ago, so the dashboard's count of today's
  // meldingen is not touched).
  const r = runId();
  const base = Date.now() + 365 * 24 * 3600 * 1000 + Math.floor(Math.random() * 1e9);
  await database().melding.createMany({
    data: Array.from({ length: 1000 }, (_, i) => ({
      brin: "25AA",
      bron: "API" as const,
      soort: "MBO_INSCHRIJVING" as const,
      sleutel: `T-${r}-${i}`,
      status: "VERWERKT" as const,
      ontvangenOp: new Date("2020-01-01T00:00:00Z"),
      verwerktOp: new Date(base + (i % 10)),
      actor: supplier.clientId,
    })),
  });
  const since = new Date(base).toISOString();
  const seen: { id: number; sleutel: string; verwerktOp: string }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const response = await call(
      request,
      supplier.token,
      `instellingen/25AA/meldingen?limit=100&since=${encodeURIComponent(since)}${cursor ? `&cursor=${cursor}` : ""}`,
    );
    expect(response.status()).toBe(200);
    const page = (await response.json()) as { items: typeof seen; next: string | null };
    expect(page.items.length).toBeLessThanOrEqual(100);
    seen.push(...page.items);
    cursor = page.next;
    pages++;
  } while (cursor && pages < 20);
  expect(cursor).toBeNull();
  expect(pages).toBe(10);
  expect(seen).toHaveLength(1000);
  expect(new Set(seen.map((m) => m.sleutel)).size).toBe(1000);
  expect(seen.every((m) => m.sleutel.startsWith(`T-${r}-`))).toBe(true);
  // One writing transaction: the feed gives its meldingen in id order, whatever their verwerktOp.
  const ids = seen.map((m) => m.id);
  expect(ids).toEqual([...ids].sort((a, b) => a - b));

  // limit=1000 gives them in one page; the read-back of inschrijvingen pages in volgnummer order.
  const all = (await (
    await call(request, supplier.token, `instellingen/25AA/meldingen?limit=1000&since=${encodeURIComponent(since)}`)
  ).json()) as { items: unknown[]; next: string | null };
  expect(all.items).toHaveLength(1000);
  const inschrijvingen = (await (
    await call(request, supplier.token, "instellingen/25AA/inschrijvingen?limit=50")
  ).json()) as { items: { inschrijvingsvolgnummer: string }[]; next: string | null };
  const volgnummers = inschrijvingen.items.map((i) => i.inschrijvingsvolgnummer);
  expect(volgnummers).toEqual([...volgnummers].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  if (inschrijvingen.next) {
    const next = (await (
      await call(request, supplier.token, `instellingen/25AA/inschrijvingen?limit=50&cursor=${inschrijvingen.next}`)
    ).json()) as { items: { inschrijvingsvolgnummer: string }[] };
    expect(next.items[0]!.inschrijvingsvolgnummer > volgnummers.at(-1)!).toBe(true);
  }
});
