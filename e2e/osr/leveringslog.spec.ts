// The push delivery log in the portal: the school's beheerder sees a given-up delivery on the OSR
// page and sends it again; DUO rotates a supplier's signing secret (shown once). The deliveries
// themselves are tested against a local HTTPS receiver in lib/push/push.test.ts.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { database, runId } from "../api/helpers";
import { expectAccessible } from "../axe";

async function leverancierMetEndpoint() {
  const db = database();
  const leverancier = await db.leverancier.create({ data: { naam: `Pushleverancier ${runId()}` } });
  await db.mandaat.create({
    data: {
      brin: "25AA",
      dienst: "DUO_MBO",
      leverancierId: leverancier.id,
      begindatum: new Date("2020-01-01T00:00:00Z"),
    },
  });
  const endpoint = await db.osrEndpoint.create({
    // Far beyond any feed position: this fixture's endpoint gets no berichten of its own.
    data: {
      brin: "25AA",
      dienst: "DUO_MBO",
      leverancierId: leverancier.id,
      url: `https://las-${runId()}.testsoft.example/hook`,
      attributen: ["LAS"],
      startdatum: new Date("2020-01-01T00:00:00Z"),
      pushTxid: 9_000_000_000_000_000n,
      pushId: 0,
    },
  });
  return { leverancier, endpoint };
}

test.describe("the school's beheerder", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("sees a given-up delivery in the log and sends it again", async ({ page }) => {
    const db = database();
    const { leverancier, endpoint } = await leverancierMetEndpoint();
    const berichtId = 900_000_000 + Math.floor(Math.random() * 90_000_000);
    await db.levering.create({
      data: {
        endpointId: endpoint.id,
        brin: "25AA",
        dienst: "DUO_MBO",
        leverancierId: leverancier.id,
        berichtId,
        event: "BEKOSTIGING_GEWIJZIGD",
        webhookId: `msg_bericht_${berichtId}`,
        payload: { id: berichtId },
        status: "MISLUKT",
        pogingen: 30,
        laatsteStatus: 503,
        laatsteFout: "Het endpoint antwoordde met status 503.",
        eerstePogingOp: new Date(Date.now() - 25 * 3600_000),
        laatstePogingOp: new Date(),
      },
    });

    await page.goto("/osr/instellingen/25AA");
    await expect(page.getByRole("heading", { level: 2, name: "Berichten naar uw systeem" })).toBeVisible();
    const row = page
      .getByRole("table", { name: "Leveringen, nieuwste eerst" })
      .getByRole("row")
      .filter({ hasText: `bericht ${berichtId}` });
    await expect(row).toContainText("Mislukt");
    await expect(page.getByText(/levert niet af/).first()).toBeVisible();
    await expectAccessible(page);

    await row.getByRole("button", { name: "Opnieuw versturen" }).click();
    await expect(row).not.toContainText("Mislukt");
    await expect(row).toContainText("Wachtend");
    expect((await db.levering.findFirstOrThrow({ where: { berichtId, endpointId: endpoint.id } })).status).toBe(
      "WACHTEND",
    );
  });
});

test.describe("DUO", () => {
  test.use({ storageState: storageState("duoBeheer") });

  test("rotates a supplier's signing secret, shown once", async ({ page }) => {
    const { leverancier } = await leverancierMetEndpoint();
    await page.goto(`/beheer/leveranciers/${leverancier.id}`);
    await expect(page.getByRole("heading", { level: 2, name: "Ondertekeningssleutel voor berichten" })).toBeVisible();
    await page.getByText("Ondertekeningssleutel vervangen…").click();
    await page.getByRole("button", { name: "Ja, nieuwe ondertekeningssleutel maken" }).click();
    const status = page.getByRole("status").filter({ hasText: "De ondertekeningssleutel is vervangen." });
    await expect(status).toBeVisible();
    expect((await status.locator("code").textContent())!.trim()).toMatch(/^whsec_/);
    await expectAccessible(page);

    await page.goto(`/beheer/instellingen/25AA`);
    await expect(page.getByRole("heading", { level: 2, name: "Berichten naar uw systeem" })).toBeVisible();
  });
});
