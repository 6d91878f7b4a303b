// DUO withdraws a licence: the recompute runs in the background with progress, and the school sees
// its student's funding change (M03) and a bericht. Runs in the last project: it changes funding.
import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";
import { expectAccessible } from "./axe";
import { randomBsn, runId, sendUpload } from "./uploads/helpers";

const HEADER = "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";

test("a licence withdrawn by DUO changes the school's assessments and tells the school", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const volgnummer = `T-${runId()}-L`;
  const school = await browser.newContext({ storageState: storageState("deltaBeheer") });
  const schoolPage = await school.newPage();

  // A student of 90007 Verpleegkundige BOL at 25BB, funded on every teldatum.
  const csv = `${HEADER}\r\n25BB;${volgnummer};${randomBsn()};2007-04-01;V;Licentietest;Lotte;2026-08-01;2030-07-31;2026-08-01;90007;BOL;J\r\n`;
  const uploadId = await sendUpload(school.request, baseURL!, "25BB", "mbo-inschrijvingen", { name: `${volgnummer}.csv`, text: csv });
  await schoolPage.goto(`/instelling/25BB/uploads/${uploadId}`);
  await expect(schoolPage.getByTestId("upload-status")).toHaveText("Klaar", { timeout: 60_000 });

  const duo = await browser.newContext({ storageState: storageState("duoMedewerker") });
  const page = await duo.newPage();
  await page.goto("/beheer/licenties");
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: "25BB" }).filter({ hasText: "90007" }).filter({ hasText: "BOL" });
  await row.getByText("Einddatum wijzigen…").click();
  await row.getByLabel("Laatste dag van de licentie").fill("2026-12-31");
  await row.getByRole("button", { name: "Opslaan en herberekenen" }).click();

  await expect(page).toHaveURL(/\/beheer\/herberekeningen/);
  const job = page.getByRole("listitem").filter({ hasText: "Licentie 25BB/90007/BOL ingetrokken per 2026-12-31" }).first();
  await expect(job.getByRole("progressbar")).toBeVisible();
  await expect(job).toContainText("Klaar op", { timeout: 60_000 });
  await expect(job.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
  await expectAccessible(page);
  await page.goto("/beheer/licenties");
  await expect(row).toContainText("31-12-2026");

  // The school: not funded on 1 February 2027 (after the licence ended), still funded on 1 October 2026.
  await schoolPage.goto("/instelling/25BB/deelnemers?code=M03&teldatum=2027-02-01");
  await expect(schoolPage.getByRole("row").filter({ hasText: volgnummer })).toBeVisible();
  await schoolPage.goto("/instelling/25BB/deelnemers?bekostiging=J&teldatum=2026-10-01&q=Licentietest");
  await expect(schoolPage.getByRole("row").filter({ hasText: volgnummer })).toBeVisible();
  await schoolPage.goto("/instelling/25BB/deelnemers?bekostiging=N&teldatum=2026-10-01&q=Licentietest");
  await expect(schoolPage.getByRole("row").filter({ hasText: volgnummer })).toHaveCount(0);
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

test.describe("licences are not the school's", () => {
  test.use({ storageState: storageState("deltaBeheer") });
  test("an institution user gets a 404 on the back office pages", async ({ page }) => {
    expect((await page.goto("/beheer/licenties"))?.status()).toBe(404);
    expect((await page.goto("/beheer/herberekeningen"))?.status()).toBe(404);
  });
});
