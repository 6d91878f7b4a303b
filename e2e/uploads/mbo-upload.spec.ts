// The beheerder of ROC Horizon delivers an mbo-inschrijvingen file through the page: transfer, live
// progress to KLAAR, the counts, the error report and its CSV, then the same file again changes nothing.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { fixture } from "./helpers";

test.use({ storageState: storageState("instBeheer") });

async function deliver(page: Page, file: { name: string; text: string }): Promise<string> {
  await page.goto("/instelling/25AA/uploads");
  await page.getByRole("radio", { name: "Inschrijvingen (mbo)" }).check();
  await page
    .getByLabel("CSV-bestand")
    .setInputFiles({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.text) });
  await page.getByRole("button", { name: "Bestand aanleveren" }).click();
  await expect(page).toHaveURL(/\/instelling\/25AA\/uploads\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("upload-status")).toHaveText("Klaar", { timeout: 60_000 });
  return page.url();
}

const stat = (page: Page, label: string) =>
  page
    .getByTestId("upload-aantallen")
    .locator("div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");

test("upload, follow it to KLAAR, read the report, download it, and deliver it again", async ({ page }) => {
  test.setTimeout(120_000);
  const file = fixture("mbo-inschrijvingen.csv");

  await page.goto("/instelling/25AA/uploads");
  await expect(page.getByRole("heading", { level: 1, name: "Bestanden aanleveren" })).toBeVisible();
  // axe on the upload page and on a finished upload's report: e2e/instelling/journey.spec.ts.

  const url = await deliver(page, file);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(file.name);
  await expect(page.getByRole("progressbar", { name: "Voortgang van de verwerking" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await expect(page.getByTestId("upload-snelheid")).toContainText("rijen per seconde");
  await expect(stat(page, "Rijen")).toHaveText("6");
  await expect(stat(page, "Meldingen")).toHaveText("5");
  await expect(stat(page, "Verwerkt")).toHaveText("2");
  await expect(stat(page, "Afgekeurd")).toHaveText("3");
  await expect(page.getByTestId("niets-gewijzigd")).toHaveCount(0);

  // The report: rows as a spreadsheet counts them (the blank line counts), grouped per code.
  const perCode = page.getByRole("table", { name: "Afkeuringen per code" });
  for (const code of ["F03", "F06", "R02"]) {
    const row = perCode.getByRole("row").filter({ has: page.getByRole("rowheader", { name: code }) });
    await expect(row.getByRole("cell").first()).toHaveText("1");
    await expect(row.getByRole("rowheader").getByRole("link")).toHaveAttribute("href", `/help/codes#${code}`);
  }
  const regels = page.getByRole("table", { name: /^Pagina 1 van 1/ });
  const rows = regels.getByRole("row");
  await expect(rows).toHaveCount(4); // header + 3
  await expect(rows.nth(1)).toContainText(/6\s*bsn\s*F03/);
  await expect(rows.nth(2)).toContainText(/7\s*geslacht\s*F06/);
  await expect(rows.nth(3)).toContainText(/8\s*opleidingscode\s*R02/);

  // Only one code.
  await perCode.getByRole("link", { name: "Toon de regels met F06" }).click();
  await expect(page.getByRole("heading", { name: "Afgekeurde regels met code F06 (1)" })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Pagina 1 van 1/ }).getByRole("row")).toHaveCount(2);

  // The CSV: BOM, ';', one line per afkeuring.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download het foutenrapport (CSV)" }).click();
  const download = await downloadPromise;
  const csv = fs.readFileSync((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.slice(1).split("\r\n")).toEqual([
    "rij;kolom;code;melding",
    expect.stringMatching(/^6;bsn;F03;.+/),
    expect.stringMatching(/^7;geslacht;F06;.+/),
    expect.stringMatching(/^8;opleidingscode;R02;.+/),
    "",
  ]);

  // Closing and reopening the page loses nothing: the state is on the server.
  await page.goto("about:blank");
  await page.goto(url);
  await expect(page.getByTestId("upload-status")).toHaveText("Klaar");
  await expect(stat(page, "Verwerkt")).toHaveText("2");

  // The list shows it, newest first.
  await page.goto("/instelling/25AA/uploads");
  const first = page
    .getByRole("table", { name: /aangeleverd/ })
    .getByRole("row")
    .nth(1);
  await expect(first.getByRole("rowheader")).toHaveText(file.name);
  await expect(first).toContainText("Klaar");
  await expect(first).toContainText("Fatima el Amrani");

  // The same file again: the same counts, and nothing changed.
  await deliver(page, file);
  await expect(stat(page, "Verwerkt")).toHaveText("2");
  await expect(stat(page, "Afgekeurd")).toHaveText("3");
  const summary = page.getByTestId("niets-gewijzigd");
  await expect(summary).toContainText("Er is niets gewijzigd");
  await expect(summary.getByRole("link", { name: "Bekijk die upload" })).toHaveAttribute("href", new URL(url).pathname);
  await expectAccessible(page);
});

test("a file with an unknown column is refused as a whole, with the Dutch reason", async ({ page }) => {
  test.setTimeout(90_000);
  const file = fixture("mbo-inschrijvingen-onbekende-kolom.csv");
  await page.goto("/instelling/25AA/uploads");
  // Keyboard only: the soort with the arrow keys' radio group, the file through the file chooser.
  await page.getByRole("radio", { name: "Inschrijvingen (mbo)" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Inschrijvingen (mbo)" })).toBeChecked();
  await page.getByLabel("CSV-bestand").focus();
  const chooserPromise = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooserPromise).setFiles({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.text) });
  await expect(page.getByText(`Gekozen: ${file.name}`)).toBeVisible();
  await page.getByRole("button", { name: "Bestand aanleveren" }).focus();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/uploads\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("upload-status")).toHaveText("Mislukt", { timeout: 60_000 });
  await expect(page.getByRole("alert").filter({ hasText: "Het bestand is niet verwerkt." })).toBeVisible();
  await expect(page.getByTestId("upload-foutmelding")).toHaveText(
    /De kolom .*kleur.* is onbekend voor dit soort bestand\./,
  );
  await expect(stat(page, "Meldingen")).toHaveText("0");
  await expectAccessible(page);
});

test("the form says what is missing before sending anything", async ({ page }) => {
  await page.goto("/instelling/25AA/uploads");
  await page.getByRole("button", { name: "Bestand aanleveren" }).click();
  await expect(page.getByText("Kies het soort bestand.")).toBeVisible();
  await expect(page.getByText("Kies een bestand.")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Inschrijvingen (mbo)" })).toBeFocused();
  await expect(page.getByLabel("CSV-bestand")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
});
