// Signing in and out as a person does; failures never say whether the account exists.
import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./accounts";
import { expectAccessible } from "./axe";
import { signIn } from "./sign-in";

const FAILED = /Inloggen is niet gelukt/;

test("each role lands on its own home", async ({ page }) => {
  await signIn(page, ACCOUNTS.medewerker.email, ACCOUNTS.medewerker.password);
  await expect(page).toHaveURL(/\/osr$/);
  await expect(page.getByText("Ingelogd als Lotte de Vries")).toBeVisible();
});

test("a wrong password and an unknown account get the same message", async ({ page }) => {
  await page.goto("/inloggen");
  await expectAccessible(page);
  for (const email of [ACCOUNTS.deltaBeheer.email, "niemand@onbekend.example"]) {
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("fout-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: FAILED })).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen/);
  }
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, ACCOUNTS.duoMedewerker.email, ACCOUNTS.duoMedewerker.password);
  await expect(page).toHaveURL(/\/beheer$/);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbeheer/);
});

test("after signing in the user returns to the page they asked for", async ({ page }) => {
  await page.goto("/instelling/25AA");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
  await page.getByLabel("E-mailadres").fill(ACCOUNTS.instLezer.email);
  await page.getByLabel("Wachtwoord").fill(ACCOUNTS.instLezer.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/instelling\/25AA$/);
  await expect(page.getByText("U heeft leesrechten")).toBeVisible();
});

// The review's open-redirect payloads: a backslash and a tab that browsers read as `//evil.example`.
test("a signed-in visitor is never redirected off the portal by callbackUrl", async ({ page }) => {
  await signIn(page, ACCOUNTS.medewerker.email, ACCOUNTS.medewerker.password);
  for (const payload of [
    "%2F%5Cevil.example",
    "%2F%09%2Fevil.example",
    "%2F.%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example%2F",
  ]) {
    const response = await page.request.get(`/inloggen?callbackUrl=${payload}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    const location = response.headers()["location"] ?? "";
    expect(location).not.toContain("evil");
    expect(location).toMatch(/^\/(?![/\\])/);
  }
});

test("the sign-in form does not follow a callbackUrl to another host", async ({ page, baseURL }) => {
  await page.goto("/inloggen?callbackUrl=%2F%5Cevil.example");
  await page.getByLabel("E-mailadres").fill(ACCOUNTS.medewerker.email);
  await page.getByLabel("Wachtwoord").fill(ACCOUNTS.medewerker.password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/osr$/);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});
