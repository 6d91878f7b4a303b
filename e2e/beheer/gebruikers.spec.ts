// The DUO beheerder creates a user (the initial password shown once), who signs in elsewhere; the
// beheerder deactivates them and their next request lands on /inloggen; reactivates them and resets
// the password (shown once). DUO_MEDEWERKER posting the same reset is refused server-side, while the
// beheerder's identical post works. Only a user of the spec's own is changed, never a demo account.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageState } from "../accounts";
import { expectAccessible } from "../axe";
import { signIn } from "../sign-in";
import { runId } from "../uploads/helpers";

test.use({ storageState: storageState("duoBeheer") });

async function eenmaligGeheim(scope: Locator): Promise<string> {
  const code = scope.getByRole("status").locator("code");
  await expect(code).toBeVisible();
  return (await code.textContent())!.trim();
}

/** The fields of a form as the server rendered it (with the action's reference), to post it without JavaScript. */
async function serverFormulier(page: Page, knop: string): Promise<Record<string, string>> {
  const html = await (await page.request.get(page.url())).text();
  return page.evaluate(
    ([source, name]) => {
      const doc = new DOMParser().parseFromString(source!, "text/html");
      const form = [...doc.querySelectorAll("form")].find((f) =>
        [...f.querySelectorAll("button")].some((b) => b.textContent?.trim() === name),
      );
      return form ? Object.fromEntries([...new FormData(form).entries()].map(([k, v]) => [k, String(v)])) : {};
    },
    [html, knop],
  );
}

async function isIngelogd(page: Page): Promise<boolean> {
  await page.goto("/instelling/25AA");
  return !/\/inloggen/.test(page.url());
}

test("the beheerder creates a user, deactivates them (their session ends), reactivates them and resets the password", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const run = runId();
  const email = `nieuw-${run}@roc-horizon.example`;

  await page.goto("/beheer");
  await page.getByRole("link", { name: "Gebruikers", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gebruikers" })).toBeVisible();
  await page.getByLabel("Rol").selectOption({ label: "DUO-beheerder" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(
    page.getByRole("table", { name: "Gebruikers" }).getByRole("row").filter({ hasText: "beheer@duo.example" }),
  ).toBeVisible();
  await expectAccessible(page);

  // Create: an institution role without an institution is refused with a Dutch message, the values kept.
  await page.getByRole("link", { name: "Nieuwe gebruiker" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nieuwe gebruiker" })).toBeVisible();
  await page.getByLabel("Naam").fill(`Nieuwe Collega ${run}`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Rol").selectOption({ label: "Beheerder instelling" });
  await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText(
    "Kies minstens één instelling: deze rol werkt voor een instelling.",
  );
  await expect(page.getByLabel("E-mailadres")).toHaveValue(email);
  await expectAccessible(page);
  await page.getByRole("checkbox", { name: "ROC Horizon (25AA)" }).check();
  await page.getByRole("button", { name: "Gebruiker aanmaken" }).click();
  await expect(page.getByRole("status")).toContainText(`De gebruiker ${email} is aangemaakt.`);
  const beginwachtwoord = await eenmaligGeheim(page.locator("main"));

  // The new user signs in in a browser of their own.
  const ander = await browser.newContext({ storageState: undefined });
  const tweede = await ander.newPage();
  await signIn(tweede, email, beginwachtwoord);
  expect(await isIngelogd(tweede)).toBe(true);

  // Deactivate: their very next request is signed out.
  await page.getByRole("status").getByRole("link", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Nieuwe Collega ${run}` })).toBeVisible();
  await expectAccessible(page);
  await page.getByText("Gebruiker deactiveren…").click();
  await page.getByRole("button", { name: "Ja, gebruiker deactiveren" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "De gebruiker is gedeactiveerd en overal afgemeld." }),
  ).toBeVisible();
  await tweede.goto("/instelling/25AA");
  await expect(tweede).toHaveURL(/\/inloggen/);

  // Reactivate and sign in again with the same password.
  await page.getByRole("button", { name: "Gebruiker weer activeren" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De gebruiker is weer actief." })).toBeVisible();
  await signIn(tweede, email, beginwachtwoord);

  // DUO_MEDEWERKER posts the reset form (as rendered for the beheerder) straight to the server: refused,
  // nothing changes — the user stays signed in. The beheerder's identical post does work.
  // The form as the server renders it (without JavaScript it carries the action's reference and arguments).
  const velden = await serverFormulier(page, "Ja, nieuw wachtwoord maken");
  expect(Object.keys(velden).some((k) => k.startsWith("$ACTION"))).toBe(true);
  const medewerker = await browser.newContext({ storageState: storageState("duoMedewerker") });
  const post = (request: typeof page.request) =>
    request.post(page.url(), { multipart: velden, headers: { Origin: baseURL! }, maxRedirects: 0 });
  const geweigerd = await post(medewerker.request);
  expect(geweigerd.status()).not.toBe(500);
  await medewerker.close();
  expect(await isIngelogd(tweede)).toBe(true);
  expect((await post(page.request)).status()).toBe(200);
  expect(await isIngelogd(tweede)).toBe(false);

  // Reset through the page: the new password is shown once and works; the old one does not.
  await page.reload();
  await page.getByText("Wachtwoord opnieuw instellen…").click();
  await page.getByRole("button", { name: "Ja, nieuw wachtwoord maken" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Er is een nieuw wachtwoord ingesteld" })).toBeVisible();
  const nieuw = await eenmaligGeheim(page.locator("main"));
  expect(nieuw).not.toBe(beginwachtwoord);
  await page.reload();
  await expect(page.getByText(nieuw)).toHaveCount(0);
  await signIn(tweede, email, nieuw);
  await ander.close();

  // Oneself: no deactivation offered.
  await page.goto("/beheer/gebruikers?q=beheer%40duo.example");
  await page.getByRole("link", { name: "Ingrid Smit" }).click();
  await expect(page.getByText("Dit is uw eigen account: u kunt het niet zelf deactiveren.")).toBeVisible();
});
