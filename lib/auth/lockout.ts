// Lockout after wrong passwords, kept from being a denial of service: five failures for an e-mail
// address from one client address within 15 minutes lock that address out of that account for 15
// minutes; only fifty from any addresses lock the account itself. Attempts are kept for unknown
// addresses too, so the response never reveals whether an account exists, and deleted once older
// than the lockout can look back (30 minutes).
import type { PrismaClient } from "@/generated/prisma/client";

/** Failures per e-mail address from one client address. */
export const MAX_FAILURES = 5;
/** Failures per e-mail address from all client addresses together. */
export const ACCOUNT_MAX_FAILURES = 50;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
/** How long a failure can still matter: a run within the window, then the lock after its last. */
export const KEEP_MS = WINDOW_MS + LOCK_MS;

/** Pure: locked when some run of `max` failures within 15 minutes ended less than 15 minutes ago. */
export function isLocked(failures: readonly Date[], now: Date, max = MAX_FAILURES): boolean {
  const times = failures.map((d) => d.getTime()).sort((a, b) => a - b);
  for (let i = max - 1; i < times.length; i++) {
    const last = times[i]!;
    const first = times[i - max + 1]!;
    if (last - first <= WINDOW_MS && now.getTime() - last < LOCK_MS) return true;
  }
  return false;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Pure: the lock that applies to `address` given the e-mail's recent failures (with their addresses). */
export function lockFor(
  failures: readonly { tijdstip: Date; ip: string | null }[],
  address: string,
  now: Date,
): "adres" | "account" | null {
  if (
    isLocked(
      failures.filter((f) => f.ip === address).map((f) => f.tijdstip),
      now,
    )
  )
    return "adres";
  if (
    isLocked(
      failures.map((f) => f.tijdstip),
      now,
      ACCOUNT_MAX_FAILURES,
    )
  )
    return "account";
  return null;
}

/** Whether sign-ins for `email` from `address` are locked now. One indexed read, no hashing. */
export async function signInLocked(
  db: PrismaClient,
  email: string,
  address: string,
  now = new Date(),
): Promise<boolean> {
  const rows = await db.inlogPoging.findMany({
    where: { email: normaliseEmail(email), tijdstip: { gte: new Date(now.getTime() - KEEP_MS) } },
    select: { tijdstip: true, ip: true },
  });
  return lockFor(rows, address, now) !== null;
}

/** Records a failed sign-in, and deletes the failures that can no longer lock anything. */
export async function recordFailure(db: PrismaClient, email: string, address: string, now = new Date()): Promise<void> {
  await db.inlogPoging.create({ data: { email: normaliseEmail(email), ip: address, tijdstip: now } });
  await db.inlogPoging.deleteMany({ where: { tijdstip: { lt: new Date(now.getTime() - KEEP_MS) } } });
}
