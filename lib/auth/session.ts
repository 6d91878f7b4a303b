// The one place identity is read: who is signed in, and what they may see. Every page, action and
// route handler outside the supplier API starts here.
import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Rol, Sector } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { ABSOLUTE_SECONDS, authOptions } from "@/lib/auth/options";
import { maySee, rolesWith, type Capability, type Section } from "@/lib/auth/roles";

export type SessionInstelling = { brin: string; naam: string; sector: Sector };
export type SessionUser = {
  id: string;
  email: string;
  naam: string;
  rol: Rol;
  instellingen: SessionInstelling[];
};

/**
 * The signed-in user, read fresh from the database once per request: a deactivated user, a reset
 * password (sessieVersie) or a session older than 8 hours counts as signed out at once.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  if (Date.now() / 1000 - session.authTime > ABSOLUTE_SECONDS) return null;
  const user = await db.gebruiker.findUnique({
    where: { id: session.userId },
    include: { instellingen: { include: { instelling: true }, orderBy: { brin: "asc" } } },
  });
  if (!user?.actief || user.sessieVersie !== session.sessieVersie) return null;
  return {
    id: user.id,
    email: user.email,
    naam: user.naam,
    rol: user.rol,
    instellingen: user.instellingen.map(({ instelling }) => ({
      brin: instelling.brin,
      naam: instelling.naam,
      sector: instelling.sector,
    })),
  };
});

/** Pages: someone not signed in goes to the sign-in page. */
export async function requireSession(): Promise<SessionUser> {
  const user = await getSession();
  if (!user) redirect("/inloggen");
  return user;
}

/** A section the role may not use answers 404, as if it does not exist. */
export async function requireSection(section: Section): Promise<SessionUser> {
  const user = await requireSession();
  if (!maySee(user.rol, section)) notFound();
  return user;
}

export async function requireRole(...roles: readonly Rol[]): Promise<SessionUser> {
  const user = await requireSession();
  if (!roles.includes(user.rol)) notFound();
  return user;
}

/** Pages, routes and actions: not signed in goes to /inloggen, without the capability it is a 404. */
export async function requireCapability(capability: Capability): Promise<SessionUser> {
  return requireRole(...rolesWith(capability));
}

export type InstellingAccess =
  { ok: true; user: SessionUser; instelling: SessionInstelling } | { ok: false; status: 401 | 404 };

/** The same check as requireInstelling without throwing, for route handlers that answer JSON. */
export async function instellingAccess(brin: string): Promise<InstellingAccess> {
  const user = await getSession();
  if (!user) return { ok: false, status: 401 };
  const instelling = maySee(user.rol, "instelling") ? user.instellingen.find((i) => i.brin === brin) : undefined;
  return instelling ? { ok: true, user, instelling } : { ok: false, status: 404 };
}

/** An institution the user is not linked to is a 404, never its data. */
export async function requireInstelling(brin: string): Promise<{ user: SessionUser; instelling: SessionInstelling }> {
  const access = await instellingAccess(brin);
  if (!access.ok && access.status === 401) redirect("/inloggen");
  if (!access.ok) notFound();
  return access;
}

/** The institutions whose data this user may read; `null` means every institution (DUO staff). */
export function readableBrins(user: SessionUser): string[] | null {
  return maySee(user.rol, "beheer") ? null : user.instellingen.map((i) => i.brin);
}
