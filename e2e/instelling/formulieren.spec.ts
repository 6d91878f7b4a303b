// The entry forms with this run's own students (T- volgnummers, BSNs starting with 8): the
// beheerder adds and changes an inschrijving, a BPV and a resultaat, sees afkeuringen beside their
// fields and the terugkoppeling after success, and removes records; the reader sees no forms, gets
// 404 on every form URL, and a replayed form post is refused. axe on every form page and state.
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { runId } from "../uploads/helpers";

const run = runId();

/** A BSN of the test range (starting with 8, never in the demo data) that passes the elfproef. */
function testBsn(): string {
  for (;;) {
    const digits = [8, ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    const last = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (last <= 9) return [...digits, last].join("");
  }
}

const veld = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

/** The field shows the afkeuring beside it: invalid, described by the code and message, the code linked. */
async function expectAfkeuring(field: Locator, code: string, melding: string): Promise<void> {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(
    new RegExp(`${code} ${melding.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
  );
}

async function newContext(browser: Browser, role: Parameters<typeof storageState>[0]) {
  return browser.newContext({ storageState: storageState(role) });
}

const volgnummer = `T-${run}-1`;
const bsn = testBsn();
const naam = `Formulier${run}`;
let detailPath = "";

test.describe.serial("the beheerder's forms for an mbo student", () => {
  // Journeys of several pages and meldingen each, on a machine whose two cores are shared.
  test.describe.configure({ timeout: 120_000 });
  test.use({ storageState: storageState("instBeheer") });

  test("a new inschrijving: an afkeuring beside its field, then the terugkoppeling with funding", async ({ page }) => {
    await page.goto("/instelling/25AA/deelnemers");
    await page.getByRole("link", { name: "Nieuwe inschrijving" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Nieuwe inschrijving" })).toBeVisible();
    await expectAccessible(page);

    await veld(page, "BSN").fill(bsn);
    await veld(page, "Geboortedatum (verplicht)").fill("14-03-2005");
    await veld(page, "Geslacht (verplicht)").selectOption("V");
    await veld(page, "Voornamen").fill("Eva");
    await veld(page, "Achternaam").fill(naam);
    await veld(page, "Postcode").fill("3521AB");
    await veld(page, "Inschrijvingsvolgnummer (verplicht)").fill(volgnummer);
    await veld(page, "Datum inschrijving (verplicht)").fill("01-08-2026");
    await veld(page, "Geplande datum uitschrijving (verplicht)").fill("31-07-2029");
    const periode = page.getByRole("group", { name: "Periode 1" });
    await veld(periode, "Begindatum (verplicht)").fill("01-08-2026");
    await veld(periode, "Opleidingscode (verplicht)").fill("12345");
    await veld(periode, "Leerweg (verplicht)").selectOption("BOL");
    await page.getByRole("button", { name: "Opslaan" }).click();

    const samenvatting = page.getByRole("alert").filter({ hasText: "De melding is afgekeurd" });
    await expect(samenvatting).toBeFocused();
    await expect(samenvatting.getByRole("link", { name: "Periode 1: Opleidingscode" })).toHaveAttribute(
      "href",
      "#veld-perioden-0-opleidingscode",
    );
    const opleiding = veld(periode, "Opleidingscode (verplicht)");
    await expectAfkeuring(opleiding, "R02", "Opleiding 12345 is niet bekend in RIO.");
    await expect(periode.getByRole("link", { name: "R02" })).toHaveAttribute("href", "/help/codes#R02");
    // Everything typed is still there.
    await expect(veld(page, "Achternaam")).toHaveValue(naam);
    await expectAccessible(page);

    await opleiding.fill("90003");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: het record is toegevoegd" })).toBeFocused();
    await expect(page.getByText("Geen signalen.")).toBeVisible();
    const oktober = page
      .getByRole("table", { name: /Bekostiging van dit record/ })
      .getByRole("row")
      .filter({ hasText: "01-10-2026" });
    await expect(oktober).toContainText("Bekostigd");
    await expect(oktober.getByRole("cell").last()).toHaveText("1,30");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Naar de deelnemer", exact: true }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/deelnemers\/\d+$/);
    await expect(page.getByRole("heading", { level: 1, name: `Eva ${naam}` })).toBeVisible();
    detailPath = new URL(page.url()).pathname;
    // The form's melding is in the terugkoppeling of the student, with its source.
    await expect(
      page
        .getByRole("table", { name: /Meldingen op de sleutels/ })
        .getByRole("row")
        .filter({ hasText: "Formulier" })
        .first(),
    ).toContainText("Verwerkt");
    // axe on a student's detail page and on the change form: e2e/instelling/journey.spec.ts.
  });

  test("changing the inschrijving to BBL gives S04 and M06 in the terugkoppeling", async ({ page }) => {
    await page.goto(detailPath);
    await page
      .getByRole("region", { name: `Inschrijving ${volgnummer}` })
      .getByRole("link", { name: `Wijzigen inschrijving ${volgnummer}` })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: `Inschrijving ${volgnummer} wijzigen` })).toBeVisible();
    // The PGN is fixed and not shown in full outside the detail page.
    await expect(page.getByText(`*****${bsn.slice(-4)}`)).toBeVisible();
    await expect(page.locator("main")).not.toContainText(bsn);

    await veld(page.getByRole("group", { name: "Periode 1" }), "Leerweg (verplicht)").selectOption("BBL");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: de wijziging is opgeslagen" })).toBeVisible();
    await expect(page.getByRole("link", { name: "S04" })).toHaveAttribute("href", "/help/codes#S04");
    await expect(page.getByText("BBL-inschrijving zonder beroepspraktijkvorming (bpv).")).toBeVisible();
    const oktober = page
      .getByRole("table", { name: /Bekostiging van dit record/ })
      .getByRole("row")
      .filter({ hasText: "01-10-2026" });
    await expect(oktober).toContainText("Niet bekostigd");
    await expect(oktober.getByRole("link", { name: "M06" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a BPV: F07 beside the planned end, then funded again; the BPV changed in its own form", async ({ page }) => {
    await page.goto(detailPath);
    await page.getByRole("link", { name: `Bpv toevoegen inschrijving ${volgnummer}` }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Bpv toevoegen aan inschrijving ${volgnummer}` }),
    ).toBeVisible();
    await expectAccessible(page);
    await veld(page, "Bpv-volgnummer (verplicht)").fill("B1");
    await veld(page, "Leerbedrijf-id (verplicht)").fill("123456789");
    await veld(page, "Opleidingscode (verplicht)").fill("90003");
    await veld(page, "Afsluitdatum (verplicht)").fill("15-08-2026");
    await veld(page, "Datum begin (verplicht)").fill("01-09-2026");
    await veld(page, "Geplande datum einde (verplicht)").fill("31-08-2026");
    await veld(page, "Omvang in uren (verplicht)").fill("800");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expectAfkeuring(
      veld(page, "Geplande datum einde (verplicht)"),
      "F07",
      "De geplande datum einde (2026-08-31) ligt vóór 2026-09-01.",
    );
    await expectAccessible(page);

    await veld(page, "Geplande datum einde (verplicht)").fill("30-06-2027");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: het record is toegevoegd" })).toBeVisible();
    const oktober = page
      .getByRole("table", { name: /Bekostiging van dit record/ })
      .getByRole("row")
      .filter({ hasText: "01-10-2026" });
    await expect(oktober).toContainText("Bekostigd");
    await expect(oktober.getByRole("cell").last()).toHaveText("0,52");

    await page.getByRole("link", { name: "Naar de deelnemer", exact: true }).click();
    await page
      .getByRole("table", { name: "Beroepspraktijkvorming (bpv)" })
      .getByRole("link", { name: "Wijzigen bpv B1" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Bpv B1 wijzigen" })).toBeVisible();
    await expect(veld(page, "Omvang in uren (verplicht)")).toHaveValue("800");
    await expect(veld(page, "Datum begin (verplicht)")).toHaveValue("01-09-2026");
    await expectAccessible(page);
    await veld(page, "Omvang in uren (verplicht)").fill("600");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: de wijziging is opgeslagen" })).toBeVisible();
  });

  test("a resultaat with its diploma funding; the same form again changes nothing", async ({ page }) => {
    await page.goto(detailPath);
    await page.getByRole("link", { name: "Resultaat toevoegen" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Resultaat toevoegen" })).toBeVisible();
    await expect(veld(page, "Inschrijvingsvolgnummer (verplicht)")).toHaveValue(volgnummer);
    await expectAccessible(page);
    await veld(page, "Resultaatvolgnummer (verplicht)").fill(`T-${run}-R`);
    await veld(page, "Datum behaald (verplicht)").fill("01-07-2026");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: het record is toegevoegd" })).toBeVisible();
    const jaar = page
      .getByRole("table", { name: /Bekostiging van dit record/ })
      .getByRole("row")
      .filter({ hasText: "Kalenderjaar 2026" });
    await expect(jaar).toContainText("Bekostigd");
    await expect(jaar.getByRole("cell").last()).toHaveText("3,00");

    await page.getByRole("link", { name: "Naar de deelnemer", exact: true }).click();
    await page.getByRole("link", { name: `Wijzigen resultaat T-${run}-R` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Resultaat T-${run}-R wijzigen` })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: er was niets te wijzigen" })).toBeVisible();
  });

  test("the reader of the school sees no forms, gets 404 on each, and a replayed form post is refused", async ({
    page,
    browser,
  }) => {
    const lezer = await newContext(browser, "instLezer");
    const lezerPage = await lezer.newPage();
    await lezerPage.goto(detailPath);
    await expect(lezerPage.getByRole("heading", { level: 1, name: `Eva ${naam}` })).toBeVisible();
    for (const name of ["Wijzigen", "Bpv toevoegen", "Resultaat toevoegen"])
      await expect(lezerPage.getByRole("link", { name })).toHaveCount(0);
    await expect(lezerPage.locator("main summary")).toHaveCount(0);
    await expect(lezerPage.getByRole("button", { name: /Ja, verwijder/ })).toHaveCount(0);
    await lezerPage.goto("/instelling/25AA/deelnemers");
    await expect(lezerPage.getByRole("link", { name: "Nieuwe inschrijving" })).toHaveCount(0);

    const formulieren = [
      "/instelling/25AA/deelnemers/nieuw",
      ...["wijzigen", "bpv/nieuw", "bpv/B1/wijzigen", "resultaten/nieuw", `resultaten/T-${run}-R/wijzigen`].map(
        (p) => `${detailPath}/${p}`,
      ),
    ];
    const delta = await newContext(browser, "deltaBeheer");
    for (const url of formulieren) {
      const asLezer = await lezer.request.get(url, { maxRedirects: 0 });
      expect(asLezer.status(), `${url} as the reader`).toBe(404);
      // Another school's beheerder: a 404 as well, also under their own brin.
      expect((await delta.request.get(url, { maxRedirects: 0 })).status(), `${url} as another school`).toBe(404);
      if (url.startsWith(detailPath))
        expect(
          (await delta.request.get(url.replace("/25AA/", "/25BB/"), { maxRedirects: 0 })).status(),
          `${url} under 25BB`,
        ).toBe(404);
      expect((await page.request.get(url, { maxRedirects: 0 })).status(), `${url} as the beheerder`).toBe(200);
    }
    await delta.close();

    // The beheerder's own post of a new inschrijving, caught before it reaches the server…
    const gevangen = `T-${run}-L`;
    let post: { headers: Record<string, string>; body: Buffer } | null = null;
    await page.route("**/instelling/25AA/deelnemers/nieuw", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      // The session is the replaying context's own; length and host are set anew.
      const headers = Object.fromEntries(
        Object.entries(await route.request().allHeaders()).filter(
          ([k]) => !["cookie", "content-length", "host"].includes(k),
        ),
      );
      post = { headers, body: route.request().postDataBuffer()! };
      await route.abort();
    });
    await page.goto("/instelling/25AA/deelnemers/nieuw");
    await veld(page, "BSN").fill(testBsn());
    await veld(page, "Geboortedatum (verplicht)").fill("01-01-2006");
    await veld(page, "Geslacht (verplicht)").selectOption("M");
    await veld(page, "Inschrijvingsvolgnummer (verplicht)").fill(gevangen);
    await veld(page, "Datum inschrijving (verplicht)").fill("01-08-2026");
    await veld(page, "Geplande datum uitschrijving (verplicht)").fill("31-07-2028");
    const periode = page.getByRole("group", { name: "Periode 1" });
    await veld(periode, "Begindatum (verplicht)").fill("01-08-2026");
    await veld(periode, "Opleidingscode (verplicht)").fill("90003");
    await veld(periode, "Leerweg (verplicht)").selectOption("BOL");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => post !== null).toBe(true);
    const { headers, body } = post!;

    // …sent by the reader is refused and stores nothing…
    const refused = await lezer.request.post("/instelling/25AA/deelnemers/nieuw", {
      headers,
      data: body,
      maxRedirects: 0,
    });
    expect(refused.status()).toBe(404);
    const zoek = async () => (await page.request.get(`/instelling/25AA/deelnemers/export?q=${gevangen}`)).text();
    expect(await zoek()).not.toContain(gevangen);
    // …while the very same post by the beheerder is a valid one.
    const accepted = await page.request.post("/instelling/25AA/deelnemers/nieuw", {
      headers,
      data: body,
      maxRedirects: 0,
    });
    expect(accepted.status()).toBe(200);
    expect(await zoek()).toContain(gevangen);
    await lezer.close();
  });

  test("removing: R07 while a resultaat refers to the inschrijving, then the resultaat, the BPV and the inschrijving", async ({
    page,
  }) => {
    await page.goto(detailPath);
    const inschrijving = page.getByRole("region", { name: `Inschrijving ${volgnummer}` });
    await inschrijving.getByText(`Verwijderen inschrijving ${volgnummer}`).click();
    await expectAccessible(page);
    await inschrijving.getByRole("button", { name: `Ja, verwijder inschrijving ${volgnummer}` }).click();
    const weigering = inschrijving.getByRole("alert");
    await expect(weigering).toContainText("Niet verwijderd:");
    await expect(weigering).toContainText(
      "Er hoort nog een resultaat bij deze inschrijving; verwijder eerst het resultaat.",
    );
    await expect(weigering.getByRole("link", { name: "R07" })).toHaveAttribute("href", "/help/codes#R07");

    await page.getByText(`Verwijderen resultaat T-${run}-R`).click();
    await page.getByRole("button", { name: `Ja, verwijder resultaat T-${run}-R` }).click();
    await expect(page.getByRole("status").filter({ hasText: `Resultaat T-${run}-R is verwijderd.` })).toBeVisible();
    await expect(page.getByText("Geen resultaten geregistreerd.")).toBeVisible();

    await page.getByText("Verwijderen bpv B1").click();
    await page.getByRole("button", { name: "Ja, verwijder bpv B1" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Bpv B1 is verwijderd." })).toBeVisible();
    // Without its BPV the BBL inschrijving has S04 again.
    await expect(
      page.getByRole("region", { name: `Inschrijving ${volgnummer}` }).getByRole("link", { name: "S04" }),
    ).toBeVisible();
    await expectAccessible(page);

    await page
      .getByRole("region", { name: `Inschrijving ${volgnummer}` })
      .getByText(`Verwijderen inschrijving ${volgnummer}`)
      .click();
    await page.getByRole("button", { name: `Ja, verwijder inschrijving ${volgnummer}` }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/deelnemers\?verwijderd=inschrijving/);
    await expect(
      page.getByRole("status").filter({ hasText: `Inschrijving ${volgnummer} is verwijderd.` }),
    ).toBeVisible();
    expect((await page.request.get(detailPath)).status()).toBe(404);
  });
});

test.describe.serial("the beheerder's forms for a po pupil", () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ storageState: storageState("poBeheer") });
  const leerling = `T-${run}-P`;
  const verzuim = `T-${run}-V`;
  let pupilPath = "";

  test("a new po inschrijving with vestiging and groep", async ({ page }) => {
    await page.goto("/instelling/01AB/deelnemers/nieuw");
    await expectAccessible(page);
    await veld(page, "BSN").fill(testBsn());
    await veld(page, "Geboortedatum (verplicht)").fill("01-05-2019");
    await veld(page, "Geslacht (verplicht)").selectOption("M");
    await veld(page, "Voornamen").fill("Sem");
    await veld(page, "Achternaam").fill(naam);
    await veld(page, "Inschrijvingsvolgnummer (verplicht)").fill(leerling);
    await veld(page, "Datum inschrijving (verplicht)").fill("15-08-2025");
    const periode = page.getByRole("group", { name: "Periode 1" });
    await veld(periode, "Begindatum (verplicht)").fill("15-08-2025");
    await veld(periode, "Vestiging (verplicht)").selectOption("01AB00");
    await veld(periode, "Groep (verplicht)").selectOption("2");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: het record is toegevoegd" })).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: /Bekostiging van dit record/ })
        .getByRole("row")
        .filter({ hasText: "01-02-2026" }),
    ).toContainText("Bekostigd");
    await page.getByRole("link", { name: "Naar de leerling", exact: true }).click();
    await expect(page).toHaveURL(/\/instelling\/01AB\/deelnemers\/\d+$/);
    pupilPath = new URL(page.url()).pathname;
  });

  test("a verzuimmelding: F10 beside the datum einde, then stored, changed and removed", async ({ page }) => {
    await page.goto(pupilPath);
    await page.getByRole("link", { name: "Verzuimmelding toevoegen" }).click();
    await expectAccessible(page);
    await veld(page, "Verzuimvolgnummer (verplicht)").fill(verzuim);
    await veld(page, "Soort verzuim (verplicht)").selectOption("LRV");
    await veld(page, "Datum begin (verplicht)").fill("02-03-2026");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expectAfkeuring(veld(page, "Datum einde"), "F10", "Bij verzuim van soort LRV is een datum einde verplicht.");
    await expectAccessible(page);
    await veld(page, "Datum einde").fill("27-03-2026");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: het record is toegevoegd" })).toBeVisible();

    await page.getByRole("link", { name: "Naar de leerling", exact: true }).click();
    await page.getByRole("link", { name: `Wijzigen verzuimmelding ${verzuim}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Verzuimmelding ${verzuim} wijzigen` })).toBeVisible();
    await expectAccessible(page);
    await veld(page, "Toelichting").fill("Gesprek met de ouders gepland.");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { name: "Verwerkt: de wijziging is opgeslagen" })).toBeVisible();

    await page.getByRole("link", { name: "Naar de leerling", exact: true }).click();
    await expect(page.getByRole("table", { name: "Verzuimmeldingen" })).toContainText("Gesprek met de ouders gepland.");
    await page.getByText(`Verwijderen verzuimmelding ${verzuim}`).click();
    await page.getByRole("button", { name: `Ja, verwijder verzuimmelding ${verzuim}` }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `Verzuimmelding ${verzuim} is verwijderd.` }),
    ).toBeVisible();
    await expect(page.getByText("Geen verzuim gemeld.")).toBeVisible();
  });
});
