// Five wrong passwords for one e-mail within 15 minutes lock it for 15 minutes. Attempts are kept
// for unknown addresses too, so the response never reveals whether an account exists.
import { db } from "@/lib/db";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

/** Pure: locked when some run of 5 failures within 15 minutes ended less than 15 minutes ago. */
export function isLocked(failures: readonly Date[], now: Date): boolean {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  for (let i = MAX_FAILURES - 1; i < times.length; i++) {
    const last = times[i]!;
    const first = times[i - MAX_FAILURES + 1]!;
    if (last - first <= WINDOW_MS && now.getTime() - last < LOCK_MS) return true;
  }
  return false;
}

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

export async function accountLocked(email: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - WINDOW_MS - LOCK_MS);
  const rows = await db.inlogPoging.findMany({
    where: { email: normalise(email), tijdstip: { gte: since } },
    select: { tijdstip: true },
  });
  return isLocked(rows.map((r) => r.tijdstip), now);
}

export async function recordFailure(email: string): Promise<void> {
  await db.inlogPoging.create({ data: { email: normalise(email) } });
}
