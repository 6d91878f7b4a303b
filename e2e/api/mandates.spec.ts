// The mandate matrix (api.md, osr.md, access.md): each demo client against every school and
// service, 403 identical for a school that does not exist, and mandates that end or begin.
import { expect, test } from "@playwright/test";
import type { Dienst } from "@/generated/prisma/enums";
import { call, database, dayOffset, expectProblem, newSupplier, today, tokenFor } from "./helpers";

const SCHOOLS = { "25AA": "MBO", "25BB": "MBO", "01AB": "PO", "02CD": "PO", "03EF": "PO", "99ZZ": null } as const;
const MANDATES: Record<string, { secret: string; mandaten: Record<string, Dienst[]> }> = {
  "edusoft-demo": { secret: "edusoft-demo-secret", mandaten: { "25AA": ["DUO_MBO"], "01AB": ["ROD_PO", "VERZUIM"] } },
  "schoolwise-demo": { secret: "schoolwise-demo-secret", mandaten: { "02CD": ["ROD_PO"] } },
};

/** One request per service, and what it answers when the service is mandated. */
const PROBES: {
  what: string;
  path: (brin: string) => string;
  allowed: (diensten: Dienst[], sector: "MBO" | "PO" | null) => boolean;
  ok: number;
}[] = [
  {
    what: "meldingen (any service)",
    path: (b) => `instellingen/${b}/meldingen?limit=1`,
    allowed: (d) => d.length > 0,
    ok: 200,
  },
  {
    what: "inschrijvingen (DUO_MBO for mbo, ROD_PO for po)",
    path: (b) => `instellingen/${b}/inschrijvingen?limit=1`,
    allowed: (d, s) => d.includes(s === "MBO" ? "DUO_MBO" : "ROD_PO"),
    ok: 200,
  },
  {
    what: "resultaten (DUO_MBO)",
    path: (b) => `instellingen/${b}/resultaten/GEEN-RESULTAAT`,
    allowed: (d) => d.includes("DUO_MBO"),
    ok: 404,
  },
  {
    what: "verzuimmeldingen (VERZUIM)",
    path: (b) => `instellingen/${b}/verzuimmeldingen/GEEN-VERZUIM`,
    allowed: (d) => d.includes("VERZUIM"),
    ok: 404,
  },
  {
    what: "OSR adres (any service)",
    path: (b) => `osr/instellingen/${b}/adres?vestigingscode=${b}99`,
    allowed: (d) => d.length > 0,
    ok: 404,
  },
];

for (const [clientId, { secret, mandaten }] of Object.entries(MANDATES)) {
  test(`${clientId} reaches exactly the schools and services that mandated it`, async ({ request }) => {
    const token = await tokenFor(request, clientId, secret);
    for (const [brin, sector] of Object.entries(SCHOOLS)) {
      for (const probe of PROBES) {
        const response = await call(request, token, probe.path(brin));
        const expected = probe.allowed(mandaten[brin] ?? [], sector) ? probe.ok : 403;
        expect(response.status(), `${clientId} ${brin} ${probe.what}: ${await response.text()}`).toBe(expected);
      }
    }
    // The same answer whether the school exists or not: nothing to learn from a 403.
    const existing = await expectProblem(await call(request, token, "instellingen/25BB/inschrijvingen"), 403);
    const missing = await expectProblem(await call(request, token, "instellingen/99ZZ/inschrijvingen"), 403);
    expect(missing).toEqual(existing);
  });
}

test("a mandate counts from its begindatum through its einddatum, and ending it bites at once", async ({ request }) => {
  const supplier = await newSupplier(request, [
    { brin: "25AA", dienst: "DUO_MBO" },
    { brin: "25BB", dienst: "DUO_MBO", einddatum: dayOffset(-1) }, // ended: its last day was yesterday
    { brin: "03EF", dienst: "ROD_PO", einddatum: today() }, // ends today: valid through today (end dates are inclusive)
    { brin: "02CD", dienst: "ROD_PO", begindatum: dayOffset(1) }, // starts tomorrow
  ]);
  const status = async (brin: string) =>
    (await call(request, supplier.token, `instellingen/${brin}/inschrijvingen?limit=1`)).status();
  expect(await status("25AA")).toBe(200);
  expect(await status("25BB")).toBe(403);
  expect(await status("03EF")).toBe(200);
  expect(await status("02CD")).toBe(403);

  // The mandate ends today (last valid day yesterday), written by another process than the server's
  // (as another instance of the portal would): refused as soon as the database announces the change
  // to the server (its NOTIFY, milliseconds), not after the server's one-second memory runs out.
  await database().mandaat.updateMany({
    where: { leverancierId: supplier.leverancierId, brin: "25AA" },
    data: { einddatum: new Date(`${dayOffset(-1)}T00:00:00Z`) },
  });
  await expect.poll(() => status("25AA"), { intervals: [5, 10, 20], timeout: 500 }).toBe(403);
  await expectProblem(
    await call(request, supplier.token, "instellingen/25AA/inschrijvingen/T-1", { method: "PUT", data: {} }),
    403,
  );
});
