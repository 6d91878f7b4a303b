// The beheerder of OBS De Linde delivers a po-inschrijvingen file by dropping it on the drop zone.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { fixture } from "./helpers";

test.use({ storageState: storageState("poBeheer") });

test("a po school offers its own soorten and processes a dropped file", async ({ page }) => {
  test.setTimeout(90_000);
  const file = fixture("po-inschrijvingen.csv");
  await page.goto("/instelling/01AB/uploads");
  const soorten = page.getByRole("group", { name: "Soort bestand" }).getByRole("radio");
  await expect(soorten).toHaveCount(2);
  await expect(page.getByRole("radio", { name: "Inschrijvingen (po)" })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Verzuimmeldingen (po)" })).toBeVisible();
  // axe on the po upload page and its report: e2e/instelling/journey.spec.ts.

  await page.getByRole("radio", { name: "Inschrijvingen (po)" }).check();
  // The drop zone: a drop event carrying the file, as a browser sends it.
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "text/csv" }));
      return transfer;
    },
    { name: file.name, text: file.text },
  );
  await page.getByTestId("dropzone").dispatchEvent("drop", { dataTransfer });
  await expect(page.getByText(`Gekozen: ${file.name}`)).toBeVisible();
  await page.getByRole("button", { name: "Bestand aanleveren" }).click();

  await expect(page).toHaveURL(/\/instelling\/01AB\/uploads\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId("upload-status")).toHaveText("Klaar", { timeout: 60_000 });
  const aantallen = page.getByTestId("upload-aantallen");
  await expect(aantallen).toContainText("Verwerkt2");
  await expect(aantallen).toContainText("Afgekeurd1");
  const regels = page.getByRole("table", { name: /^Pagina 1 van 1/ }).getByRole("row");
  await expect(regels).toHaveCount(2);
  await expect(regels.nth(1)).toContainText(/4\s*groep\s*F0\d/);
});
