// The actor of the user and supplier management in the audit log. Who may use it is the capability
// manageUsers (lib/auth/roles.ts), checked by each action itself (lib/server/action.ts).
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import type { BeheerActor } from "./audit/schrijf";

export const actorVan = (user: SessionUser): BeheerActor => ({ id: user.id, email: user.email });
