// The beheerder journey at a school of their own (Montessorischool De Tuin, 03EF): invite an
// employee who then signs in with the one-time password, assign contexten, hide the card, grant a
// mandate and end it, remove the employee again — axe on every step.
import { expect, test, type Page } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { signIn } from "../sign-in";
import { runId } from "../uploads/helpers";
import { beeindigOudeToekomstigeMandaten, overDagen } from "./helpers";

test.use({ storageState: storageState("ankerBeheer") });

const contextRij = (page: Page, context: string) =>
  page
    .getByRole("table", { name: /Contactpersonen van/ })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${context}`) }) });

test("the beheerder invites an employee, assigns contexten, hides the card, grants and ends a mandate, and removes the employee", async ({
  page,
  browser,
}) => {
  // Long and axe-checked at every step; slow when the machine is shared.
  test.setTimeout(300_000);
  const run = runId();
  const naam = `Collega ${run}`;
  const email = `collega-${run}@de-tuin.example`;

  await page.goto("/osr");
  const schoolMenu = page.getByRole("navigation", { name: "Beheer Montessorischool De Tuin" });
  await expect(page.getByRole("navigation", { name: "Beheer CBS Het Anker" })).toBeVisible();
  await schoolMenu.getByRole("link", { name: "Medewerkers" }).click();
  await expect(page).toHaveURL(/\/osr\/instellingen\/03EF\/medewerkers$/);
  await expect(page.getByRole("heading", { level: 1, name: "Medewerkers van Montessorischool De Tuin" })).toBeVisible();
  await expectAccessible(page);

  // Invite: a wrong address first, then the real one; the password is shown once.
  const uitnodigen = page.getByRole("region", { name: "Medewerker uitnodigen" });
  await uitnodigen.getByLabel("Naam").fill(naam);
  await uitnodigen.getByLabel("E-mailadres").fill("geen-adres");
  await uitnodigen.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(uitnodigen.getByRole("textbox", { name: "E-mailadres" })).toHaveAccessibleDescription(
    "Vul een geldig e-mailadres in, zoals naam@school.nl.",
  );
  await expect(uitnodigen.getByLabel("Naam")).toHaveValue(naam);
  await expectAccessible(page);
  await uitnodigen.getByLabel("E-mailadres").fill(email);
  await uitnodigen.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(uitnodigen.getByRole("status")).toContainText(
    `${naam} is toegevoegd aan uw school en kan inloggen met ${email}.`,
  );
  const wachtwoord = (await uitnodigen.getByRole("status").locator("code").textContent())!.trim();
  expect(wachtwoord).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
  await expectAccessible(page);
  // Only in that answer: the page itself never shows it.
  await page.reload();
  await expect(page.getByText(wachtwoord)).toHaveCount(0);

  // The new employee signs in with it and finds their card for this school; no register page.
  // A context of its own, without the beheerder's stored session that test.use gives every context.
  const nieuw = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const nieuwPage = await nieuw.newPage();
  await signIn(nieuwPage, email, wachtwoord);
  await expect(nieuwPage).toHaveURL(/\/osr$/);
  await expect(
    nieuwPage
      .getByRole("region", { name: "Contactkaart Montessorischool De Tuin (03EF)" })
      .getByLabel("Naam", { exact: true }),
  ).toHaveValue(naam);
  expect((await nieuwPage.request.get("/instelling/03EF", { maxRedirects: 0 })).status()).toBe(404);

  // Contexten: ICT (open) and TOEZICHT (restricted).
  const medewerker = page.getByRole("article").filter({ has: page.getByRole("heading", { name: naam }) });
  const contexten = medewerker.getByRole("group", { name: `Contexten van ${naam}` });
  await contexten.getByRole("checkbox", { name: /^ICT/ }).check();
  await contexten.getByRole("checkbox", { name: /^Toezicht/ }).check();
  await medewerker.getByRole("button", { name: "Contexten opslaan" }).click();
  await expect(medewerker.getByRole("status").filter({ hasText: "De contexten zijn opgeslagen." })).toBeVisible();
  await page.goto("/osr/telefoonboek/03EF");
  await expect(contextRij(page, "ICT")).toContainText(naam);
  await expect(contextRij(page, "Toezicht")).toContainText(naam);

  // Hide the card: gone from the telefoonboek, and the employee is told.
  await page.goto("/osr/instellingen/03EF/medewerkers");
  await medewerker.getByRole("button", { name: `Kaart van ${naam} verbergen` }).click();
  await expect(
    medewerker.getByRole("status").filter({ hasText: "De kaart is verborgen in het telefoonboek." }),
  ).toBeVisible();
  await expect(medewerker.getByRole("definition").filter({ hasText: /^Verborgen$/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/osr/telefoonboek/03EF");
  await expect(contextRij(page, "ICT")).not.toContainText(naam);
  await nieuwPage.reload();
  await expect(nieuwPage.getByText("De beheerder van uw school heeft deze kaart verborgen")).toBeVisible();

  // A mandate: refused with the dates in the wrong order, then granted from a future date, then ended.
  await beeindigOudeToekomstigeMandaten(page, "03EF", "Schoolwise BV", "Verzuim");
  // The overview and the empty mandate form are checked with axe by pages.spec.ts (matrix rows).
  await page.goto("/osr/instellingen/03EF");
  await page
    .getByRole("navigation", { name: "Beheer Montessorischool De Tuin" })
    .getByRole("link", { name: "Mandaten" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mandaten van Montessorischool De Tuin" })).toBeVisible();
  await page.getByLabel("Leverancier").selectOption({ label: "Schoolwise BV" });
  await page.getByLabel("Dienst").selectOption({ label: "Verzuim" });
  await page.getByLabel("Ingangsdatum").fill(overDagen(30));
  await page.getByLabel("Einddatum (niet verplicht)").fill(overDagen(20));
  await page.getByRole("button", { name: "Mandaat verlenen" }).click();
  await expect(page.getByLabel("Einddatum (niet verplicht)")).toHaveAccessibleDescription(
    /De einddatum mag niet vóór de ingangsdatum liggen\./,
  );
  await expectAccessible(page);
  await page.getByLabel("Einddatum (niet verplicht)").fill("");
  await page.getByRole("button", { name: "Mandaat verlenen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het mandaat is verleend." })).toBeVisible();
  const tabel = page.getByRole("table", { name: "Mandaten van Montessorischool De Tuin" });
  const rij = tabel.getByRole("row").filter({ hasText: "Schoolwise BV" }).filter({ hasText: "Nog niet ingegaan" });
  await expect(rij).toHaveCount(1);
  await expectAccessible(page);
  await rij.getByText("Mandaat van Schoolwise BV voor Verzuim beëindigen…").click();
  await rij.getByRole("button", { name: "Ja, mandaat van Schoolwise BV voor Verzuim beëindigen" }).click();
  await expect(page).toHaveURL(/\/osr\/instellingen\/03EF\/mandaten\?beeindigd=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Het mandaat is beëindigd." })).toBeVisible();
  await expect(
    tabel.getByRole("row").filter({ hasText: "Schoolwise BV" }).filter({ hasText: "Nog niet ingegaan" }),
  ).toHaveCount(0);

  // Remove the employee: gone from the list, and their session ends at once.
  await page.goto("/osr/instellingen/03EF/medewerkers");
  await medewerker.getByText(`${naam} verwijderen uit de school…`).click();
  await medewerker.getByRole("button", { name: `Ja, ${naam} verwijderen` }).click();
  await expect(page).toHaveURL(/\/osr\/instellingen\/03EF\/medewerkers\?verwijderd=1$/);
  await expect(
    page.getByRole("status").filter({ hasText: "De medewerker is verwijderd uit uw school." }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: naam })).toHaveCount(0);
  await expectAccessible(page);
  await nieuwPage.goto("/osr");
  await expect(nieuwPage).toHaveURL(/\/inloggen/);
  await nieuw.close();
});
