// Reading what the register made of the school's data: funding per teldatum, the inbox, and the
// rate limit that keeps one client from crowding out the others.
import { expect, test } from "@playwright/test";
import { call, expectProblem, mboBody, newSupplier, runId } from "./helpers";

test("bekostiging per teldatum and berichten since a timestamp, cursor paged", async ({ request }) => {
  const supplier = await newSupplier(request, [
    { brin: "25AA", dienst: "DUO_MBO" },
    { brin: "25BB", dienst: "DUO_MBO" },
  ]);
  const since = new Date(Date.now() - 1000).toISOString();
  const v = `T-${runId()}`;
  const body = mboBody();
  expect(
    (
      await call(request, supplier.token, `instellingen/25AA/inschrijvingen/${v}`, { method: "PUT", data: body })
    ).status(),
  ).toBe(201);
  // The same student at 25BB: 25AA is told (kennisgeving) in its inbox.
  expect(
    (
      await call(request, supplier.token, `instellingen/25BB/inschrijvingen/${v}`, {
        method: "PUT",
        data: {
          ...body,
          datumInschrijving: "2026-09-01",
          perioden: [
            { periodeBegindatum: "2026-09-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
          ],
        },
      })
    ).status(),
  ).toBe(201);

  let cursor: string | null = null;
  let found = false;
  do {
    const page = (await (
      await call(
        request,
        supplier.token,
        `instellingen/25AA/bekostiging?teldatum=2026-10-01&limit=500${cursor ? `&cursor=${cursor}` : ""}`,
      )
    ).json()) as {
      items: { inschrijvingsvolgnummer: string; teldatum: string; status: string }[];
      next: string | null;
    };
    found ||= page.items.some(
      (i) => i.inschrijvingsvolgnummer === v && i.teldatum === "2026-10-01" && i.status === "J",
    );
    cursor = page.next;
  } while (cursor);
  expect(found).toBe(true);

  type Inbox = {
    items: { id: number; soort: string; gegevens: Record<string, unknown>; aangemaaktOp: string }[];
    next: string | null;
    cursor: string;
  };
  const inbox = (await (
    await call(request, supplier.token, `instellingen/25AA/berichten?since=${encodeURIComponent(since)}&limit=1000`)
  ).json()) as Inbox;
  expect(
    inbox.items.some((b) => b.soort === "KENNISGEVING_INSCHRIJVING" && b.gegevens.inschrijvingsvolgnummer === v),
  ).toBe(true);
  expect(inbox.items.every((b) => b.aangemaaktOp >= since)).toBe(true);
  // api.md: one of the four soorten of domain.md (an upload's own terugkoppeling is pushed, not in this feed).
  expect(
    inbox.items.every((b) =>
      [
        "KENNISGEVING_INSCHRIJVING",
        "KENNISGEVING_UITSCHRIJVING",
        "BEKOSTIGING_GEWIJZIGD",
        "TELDATUM_VASTGESTELD",
      ].includes(b.soort),
    ),
  ).toBe(true);

  // The feed protocol: the last page carries a cursor; asked later from there, only what is new.
  expect(inbox.next).toBeNull();
  expect(inbox.cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  const w = `T-${runId()}`;
  const second = mboBody();
  expect(
    (
      await call(request, supplier.token, `instellingen/25AA/inschrijvingen/${w}`, { method: "PUT", data: second })
    ).status(),
  ).toBe(201);
  expect(
    (
      await call(request, supplier.token, `instellingen/25BB/inschrijvingen/${w}`, {
        method: "PUT",
        data: {
          ...second,
          datumInschrijving: "2026-09-01",
          perioden: [
            { periodeBegindatum: "2026-09-01", opleidingscode: "90003", leerweg: "BOL", indicatieBekostigbaar: "J" },
          ],
        },
      })
    ).status(),
  ).toBe(201);
  const later = (await (
    await call(request, supplier.token, `instellingen/25AA/berichten?cursor=${inbox.cursor}&limit=1000`)
  ).json()) as Inbox;
  expect(later.items.some((b) => b.gegevens.inschrijvingsvolgnummer === w)).toBe(true);
  expect(later.items.filter((b) => inbox.items.some((old) => old.id === b.id))).toEqual([]);
  await expectProblem(await call(request, supplier.token, "instellingen/25AA/meldingen?cursor=bm9wZQ"), 400);
});

test("a client over its rate limit gets 429 with Retry-After, others are not affected", async ({ request }) => {
  test.setTimeout(120_000);
  // A client with a limit of its own of 3/s: a test machine cannot reliably send 50 requests in a second.
  const busy = await newSupplier(request, [{ brin: "25AA", dienst: "DUO_MBO" }], { rateLimit: 3 });
  const calm = await newSupplier(request, [{ brin: "25AA", dienst: "DUO_MBO" }]);
  const responses = await Promise.all(
    Array.from({ length: 20 }, () => call(request, busy.token, "instellingen/25AA/meldingen?limit=1")),
  );
  const limited = responses.filter((r) => r.status() === 429);
  expect(limited.length).toBeGreaterThan(0);
  expect(responses.every((r) => r.status() === 200 || r.status() === 429)).toBe(true);
  await expectProblem(limited[0]!, 429);
  expect(Number(limited[0]!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect((await call(request, calm.token, "instellingen/25AA/meldingen?limit=1")).status()).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 1000 * Number(limited[0]!.headers()["retry-after"])));
  expect((await call(request, busy.token, "instellingen/25AA/meldingen?limit=1")).status()).toBe(200);
});
