// Password sign-in, in the order that keeps an unauthenticated flood cheap: the client address's
// rate limit first, then the lockout (no hash for a locked e-mail+address), then the global limit
// right before the one bcrypt compare — against the user's hash, or a constant dummy hash for an
// unknown or inactive account, so the answer and its timing never reveal whether an account exists.
import type { PrismaClient } from "@/generated/prisma/client";
import { recordFailure, signInLocked } from "@/lib/auth/lockout";
import { burnTime, verifySecret } from "@/lib/auth/password";
import type { AuthRateLimits } from "@/lib/auth/rate-limits";

export type SignInUser = { id: string; email: string; name: string; sessieVersie: number };
export type SignInOutcome =
  { ok: true; user: SignInUser } | { ok: false; reden: "teVeelVerzoeken" | "geblokkeerd" | "onjuist" };

export async function signInWithPassword(
  deps: { db: PrismaClient; limits: AuthRateLimits; now?: Date },
  input: { email: string; password: string; address: string },
): Promise<SignInOutcome> {
  const { db, limits } = deps;
  const now = deps.now ?? new Date();
  if (!(await limits.address(input.address)).ok) return { ok: false, reden: "teVeelVerzoeken" };
  if (await signInLocked(db, input.email, input.address, now)) return { ok: false, reden: "geblokkeerd" };
  const user = await db.gebruiker.findUnique({ where: { email: input.email } });
  if (!(await limits.global()).ok) return { ok: false, reden: "teVeelVerzoeken" };
  const ok =
    user?.actief && user.wachtwoordHash
      ? await verifySecret(input.password, user.wachtwoordHash)
      : (await burnTime(input.password), false);
  if (!ok || !user) {
    await recordFailure(db, input.email, input.address, now);
    return { ok: false, reden: "onjuist" };
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.naam, sessieVersie: user.sessieVersie } };
}
