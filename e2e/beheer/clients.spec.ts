// The DUO beheerder creates a leverancier and an API client (the secret shown once), the client gets
// a token and calls the API; the secret is rotated (the old one is refused), and after revocation in
// the portal the very next API call with a token still unexpired is a 401.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { API, call, database, expectProblem, runId, tokenFor } from "../api/helpers";

test.use({ storageState: storageState("duoBeheer") });

test("the beheerder creates a leverancier and client, rotates its secret and revokes it", async ({ page, request }) => {
  test.setTimeout(180_000);
  const run = runId();
  const naam = `E2E Leverancier ${run}`;
  const clientId = `e2e-${run}`;

  await page.goto("/beheer/leveranciers");
  await expect(page.getByRole("heading", { level: 1, name: "Leveranciers en API-clients" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Naam").fill(naam);
  await page.getByRole("button", { name: "Leverancier aanmaken" }).click();
  await expect(page.getByRole("status")).toContainText(`De leverancier ${naam} is aangemaakt.`);
  await page.getByRole("status").getByRole("link", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: naam })).toBeVisible();

  // A wrong thumbprint is refused with a Dutch message; then the client, with its secret shown once.
  await page.getByLabel("client_id").fill(clientId);
  await page.getByLabel("Certificaat-thumbprint (optioneel)").fill("ab:cd:ef");
  await page.getByRole("button", { name: "Client aanmaken" }).click();
  await expect(page.getByRole("textbox", { name: "Certificaat-thumbprint (optioneel)" })).toHaveAccessibleDescription(
    /64 tekens/,
  );
  await expectAccessible(page);
  await page.getByLabel("Certificaat-thumbprint (optioneel)").fill("");
  await page.getByLabel("Verzoeken per seconde (optioneel)").fill("100");
  await page.getByRole("button", { name: "Client aanmaken" }).click();
  const aangemaakt = page.getByRole("status").filter({ hasText: `De client ${clientId} is aangemaakt.` });
  await expect(aangemaakt).toBeVisible();
  const geheim = (await aangemaakt.locator("code").textContent())!.trim();

  // A school's mandate (schools grant them in the OSR): shown read-only here, and the API answers.
  const db = database();
  const leverancier = await db.leverancier.findUniqueOrThrow({ where: { naam } });
  await db.mandaat.create({
    data: {
      brin: "25AA",
      dienst: "DUO_MBO",
      leverancierId: leverancier.id,
      begindatum: new Date("2020-01-01T00:00:00Z"),
    },
  });
  await page.reload();
  await expect(
    page
      .getByRole("table", { name: `Mandaten van ${naam}` })
      .getByRole("row")
      .filter({ hasText: "ROC Horizon" }),
  ).toBeVisible();
  await expectAccessible(page);

  const token = await tokenFor(request, clientId, geheim);
  expect((await call(request, token, "instellingen/25AA/meldingen?limit=1")).status()).toBe(200);

  // Rotate: the old secret gets no token any more, the new one does.
  const client = page.getByRole("article").filter({ has: page.getByRole("heading", { name: clientId }) });
  await client.getByText(`Geheim van ${clientId} vervangen…`).click();
  await client.getByRole("button", { name: `Ja, nieuw geheim voor ${clientId}` }).click();
  const geroteerd = client.getByRole("status").filter({ hasText: "Het geheim is vervangen." });
  await expect(geroteerd).toBeVisible();
  const nieuwGeheim = (await geroteerd.locator("code").textContent())!.trim();
  const oud = await request.post(`${API}/oauth/token`, {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: geheim },
  });
  expect(oud.status()).toBe(401);
  const nieuwToken = await tokenFor(request, clientId, nieuwGeheim);

  // Revoke: the next call with a token that has not expired is refused.
  await client.getByText(`Client ${clientId} intrekken…`).click();
  await client.getByRole("button", { name: `Ja, ${clientId} intrekken` }).click();
  await expect(client.getByText(/^Ingetrokken op/)).toBeVisible();
  await expectProblem(await call(request, nieuwToken, "instellingen/25AA/meldingen?limit=1"), 401);
  const naIntrekken = await request.post(`${API}/oauth/token`, {
    form: { grant_type: "client_credentials", client_id: clientId, client_secret: nieuwGeheim },
  });
  expect(naIntrekken.status()).toBe(401);
});
