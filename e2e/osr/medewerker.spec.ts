// The MEDEWERKER journey (sign in, edit the own card, the telefoonboek, no register page), a
// restricted context seen from the own school, another school and DUO, and attempts to change
// someone else's card by posting its id. One file: every test here works on the docent's card.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { signIn } from "../sign-in";
import { asRole, vervangVerborgenVeld } from "./helpers";

const DOCENT = "Lotte de Vries";
const TELEFOON = "033-4567890";

/** The school's row for one context in the telefoonboek's contact table. */
const contextRij = (page: Page, context: string) =>
  page
    .getByRole("table", { name: /Contactpersonen van/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${context}`) }) });

test.describe("the MEDEWERKER (docent of OBS De Linde)", () => {
  test("signs in, edits the own card with Dutch validation, finds the school and reaches no register page", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, ACCOUNTS.medewerker.email, ACCOUNTS.medewerker.password);
    await expect(page).toHaveURL(/\/osr$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Onderwijsserviceregister" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "Instellingsportaal" })).toHaveCount(0);
    await expect(menu.getByRole("link", { name: "Backoffice DUO" })).toHaveCount(0);
    const kaart = page.getByRole("region", { name: "Contactkaart OBS De Linde (01AB)" });
    await expect(kaart).toBeVisible();
    await expectAccessible(page);

    // A wrong number: refused, said at the field and in the summary, what was typed stays.
    await kaart.getByLabel("Functie").fill("Leerkracht groep 5");
    await kaart.getByLabel("Telefoonnummer").fill("12345");
    await kaart.getByRole("button", { name: "Opslaan" }).click();
    const telefoon = kaart.getByRole("textbox", { name: "Telefoonnummer" });
    await expect(telefoon).toHaveAttribute("aria-invalid", "true");
    await expect(telefoon).toHaveAccessibleDescription(/Vul een Nederlands telefoonnummer in/);
    await expect(kaart.getByRole("alert")).toContainText("Controleer de volgende velden");
    await expect(telefoon).toHaveValue("12345");
    await expect(kaart.getByLabel("Functie")).toHaveValue("Leerkracht groep 5");
    await expectAccessible(page);
    await page.reload();
    await expect(kaart.getByLabel("Telefoonnummer")).not.toHaveValue("12345");

    // A good one, and only the restricted context VERZUIM.
    await kaart.getByLabel("Functie").fill("Leerkracht groep 5");
    await kaart.getByLabel("Telefoonnummer").fill(TELEFOON);
    for (const box of await kaart.getByRole("checkbox").all()) await box.uncheck();
    await kaart.getByRole("checkbox", { name: /^Verzuim/ }).check();
    await kaart.getByRole("button", { name: "Opslaan" }).click();
    await expect(kaart.getByRole("status")).toHaveText("Uw gegevens zijn opgeslagen.");
    await page.reload();
    await expect(kaart.getByLabel("Telefoonnummer")).toHaveValue(TELEFOON);
    await expect(kaart.getByRole("checkbox", { name: /^Verzuim/ })).toBeChecked();
    await expect(kaart.getByRole("checkbox", { name: /^Algemeen/ })).not.toBeChecked();

    // The telefoonboek: a partial name finds the school; its own school shows who stands for VERZUIM.
    await page
      .getByRole("navigation", { name: "Onderwijsserviceregister" })
      .getByRole("link", { name: "Telefoonboek" })
      .click();
    await page.getByLabel("Naam, brin of plaats").fill("lind");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/\/osr\/telefoonboek\?q=lind$/);
    await expect(page.getByRole("status")).toHaveText("1 school gevonden voor ‘lind’.");
    await expectAccessible(page);
    await page.getByRole("link", { name: "OBS De Linde" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "OBS De Linde" })).toBeVisible();
    await expect(contextRij(page, "Verzuim")).toContainText(DOCENT);
    await expect(contextRij(page, "Verzuim")).toContainText(TELEFOON);
    await expectAccessible(page);

    // No register page, no management page, no back office: each looks as if it does not exist.
    for (const url of [
      "/instelling",
      "/instelling/01AB",
      "/instelling/01AB/deelnemers",
      "/instelling/01AB/uploads",
      "/instelling/01AB/bekostiging",
      "/beheer",
      "/beheer/osr",
      "/osr/instellingen/01AB",
      "/osr/instellingen/01AB/medewerkers",
      "/osr/instellingen/01AB/mandaten",
    ]) {
      expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    }
    await page.goto("/instelling/01AB/deelnemers");
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  });
});

test.describe("the docent's card, seen and attacked", () => {
  test.use({ storageState: storageState("medewerker") });

  test("the restricted context: the own school and DUO see who, another school only that there is someone", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    for (const role of ["poBeheer", "duoMedewerker"] as const) {
      await asRole(browser, role, async (page) => {
        await page.goto("/osr/telefoonboek/01AB");
        await expect(contextRij(page, "Verzuim"), role).toContainText(DOCENT);
        await expect(
          page.getByText("Bij Verzuim, BPV en Toezicht ziet u alleen of er een contactpersoon is"),
        ).toHaveCount(0);
        await expectAccessible(page);
      });
    }
    await asRole(browser, "instBeheer", async (page) => {
      await page.goto("/osr/telefoonboek/01AB");
      await expect(contextRij(page, "Verzuim")).toContainText(
        "Er is een contactpersoon. Wie dat is, zien alleen de school zelf en DUO.",
      );
      // Not in the page at all, not only hidden: the docent stands only for VERZUIM.
      const html = await page.content();
      expect(html).not.toContain(DOCENT);
      expect(html).not.toContain(TELEFOON);
      // An unrestricted context without its own contact falls back to ALGEMEEN, shown as such.
      await expect(contextRij(page, "ICT")).toContainText(
        "Geen eigen contactpersoon; u kunt terecht bij de algemene contactpersonen:",
      );
      await expectAccessible(page);
    });
  });

  test("nobody changes another person's card by posting its id", async ({ browser, page }) => {
    test.setTimeout(90_000);
    // The ids are in the pages of their owners and of the school's beheerder; here they are taken from there.
    const beheerderKaart = await asRole(browser, "poBeheer", async (p) => {
      await p.goto("/osr");
      return p.locator('input[name="kaartId"]').inputValue();
    });
    const docentKaart = await asRole(browser, "poBeheer", async (p) => {
      await p.goto("/osr/instellingen/01AB/medewerkers");
      const article = p.getByRole("article").filter({ has: p.getByRole("heading", { name: DOCENT }) });
      return article.locator('input[name="kaartId"]').first().inputValue();
    });
    expect(beheerderKaart).not.toBe(docentKaart);

    // The docent posts the beheerder's card id with their own form.
    await page.goto("/osr");
    const kaart = page.getByRole("region", { name: "Contactkaart OBS De Linde (01AB)" });
    await vervangVerborgenVeld(page, kaart, "kaartId", beheerderKaart);
    await kaart.getByLabel("Naam", { exact: true }).fill("Overgenomen");
    await kaart.getByRole("button", { name: "Opslaan" }).click();
    await expect(kaart.getByRole("alert")).toHaveText("Deze contactkaart bestaat niet of u mag hem niet wijzigen.");

    // The beheerder may hide and assign, but not change the docent's contact details either.
    await asRole(browser, "poBeheer", async (p) => {
      await p.goto("/osr");
      const eigen = p.getByRole("region", { name: "Contactkaart OBS De Linde (01AB)" });
      await expect(eigen.getByLabel("Naam", { exact: true })).toHaveValue("Sanne Bakker");
      await vervangVerborgenVeld(p, eigen, "kaartId", docentKaart);
      await eigen.getByLabel("Telefoonnummer").fill("06-11111111");
      await eigen.getByRole("button", { name: "Opslaan" }).click();
      await expect(eigen.getByRole("alert")).toHaveText("Deze contactkaart bestaat niet of u mag hem niet wijzigen.");
      await p.goto("/osr/telefoonboek/01AB");
      await expect(contextRij(p, "Verzuim")).toContainText(TELEFOON);
      await expect(p.getByText("06-11111111")).toHaveCount(0);
    });
    await page.reload();
    await expect(kaart.getByLabel("Naam", { exact: true })).toHaveValue(DOCENT);
  });
});
