// Which sections of the portal each role may use, and where a user lands after signing in.
import type { Rol } from "@/generated/prisma/enums";

export type Section = "instelling" | "beheer" | "osr";

export const INSTELLING_ROLES: readonly Rol[] = ["INSTELLING_BEHEERDER", "INSTELLING_MEDEWERKER"];
export const DUO_ROLES: readonly Rol[] = ["DUO_MEDEWERKER", "DUO_BEHEERDER"];
export const ALL_ROLES: readonly Rol[] = [...INSTELLING_ROLES, "MEDEWERKER", ...DUO_ROLES];

const SECTIONS: Record<Section, readonly Rol[]> = {
  instelling: INSTELLING_ROLES,
  beheer: DUO_ROLES,
  osr: ALL_ROLES,
};

export function maySee(rol: Rol, section: Section): boolean {
  return SECTIONS[section].includes(rol);
}

/** May change register data of the institutions the user is linked to. */
export function mayChangeRegister(rol: Rol): boolean {
  return rol === "INSTELLING_BEHEERDER";
}

export function homePath(rol: Rol): string {
  if (maySee(rol, "instelling")) return "/instelling";
  if (maySee(rol, "beheer")) return "/beheer";
  return "/osr";
}
