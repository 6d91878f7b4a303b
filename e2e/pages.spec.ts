// Every page each role may open renders, passes axe, and has the landmarks and skip link.
import { expect, test } from "@playwright/test";
import { ROLE_KEYS, storageState, type RoleKey } from "./accounts";
import { MATRIX } from "./authorization-matrix";
import { expectAccessible } from "./axe";

// Downloads (exports) are checked by their own specs; a page visit of one would start a download.
const pageRows = MATRIX.filter((r) => !r.route.startsWith("/api/") && !r.route.endsWith("/export") && !r.route.endsWith(".csv"));

for (const role of [...ROLE_KEYS, "anon"] as const) {
  test.describe(`pages as ${role}`, () => {
    if (role !== "anon") test.use({ storageState: storageState(role as RoleKey) });
    for (const row of pageRows.filter((r) => r.expect[role] === 200)) {
      test(`${row.url} is accessible`, async ({ page }) => {
        const response = await page.goto(row.url);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("main")).toBeVisible();
        await expectAccessible(page);
      });
    }
  });
}

test.describe("keyboard and landmarks", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
    await page.goto("/instelling/25AA");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#inhoud$/);
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  });

  test("the menu shows only what the role may use", async ({ page }) => {
    await page.goto("/instelling/25AA");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Instellingsportaal" })).toHaveAttribute("aria-current", "page");
    await expect(menu.getByRole("link", { name: "Backoffice DUO" })).toHaveCount(0);
  });
});

test.describe("the DUO menu", () => {
  test.use({ storageState: storageState("duoMedewerker") });
  test("has the back office and no institution portal", async ({ page }) => {
    await page.goto("/beheer");
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect(menu.getByRole("link", { name: "Backoffice DUO" })).toBeVisible();
    await expect(menu.getByRole("link", { name: "Instellingsportaal" })).toHaveCount(0);
    await expect(page.getByRole("cell", { name: "ROC Horizon" })).toBeVisible();
  });
});

test.describe("an administrator of two schools", () => {
  test.use({ storageState: storageState("ankerBeheer") });
  test("switches between them", async ({ page }) => {
    await page.goto("/instelling");
    await expect(page).toHaveURL(/\/instelling\/02CD$/);
    await expect(page.getByRole("heading", { level: 1, name: "CBS Het Anker" })).toBeVisible();
    await page.getByRole("navigation", { name: "Wissel van instelling" }).getByRole("link", { name: /Montessorischool De Tuin/ }).click();
    await expect(page).toHaveURL(/\/instelling\/03EF$/);
    await expect(page.getByRole("heading", { level: 1, name: "Montessorischool De Tuin" })).toBeVisible();
  });
});

test.describe("language", () => {
  test.use({ storageState: storageState("medewerker") });
  test("switches to English and back", async ({ page }) => {
    await page.goto("/osr");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "My details" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Wissel naar Nederlands" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mijn gegevens" })).toBeVisible();
  });
});
