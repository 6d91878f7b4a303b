// Which portal user an OpenID Connect identity is. The first sign-in needs a verified e-mail address
// of an active user without an identity yet, and binds the provider's issuer and `sub` to that user
// (audited); from then on only that identity signs in as the user, whatever address it later
// claims, and another identity claiming the same address is refused.
import type { PrismaClient } from "@/generated/prisma/client";

export interface OidcIdentity {
  issuer: string;
  sub: string;
  email?: string | null;
  /** The ID token's `email_verified`: some providers send the string "true". */
  emailVerified?: unknown;
}

export type OidcRefusal = "onvolledig" | "emailNietGeverifieerd" | "onbekend" | "inactief" | "andereIdentiteit";
export type OidcOutcome =
  { ok: true; gebruikerId: string; sessieVersie: number; gekoppeld: boolean } | { ok: false; reden: OidcRefusal };

export const isEmailVerified = (value: unknown): boolean => value === true || value === "true";

/** The issuer as compared and stored: without a trailing slash, as providers spell it both ways. */
export const normalizeIssuer = (issuer: string): string => issuer.trim().replace(/\/+$/, "");

export async function resolveOidcUser(db: PrismaClient, identity: OidcIdentity): Promise<OidcOutcome> {
  const issuer = normalizeIssuer(identity.issuer);
  const sub = identity.sub.trim();
  if (!issuer || !sub) return { ok: false, reden: "onvolledig" };

  const bound = await db.gebruiker.findUnique({ where: { oidcIssuer_oidcSub: { oidcIssuer: issuer, oidcSub: sub } } });
  if (bound)
    return bound.actief
      ? { ok: true, gebruikerId: bound.id, sessieVersie: bound.sessieVersie, gekoppeld: false }
      : { ok: false, reden: "inactief" };

  if (!isEmailVerified(identity.emailVerified)) return { ok: false, reden: "emailNietGeverifieerd" };
  const email = identity.email?.trim().toLowerCase();
  if (!email) return { ok: false, reden: "onvolledig" };

  try {
    return await bindFirstUse(db, issuer, sub, email);
  } catch (error) {
    // The same identity bound to another user by a concurrent first sign-in.
    if (typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002")
      return { ok: false, reden: "andereIdentiteit" };
    throw error;
  }
}

function bindFirstUse(db: PrismaClient, issuer: string, sub: string, email: string): Promise<OidcOutcome> {
  return db.$transaction(async (tx) => {
    const user = await tx.gebruiker.findUnique({ where: { email } });
    if (!user) return { ok: false, reden: "onbekend" } as const;
    if (!user.actief) return { ok: false, reden: "inactief" } as const;
    if (user.oidcSub !== null || user.oidcIssuer !== null) return { ok: false, reden: "andereIdentiteit" } as const;
    // Conditional on still being unbound: of two first sign-ins at once, one binds and the other is refused.
    const { count } = await tx.gebruiker.updateMany({
      where: { id: user.id, oidcIssuer: null, oidcSub: null },
      data: { oidcIssuer: issuer, oidcSub: sub },
    });
    if (count !== 1) return { ok: false, reden: "andereIdentiteit" } as const;
    await tx.auditEvent.create({
      data: {
        actorType: "USER",
        actor: user.email,
        entiteit: "Gebruiker",
        sleutel: user.email,
        actie: "OIDC_KOPPELEN",
        na: { oidcIssuer: issuer, oidcSub: sub },
      },
    });
    return { ok: true, gebruikerId: user.id, sessieVersie: user.sessieVersie, gekoppeld: true } as const;
  });
}
