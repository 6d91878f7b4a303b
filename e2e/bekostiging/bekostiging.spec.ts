// The funding page and the teldata page: rendered, accessible, scoped, role-aware.
import { expect, test } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";

test.describe("funding page of an institution", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("shows totals, charts and the correctiefactor, axe-clean", async ({ page }) => {
    await page.goto("/instelling/25AA/bekostiging");
    await expect(page.getByRole("heading", { level: 1, name: "Bekostiging" })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Bekostigd en niet bekostigd per teldatum" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Correctiefactor" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Teldata" }).getByRole("link")).toHaveCount(8);
    await expectAccessible(page);
  });

  test("exports a teldatum as CSV in the export conventions", async ({ request }) => {
    const response = await request.get("/instelling/25AA/bekostiging/export?teldatum=2026-10-01");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const body = await response.body();
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(body.toString("utf8").slice(1).split("\r\n")[0]).toBe(
      "brin;inschrijvingsvolgnummer;teldatum;status;codes;gewicht;definitief",
    );
  });

  test("another institution's funding is a 404", async ({ page, request }) => {
    expect((await page.goto("/instelling/25BB/bekostiging"))?.status()).toBe(404);
    expect((await request.get("/instelling/25BB/bekostiging/export?teldatum=2026-10-01")).status()).toBe(404);
  });
});

test.describe("teldata in the back office", () => {
  test.describe("as DUO_MEDEWERKER", () => {
    test.use({ storageState: storageState("duoMedewerker") });
    test("reads the teldata but cannot fix one", async ({ page }) => {
      await page.goto("/beheer/teldata");
      await expect(page.getByRole("heading", { level: 1, name: "Teldata" })).toBeVisible();
      await expect(page.getByText("Vaststellen…")).toHaveCount(0);
      await expectAccessible(page);
    });
  });
  test.describe("as DUO_BEHEERDER", () => {
    test.use({ storageState: storageState("duoBeheer") });
    test("sees what fixing a teldatum means before confirming", async ({ page }) => {
      await page.goto("/beheer/teldata");
      await page.getByText("Vaststellen…").first().click();
      await expect(page.getByText(/Dit kan niet ongedaan worden gemaakt/).first()).toBeVisible();
      await expectAccessible(page);
    });
  });
});
