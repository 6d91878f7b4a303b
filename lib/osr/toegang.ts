// Who may manage a school's OSR data in the portal: its INSTELLING_BEHEERDER, for the schools they
// are linked to (access.md). Pages answer 404 otherwise; actions refuse without saying more.
import "server-only";
import { notFound } from "next/navigation";
import { mayManageSchool } from "@/lib/auth/roles";
import { requireSection, getSession, type SessionInstelling, type SessionUser } from "@/lib/auth/session";
import type { Actor } from "./audit";

/** The schools whose employees and mandates this user manages. */
export function beheerdeScholen(user: SessionUser): SessionInstelling[] {
  return mayManageSchool(user.rol) ? user.instellingen : [];
}

export const actorVan = (user: SessionUser): Actor => ({ id: user.id, email: user.email });

/** Pages under /osr/instellingen/{brin}: another school, or no beheerder, is a 404. */
export async function requireSchoolBeheer(brin: string): Promise<{ user: SessionUser; instelling: SessionInstelling }> {
  const user = await requireSection("osr");
  const instelling = beheerdeScholen(user).find((i) => i.brin === brin);
  if (!instelling) notFound();
  return { user, instelling };
}

/** Server actions: the same check without throwing, so a refused action answers with a plain message. */
export async function schoolBeheerToegang(
  brin: unknown,
): Promise<{ user: SessionUser; instelling: SessionInstelling } | null> {
  const user = await getSession();
  if (!user || typeof brin !== "string") return null;
  const instelling = beheerdeScholen(user).find((i) => i.brin === brin);
  return instelling ? { user, instelling } : null;
}
