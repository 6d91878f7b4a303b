// Every page each role may open renders with its main landmark, and every page passes axe at least
// once. axe is by far the slowest step of the suite, so it runs once per page and kind of viewer
// rather than for every role: a page's content depends on the role (a reader's page has no forms,
// a DUO beheerder's more buttons), but the help page and the telefoonboek are the same for everyone
// apart from the header, whose menu each role's first page checks. Pages another spec already axes
// in the same state for the same role are left to that spec (AXED_ELSEWHERE).
import { expect, test } from "@playwright/test";
import { ROLE_KEYS, storageState, type RoleKey } from "./accounts";
import { MATRIX, type Viewer } from "./authorization-matrix";
import { expectAccessible } from "./axe";

// Downloads (exports) are checked by their own specs; a page visit of one would start a download.
const pageRows = MATRIX.filter(
  (r) => !r.route.startsWith("/api/") && !r.route.endsWith("/export") && !r.route.endsWith(".csv"),
);

/** The same for every viewer but the header. */
const SAME_FOR_EVERYONE = /^\/(help\/codes|osr\/telefoonboek)(\/|\?|$)/;

/** Role and URL whose page another spec axes in this state (the spec named). */
const AXED_ELSEWHERE: Partial<Record<Viewer, Record<string, string>>> = {
  instBeheer: {
    "/instelling/25AA/uploads": "uploads/mbo-upload.spec.ts, instelling/journey.spec.ts",
    "/instelling/25AA/deelnemers": "instelling/deelnemers.spec.ts",
    "/instelling/25AA/deelnemers/nieuw": "instelling/formulieren.spec.ts",
    "/instelling/25AA/berichten": "instelling/journey.spec.ts",
    "/instelling/25AA/bekostiging": "bekostiging/bekostiging.spec.ts",
  },
  instLezer: {
    "/instelling/25AA/uploads": "uploads/access.spec.ts, instelling/journey.spec.ts",
    "/instelling/25AA/berichten": "instelling/journey.spec.ts",
  },
  poBeheer: {
    "/instelling/01AB/uploads": "uploads/po-upload.spec.ts, instelling/journey.spec.ts",
    "/instelling/01AB/deelnemers/nieuw": "instelling/formulieren.spec.ts",
  },
};

/** Which (viewer, url) pairs this spec axes: the first page of each viewer, and each page once per viewer unless the same for all. */
function axeHere(): Set<string> {
  const axed = new Set<string>();
  const seen = new Set<string>();
  for (const viewer of [...ROLE_KEYS, "anon"] as Viewer[]) {
    const urls = pageRows.filter((r) => r.expect[viewer] === 200).map((r) => r.url);
    urls.forEach((url, i) => {
      const elsewhere = AXED_ELSEWHERE[viewer]?.[url] !== undefined;
      const first = i === 0;
      const shared = SAME_FOR_EVERYONE.test(url);
      if (first || (!elsewhere && !(shared && seen.has(url)))) axed.add(`${viewer} ${url}`);
      seen.add(url);
    });
  }
  return axed;
}
const AXE_HERE = axeHere();

// Independent page visits: spread over both workers rather than all on the one that opens this file.
test.describe.configure({ mode: "parallel" });

for (const role of [...ROLE_KEYS, "anon"] as const) {
  test.describe(`pages as ${role}`, () => {
    if (role !== "anon") test.use({ storageState: storageState(role as RoleKey) });
    for (const row of pageRows.filter((r) => r.expect[role] === 200)) {
      const axe = AXE_HERE.has(`${role} ${row.url}`);
      test(`${row.url} ${axe ? "is accessible" : "renders"}`, async ({ page }) => {
        const response = await page.goto(row.url);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("main")).toBeVisible();
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
        if (axe) await expectAccessible(page);
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
    await page
      .getByRole("navigation", { name: "Wissel van instelling" })
      .getByRole("link", { name: /Montessorischool De Tuin/ })
      .click();
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
