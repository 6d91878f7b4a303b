// Signs in every demo account once and stores its session for the specs.
import { test as setup } from "@playwright/test";
import { ACCOUNTS, ROLE_KEYS, storageState } from "./accounts";
import { signIn } from "./sign-in";

for (const role of ROLE_KEYS) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, ACCOUNTS[role].email, ACCOUNTS[role].password);
    await page.context().storageState({ path: storageState(role) });
  });
}
