// The demo accounts of access.md as the tests use them, with their stored sign-in state.
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-accounts";

export type RoleKey =
  | "instBeheer"
  | "instLezer"
  | "deltaBeheer"
  | "poBeheer"
  | "ankerBeheer"
  | "medewerker"
  | "duoMedewerker"
  | "duoBeheer";

export const ACCOUNTS: Record<RoleKey, { email: string; password: string }> = {
  instBeheer: { email: "beheer@roc-horizon.example", password: DEMO_PASSWORD },
  instLezer: { email: "lezer@roc-horizon.example", password: DEMO_PASSWORD },
  deltaBeheer: { email: "beheer@deltacollege.example", password: DEMO_PASSWORD },
  poBeheer: { email: "beheer@obs-delinde.example", password: DEMO_PASSWORD },
  ankerBeheer: { email: "beheer@cbs-hetanker.example", password: DEMO_PASSWORD },
  medewerker: { email: "docent@obs-delinde.example", password: DEMO_PASSWORD },
  duoMedewerker: { email: "medewerker@duo.example", password: DEMO_PASSWORD },
  duoBeheer: { email: "beheer@duo.example", password: DEMO_PASSWORD },
};

export const ROLE_KEYS = Object.keys(ACCOUNTS) as RoleKey[];

export function storageState(role: RoleKey): string {
  return `playwright/.auth/${role}.json`;
}

// Every demo account of the seed is covered here.
if (DEMO_USERS.some((u) => !Object.values(ACCOUNTS).some((a) => a.email === u.email))) {
  throw new Error("e2e/accounts.ts mist een demo-account uit prisma/demo-accounts.ts");
}
