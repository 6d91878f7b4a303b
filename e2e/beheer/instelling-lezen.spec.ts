// DUO reads a school's register with the school's own pages, read-only: the student list with its
// funding, a student's page (no forms), terugkoppeling, berichten, resultaten and verzuim — and
// every view of person data lands in the audit log as the person search does.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { randomBsn, runId, sendUpload } from "../uploads/helpers";

test.describe("as DUO_MEDEWERKER", () => {
  test.use({ storageState: storageState("duoMedewerker") });

  test("reads a school's students and a student's page read-only, each view audited", async ({
    page,
    browser,
    baseURL,
  }) => {
    // The school delivers a student of this run.
    const run = runId();
    const naam = `Duo${run}`;
    const school = await browser.newContext({ storageState: storageState("instBeheer") });
    const id = await sendUpload(school.request, baseURL!, "25AA", "mbo-inschrijvingen", {
      name: `duo-${run}.csv`,
      text: [
        "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar",
        `25AA;T-${run}-1;${randomBsn()};2008-05-01;V;${naam};Eva;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
      ].join("\n"),
    });
    await expect
      .poll(
        async () =>
          ((await (await school.request.get(`/instelling/25AA/uploads/${id}/status`)).json()) as { status: string })
            .status,
        { timeout: 60_000 },
      )
      .toBe("KLAAR");
    await school.close();

    await page.goto("/beheer/instellingen/25AA");
    const tabs = page.getByRole("navigation", { name: "Onderdelen van instelling 25AA" });
    await tabs.getByRole("link", { name: "Deelnemers" }).click();
    await expect(page).toHaveURL(/\/beheer\/instellingen\/25AA\/deelnemers$/);
    await page.getByRole("searchbox", { name: "Zoeken" }).fill(naam);
    await page.getByRole("button", { name: "Zoeken" }).click();
    // The searched name stays on the server: the URL carries its opaque id (issue 18).
    await expect(page).toHaveURL(/\/beheer\/instellingen\/25AA\/deelnemers\?zoek=[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain(naam);
    const tabel = page.getByRole("table", { name: /Deelnemers/ });
    await expect(tabel.getByRole("columnheader", { name: /^Bekostiging/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nieuwe inschrijving" })).toHaveCount(0);
    await tabel.getByRole("link", { name: `${naam}, Eva` }).click();
    await expect(page).toHaveURL(/\/beheer\/instellingen\/25AA\/deelnemers\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: `Eva ${naam}` })).toBeVisible();
    // Read-only: no form links, no remove buttons.
    await expect(page.getByRole("link", { name: /wijzigen/i })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /verwijderen/i })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Historie" })).toContainText(`T-${run}-1`);
    await expectAccessible(page);

    // Both the list and the student page were written to the audit log with this actor.
    const audit = await page.request.get("/beheer/audit/export?entiteit=Persoon");
    expect(audit.status()).toBe(200);
    const text = (await audit.body()).toString("utf8");
    expect(text).toContain("medewerker@duo.example");
    expect(text).toContain("INZAGE");
    const lijsten = (await (await page.request.get("/beheer/audit/export?entiteit=Lijst")).body()).toString("utf8");
    expect(lijsten).toContain("deelnemers");
  });

  test("reads terugkoppeling, berichten, resultaten and verzuim with the school's filters and exports", async ({
    page,
  }) => {
    await page.goto("/beheer/instellingen/25AA/meldingen?status=AFGEKEURD");
    await expect(page.getByRole("heading", { level: 1, name: "Terugkoppeling" })).toBeVisible();
    await expect(page.getByLabel("Status")).toHaveValue("AFGEKEURD");
    await page.goto("/beheer/instellingen/25AA/berichten");
    await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
    await expect(page.getByRole("button", { name: /gelezen/ })).toHaveCount(0);
    await page.goto("/beheer/instellingen/25AA/resultaten");
    await expect(page.getByRole("heading", { level: 1, name: "Resultaten" })).toBeVisible();
    await page.goto("/beheer/instellingen/01AB/verzuim");
    await expect(page.getByRole("heading", { level: 1, name: "Verzuim" })).toBeVisible();
    for (const url of [
      "/beheer/instellingen/25AA/deelnemers/export",
      "/beheer/instellingen/25AA/meldingen/export",
      "/beheer/instellingen/01AB/verzuim/export",
      "/beheer/verzuim/export",
      "/beheer/overzicht/export",
      "/beheer/referentie/licenties/export",
    ]) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(200);
      expect((await response.body()).toString("utf8").startsWith("\uFEFF"), url).toBe(true);
    }
    // Users and leveranciers are DUO_BEHEERDER's.
    expect((await page.request.get("/beheer/gebruikers/export", { maxRedirects: 0 })).status()).toBe(404);
  });
});

test.describe("as a school's beheerder", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("DUO's views of a school are not there", async ({ page }) => {
    for (const url of [
      "/beheer/instellingen/25AA/deelnemers",
      "/beheer/instellingen/25AA/deelnemers/export",
      "/beheer/instellingen/25AA/meldingen",
    ]) {
      expect((await page.request.get(url, { maxRedirects: 0 })).status(), url).toBe(404);
    }
  });
});
