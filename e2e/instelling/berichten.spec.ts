// The inbox: it renders (with berichten or its empty state), filters, the reader may not mark read,
// another school's inbox is a 404, axe; and a kennisgeving of this run's own data, marked read.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { randomBsn, runId, sendUpload } from "../uploads/helpers";

const HEADER =
  "brin;inschrijvingsvolgnummer;bsn;geboortedatum;geslacht;achternaam;voornamen;datum_inschrijving;datum_uitschrijving_gepland;periode_begindatum;opleidingscode;leerweg;indicatie_bekostigbaar";

async function deliver(request: APIRequestContext, baseURL: string, brin: string, line: string): Promise<void> {
  const id = await sendUpload(request, baseURL, brin, "mbo-inschrijvingen", {
    name: `berichten-${brin}.csv`,
    text: `${HEADER}\n${line}`,
  });
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/instelling/${brin}/uploads/${id}/status`)).json()) as { status: string }).status,
      { timeout: 60_000 },
    )
    .toBe("KLAAR");
}

test.describe("as the beheerder of ROC Horizon", () => {
  test.use({ storageState: storageState("instBeheer") });

  // axe on this inbox: e2e/instelling/journey.spec.ts.
  test("the inbox renders", async ({ page }) => {
    const response = await page.goto("/instelling/25AA/berichten");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
    await expect(page.getByText("U heeft leesrechten")).toHaveCount(0);
    await expect(
      page.getByRole("table", { name: "Berichten, nieuwste eerst" }).or(page.getByText("U heeft nog geen berichten.")),
    ).toBeVisible();
  });

  test("the filter is a plain GET form and keeps its choices", async ({ page }) => {
    await page.goto("/instelling/25AA/berichten");
    await page.getByLabel("Soort bericht").selectOption("KENNISGEVING_UITSCHRIJVING");
    await page.getByLabel("Alleen ongelezen").check();
    await page.getByRole("button", { name: "Filteren" }).click();
    await expect(page).toHaveURL(/\/instelling\/25AA\/berichten\?soort=KENNISGEVING_UITSCHRIJVING&ongelezen=1$/);
    await expect(page.getByLabel("Soort bericht")).toHaveValue("KENNISGEVING_UITSCHRIJVING");
    await expect(
      page
        .getByRole("table", { name: "Berichten, nieuwste eerst" })
        .or(page.getByText("Geen berichten die aan het filter voldoen.")),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test("another institution's inbox is a 404", async ({ page }) => {
    expect((await page.request.get("/instelling/25BB/berichten", { maxRedirects: 0 })).status()).toBe(404);
    expect((await page.request.get("/instelling/01AB/berichten", { maxRedirects: 0 })).status()).toBe(404);
  });
});

test.describe("the reader of ROC Horizon", () => {
  test.use({ storageState: storageState("instLezer") });

  test("reads the inbox but cannot mark berichten as read", async ({ page }) => {
    await page.goto("/instelling/25AA/berichten");
    await expect(
      page.getByText("U heeft leesrechten: u kunt berichten lezen, maar niet als gelezen markeren."),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /Markeer/ })).toHaveCount(0);
    // axe on the reader's inbox: e2e/instelling/journey.spec.ts.
  });
});

test.describe("a primary school", () => {
  test.use({ storageState: storageState("ankerBeheer") });

  test("has its own inbox per school", async ({ page }) => {
    for (const brin of ["02CD", "03EF"]) {
      await page.goto(`/instelling/${brin}/berichten?soort=KENNISGEVING_INSCHRIJVING`);
      await expect(page.getByRole("heading", { level: 1, name: "Berichten" })).toBeVisible();
      await expect(
        page
          .getByRole("table", { name: "Berichten, nieuwste eerst" })
          .or(page.getByText("Geen berichten die aan het filter voldoen.")),
      ).toBeVisible();
    }
    await expectAccessible(page);
  });
});

test.describe("a kennisgeving of this run", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("reaches the first school when a second enrols the student, and is marked read there", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const run = runId();
    const bsn = randomBsn();
    await deliver(
      page.request,
      baseURL!,
      "25AA",
      `25AA;T-${run}-1;${bsn};2008-05-01;V;Bericht${run};Eva;2026-08-01;2029-07-31;2026-08-01;90003;BOL;J`,
    );
    const delta = await browser.newContext({ storageState: storageState("deltaBeheer") });
    await deliver(
      delta.request,
      baseURL!,
      "25BB",
      `25BB;T-${run}-9;${bsn};2008-05-01;V;Bericht${run};Eva;2026-09-01;2029-07-31;2026-09-01;90003;BOL;J`,
    );
    await delta.close();

    await page.goto("/instelling/25AA/berichten?soort=KENNISGEVING_INSCHRIJVING&ongelezen=1");
    const row = page.getByRole("row").filter({ hasText: `uw inschrijving T-${run}-1` });
    await expect(row).toContainText(
      `ROC Delta College (25BB) heeft de deelnemer van uw inschrijving T-${run}-1 ingeschreven per 01-09-2026.`,
    );
    await expect(row).toContainText("Ongelezen");
    // Nothing of the other school's enrolment beyond its brin, naam and date.
    await expect(row).not.toContainText(`T-${run}-9`);
    await expectAccessible(page);
    await row.getByRole("button", { name: /Markeer als gelezen/ }).click();
    await expect(page.getByRole("row").filter({ hasText: `uw inschrijving T-${run}-1` })).toHaveCount(0);

    await page.goto("/instelling/25AA/berichten?soort=KENNISGEVING_INSCHRIJVING");
    const read = page.getByRole("row").filter({ hasText: `uw inschrijving T-${run}-1` });
    await expect(read).toContainText("Gelezen");
    await read.getByRole("link", { name: "Bekijk deelnemer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Eva Bericht${run}` })).toBeVisible();
  });
});
