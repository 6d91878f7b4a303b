// The authorisation matrix of access.md as data: every route × every demo role (and a visitor who is
// not signed in) → the expected answer. A route in app/ without a row here fails the suite.
import type { RoleKey } from "./accounts";

export type Viewer = RoleKey | "anon";
/** A status, or a redirect with where it must lead. */
export type Expected = 200 | 401 | 403 | 404 | { redirect: RegExp };

export type MatrixRow = {
  /** The route as its folder names it under app/, route groups left out. */
  route: string;
  url: string;
  method?: "GET" | "POST";
  expect: Record<Viewer, Expected>;
};

const toSignIn = { redirect: /\/inloggen/ };
const instellingUsers: RoleKey[] = ["instBeheer", "instLezer", "deltaBeheer", "poBeheer", "ankerBeheer"];
const duo: RoleKey[] = ["duoMedewerker", "duoBeheer"];

function row(route: string, url: string, allowed: Partial<Record<Viewer, Expected>>, otherwise: Expected, anon: Expected = toSignIn): MatrixRow {
  const expect = {
    instBeheer: otherwise, instLezer: otherwise, deltaBeheer: otherwise, poBeheer: otherwise, ankerBeheer: otherwise,
    medewerker: otherwise, duoMedewerker: otherwise, duoBeheer: otherwise, anon,
    ...allowed,
  };
  return { route, url, expect };
}

const forRoles = (roles: RoleKey[], expected: Expected) => Object.fromEntries(roles.map((r) => [r, expected])) as Partial<Record<Viewer, Expected>>;

export const MATRIX: MatrixRow[] = [
  row("/", "/", {
    ...forRoles(instellingUsers, { redirect: /\/instelling$/ }),
    medewerker: { redirect: /\/osr$/ },
    ...forRoles(duo, { redirect: /\/beheer$/ }),
  }, 404),
  row("/inloggen", "/inloggen", { anon: 200 }, { redirect: /\/(instelling|osr|beheer)$/ }, 200),
  row("/help/codes", "/help/codes", {}, 200, 200),
  row("/instelling", "/instelling", {
    instBeheer: { redirect: /\/instelling\/25AA$/ },
    instLezer: { redirect: /\/instelling\/25AA$/ },
    deltaBeheer: { redirect: /\/instelling\/25BB$/ },
    poBeheer: { redirect: /\/instelling\/01AB$/ },
    ankerBeheer: { redirect: /\/instelling\/02CD$/ },
  }, 404),
  // An institution's own page; another institution's, and one that does not exist, look the same: 404.
  row("/instelling/[brin]", "/instelling/25AA", forRoles(["instBeheer", "instLezer"], 200), 404),
  row("/instelling/[brin]", "/instelling/03EF", forRoles(["ankerBeheer"], 200), 404),
  row("/instelling/[brin]", "/instelling/99ZZ", {}, 404),
  row("/beheer", "/beheer", forRoles(duo, 200), 404),
  row("/osr", "/osr", {}, 200),
  row("/api/auth/[...nextauth]", "/api/auth/csrf", {}, 200, 200),
];
