// The register journey of the issue "register", once per role, with this run's own students
// (T- volgnummers): a small file with one bad row through the upload page → its progress and
// counts → the error report with the code → the student list, searched → the student's detail →
// the inschrijving changed through its form → the inbox. axe once on every page of the way; the
// reader walks the same pages read-only, sees no upload or form controls, and a form post sent
// with the reader's session is refused and changes nothing.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { randomBsn, runId, sendUpload } from "../uploads/helpers";

// Three independent journeys with their own students: spread over both workers.
test.describe.configure({ mode: "parallel" });

type Sector = {
  brin: string;
  soort: "mbo-inschrijvingen" | "po-inschrijvingen";
  radio: string;
  lijst: string;
  naarDeelnemer: string;
  /** The file: a good row (file row 2) and a bad one (file row 3) of this run. */
  csv(run: string, naam: string, bsn: string): string;
  fout: { code: string; kolom: string };
  /** Changes the inschrijving in its form; returns what the periode's second cell (leerweg, groep) shows afterwards. */
  wijzig(page: Page): Promise<string>;
};

const MBO: Sector = {
  brin: "25AA",
  soort: "mbo-inschrijvingen",
  radio: "Inschrijvingen (mbo)",
  lijst: "Deelnemers",
  naarDeelnemer: "Naar de deelnemer",
  csv: (run, naam, bsn) =>
    [
      "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar",
      `25AA;T-${run}-1;${bsn};2008-05-01;V;${naam};Eva;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
      `25AA;T-${run}-2;${randomBsn()};2008-06-02;X;${naam};Noor;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
    ].join("\n"),
  fout: { code: "F06", kolom: "geslacht" },
  async wijzig(page) {
    await page
      .getByRole("group", { name: "Periode 1" })
      .getByLabel("Leerweg (verplicht)", { exact: true })
      .selectOption("BBL");
    return "BBL";
  },
};

const PO: Sector = {
  brin: "01AB",
  soort: "po-inschrijvingen",
  radio: "Inschrijvingen (po)",
  lijst: "Leerlingen",
  naarDeelnemer: "Naar de leerling",
  csv: (run, naam, bsn) =>
    [
      "brin,inschrijvingsvolgnummer,bsn,geboortedatum,geslacht,achternaam,voornamen,datum_inschrijving,periode_begindatum,vestigingscode,groep",
      `01AB,T-${run}-1,${bsn},2019-03-14,V,${naam},Eva,2026-08-01,2026-08-01,01AB00,3`,
      `01AB,T-${run}-2,${randomBsn()},2019-01-20,O,${naam},Noor,2026-08-01,2026-08-01,01AB00,9`,
    ].join("\n"),
  fout: { code: "F06", kolom: "groep" },
  async wijzig(page) {
    await page
      .getByRole("group", { name: "Periode 1" })
      .getByLabel("Groep (verplicht)", { exact: true })
      .selectOption("4");
    return "4";
  },
};

/** The first periode's second cell on the detail page: the leerweg (mbo) or the groep (po). */
const periodeCel = (page: Page, run: string) =>
  page
    .getByRole("region", { name: `Inschrijving T-${run}-1` })
    .getByRole("table", { name: "Perioden" })
    .getByRole("row")
    .nth(1)
    .getByRole("cell")
    .nth(1);

const stat = (page: Page, label: string) =>
  page
    .getByTestId("upload-aantallen")
    .locator("div")
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");

/** The upload page's counts and error report of a finished upload of the journey's file. */
async function expectReport(page: Page, sector: Sector): Promise<void> {
  await expect(page.getByTestId("upload-status")).toHaveText("Klaar", { timeout: 60_000 });
  await expect(page.getByRole("progressbar", { name: "Voortgang van de verwerking" })).toHaveAttribute(
    "aria-valuenow",
    "100",
  );
  await expect(stat(page, "Rijen")).toHaveText("2");
  await expect(stat(page, "Verwerkt")).toHaveText("1");
  await expect(stat(page, "Afgekeurd")).toHaveText("1");
  const perCode = page.getByRole("table", { name: "Afkeuringen per code" });
  const codeRij = perCode.getByRole("row").filter({ has: page.getByRole("rowheader", { name: sector.fout.code }) });
  await expect(codeRij.getByRole("cell").first()).toHaveText("1");
  await expect(codeRij.getByRole("rowheader").getByRole("link")).toHaveAttribute(
    "href",
    `/help/codes#${sector.fout.code}`,
  );
  const regels = page.getByRole("table", { name: /^Pagina 1 van 1/ }).getByRole("row");
  await expect(regels).toHaveCount(2);
  await expect(regels.nth(1)).toContainText(new RegExp(`3\\s*${sector.fout.kolom}\\s*${sector.fout.code}`));
}

/** The student list searched by this run's name: the good row's student only, masked. */
async function searchStudent(
  page: Page,
  sector: Sector,
  naam: string,
  bsn: string,
  run: string,
  onList?: () => Promise<void>,
): Promise<void> {
  await page.goto(`/instelling/${sector.brin}/deelnemers`);
  await expect(page.getByRole("heading", { level: 1, name: sector.lijst })).toBeVisible();
  await onList?.();
  await page.getByRole("searchbox", { name: "Zoeken" }).fill(naam);
  await page.getByRole("button", { name: "Zoeken" }).click();
  const tabel = page.getByRole("table", { name: new RegExp(sector.lijst) });
  await expect(tabel.getByRole("row")).toHaveCount(2);
  await expect(tabel.getByRole("row").nth(1)).toContainText(`T-${run}-1`);
  await expect(tabel.getByRole("row").nth(1)).toContainText(`*****${bsn.slice(-4)}`);
  await expectAccessible(page);
  await tabel.getByRole("link", { name: `${naam}, Eva` }).click();
  await expect(page).toHaveURL(new RegExp(`/instelling/${sector.brin}/deelnemers/\\d+$`));
  await expect(page.getByRole("heading", { level: 1, name: `Eva ${naam}` })).toBeVisible();
  await expect(page.getByText(bsn, { exact: true })).toBeVisible();
}

async function inbox(page: Page, brin: string, leesrechten: boolean): Promise<void> {
  await page.goto(`/instelling/${brin}/berichten`);
  await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Berichten, nieuwste eerst" }).or(page.getByText("U heeft nog geen berichten.")),
  ).toBeVisible();
  await expect(
    page.getByText("U heeft leesrechten: u kunt berichten lezen, maar niet als gelezen markeren."),
  ).toHaveCount(leesrechten ? 1 : 0);
  await expectAccessible(page);
}

for (const [role, sector] of [
  ["instBeheer", MBO],
  ["poBeheer", PO],
] as const) {
  test.describe(`the beheerder of ${sector.brin}`, () => {
    test.use({ storageState: storageState(role) });

    test(`upload → error report → ${sector.lijst.toLowerCase()} → detail → form → inbox`, async ({ page }) => {
      test.setTimeout(120_000);
      const run = runId();
      const naam = `Reis${run}`;
      const bsn = randomBsn();

      // The upload page: the file through the form.
      await page.goto(`/instelling/${sector.brin}/uploads`);
      await expect(page.getByRole("heading", { level: 1, name: "Bestanden aanleveren" })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole("radio", { name: sector.radio }).check();
      await page.getByLabel("CSV-bestand").setInputFiles({
        name: `reis-${run}.csv`,
        mimeType: "text/csv",
        buffer: Buffer.from(sector.csv(run, naam, bsn)),
      });
      await page.getByRole("button", { name: "Bestand aanleveren" }).click();

      // Progress to KLAAR, the counts and the error report with the code.
      await expect(page).toHaveURL(new RegExp(`/instelling/${sector.brin}/uploads/[0-9a-f-]{36}$`));
      await expectReport(page, sector);
      await expectAccessible(page);

      // The list, searched; the student's detail.
      await searchStudent(page, sector, naam, bsn, run);
      await expectAccessible(page);

      // The inschrijving changed through its form; the detail shows the change.
      const inschrijving = page.getByRole("region", { name: `Inschrijving T-${run}-1` });
      await inschrijving.getByRole("link", { name: `Wijzigen inschrijving T-${run}-1` }).click();
      await expect(page.getByRole("heading", { level: 1, name: `Inschrijving T-${run}-1 wijzigen` })).toBeVisible();
      await expectAccessible(page);
      const nieuw = await sector.wijzig(page);
      await page.getByRole("button", { name: "Opslaan" }).click();
      await expect(page.getByRole("heading", { name: "Verwerkt: de wijziging is opgeslagen" })).toBeVisible();
      await page.getByRole("link", { name: sector.naarDeelnemer, exact: true }).click();
      await expect(periodeCel(page, run)).toHaveText(nieuw);

      // The inbox.
      await inbox(page, sector.brin, false);
    });
  });
}

/** Waits until an upload sent over HTTP is processed. */
async function processed(request: APIRequestContext, brin: string, id: string): Promise<void> {
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/instelling/${brin}/uploads/${id}/status`)).json()) as { status: string }).status,
      { timeout: 60_000 },
    )
    .toBe("KLAAR");
}

test.describe("the reader of ROC Horizon", () => {
  test.use({ storageState: storageState("instLezer") });

  test("walks the same pages read-only, and a form post with the reader's session is refused", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const run = runId();
    const naam = `Reis${run}`;
    const bsn = randomBsn();
    // The school's beheerder delivers the file (over HTTP: the page is the beheerder's journey above).
    const beheer = await browser.newContext({ storageState: storageState("instBeheer") });
    const id = await sendUpload(beheer.request, baseURL!, "25AA", MBO.soort, {
      name: `reis-${run}.csv`,
      text: MBO.csv(run, naam, bsn),
    });
    await processed(beheer.request, "25AA", id);

    // The upload list without the form, and the report.
    await page.goto("/instelling/25AA/uploads");
    await expect(page.getByRole("heading", { level: 2, name: "Aangeleverde bestanden" })).toBeVisible();
    await expect(page.getByText("U heeft leesrechten")).toBeVisible();
    await expect(page.getByRole("button", { name: "Bestand aanleveren" })).toHaveCount(0);
    await expect(page.getByLabel("CSV-bestand")).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole("link", { name: `reis-${run}.csv` }).click();
    await expectReport(page, MBO);
    await expectAccessible(page);

    // The list without "Nieuwe inschrijving", the detail without forms.
    await searchStudent(page, MBO, naam, bsn, run, async () =>
      expect(page.getByRole("link", { name: "Nieuwe inschrijving" })).toHaveCount(0),
    );
    for (const name of ["Wijzigen", "Bpv toevoegen", "Resultaat toevoegen"])
      await expect(page.getByRole("link", { name })).toHaveCount(0);
    await expect(page.locator("main summary")).toHaveCount(0);
    await expectAccessible(page);
    const detailPath = new URL(page.url()).pathname;
    expect((await page.request.get(`${detailPath}/wijzigen`, { maxRedirects: 0 })).status()).toBe(404);

    // The beheerder's own post of the change form, caught before it reaches the server…
    const beheerPage = await beheer.newPage();
    let post: { headers: Record<string, string>; body: Buffer } | null = null;
    await beheerPage.route(`**${detailPath}/wijzigen`, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const headers = Object.fromEntries(
        Object.entries(await route.request().allHeaders()).filter(
          ([k]) => !["cookie", "content-length", "host"].includes(k),
        ),
      );
      post = { headers, body: route.request().postDataBuffer()! };
      await route.abort();
    });
    await beheerPage.goto(`${detailPath}/wijzigen`);
    await MBO.wijzig(beheerPage);
    await beheerPage.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => post !== null).toBe(true);
    const { headers, body } = post!;

    // …sent with the reader's session is refused and changes nothing…
    expect((await page.request.post(`${detailPath}/wijzigen`, { headers, data: body, maxRedirects: 0 })).status()).toBe(
      404,
    );
    await page.reload();
    await expect(periodeCel(page, run)).toHaveText("BOL");
    // …while the very same post with the beheerder's session is a valid one.
    expect(
      (await beheer.request.post(`${detailPath}/wijzigen`, { headers, data: body, maxRedirects: 0 })).status(),
    ).toBe(200);
    await page.reload();
    await expect(periodeCel(page, run)).toHaveText("BBL");
    await beheer.close();

    // The inbox, without "mark as read".
    await inbox(page, "25AA", true);
    await expect(page.getByRole("button", { name: /Markeer/ })).toHaveCount(0);
  });
});
