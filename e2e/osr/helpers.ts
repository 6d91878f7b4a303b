// Shared steps of the OSR specs: a page as another demo role, dates relative to today.
import type { Browser, Page } from "@playwright/test";
import { todayIso } from "@/lib/register/pipeline/dates";
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
export async function vervangVerborgenVeld(page: Page, scope: ReturnType<Page["locator"]>, name: string, value: string): Promise<void> {
  await scope.locator(`input[type="hidden"][name="${name}"]`).first().evaluate((el, v) => ((el as HTMLInputElement).value = v), value);
}
