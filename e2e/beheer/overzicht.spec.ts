// The DUO back-office journey as medewerker@duo.example: the national overview with its charts, the
// drill-down into an institution, a logged person search across two institutions, and verzuim
// filtered and handled. The verzuimmelding handled is this spec's own; demo rows stay as they are.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { database, runId } from "../api/helpers";
import { expectAccessible } from "../axe";

test.use({ storageState: storageState("duoMedewerker") });

test("overview, drill-down, person search and verzuim", async ({ page }) => {
  test.setTimeout(120_000);
  const db = database();
  const run = runId();

  await test.step("the national overview has figures, charts with tables, and links to institutions", async () => {
    await page.goto("/beheer");
    await expect(page.getByRole("heading", { level: 1, name: "Landelijk overzicht" })).toBeVisible();
    await expect(page.getByText(/^Bijgewerkt op \d{2}-\d{2}-\d{4} \d{2}:\d{2}\.$/)).toBeVisible();
    // Only DUO_BEHEERDER refreshes by hand.
    await expect(page.getByRole("button", { name: "Nu vernieuwen" })).toHaveCount(0);
    await expect(page.getByRole("figure", { name: "Meldingen per dag (laatste 30 dagen)" })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Bekostiging per teldatum" })).toBeVisible();
    const perSector = page.getByRole("table").first();
    await expect(perSector.getByRole("rowheader", { name: "MBO" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "PO", exact: true }).click();
    await expect(page).toHaveURL(/\/beheer\?sector=PO$/);
    await expect(page.getByRole("link", { name: "ROC Horizon" })).toHaveCount(0);
    await page.getByRole("link", { name: "Alle sectoren" }).click();
    await page.getByRole("link", { name: "ROC Horizon" }).click();
  });

  await test.step("the drill-down shows uploads, funding, mandates and meldingen", async () => {
    await expect(page).toHaveURL(/\/beheer\/instellingen\/25AA$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("25AA");
    const uploads = page.getByRole("region", { name: "Uploads" });
    await expect(uploads.getByRole("link").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: "Mandaten" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "EduSoft BV" }).first()).toBeVisible();
    await expectAccessible(page);
    // Other specs upload to 25AA too, so the demo file may be on a later page: open it by its id.
    const demo = await db.upload.findFirstOrThrow({
      where: { brin: "25AA", bestandsnaam: "demo-mbo-inschrijvingen.csv" },
    });
    await page.goto(`/beheer/instellingen/25AA/uploads/${demo.id}`);
    await expect(page.getByRole("heading", { name: "Foutenrapport" })).toBeVisible();
  });

  await test.step("a person search wants a reason, logs it, and shows the person at both institutions", async () => {
    const [dubbel] = await db.$queryRaw<{ pgn: string; id: number }[]>`
      SELECT p.pgn, p.id FROM "Persoon" p JOIN "Inschrijving" i ON i."persoonId" = p.id
      GROUP BY p.id HAVING COUNT(DISTINCT i.brin) >= 2 ORDER BY p.id LIMIT 1`;
    expect(dubbel, "the demo register has a person enrolled at two institutions").toBeTruthy();
    await page.goto("/beheer/personen");
    await page.getByLabel("BSN of onderwijsnummer").fill(dubbel!.pgn);
    await page.getByLabel("Reden van inzage").fill("kort");
    await page.getByRole("button", { name: "Zoeken en inzage vastleggen" }).click();
    await expect(page.getByText("Geef een reden van minstens 10 tekens.")).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Persoon:/ })).toHaveCount(0);
    // The form keeps what was typed after an error.
    await expect(page.getByLabel("BSN of onderwijsnummer")).toHaveValue(dubbel!.pgn);

    const reden = `E2E ${run}: controle dubbele inschrijving`;
    await page.getByLabel("Reden van inzage").fill(reden);
    await page.getByRole("button", { name: "Zoeken en inzage vastleggen" }).click();
    await expect(page.getByRole("heading", { name: /^Persoon:/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /\(25AA\)$/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /\(25BB\)$/ })).toBeVisible();
    // No PGN in the address bar.
    expect(page.url()).not.toContain(dubbel!.pgn);
    const audit = await db.auditEvent.findFirst({ where: { actie: "INZAGE", entiteit: "Persoon", reden } });
    expect(audit).toMatchObject({ actor: "medewerker@duo.example", sleutel: String(dubbel!.id) });
    await expectAccessible(page);
  });

  await test.step("verzuim is filtered and a behandelstatus set", async () => {
    const [leerling] = await db.$queryRaw<
      { persoonId: number }[]
    >`SELECT "persoonId" FROM "Inschrijving" WHERE brin = '01AB' ORDER BY id LIMIT 1`;
    const volgnummer = `OV-${run}`;
    const eigen = await db.verzuimmelding.create({
      data: {
        brin: "01AB",
        verzuimvolgnummer: volgnummer,
        persoonId: leerling!.persoonId,
        soort: "OVERIG",
        datumBegin: new Date("2025-01-06T00:00:00Z"),
        toelichting: `e2e ${run}`,
      },
    });
    await page.goto("/beheer/verzuim");
    await page.getByLabel("School").selectOption("01AB");
    await page.getByLabel("Soort").selectOption("OVERIG");
    await page.getByLabel("Behandelstatus", { exact: true }).selectOption("GEMELD");
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/brin=01AB&soort=OVERIG&behandelstatus=GEMELD/);
    const rij = page.getByRole("row").filter({ hasText: volgnummer });
    await expect(rij).toBeVisible();
    await expectAccessible(page);
    await rij.getByLabel(`Behandelstatus van 01AB ${volgnummer}`, { exact: true }).selectOption("AFGEHANDELD");
    await rij.getByRole("button", { name: `Behandelstatus van 01AB ${volgnummer} opslaan` }).click();
    await expect(page.getByText("Behandelstatus opgeslagen.")).toBeVisible();
    expect((await db.verzuimmelding.findUniqueOrThrow({ where: { id: eigen.id } })).behandelstatus).toBe("AFGEHANDELD");
    const audit = await db.auditEvent.findFirst({
      where: { entiteit: "Verzuimmelding", sleutel: `01AB:${volgnummer}` },
    });
    expect(audit).toMatchObject({
      actor: "medewerker@duo.example",
      voor: { behandelstatus: "GEMELD" },
      na: { behandelstatus: "AFGEHANDELD" },
    });
  });
});
