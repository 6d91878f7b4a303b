// A student's way through the portal with this run's own data (uploaded like a school would):
// masked in the list and export, full PGN only on the detail page, signalen explained, funding
// with two decimals, the melding history — and the same id is a 404 for another school.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { randomBsn, runId, sendUpload } from "../uploads/helpers";

const run = runId();
const naam = `Testpersoon${run}`;
const bsnBol = randomBsn();
const bsnBbl = randomBsn();
const HEADER =
  "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";
const CSV = [
  HEADER,
  `25AA;T-${run}-1;${bsnBol};2008-05-01;V;${naam};Eva;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
  // BBL without a BPV: signaal S04, funding code M06.
  `25AA;T-${run}-2;${bsnBbl};2008-06-02;M;${naam};Daan;2026-08-01;2029-07-31;2026-08-01;90003;BBL;J`,
].join("\n");

async function waitUntilDone(request: APIRequestContext, id: string): Promise<void> {
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/instelling/25AA/uploads/${id}/status`)).json()) as { status: string }).status,
      { timeout: 60_000 },
    )
    .toBe("KLAAR");
}

let detailPath = "";

test.describe.serial("a student of this run", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("is delivered, found by name and by BSN, and shown masked in the list and the export", async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await waitUntilDone(
      page.request,
      await sendUpload(page.request, baseURL!, "25AA", "mbo-inschrijvingen", {
        name: `deelnemers-${run}.csv`,
        text: CSV,
      }),
    );

    await page.goto("/instelling/25AA/deelnemers");
    await page.getByRole("searchbox", { name: "Zoeken" }).fill(naam);
    await page.getByRole("button", { name: "Zoeken" }).click();
    const table = page.getByRole("table", { name: /Deelnemers/ });
    await expect(table.getByRole("row")).toHaveCount(3);
    const bbl = table.getByRole("row").filter({ hasText: `T-${run}-2` });
    await expect(bbl).toContainText(`*****${bsnBbl.slice(-4)}`);
    await expect(bbl).toContainText("01-08-2026");
    await expect(bbl.getByRole("link", { name: "S04" })).toHaveAttribute("href", "/help/codes#S04");
    await expect(page.locator("body")).not.toContainText(bsnBbl);
    // axe on a searched list: e2e/instelling/journey.spec.ts.

    const csv = await (await page.request.get(`/instelling/25AA/deelnemers/export?q=${naam}`)).text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .split("\r\n")
      .filter(Boolean);
    // The columns of the screen, then the funding on the list's teldatum (default: the next one).
    expect(lines.slice(1).map((l) => l.split(";").slice(0, 12).join(";"))).toEqual([
      `25AA;T-${run}-1;*****${bsnBol.slice(-4)};${naam};;Eva;2026-08-01;;90003;Verzorgende IG;BOL;`,
      `25AA;T-${run}-2;*****${bsnBbl.slice(-4)};${naam};;Daan;2026-08-01;;90003;Verzorgende IG;BBL;S04`,
    ]);
    for (const line of lines.slice(1))
      expect(line.split(";").slice(12)).toEqual([
        expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        expect.stringMatching(/^[JN]?$/),
        expect.any(String),
        expect.stringMatching(/^[JN]?$/),
      ]);
    expect(csv).not.toContain(bsnBbl);

    // By BSN: the URL carries an opaque persoon id, never the number.
    await page.getByRole("searchbox", { name: "Zoeken" }).fill(bsnBbl);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page).toHaveURL(/\?persoon=\d+$/);
    expect(page.url()).not.toContain(bsnBbl);
    await expect(
      page.getByText(`U ziet de inschrijvingen van de persoon met nummer *****${bsnBbl.slice(-4)}.`),
    ).toBeVisible();
    await expect(table.getByRole("row")).toHaveCount(2);
    await table.getByRole("link", { name: `${naam}, Daan` }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/deelnemers\/\d+$/);
    detailPath = new URL(page.url()).pathname;
  });

  test("the detail page has the full BSN, the signaal explained, funding and meldingen", async ({ page }) => {
    await page.goto(detailPath);
    await expect(page.getByRole("heading", { level: 1, name: `Daan ${naam}` })).toBeVisible();
    await expect(page.getByText(bsnBbl, { exact: true })).toBeVisible();
    const inschrijving = page.getByRole("region", { name: `Inschrijving T-${run}-2` });
    await expect(inschrijving.getByRole("table", { name: "Perioden" })).toContainText("90003 Verzorgende IG");
    await expect(inschrijving).toContainText("BBL-inschrijving zonder beroepspraktijkvorming (bpv).");
    await expect(inschrijving.getByRole("link", { name: "S04" })).toHaveAttribute("href", "/help/codes#S04");
    const bekostiging = page.getByRole("table", { name: /Bekostiging per teldatum/ });
    const oktober = bekostiging.getByRole("row").filter({ hasText: "01-10-2026" });
    await expect(oktober).toContainText("Niet bekostigd");
    await expect(oktober.getByRole("link", { name: "M06" })).toHaveAttribute("href", "/help/codes#M06");
    await expect(oktober.getByRole("cell").last()).toHaveText("0,00");
    const meldingen = page.getByRole("table", { name: /Meldingen op de sleutels/ });
    await expect(
      meldingen
        .getByRole("row")
        .filter({ hasText: `T-${run}-2` })
        .first(),
    ).toContainText("Verwerkt");
    await expectAccessible(page);
  });

  test("the funded BOL student has gewicht 1,30", async ({ page }) => {
    await page.goto(`/instelling/25AA/deelnemers?q=T-${run}-1`);
    await page.getByRole("link", { name: `${naam}, Eva` }).click();
    const oktober = page
      .getByRole("table", { name: /Bekostiging per teldatum/ })
      .getByRole("row")
      .filter({ hasText: "01-10-2026" });
    await expect(oktober).toContainText("Bekostigd");
    await expect(oktober.getByRole("cell").last()).toHaveText("1,30");
  });

  test("is visible to the reader of the school, and a 404 for another school, also under its own brin", async ({
    browser,
  }) => {
    const lezer = await browser.newContext({ storageState: storageState("instLezer") });
    expect((await lezer.request.get(detailPath)).status()).toBe(200);
    await lezer.close();
    const other = await browser.newContext({ storageState: storageState("deltaBeheer") });
    const id = detailPath.split("/").at(-1);
    for (const url of [detailPath, `/instelling/25BB/deelnemers/${id}`]) {
      const response = await other.request.get(url, { maxRedirects: 0 });
      expect(response.status(), url).toBe(404);
      expect(await response.text()).not.toContain(naam);
    }
    await other.close();
  });
});
