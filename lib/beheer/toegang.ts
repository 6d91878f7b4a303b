// Who may use the user and supplier management: DUO_BEHEERDER only (access.md). Server actions ask
// this themselves rather than trusting that the page was shown; a refusal changes nothing.
import "server-only";
import { getSession, type SessionUser } from "@/lib/auth/session";
import type { BeheerActor } from "./audit/schrijf";

export async function beheerderToegang(): Promise<SessionUser | null> {
  const user = await getSession();
  return user?.rol === "DUO_BEHEERDER" ? user : null;
}

export const actorVan = (user: SessionUser): BeheerActor => ({ id: user.id, email: user.email });
