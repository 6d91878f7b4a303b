// The student list without relying on any register data: empty states, search that keeps a PGN
// out of the URL, another school's list and ids (404), the CSV export's conventions, and axe.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";

// A valid BSN (elfproef) starting with 8: kept for acceptance tests, never in demo data.
const TEST_BSN = "800000006";

test.describe("as the beheerder of ROC Horizon", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("the list renders with its search form, and passes axe", async ({ page }) => {
    const response = await page.goto("/instelling/25AA/deelnemers");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Deelnemers" })).toBeVisible();
    await expect(page.getByRole("search", { name: "Deelnemers zoeken" })).toBeVisible();
    await expect(page.getByLabel("Opleiding")).toBeVisible();
    await expect(page.getByLabel("Leerweg")).toBeVisible();
    // Demo data may or may not be there: either the table or the empty state.
    await expect(
      page.getByRole("table", { name: /Deelnemers/ }).or(page.getByText("Er zijn nog geen deelnemers ingeschreven.")),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("a search that finds nothing says so (T- volgnummers are never demo data)", async ({ page }) => {
    await page.goto("/instelling/25AA/deelnemers");
    await page.getByRole("searchbox", { name: "Zoeken" }).fill("T-BESTAAT-NIET");
    await page.getByLabel("Leerweg").selectOption("BBL");
    await page.getByRole("button", { name: "Zoeken" }).click();
    // The search text stays on the server: the URL carries an opaque id for it.
    await expect(page).toHaveURL(/\/instelling\/25AA\/deelnemers\?leerweg=BBL&zoek=[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain("BESTAAT");
    await expect(page.getByText("Geen deelnemers gevonden die aan de zoekopdracht voldoen.")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Zoeken" })).toHaveValue("T-BESTAAT-NIET");
    await expect(page.getByLabel("Leerweg")).toHaveValue("BBL");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Alle filters wissen" }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/deelnemers$/);
  });

  test("a search by BSN never puts the number in the URL", async ({ page }) => {
    await page.goto("/instelling/25AA/deelnemers");
    await page.getByRole("searchbox", { name: "Zoeken" }).fill("8000.00.006");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/deelnemers\?persoon=\d+$/);
    expect(page.url()).not.toContain(TEST_BSN);
    await expect(page.getByText("Geen deelnemer van deze instelling heeft dit BSN of onderwijsnummer.")).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Zoeken" })).toHaveValue("");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Zoeken op nummer opheffen" }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/deelnemers$/);
  });

  test("another institution's list, export and an unknown student are 404", async ({ page }) => {
    for (const url of [
      "/instelling/25BB/deelnemers",
      "/instelling/25BB/deelnemers/export",
      "/instelling/25AA/deelnemers/999999",
      "/instelling/25AA/deelnemers/0",
    ]) {
      const response = await page.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(404);
    }
    const response = await page.goto("/instelling/25AA/deelnemers/999999");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  });

  test("the export is CSV with BOM and ';', the selection only, and a masked PGN column", async ({ page }) => {
    const response = await page.request.get("/instelling/25AA/deelnemers/export?q=T-BESTAAT-NIET");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toMatch(
      /^attachment; filename="deelnemers-25AA-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Nothing matches: the header line alone.
    expect(body.subarray(3).toString("utf8")).toBe(
      "brin;inschrijvingsvolgnummer;pgn;achternaam;voorvoegsel;voornamen;datum_inschrijving;datum_uitschrijving;opleidingscode;opleiding;leerweg;signalen;teldatum;bekostigd;bekostigingscodes;definitief\r\n",
    );
    // Whole list: whatever is in it, every data line has the header's columns and a masked PGN.
    const all = (await (await page.request.get("/instelling/25AA/deelnemers/export")).text()).replace(/^\uFEFF/, "");
    const lines = all.split("\r\n").filter(Boolean);
    for (const line of lines.slice(1, 50)) expect(line).toMatch(/^25AA;[A-Za-z0-9_-]+;\*{5}\d{4};/);
  });
});

test.describe("a primary school without register data", () => {
  test.use({ storageState: storageState("ankerBeheer") });

  test("shows leerlingen, groep instead of opleiding, and the empty state", async ({ page }) => {
    // 03EF (Montessorischool De Tuin) gets no demo register data.
    await page.goto("/instelling/03EF/deelnemers");
    await expect(page.getByRole("heading", { level: 1, name: "Leerlingen" })).toBeVisible();
    await expect(page.getByLabel("Groep")).toBeVisible();
    await expect(page.getByLabel("Opleiding")).toHaveCount(0);
    await expect(page.getByText("Er zijn nog geen leerlingen ingeschreven.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Exporteer selectie als CSV" })).toHaveCount(0);
    await expectAccessible(page);
    const csv = await page.request.get("/instelling/03EF/deelnemers/export");
    expect((await csv.text()).split("\r\n")[0]).toBe(
      "\uFEFFbrin;inschrijvingsvolgnummer;pgn;achternaam;voorvoegsel;voornamen;datum_inschrijving;datum_uitschrijving;vestigingscode;groep;signalen;teldatum;bekostigd;bekostigingscodes;definitief",
    );
  });
});

test.describe("the reader of ROC Horizon", () => {
  test.use({ storageState: storageState("instLezer") });

  test("may search and export too", async ({ page }) => {
    await page.goto("/instelling/25AA/deelnemers?q=T-BESTAAT-NIET");
    await expect(page.getByText("Geen deelnemers gevonden die aan de zoekopdracht voldoen.")).toBeVisible();
    expect((await page.request.get("/instelling/25AA/deelnemers/export?q=T-BESTAAT-NIET")).status()).toBe(200);
  });
});
