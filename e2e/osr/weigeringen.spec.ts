// Another school's employees, mandates and addresses: the pages answer 404 without a trace of its
// data, and ids of its cards and mandates posted through one's own forms are refused and change nothing.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { asRole, beeindigOudeToekomstigeMandaten, overDagen, vervangVerborgenVeld } from "./helpers";

test.use({ storageState: storageState("poBeheer") });
// Each test visits pages as two roles on a machine that may be busy.
test.describe.configure({ timeout: 90_000 });

test("another school's OSR pages are a 404 that reveals nothing", async ({ page }) => {
  for (const url of [
    "/osr/instellingen/25AA",
    "/osr/instellingen/25AA/medewerkers",
    "/osr/instellingen/25AA/mandaten",
    "/osr/instellingen/02CD/mandaten",
    "/beheer/osr?brin=25AA",
  ]) {
    const response = await page.request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(404);
    const body = await response.text();
    for (const secret of [
      "Vondellaan",
      "Fatima el Amrani",
      "beheer@roc-horizon.example",
      "EduSoft BV",
      "Schoolwise BV",
      "Kees Mulder",
    ])
      expect(body, `${url} ${secret}`).not.toContain(secret);
  }
});

test("a card id of another school posted to the contexten form is refused, and that card is unchanged", async ({
  page,
  browser,
}) => {
  const vreemdeKaart = await asRole(browser, "instBeheer", async (p) => {
    await p.goto("/osr/instellingen/25AA/medewerkers");
    const article = p.getByRole("article").filter({ has: p.getByRole("heading", { name: "Fatima el Amrani" }) });
    return article.locator('input[name="kaartId"]').first().inputValue();
  });

  await page.goto("/osr/instellingen/01AB/medewerkers");
  // The beheerder's own card, sent with its contexten as they are: were the id not replaced, nothing would change.
  const eigen = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Sanne Bakker" }) });
  const contextenForm = eigen.locator("form").filter({ has: page.getByRole("button", { name: "Contexten opslaan" }) });
  await vervangVerborgenVeld(page, contextenForm, "kaartId", vreemdeKaart);
  await contextenForm.getByRole("button", { name: "Contexten opslaan" }).click();
  await expect(eigen.getByRole("alert")).toHaveText("Deze contactkaart bestaat niet of u mag hem niet wijzigen.");

  // Hiding and removing by that id: refused as well.
  const verbergForm = eigen
    .locator("form")
    .filter({ has: page.getByRole("button", { name: /Kaart van Sanne Bakker/ }) });
  await page.reload();
  await vervangVerborgenVeld(page, verbergForm, "kaartId", vreemdeKaart);
  await verbergForm.getByRole("button").click();
  await expect(eigen.getByRole("alert")).toHaveText("Deze contactkaart bestaat niet of u mag hem niet wijzigen.");

  await asRole(browser, "instBeheer", async (p) => {
    await p.goto("/osr/instellingen/25AA/medewerkers");
    const article = p.getByRole("article").filter({ has: p.getByRole("heading", { name: "Fatima el Amrani" }) });
    await expect(article.getByRole("definition").filter({ hasText: /^Zichtbaar$/ })).toBeVisible();
    await expect(article.getByRole("checkbox", { name: /^Algemeen/ })).toBeChecked();
  });
  await page.reload();
  await expect(eigen.getByRole("definition").filter({ hasText: /^Zichtbaar$/ })).toBeVisible();
});

test("a mandate id of another school posted to the end form is refused, and that mandate still counts", async ({
  page,
  browser,
}) => {
  const vreemdMandaat = await asRole(browser, "instBeheer", async (p) => {
    await p.goto("/osr/instellingen/25AA/mandaten");
    const rij = p
      .getByRole("table", { name: "Mandaten van ROC Horizon" })
      .getByRole("row")
      .filter({ hasText: "EduSoft BV" })
      .filter({ hasText: "Actief" });
    return rij.locator('input[name="mandaatId"]').first().inputValue();
  });

  // An own mandate that starts later, so its end form is a safe one to tamper with.
  await beeindigOudeToekomstigeMandaten(page, "01AB", "Schoolwise BV", "DUO mbo (BRON)");
  await page.getByLabel("Leverancier").selectOption({ label: "Schoolwise BV" });
  await page.getByLabel("Dienst").selectOption({ label: "DUO mbo (BRON)" });
  await page.getByLabel("Ingangsdatum").fill(overDagen(60));
  await page.getByRole("button", { name: "Mandaat verlenen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het mandaat is verleend." })).toBeVisible();
  const rij = page.getByRole("row").filter({ hasText: "Schoolwise BV" }).filter({ hasText: "Nog niet ingegaan" });
  await rij.getByText("Mandaat van Schoolwise BV voor DUO mbo (BRON) beëindigen…").click();
  await vervangVerborgenVeld(page, rij, "mandaatId", vreemdMandaat);
  await rij.getByRole("button", { name: /^Ja, mandaat van Schoolwise BV/ }).click();
  await expect(rij.getByRole("alert")).toHaveText("Dit mandaat bestaat niet of hoort niet bij uw school.");

  await asRole(browser, "instBeheer", async (p) => {
    await p.goto("/osr/instellingen/25AA/mandaten");
    await expect(
      p
        .getByRole("table", { name: "Mandaten van ROC Horizon" })
        .getByRole("row")
        .filter({ hasText: "EduSoft BV" })
        .filter({ hasText: "Actief" }),
    ).toHaveCount(1);
  });

  // Clean up: end the own future mandate the ordinary way.
  await page.reload();
  await rij.getByText("Mandaat van Schoolwise BV voor DUO mbo (BRON) beëindigen…").click();
  await rij.getByRole("button", { name: /^Ja, mandaat van Schoolwise BV/ }).click();
  await expect(page).toHaveURL(/\?beeindigd=1$/);
});
