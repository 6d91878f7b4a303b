// The RIO reference data in the back office: every list with search, a record added and edited in
// its form (with its history), and an import whose bad file is refused in Dutch with nothing written.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";

test.use({ storageState: storageState("duoMedewerker") });

test("DUO staff browse, search, add and edit reference data", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/beheer/referentie");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referentiegegevens (RIO)");
  await expectAccessible(page);

  for (const [soort, titel, zoek, treffer] of [
    ["instellingen", "Instellingen", "horizon", "25AA"],
    ["besturen", "Besturen", "100B002", "Stichting Delta Onderwijs"],
    ["vestigingen", "Vestigingen", "techniek", "25AA01"],
    ["opleidingen", "Opleidingen", "logistiek", "90002"],
    ["licenties", "Licenties", "25CC", "25CC"],
  ] as const) {
    await page.goto(`/beheer/referentie/${soort}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titel);
    await expectAccessible(page);
    await page.getByLabel("Zoeken op code of naam").fill(zoek);
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`q=${zoek}`));
    await expect(page.getByRole("row").filter({ hasText: treffer }).first()).toBeVisible();
  }

  // A bestuur of its own (nothing else reads it): add it, then rename it in its form.
  const code = `9${String(Date.now()).slice(-2)}B${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  await page.goto("/beheer/referentie/besturen/nieuw");
  await expectAccessible(page);
  await page.getByLabel("Bestuurscode").fill(code);
  await page.getByLabel("Naam").fill("Stichting E2E");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("status").filter({ hasText: `${code} is bewaard.` })).toBeVisible();

  // Adding it twice is refused in Dutch.
  await page.goto("/beheer/referentie/besturen/nieuw");
  await page.getByLabel("Bestuurscode").fill(code);
  await page.getByLabel("Naam").fill("Stichting E2E");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: `${code} bestaat al` })).toBeVisible();

  await page.goto(`/beheer/referentie/besturen?q=${code}`);
  await page.getByRole("link", { name: `${code} wijzigen` }).click();
  await expect(page.getByLabel("Bestuurscode")).toHaveValue(code);
  await page.getByLabel("Naam").fill("Stichting E2E Hernoemd");
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("row").filter({ hasText: code })).toContainText("Stichting E2E Hernoemd");
  await page.getByRole("link", { name: `${code} wijzigen` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${code} wijzigen`);
  // The history says who changed what when.
  await expect(page.getByRole("row").filter({ hasText: "Stichting E2E Hernoemd" })).toContainText(
    "medewerker@duo.example",
  );
  await expectAccessible(page);

  // Bad input in a form: a Dutch message, nothing saved.
  await page.getByLabel("Naam").fill("");
  await page.getByLabel("Naam").evaluate((el) => el.removeAttribute("required"));
  await page.getByRole("button", { name: "Bewaren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "naam is leeg" })).toBeVisible();
});

test("an import of a bad file is refused in Dutch and changes nothing", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/beheer/referentie/import");
  await expectAccessible(page);
  await page.getByLabel("Soort bestand").selectOption("opleidingen");
  await page.getByLabel("CSV-bestand").setInputFiles({
    name: "fout.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("brin;opleidingscode;leerweg;bekostigd;begindatum;einddatum\n25AA;90001;BOL;J;2015-08-01;\n"),
  });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "De kolomkop klopt niet voor opleidingen" })).toBeVisible();

  // Rows with errors are listed with their row number, and the file cannot be applied.
  await page.getByLabel("Soort bestand").selectOption("vestigingen");
  await page.getByLabel("CSV-bestand").setInputFiles({
    name: "vestigingen-fout.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "vestigingscode;brin;naam;straat;huisnummer;postcode;plaats\n25AA00;25AA;ROC Horizon hoofdlocatie;Vondellaan;10;3521GD;Utrecht\n99ZZ01;99ZZ;Nergens;Straat;1;1234AB;Nergens\n25AA01;25AA;ROC Horizon Techniek;Europalaan;88;geen;Utrecht\n",
    ),
  });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Voorvertoning van vestigingen-fout.csv");
  await expect(page.getByRole("row").filter({ hasText: "instelling 99ZZ bestaat niet" })).toContainText("3");
  await expect(
    page.getByRole("row").filter({ hasText: 'postcode "geen" heeft niet het juiste formaat' }),
  ).toContainText("4");
  await expect(page.getByText("Dit bestand bevat fouten en kan niet worden toegepast.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Wijzigingen toepassen" })).toHaveCount(0);
  await expectAccessible(page);
});
