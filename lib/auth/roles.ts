// Which sections of the portal each role may use, what each role may do there (capabilities: every
// check in pages, actions and routes names one), and where a user lands after signing in.
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

/** What a role may do beyond seeing a section (access.md). */
const CAPABILITIES = {
  /** Change register data of the linked institutions: forms, uploads, marking berichten read. */
  changeRegister: ["INSTELLING_BEHEERDER"],
  /** Manage a linked school's OSR data: its employees, mandates and push deliveries. */
  manageSchool: ["INSTELLING_BEHEERDER"],
  /** Add teldata and fix them (vaststellen). */
  fixTeldatum: ["DUO_BEHEERDER"],
  /** Users, leveranciers and their API clients. */
  manageUsers: ["DUO_BEHEERDER"],
  /** Rebuild every institution's overview summaries at once ("Nu vernieuwen"). */
  refreshOverzicht: ["DUO_BEHEERDER"],
  /** RIO reference data: forms and imports. */
  maintainReference: DUO_ROLES,
  /** Search a person by PGN across institutions, with a reason. */
  searchPersons: DUO_ROLES,
  /** Set the behandelstatus of a verzuimmelding. */
  handleVerzuim: DUO_ROLES,
  /** Send a given-up push delivery of any school again. */
  resendDeliveries: DUO_ROLES,
} as const satisfies Record<string, readonly Rol[]>;

export type Capability = keyof typeof CAPABILITIES;

export function may(rol: Rol, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Rol[]).includes(rol);
}

/** The roles that hold a capability (for requireRole-style checks). */
export function rolesWith(capability: Capability): readonly Rol[] {
  return CAPABILITIES[capability];
}

/** May change register data of the institutions the user is linked to. */
export const mayChangeRegister = (rol: Rol): boolean => may(rol, "changeRegister");
export const mayManageSchool = (rol: Rol): boolean => may(rol, "manageSchool");
export const mayFixTeldatum = (rol: Rol): boolean => may(rol, "fixTeldatum");
export const mayManageUsers = (rol: Rol): boolean => may(rol, "manageUsers");
export const mayRefreshOverzicht = (rol: Rol): boolean => may(rol, "refreshOverzicht");

export function homePath(rol: Rol): string {
  if (maySee(rol, "instelling")) return "/instelling";
  if (maySee(rol, "beheer")) return "/beheer";
  return "/osr";
}
