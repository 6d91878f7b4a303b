// Shared steps of the OSR specs: a page as another demo role, dates relative to today.
import type { Browser, Page } from "@playwright/test";
import { todayIso } from "@/lib/shared/dates";
import { storageState, type RoleKey } from "../accounts";

export async function asRole<T>(browser: Browser, role: RoleKey, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ storageState: storageState(role) });
  try {
    return await run(await context.newPage());
  } finally {
    await context.close();
  }
}

/** An ISO date `days` from today (Dutch time), as a date input takes it. */
export function overDagen(days: number): string {
  const date = new Date(`${todayIso()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Puts another value into a hidden field before the form is sent: what a tampering client does. */
export async function vervangVerborgenVeld(
  page: Page,
  scope: ReturnType<Page["locator"]>,
  name: string,
  value: string,
): Promise<void> {
  await scope
    .locator(`input[type="hidden"][name="${name}"]`)
    .first()
    .evaluate((el, v) => ((el as HTMLInputElement).value = v), value);
}

/**
 * Ends this spec's own not-yet-started mandates of an earlier, interrupted run, so granting the
 * same one again is not refused as overlapping. Done through the page, as a beheerder would.
 */
export async function beeindigOudeToekomstigeMandaten(
  page: Page,
  brin: string,
  leverancier: string,
  dienst: string,
): Promise<void> {
  await page.goto(`/osr/instellingen/${brin}/mandaten`);
  const oud = page
    .getByRole("row")
    .filter({ hasText: leverancier })
    .filter({ hasText: dienst })
    .filter({ hasText: "Nog niet ingegaan" });
  while ((await oud.count()) > 0) {
    await oud.first().getByText(`Mandaat van ${leverancier} voor ${dienst} beëindigen…`).click();
    await oud
      .first()
      .getByRole("button", { name: `Ja, mandaat van ${leverancier} voor ${dienst} beëindigen` })
      .click();
    await page.waitForURL(/\?beeindigd=1$/);
    await page.goto(`/osr/instellingen/${brin}/mandaten`);
  }
}
