// Push of berichten as the supplier sees it over the API (the delivery itself is tested against a
// local HTTPS receiver in lib/push/push.test.ts): the signing secret shown once with the first
// endpoint and on rotation, a non-public url refused, the ping in the delivery log. And the smaller
// items a supplier expects: its mandates, the collections, ETag/If-Match, Idempotency-Key on uploads,
// and RateLimit-* headers on every answer.
import { expect, test } from "@playwright/test";
import { API, bearer, call, expectProblem, mboBody, newSupplier, runId, type Supplier } from "./helpers";

let supplier: Supplier;
test.beforeAll(async ({ request }) => {
  supplier = await newSupplier(request, [
    { brin: "25AA", dienst: "DUO_MBO" },
    { brin: "01AB", dienst: "VERZUIM" },
  ]);
});

type Page<T> = { items: T[]; next: string | null };

test("the first endpoint brings the signing secret once, a private url is refused, and the log starts with a ping", async ({
  request,
}) => {
  const path = "osr/instellingen/25AA/endpoints/DUO_MBO";
  const body = {
    url: `https://las-${runId()}.testsoft.example/hook`,
    attributen: ["LAS"],
    startdatum: "2026-01-01",
    einddatum: null,
  };
  const first = await call(request, supplier.token, path, { method: "PUT", data: body });
  expect(first.status()).toBe(201);
  expect(((await first.json()) as { ondertekeningssleutel?: string }).ondertekeningssleutel).toMatch(
    /^whsec_[A-Za-z0-9+/=]{40,}$/,
  );
  const again = await call(request, supplier.token, path, { method: "PUT", data: body });
  expect(again.status()).toBe(200);
  expect(await again.json()).not.toHaveProperty("ondertekeningssleutel");

  const loopback = await expectProblem(
    await call(request, supplier.token, path, { method: "PUT", data: { ...body, url: "https://127.0.0.1/hook" } }),
    422,
  );
  expect(loopback.invalidParams).toEqual([expect.objectContaining({ name: "/url", code: "F02" })]);

  const log = (await (await call(request, supplier.token, `${path}/leveringen?limit=10`)).json()) as Page<{
    event: string;
    status: string;
    webhookId: string;
  }>;
  expect(log.items.at(-1)).toMatchObject({ event: "PING", webhookId: expect.stringMatching(/^msg_ping_\d+$/) });
  await expectProblem(await call(request, supplier.token, "osr/instellingen/25AA/endpoints/ROD_PO/leveringen"), 403);

  const rotated = await call(request, supplier.token, "ondertekeningssleutel", { method: "POST" });
  expect(rotated.status()).toBe(201);
  expect(await rotated.json()).toMatchObject({
    ondertekeningssleutel: expect.stringMatching(/^whsec_/),
    vorigeGeldigTot: expect.any(String),
  });
  expect(await (await call(request, supplier.token, "ondertekeningssleutel")).json()).toMatchObject({
    aangemaaktOp: expect.any(String),
  });
});

test("mandaten: the supplier's own, with whether they hold today", async ({ request }) => {
  const page = (await (await call(request, supplier.token, "mandaten")).json()) as Page<{
    brin: string;
    dienst: string;
    geldig: boolean;
  }>;
  expect(page.items.map((m) => `${m.brin}:${m.dienst}:${m.geldig}`).sort()).toEqual([
    "01AB:VERZUIM:true",
    "25AA:DUO_MBO:true",
  ]);
});

test("collections answer pages, each within its service", async ({ request }) => {
  for (const path of [
    "instellingen/25AA/resultaten?limit=2",
    "instellingen/01AB/verzuimmeldingen?limit=2",
    "instellingen/25AA/uploads?limit=2",
  ]) {
    const response = await call(request, supplier.token, path);
    expect(response.status(), path).toBe(200);
    const page = (await response.json()) as Page<unknown>;
    expect(Array.isArray(page.items), path).toBe(true);
    expect(page.next === null || typeof page.next === "string", path).toBe(true);
  }
  await expectProblem(await call(request, supplier.token, "instellingen/01AB/resultaten"), 403);
  await expectProblem(await call(request, supplier.token, "instellingen/25AA/inschrijvingen/BESTAAT-NIET/bpv"), 404);
});

test("ETag on GET and PUT, If-Match refuses a stale PUT or DELETE with 412", async ({ request }) => {
  const path = `instellingen/25AA/inschrijvingen/E-${runId()}`;
  const body = mboBody();
  const created = await call(request, supplier.token, path, { method: "PUT", data: body });
  expect(created.status()).toBe(201);
  const etag = created.headers()["etag"]!;
  expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
  expect((await call(request, supplier.token, path)).headers()["etag"]).toBe(etag);

  const changed = await call(request, supplier.token, path, {
    method: "PUT",
    data: { ...body, achternaam: "Pietersen" },
    headers: { "If-Match": etag },
  });
  expect(changed.status()).toBe(200);
  const newer = changed.headers()["etag"]!;
  expect(newer).not.toBe(etag);

  await expectProblem(
    await call(request, supplier.token, path, { method: "PUT", data: body, headers: { "If-Match": etag } }),
    412,
  );
  await expectProblem(
    await call(request, supplier.token, path, { method: "DELETE", headers: { "If-Match": etag } }),
    412,
  );
  expect(
    (await call(request, supplier.token, path, { method: "DELETE", headers: { "If-Match": newer } })).status(),
  ).toBe(200);
});

test("Idempotency-Key: the same key within a day returns the first upload", async ({ request }) => {
  const key = `upload-${runId()}`;
  const csv = "brin;inschrijvingsvolgnummer\n";
  const post = (soort: string) =>
    request.post(`${API}/instellingen/25AA/uploads?soort=${soort}`, {
      headers: { ...bearer(supplier.token), "Content-Type": "text/csv", "Idempotency-Key": key },
      data: Buffer.from(csv),
    });
  const first = await post("mbo-inschrijvingen");
  expect(first.status()).toBe(202);
  const second = await post("mbo-inschrijvingen");
  expect(second.status()).toBe(202);
  expect(second.headers()["idempotent-replayed"]).toBe("true");
  expect(await second.json()).toEqual(await first.json());
  expect(second.headers()["location"]).toBe(first.headers()["location"]);
  await expectProblem(await post("mbo-resultaten"), 422);
});

test("RateLimit headers on every answer to a client, refusals included", async ({ request }) => {
  for (const response of [
    await call(request, supplier.token, "mandaten"),
    await call(request, supplier.token, "instellingen/02CD/berichten"),
  ]) {
    const h = response.headers();
    expect(Number(h["ratelimit-limit"])).toBeGreaterThan(0);
    expect(Number(h["ratelimit-remaining"])).toBeGreaterThanOrEqual(0);
    expect(Number(h["ratelimit-reset"])).toBeGreaterThanOrEqual(0);
  }
});
