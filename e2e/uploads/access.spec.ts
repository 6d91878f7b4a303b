// Who may see and send uploads: the reader sees the list and an upload but no form and cannot send;
// another school's upload is a 404 everywhere; a cross-site POST is refused.
import { expect, test, type APIResponse, type Browser } from "@playwright/test";
import { storageState, type RoleKey } from "../accounts";
import { expectAccessible } from "../axe";
import { fixture, sendUpload } from "./helpers";

let uploadId = "";

/** The portal's JSON routes refuse as the API does: problem+json, the Dutch message in `detail`. */
async function expectProblem(response: APIResponse, status: number, detail: RegExp) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("application/problem+json");
  expect(await response.json()).toMatchObject({
    status,
    title: expect.any(String),
    detail: expect.stringMatching(detail),
  });
}

async function as(browser: Browser, role: RoleKey, baseURL: string | undefined) {
  return browser.newContext({ storageState: storageState(role), baseURL });
}

test.beforeAll(async ({ browser, baseURL }) => {
  const context = await as(browser, "instBeheer", baseURL);
  uploadId = await sendUpload(
    context.request,
    baseURL!,
    "25AA",
    "mbo-inschrijvingen",
    fixture("mbo-inschrijvingen.csv"),
  );
  await context.close();
});

test.describe("the reader of ROC Horizon", () => {
  test.use({ storageState: storageState("instLezer") });

  test("sees the list and the upload, but no form", async ({ page }) => {
    await page.goto("/instelling/25AA/uploads");
    await expect(page.getByRole("heading", { name: "Aangeleverde bestanden" })).toBeVisible();
    await expect(page.getByText("U heeft leesrechten")).toBeVisible();
    await expect(page.getByRole("button", { name: "Bestand aanleveren" })).toHaveCount(0);
    await expect(page.getByLabel("CSV-bestand")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /mbo-inschrijvingen-.*\.csv/ }).first()).toBeVisible();

    // axe on both pages as the reader: e2e/instelling/journey.spec.ts.
    await page.goto(`/instelling/25AA/uploads/${uploadId}`);
    await expect(page.getByTestId("upload-status")).toBeVisible();
  });

  test("cannot send a file, even from the portal's own origin", async ({ page, baseURL }) => {
    const response = await page.request.post("/instelling/25AA/uploads/bestand?soort=mbo-inschrijvingen", {
      headers: { Origin: baseURL!, "Content-Type": "text/csv" },
      data: Buffer.from(fixture("mbo-inschrijvingen.csv").text),
    });
    await expectProblem(response, 403, /leesrechten/);
  });
});

test.describe("the beheerder of ROC Horizon", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("cannot be made to send a file from another site", async ({ page }) => {
    const response = await page.request.post("/instelling/25AA/uploads/bestand?soort=mbo-inschrijvingen", {
      headers: { Origin: "https://evil.example", "Content-Type": "text/csv" },
      data: Buffer.from(fixture("mbo-inschrijvingen.csv").text),
    });
    await expectProblem(response, 403, /niet van het BRON-portaal/);
  });

  test("gets a Dutch refusal for a soort of another sector and for an empty file", async ({ page, baseURL }) => {
    const post = (soort: string, body: string) =>
      page.request.post(`/instelling/25AA/uploads/bestand?soort=${soort}`, {
        headers: { Origin: baseURL!, "Content-Type": "text/csv" },
        data: Buffer.from(body),
      });
    const wrongSector = await post("po-verzuim", "brin\n25AA\n");
    await expectProblem(wrongSector, 400, /^Kies een soort bestand/);
    const empty = await post("mbo-inschrijvingen", "");
    await expectProblem(empty, 400, /leeg/);
  });
});

test.describe("another school", () => {
  test.use({ storageState: storageState("deltaBeheer") });

  test("gets a 404 for ROC Horizon's upload, under either brin", async ({ page }) => {
    for (const path of [`/instelling/25BB/uploads/${uploadId}`, `/instelling/25AA/uploads/${uploadId}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await expectAccessible(page);
    for (const path of [
      `/instelling/25BB/uploads/${uploadId}/status`,
      `/instelling/25BB/uploads/${uploadId}/fouten.csv`,
      `/instelling/25AA/uploads/${uploadId}/status`,
    ]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).not.toContain("bsn");
      if (path.endsWith("/status")) await expectProblem(response, 404, /bestaat niet/);
    }
  });
});
