// No main page scrolls sideways on a 1366 px screen: not the document, and not a table inside its
// frame (the issue: the student list's columns after "Opleiding" and the overview's last column sat
// in a horizontal scroll). Pages of every audience, with the demo data of a fresh install.
import { expect, test, type Page } from "@playwright/test";
import { storageState, type RoleKey } from "./accounts";

const PAGES: [RoleKey, string[]][] = [
  [
    "instBeheer",
    [
      "/instelling/25AA",
      "/instelling/25AA/uploads",
      "/instelling/25AA/deelnemers",
      "/instelling/25AA/meldingen",
      "/instelling/25AA/resultaten",
      "/instelling/25AA/bekostiging",
      "/instelling/25AA/berichten",
    ],
  ],
  ["poBeheer", ["/instelling/01AB/deelnemers", "/instelling/01AB/verzuim", "/instelling/01AB/meldingen"]],
  [
    "duoBeheer",
    [
      "/beheer",
      "/beheer/instellingen/25AA",
      "/beheer/instellingen/25AA/deelnemers",
      "/beheer/instellingen/25AA/meldingen",
      "/beheer/instellingen/01AB/verzuim",
      "/beheer/verzuim",
    ],
  ],
];

/** Elements wider than their box that scroll sideways, the document included. */
async function sidewaysScrollers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`document (${root.scrollWidth} > ${root.clientWidth})`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
      const style = getComputedStyle(el);
      if ((style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1) {
        found.push(
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} (${el.scrollWidth} > ${el.clientWidth})`,
        );
      }
    }
    return found;
  });
}

test.describe.configure({ mode: "parallel" });

for (const [role, urls] of PAGES) {
  test.describe(`at 1366 × 900 as ${role}`, () => {
    test.use({ storageState: storageState(role), viewport: { width: 1366, height: 900 } });

    test("no main page scrolls horizontally", async ({ page }) => {
      for (const url of urls) {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        expect(await sidewaysScrollers(page), url).toEqual([]);
      }
    });
  });
}

test.describe("every page", () => {
  test.use({ storageState: storageState("instBeheer") });

  test("has a favicon and the product's name in its title", async ({ page }) => {
    const icon = await page.request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/image\//);
    for (const url of [
      "/instelling/25AA",
      "/instelling/25AA/deelnemers",
      "/instelling/25AA/meldingen",
      "/instelling/25AA/bekostiging",
      "/osr",
      "/help/codes",
    ]) {
      await page.goto(url);
      await expect(page, url).toHaveTitle(/ · BRON-portaal$/);
    }
  });
});
