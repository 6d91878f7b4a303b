// The school's lists as its users work with them, with this run's own students (T- volgnummers):
// the student list's funding column and column sorting, the school-wide terugkoppeling with the
// afkeuring of a row that was never stored, its filters in the URL and its export, the record
// history on the student page, and the verzuim (po) and resultaten (mbo) lists.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { randomBsn, runId, sendUpload } from "../uploads/helpers";

test.describe.configure({ mode: "parallel" });

const header =
  "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";

/** A file with a good row (T-run-1) and a row refused with F06 (T-run-2, never stored). */
function bestand(run: string, naam: string): { name: string; text: string } {
  return {
    name: `lijsten-${run}.csv`,
    text: [
      header,
      `25AA;T-${run}-1;${randomBsn()};2008-05-01;V;${naam};Eva;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
      `25AA;T-${run}-2;${randomBsn()};2008-06-02;X;${naam};Noor;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
    ].join("\n"),
  };
}

async function processed(request: APIRequestContext, brin: string, id: string): Promise<void> {
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/instelling/${brin}/uploads/${id}/status`)).json()) as { status: string }).status,
      { timeout: 60_000 },
    )
    .toBe("KLAAR");
}

async function csv(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const text = (await response.body()).toString("utf8");
  expect(text.startsWith("\uFEFF"), `${url} starts with a BOM`).toBe(true);
  return text;
}

test.describe("as the beheerder of ROC Horizon", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("funding per student, sorting, terugkoppeling with its afkeuring, exports and history", async ({
    page,
    baseURL,
  }) => {
    const run = runId();
    const naam = `Lijst${run}`;
    const id = await sendUpload(page.request, baseURL!, "25AA", "mbo-inschrijvingen", bestand(run, naam));
    await processed(page.request, "25AA", id);

    // The student list: a funding column for a teldatum (by default the next one), J/N or a dash.
    await page.goto(`/instelling/25AA/deelnemers?q=${naam}`);
    const tabel = page.getByRole("table", { name: /Deelnemers/ });
    await expect(tabel.getByRole("columnheader", { name: /^Bekostiging \d{2}-\d{2}-\d{4}$/ })).toBeVisible();
    const rij = tabel.getByRole("row").nth(1);
    await expect(rij).toContainText(`T-${run}-1`);
    await expect(rij.getByRole("cell").last()).toHaveText(/^(J|N)|—/);
    // Sorting by a column header keeps the search and says how the list is sorted.
    await tabel.getByRole("link", { name: /^Naam/ }).click();
    await expect(page).toHaveURL(/sorteer=naam/);
    await expect(page).toHaveURL(new RegExp(`q=${naam}`));
    await expect(
      page.getByRole("table", { name: /Deelnemers/ }).getByRole("columnheader", { name: /^Naam/ }),
    ).toHaveAttribute("aria-sort", "ascending");
    const lijstCsv = await csv(
      page.request,
      (await page.getByRole("link", { name: "Exporteer selectie als CSV" }).getAttribute("href"))!,
    );
    expect(lijstCsv.split("\r\n")[0]).toContain("bekostigd");
    expect(lijstCsv).toContain(`T-${run}-1`);

    // The terugkoppeling: the refused row is visible with its code and message, the stored one links to its student.
    await page.goto("/instelling/25AA/meldingen");
    await expect(page.getByRole("heading", { level: 1, name: "Terugkoppeling" })).toBeVisible();
    await page.getByLabel("Status").selectOption("AFGEKEURD");
    await page.getByLabel("Codes").fill("F06");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/meldingen\?status=AFGEKEURD&code=F06$/);
    const meldingen = page.getByRole("table", { name: /Meldingen/ });
    const afgekeurd = meldingen.getByRole("row").filter({ hasText: `T-${run}-2` });
    await expect(afgekeurd).toContainText("Afgekeurd");
    await expect(afgekeurd.getByRole("link", { name: "F06" })).toHaveAttribute("href", "/help/codes#F06");
    await expect(afgekeurd.getByRole("link", { name: "Upload" })).toHaveAttribute(
      "href",
      `/instelling/25AA/uploads/${id}`,
    );
    await expectAccessible(page);
    const meldingenCsv = await csv(page.request, "/instelling/25AA/meldingen/export?status=AFGEKEURD&code=F06");
    expect(meldingenCsv).toContain(`T-${run}-2`);
    expect(meldingenCsv).not.toContain(`T-${run}-1;`);

    // Other specs deliver to 25AA at the same time: the record's own meldingen, by its volgnummer.
    await page.goto(`/instelling/25AA/meldingen?status=VERWERKT&volgnummer=T-${run}-1`);
    await page
      .getByRole("table", { name: /Meldingen/ })
      .getByRole("link", { name: `T-${run}-1` })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: `Eva ${naam}` })).toBeVisible();
    // The record history: the new inschrijving, by upload.
    const historie = page.getByRole("region", { name: "Historie" });
    const nieuw = historie
      .getByRole("row")
      .filter({ hasText: `T-${run}-1` })
      .first();
    await expect(nieuw).toContainText("Nieuw");
    await expect(nieuw.getByRole("link", { name: "Upload" })).toBeVisible();
    await expectAccessible(page);
  });

  test("the resultaten list shows diploma funding, and the verzuim list is not of this school", async ({ page }) => {
    const response = await page.goto("/instelling/25AA/resultaten?soort=DIPLOMA");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Resultaten" })).toBeVisible();
    await expect(page.getByLabel("Soort")).toHaveValue("DIPLOMA");
    await expect(
      page
        .getByRole("table", { name: "Diploma's en certificaten" })
        .getByRole("columnheader", { name: "Diplomabekostiging" })
        .or(page.getByText("Geen resultaten die aan de filters voldoen.")),
    ).toBeVisible();
    expect((await page.request.get("/instelling/25AA/verzuim", { maxRedirects: 0 })).status()).toBe(404);
    await csv(page.request, "/instelling/25AA/resultaten/export?soort=DIPLOMA");
  });

  test("the funding page has the paged not-funded list, diplomas per kalenderjaar and the correctiefactor", async ({
    page,
  }) => {
    await page.goto("/instelling/25AA/bekostiging");
    await expect(page.getByRole("heading", { level: 2, name: "Niet-bekostigde inschrijvingen" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Diplomabekostiging per kalenderjaar" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Correctiefactor" })).toBeVisible();
  });
});

test.describe("as the reader of ROC Horizon", () => {
  test.use({ storageState: storageState("instLezer") });

  test("reads the terugkoppeling and exports it, the uploads and the berichten", async ({ page }) => {
    await page.goto("/instelling/25AA/meldingen");
    await expect(page.getByRole("search", { name: "Meldingen filteren" })).toBeVisible();
    await csv(page.request, "/instelling/25AA/meldingen/export");
    await csv(page.request, "/instelling/25AA/uploads/export");
    await csv(page.request, "/instelling/25AA/berichten/export");
    // Another school's lists and exports are not there.
    for (const url of [
      "/instelling/25BB/meldingen",
      "/instelling/25BB/meldingen/export",
      "/instelling/25BB/resultaten/export",
    ]) {
      expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    }
  });
});

test.describe("as the beheerder of OBS De Linde (po)", () => {
  test.use({ storageState: storageState("poBeheer") });

  test("the verzuim list filters in the URL and exports the same selection", async ({ page }) => {
    await page.goto("/instelling/01AB/verzuim");
    await expect(page.getByRole("heading", { level: 1, name: "Verzuim" })).toBeVisible();
    await page.getByLabel("Soort").selectOption("LUXE");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/\/instelling\/01AB\/verzuim\?soort=LUXE$/);
    await expect(
      page
        .getByRole("table", { name: "Verzuimmeldingen" })
        .or(page.getByText("Geen verzuimmeldingen met deze filters.")),
    ).toBeVisible();
    const text = await csv(page.request, "/instelling/01AB/verzuim/export?soort=LUXE");
    for (const line of text
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .slice(1)
      .filter(Boolean))
      expect(line).toContain(";LUXE;");
    expect((await page.request.get("/instelling/01AB/resultaten", { maxRedirects: 0 })).status()).toBe(404);
  });
});
