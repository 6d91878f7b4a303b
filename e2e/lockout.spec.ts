// Five wrong passwords within 15 minutes lock the account for 15 minutes — even the right password
// then fails, with the same message. Runs last: it locks a demo account.
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./accounts";

test("five wrong passwords lock the account", async ({ page }) => {
  const { email, password } = ACCOUNTS.deltaBeheer;
  await page.goto("/inloggen");
  // The sign-in spec already spent one wrong attempt on this account; five more certainly lock it.
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill(`fout-${i}`);
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /Inloggen is niet gelukt/ })).toBeVisible();
  }
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Inloggen is niet gelukt/ })).toBeVisible();
  await expect(page).toHaveURL(/\/inloggen/);
});
