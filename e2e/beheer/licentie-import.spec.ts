// DUO withdraws a licence with a RIO import: the preview shows the change before anything happens,
// the recompute runs in the background with progress, and the school sees its student's funding
// change (M03) and a bericht. Runs in the last project: it changes funding.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { randomBsn, runId, sendUpload } from "../uploads/helpers";

const HEADER =
  "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";
const LICENTIES = "brin;opleidingscode;leerweg;bekostigd;begindatum;einddatum";

test("a licence withdrawn by a RIO import changes the school's assessments and tells the school; the preview showed it first", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const volgnummer = `T-${runId()}-L`;
  const school = await browser.newContext({ storageState: storageState("deltaBeheer") });
  const schoolPage = await school.newPage();

  // A student of 90007 Verpleegkundige BOL at 25BB, funded on every teldatum.
  const csv = `${HEADER}\r\n25BB;${volgnummer};${randomBsn()};2007-04-01;V;Licentietest;Lotte;2026-08-01;2030-07-31;2026-08-01;90007;BOL;J\r\n`;
  const uploadId = await sendUpload(school.request, baseURL!, "25BB", "mbo-inschrijvingen", {
    name: `${volgnummer}.csv`,
    text: csv,
  });
  await schoolPage.goto(`/instelling/25BB/uploads/${uploadId}`);
  await expect(schoolPage.getByTestId("upload-status")).toHaveText("Klaar", { timeout: 60_000 });

  const duo = await browser.newContext({ storageState: storageState("duoMedewerker") });
  const page = await duo.newPage();
  await page.goto("/beheer/referentie/import");
  await page.getByLabel("Soort bestand").selectOption("licenties");
  // The withdrawal, an unchanged licence of the same school, and nothing else.
  const file = `${LICENTIES}\n25BB;90007;BOL;J;2015-08-01;2026-12-31\n25BB;90007;BBL;J;2015-08-01;\n`;
  await page
    .getByLabel("CSV-bestand")
    .setInputFiles({ name: `intrekking-${volgnummer}.csv`, mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Bestand controleren" }).click();

  // The preview: nothing has changed yet.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Voorvertoning van intrekking-${volgnummer}.csv`);
  await expect(page.getByText("1 gewijzigd gegeven")).toBeVisible();
  await expect(page.getByText("1 ongewijzigd gegeven")).toBeVisible();
  const change = page.getByRole("row").filter({ hasText: "25BB/90007/BOL" });
  await expect(change).toContainText("Einddatum");
  await expect(change).toContainText("2026-12-31");
  await expect(page.getByText(/herberekend van brin 25BB, opleiding 90007/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/beheer/referentie/licenties?q=90007");
  await expect(page.getByRole("row").filter({ hasText: "25BB" }).filter({ hasText: "BOL" })).not.toContainText(
    "31-12-2026",
  );
  await expect(page.getByRole("row").filter({ hasText: "25BB" }).filter({ hasText: "BOL" })).not.toContainText(
    "2026-12-31",
  );
  await page.goBack();

  await page.getByRole("button", { name: "Wijzigingen toepassen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`intrekking-${volgnummer}.csv is toegepast`);
  await expectAccessible(page);
  await page.getByRole("link", { name: /Voortgang van de herberekening/ }).click();
  await expect(page).toHaveURL(/\/beheer\/herberekeningen/);
  const job = page.getByRole("listitem").filter({ hasText: `intrekking-${volgnummer}.csv` });
  await expect(job.getByRole("progressbar")).toBeVisible();
  await expect(job).toContainText("Klaar op", { timeout: 60_000 });
  await expect(job.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");

  // The school: not funded on 1 February 2027 (after the licence ended), still funded on 1 October 2026.
  await schoolPage.goto("/instelling/25BB/deelnemers?code=M03&teldatum=2027-02-01");
  await expect(schoolPage.getByRole("row").filter({ hasText: volgnummer })).toBeVisible();
  await schoolPage.goto("/instelling/25BB/deelnemers?bekostiging=J&teldatum=2026-10-01&q=Licentietest");
  await expect(schoolPage.getByRole("row").filter({ hasText: volgnummer })).toBeVisible();
  await schoolPage.goto("/instelling/25BB/berichten");
  await expect(schoolPage.getByText(new RegExp(`inschrijving ${volgnummer} op teldatum`)).first()).toBeVisible();
  await school.close();
  await duo.close();
});

test.describe("reference changes are refused with a message when they change nothing", () => {
  test.use({ storageState: storageState("duoBeheer") });
  test("adding a teldatum that exists", async ({ page }) => {
    await page.goto("/beheer/teldata");
    await page.getByLabel("Sector").selectOption("MBO");
    await page.getByLabel("Teldatum", { exact: true }).fill("2026-10-01");
    await page.getByRole("button", { name: "Toevoegen" }).click();
    await expect(page.getByText("Teldatum 2026-10-01 (MBO) bestaat al.")).toBeVisible();
    await expectAccessible(page);
  });
});
