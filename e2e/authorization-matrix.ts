// The authorisation matrix of access.md as data: every route × every demo role (and a visitor who is
// not signed in) → the expected answer. A route in app/ without a row here fails the suite.
import type { RoleKey } from "./accounts";

export type Viewer = RoleKey | "anon";
/** A status, or a redirect with where it must lead. */
export type Expected = 200 | 401 | 403 | 404 | 405 | { redirect: RegExp };

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

function row(
  route: string,
  url: string,
  allowed: Partial<Record<Viewer, Expected>>,
  otherwise: Expected,
  anon: Expected = toSignIn,
): MatrixRow {
  const expect = {
    instBeheer: otherwise,
    instLezer: otherwise,
    deltaBeheer: otherwise,
    poBeheer: otherwise,
    ankerBeheer: otherwise,
    medewerker: otherwise,
    duoMedewerker: otherwise,
    duoBeheer: otherwise,
    anon,
    ...allowed,
  };
  return { route, url, expect };
}

const forRoles = (roles: RoleKey[], expected: Expected) =>
  Object.fromEntries(roles.map((r) => [r, expected])) as Partial<Record<Viewer, Expected>>;

export const MATRIX: MatrixRow[] = [
  row(
    "/",
    "/",
    {
      ...forRoles(instellingUsers, { redirect: /\/instelling$/ }),
      medewerker: { redirect: /\/osr$/ },
      ...forRoles(duo, { redirect: /\/beheer$/ }),
    },
    404,
  ),
  row("/inloggen", "/inloggen", { anon: 200 }, { redirect: /\/(instelling|osr|beheer)$/ }, 200),
  row("/help/codes", "/help/codes", {}, 200, 200),
  row(
    "/instelling",
    "/instelling",
    {
      instBeheer: { redirect: /\/instelling\/25AA$/ },
      instLezer: { redirect: /\/instelling\/25AA$/ },
      deltaBeheer: { redirect: /\/instelling\/25BB$/ },
      poBeheer: { redirect: /\/instelling\/01AB$/ },
      ankerBeheer: { redirect: /\/instelling\/02CD$/ },
    },
    404,
  ),
  // An institution's own page; another institution's, and one that does not exist, look the same: 404.
  row("/instelling/[brin]", "/instelling/25AA", forRoles(["instBeheer", "instLezer"], 200), 404),
  row("/instelling/[brin]", "/instelling/03EF", forRoles(["ankerBeheer"], 200), 404),
  row("/instelling/[brin]", "/instelling/99ZZ", {}, 404),
  // Uploads: every user of the school sees them (only the beheerder may send one; the page tests
  // that); an unknown or another school's upload id is a 404, like another school's brin.
  row("/instelling/[brin]/uploads", "/instelling/25AA/uploads", forRoles(["instBeheer", "instLezer"], 200), 404),
  row("/instelling/[brin]/uploads", "/instelling/01AB/uploads", forRoles(["poBeheer"], 200), 404),
  row("/instelling/[brin]/uploads/[id]", "/instelling/25AA/uploads/00000000-0000-4000-8000-000000000000", {}, 404),
  row(
    "/instelling/[brin]/uploads/[id]/status",
    "/instelling/25AA/uploads/00000000-0000-4000-8000-000000000000/status",
    {},
    404,
  ),
  row(
    "/instelling/[brin]/uploads/[id]/fouten.csv",
    "/instelling/25AA/uploads/00000000-0000-4000-8000-000000000000/fouten.csv",
    {},
    404,
  ),
  // A POST without the portal's own Origin is refused (403) even for the beheerder; the reader may never send.
  // Not behind proxy.ts (bodies up to 200 MB), so a visitor without a session gets 401, not a redirect.
  {
    ...row(
      "/instelling/[brin]/uploads/bestand",
      "/instelling/25AA/uploads/bestand?soort=mbo-inschrijvingen",
      forRoles(["instBeheer", "instLezer"], 403),
      404,
      401,
    ),
    method: "POST",
  },
  // Students, a student's detail and the export: the school's own users only; an inschrijving id of
  // another school (or none at all) is a 404 like another school's brin.
  row("/instelling/[brin]/deelnemers", "/instelling/25AA/deelnemers", forRoles(["instBeheer", "instLezer"], 200), 404),
  row("/instelling/[brin]/deelnemers", "/instelling/25BB/deelnemers", forRoles(["deltaBeheer"], 200), 404),
  row("/instelling/[brin]/deelnemers", "/instelling/01AB/deelnemers", forRoles(["poBeheer"], 200), 404),
  row("/instelling/[brin]/deelnemers/[id]", "/instelling/25AA/deelnemers/999999", {}, 404),
  row("/instelling/[brin]/deelnemers/[id]", "/instelling/25AA/deelnemers/niet-een-id", {}, 404),
  row(
    "/instelling/[brin]/deelnemers/export",
    "/instelling/25AA/deelnemers/export",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  row(
    "/instelling/[brin]/deelnemers/export",
    "/instelling/25BB/deelnemers/export?leerweg=BBL",
    forRoles(["deltaBeheer"], 200),
    404,
  ),
  // The student list with its funding column, sorted by a column header and narrowed to a teldatum.
  row(
    "/instelling/[brin]/deelnemers",
    "/instelling/25AA/deelnemers?sorteer=naam&richting=af&teldatum=2026-10-01",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  // The school-wide terugkoppeling, the verzuim (po) and resultaten (mbo) lists, and the exports of
  // every list: the school's own users; a list of the other sector is a 404 like another school's.
  row("/instelling/[brin]/meldingen", "/instelling/25AA/meldingen", forRoles(["instBeheer", "instLezer"], 200), 404),
  row(
    "/instelling/[brin]/meldingen",
    "/instelling/01AB/meldingen?status=AFGEKEURD&code=F06&van=2026-01-01&tot=2026-12-31",
    forRoles(["poBeheer"], 200),
    404,
  ),
  row(
    "/instelling/[brin]/meldingen/export",
    "/instelling/25AA/meldingen/export?status=AFGEKEURD",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  row("/instelling/[brin]/verzuim", "/instelling/01AB/verzuim", forRoles(["poBeheer"], 200), 404),
  row("/instelling/[brin]/verzuim", "/instelling/25AA/verzuim", {}, 404),
  row(
    "/instelling/[brin]/verzuim/export",
    "/instelling/01AB/verzuim/export?soort=LUXE",
    forRoles(["poBeheer"], 200),
    404,
  ),
  row("/instelling/[brin]/resultaten", "/instelling/25AA/resultaten", forRoles(["instBeheer", "instLezer"], 200), 404),
  row("/instelling/[brin]/resultaten", "/instelling/01AB/resultaten", {}, 404),
  row(
    "/instelling/[brin]/resultaten/export",
    "/instelling/25AA/resultaten/export?soort=DIPLOMA",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  row(
    "/instelling/[brin]/berichten/export",
    "/instelling/25AA/berichten/export",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  row(
    "/instelling/[brin]/uploads/export",
    "/instelling/25AA/uploads/export",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  row("/instelling/[brin]/uploads/export", "/instelling/02CD/uploads/export", forRoles(["ankerBeheer"], 200), 404),
  // The forms that change the register: the school's beheerder only; the reader and everyone else get
  // a 404, as for a page they may not use. A form of a record needs a real id: e2e/instelling/
  // formulieren.spec.ts opens each of them for the beheerder and the reader; here an unknown id is a 404.
  row("/instelling/[brin]/deelnemers/nieuw", "/instelling/25AA/deelnemers/nieuw", forRoles(["instBeheer"], 200), 404),
  row("/instelling/[brin]/deelnemers/nieuw", "/instelling/01AB/deelnemers/nieuw", forRoles(["poBeheer"], 200), 404),
  row("/instelling/[brin]/deelnemers/[id]/wijzigen", "/instelling/25AA/deelnemers/999999/wijzigen", {}, 404),
  row("/instelling/[brin]/deelnemers/[id]/bpv/nieuw", "/instelling/25AA/deelnemers/999999/bpv/nieuw", {}, 404),
  row(
    "/instelling/[brin]/deelnemers/[id]/bpv/[bpv]/wijzigen",
    "/instelling/25AA/deelnemers/999999/bpv/1/wijzigen",
    {},
    404,
  ),
  row(
    "/instelling/[brin]/deelnemers/[id]/resultaten/nieuw",
    "/instelling/25AA/deelnemers/999999/resultaten/nieuw",
    {},
    404,
  ),
  row(
    "/instelling/[brin]/deelnemers/[id]/resultaten/[resultaat]/wijzigen",
    "/instelling/25AA/deelnemers/999999/resultaten/1/wijzigen",
    {},
    404,
  ),
  row("/instelling/[brin]/deelnemers/[id]/verzuim/nieuw", "/instelling/01AB/deelnemers/999999/verzuim/nieuw", {}, 404),
  row(
    "/instelling/[brin]/deelnemers/[id]/verzuim/[verzuim]/wijzigen",
    "/instelling/01AB/deelnemers/999999/verzuim/1/wijzigen",
    {},
    404,
  ),
  // The inbox: read by every user of the school (marking read is the beheerder's; the page tests that).
  row("/instelling/[brin]/berichten", "/instelling/25AA/berichten", forRoles(["instBeheer", "instLezer"], 200), 404),
  row("/instelling/[brin]/berichten", "/instelling/02CD/berichten", forRoles(["ankerBeheer"], 200), 404),
  // Funding: the school's own users; the export needs a teldatum.
  row(
    "/instelling/[brin]/bekostiging",
    "/instelling/25AA/bekostiging",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  row(
    "/instelling/[brin]/bekostiging",
    "/instelling/01AB/bekostiging?teldatum=2026-02-01",
    forRoles(["poBeheer"], 200),
    404,
  ),
  row(
    "/instelling/[brin]/bekostiging/export",
    "/instelling/25AA/bekostiging/export?teldatum=2026-10-01",
    forRoles(["instBeheer", "instLezer"], 200),
    404,
  ),
  row("/instelling/[brin]/bekostiging/export", "/instelling/25AA/bekostiging/export?teldatum=geen-datum", {}, 404),
  row("/beheer", "/beheer", forRoles(duo, 200), 404),
  // The back-office overview's drill-down, person search and verzuim: both DUO roles; an unknown
  // institution or upload is a 404 for them too, and every other role gets 404 as if nothing exists.
  row("/beheer/instellingen/[brin]", "/beheer/instellingen/25AA", forRoles(duo, 200), 404),
  row("/beheer/instellingen/[brin]", "/beheer/instellingen/01AB?pagina=2", forRoles(duo, 200), 404),
  row("/beheer/instellingen/[brin]", "/beheer/instellingen/99ZZ", {}, 404),
  row(
    "/beheer/instellingen/[brin]/uploads/[id]",
    "/beheer/instellingen/25AA/uploads/00000000-0000-4000-8000-000000000000",
    {},
    404,
  ),
  row(
    "/beheer/instellingen/[brin]/uploads/[id]/fouten.csv",
    "/beheer/instellingen/25AA/uploads/00000000-0000-4000-8000-000000000000/fouten.csv",
    {},
    404,
  ),
  // DUO reads a school's register with the school's own pages, read-only: both DUO roles, every
  // school; an unknown school or student is a 404, and so is the other sector's list.
  row("/beheer/instellingen/[brin]/deelnemers", "/beheer/instellingen/25AA/deelnemers", forRoles(duo, 200), 404),
  row(
    "/beheer/instellingen/[brin]/deelnemers",
    "/beheer/instellingen/01AB/deelnemers?sorteer=datum",
    forRoles(duo, 200),
    404,
  ),
  row("/beheer/instellingen/[brin]/deelnemers", "/beheer/instellingen/99ZZ/deelnemers", {}, 404),
  row("/beheer/instellingen/[brin]/deelnemers/[id]", "/beheer/instellingen/25AA/deelnemers/999999", {}, 404),
  row(
    "/beheer/instellingen/[brin]/deelnemers/export",
    "/beheer/instellingen/25AA/deelnemers/export",
    forRoles(duo, 200),
    404,
  ),
  row("/beheer/instellingen/[brin]/meldingen", "/beheer/instellingen/25AA/meldingen", forRoles(duo, 200), 404),
  row(
    "/beheer/instellingen/[brin]/meldingen/export",
    "/beheer/instellingen/01AB/meldingen/export",
    forRoles(duo, 200),
    404,
  ),
  row("/beheer/instellingen/[brin]/verzuim", "/beheer/instellingen/01AB/verzuim", forRoles(duo, 200), 404),
  row("/beheer/instellingen/[brin]/verzuim", "/beheer/instellingen/25AA/verzuim", {}, 404),
  row(
    "/beheer/instellingen/[brin]/verzuim/export",
    "/beheer/instellingen/01AB/verzuim/export",
    forRoles(duo, 200),
    404,
  ),
  row("/beheer/instellingen/[brin]/resultaten", "/beheer/instellingen/25AA/resultaten", forRoles(duo, 200), 404),
  row(
    "/beheer/instellingen/[brin]/resultaten/export",
    "/beheer/instellingen/25AA/resultaten/export",
    forRoles(duo, 200),
    404,
  ),
  row("/beheer/instellingen/[brin]/berichten", "/beheer/instellingen/25AA/berichten", forRoles(duo, 200), 404),
  row(
    "/beheer/instellingen/[brin]/berichten/export",
    "/beheer/instellingen/25AA/berichten/export",
    forRoles(duo, 200),
    404,
  ),
  row(
    "/beheer/instellingen/[brin]/uploads/export",
    "/beheer/instellingen/25AA/uploads/export",
    forRoles(duo, 200),
    404,
  ),
  // Exports of the back office's lists: the overview's tables, verzuim, OSR mandates and reference
  // data for both DUO roles; users and leveranciers for DUO_BEHEERDER only.
  row("/beheer/overzicht/export", "/beheer/overzicht/export?tabel=instellingen&sector=MBO", forRoles(duo, 200), 404),
  row("/beheer/overzicht/export", "/beheer/overzicht/export?tabel=onbekend", {}, 404),
  row("/beheer/verzuim/export", "/beheer/verzuim/export?brin=01AB", forRoles(duo, 200), 404),
  row("/beheer/osr/export", "/beheer/osr/export?brin=01AB", forRoles(duo, 200), 404),
  row("/beheer/referentie/[soort]/export", "/beheer/referentie/opleidingen/export?q=90", forRoles(duo, 200), 404),
  row("/beheer/referentie/[soort]/export", "/beheer/referentie/onbekend/export", {}, 404),
  row("/beheer/gebruikers/export", "/beheer/gebruikers/export?rol=DUO_MEDEWERKER", { duoBeheer: 200 }, 404),
  row("/beheer/leveranciers/export", "/beheer/leveranciers/export", { duoBeheer: 200 }, 404),
  row("/beheer/personen", "/beheer/personen", forRoles(duo, 200), 404),
  row("/beheer/verzuim", "/beheer/verzuim", forRoles(duo, 200), 404),
  row("/beheer/verzuim", "/beheer/verzuim?brin=01AB&soort=LUXE&behandelstatus=GEMELD", forRoles(duo, 200), 404),
  row("/beheer/teldata", "/beheer/teldata", forRoles(duo, 200), 404),
  // RIO reference data (licences among them): both DUO roles maintain them (access.md); the
  // recomputes they start are shown to both. The old licence page leads to the new list.
  row("/beheer/licenties", "/beheer/licenties", forRoles(duo, { redirect: /\/beheer\/referentie\/licenties$/ }), 404),
  row("/beheer/referentie", "/beheer/referentie", forRoles(duo, 200), 404),
  row("/beheer/referentie/[soort]", "/beheer/referentie/instellingen?q=horizon", forRoles(duo, 200), 404),
  row("/beheer/referentie/[soort]", "/beheer/referentie/licenties?pagina=2", forRoles(duo, 200), 404),
  row("/beheer/referentie/[soort]", "/beheer/referentie/onbekend", {}, 404),
  row("/beheer/referentie/[soort]/nieuw", "/beheer/referentie/vestigingen/nieuw", forRoles(duo, 200), 404),
  row("/beheer/referentie/[soort]/[sleutel]", "/beheer/referentie/licenties/25AA-90001-BOL", forRoles(duo, 200), 404),
  row("/beheer/referentie/[soort]/[sleutel]", "/beheer/referentie/besturen/999B999", {}, 404),
  row("/beheer/referentie/import", "/beheer/referentie/import", forRoles(duo, 200), 404),
  row("/beheer/referentie/import/[id]", "/beheer/referentie/import/00000000-0000-4000-8000-000000000000", {}, 404),
  row("/beheer/referentie/import/[id]", "/beheer/referentie/import/geen-id", {}, 404),
  row("/beheer/herberekeningen", "/beheer/herberekeningen", forRoles(duo, 200), 404),
  // The back office's OSR view: every mandate and delivery, DUO staff only.
  row("/beheer/osr", "/beheer/osr", forRoles(duo, 200), 404),
  row("/beheer/osr", "/beheer/osr?brin=01AB", forRoles(duo, 200), 404),
  // Users, leveranciers and API clients: DUO_BEHEERDER only (access.md); DUO_MEDEWERKER gets the
  // same 404 as everyone else. Unknown ids are a 404. The audit log is read by both DUO roles.
  row("/beheer/gebruikers", "/beheer/gebruikers", { duoBeheer: 200 }, 404),
  row("/beheer/gebruikers", "/beheer/gebruikers?rol=GEEN&pagina=-1&brin=%3Cx%3E", { duoBeheer: 200 }, 404),
  row("/beheer/gebruikers/nieuw", "/beheer/gebruikers/nieuw", { duoBeheer: 200 }, 404),
  row("/beheer/gebruikers/[id]", "/beheer/gebruikers/00000000-0000-4000-8000-000000000000", {}, 404),
  row("/beheer/gebruikers/[id]", "/beheer/gebruikers/geen-id", {}, 404),
  row("/beheer/leveranciers", "/beheer/leveranciers", { duoBeheer: 200 }, 404),
  row("/beheer/leveranciers/[id]", "/beheer/leveranciers/00000000-0000-4000-8000-000000000000", {}, 404),
  row("/beheer/audit", "/beheer/audit", forRoles(duo, 200), 404),
  row("/beheer/audit", "/beheer/audit?van=2026-02-30&na=x&brin=%3Cx%3E", forRoles(duo, 200), 404),
  row("/beheer/audit/export", "/beheer/audit/export?entiteit=Gebruiker", forRoles(duo, 200), 404),
  // OSR: own card(s) and the telefoonboek for every signed-in user; an unknown school is a 404.
  row("/osr", "/osr", {}, 200),
  row("/osr/telefoonboek", "/osr/telefoonboek", {}, 200),
  row("/osr/telefoonboek", "/osr/telefoonboek?q=amersfoort", {}, 200),
  row("/osr/telefoonboek/[brin]", "/osr/telefoonboek/01AB", {}, 200),
  row("/osr/telefoonboek/[brin]", "/osr/telefoonboek/25AA", {}, 200),
  row("/osr/telefoonboek/[brin]", "/osr/telefoonboek/99ZZ", {}, 404),
  // A school's OSR management: its INSTELLING_BEHEERDER only. Another school's, the reader's, the
  // MEDEWERKER's and DUO's look the same as one that does not exist: 404.
  row("/osr/instellingen/[brin]", "/osr/instellingen/25AA", { instBeheer: 200 }, 404),
  row("/osr/instellingen/[brin]", "/osr/instellingen/03EF", { ankerBeheer: 200 }, 404),
  row("/osr/instellingen/[brin]", "/osr/instellingen/99ZZ", {}, 404),
  row("/osr/instellingen/[brin]/medewerkers", "/osr/instellingen/01AB/medewerkers", { poBeheer: 200 }, 404),
  row("/osr/instellingen/[brin]/medewerkers", "/osr/instellingen/25AA/medewerkers", { instBeheer: 200 }, 404),
  row("/osr/instellingen/[brin]/mandaten", "/osr/instellingen/01AB/mandaten", { poBeheer: 200 }, 404),
  row("/osr/instellingen/[brin]/mandaten", "/osr/instellingen/02CD/mandaten", { ankerBeheer: 200 }, 404),
  row("/osr/instellingen/[brin]/mandaten/export", "/osr/instellingen/01AB/mandaten/export", { poBeheer: 200 }, 404),
  row("/api/auth/[...nextauth]", "/api/auth/csrf", {}, 200, 200),
  // Probes for the operator: open to anyone, no details (e2e/health.spec.ts).
  row("/api/health", "/api/health", {}, 200, 200),
  row("/api/ready", "/api/ready", {}, 200, 200),
  // The supplier API knows API clients, not users: a session is no credential there, so every role
  // and a visitor get the same answer — the public documents, or 401 without a bearer token.
  // Mandates per school and service are the matrix of e2e/api/mandates.spec.ts.
  row("/api/v1/openapi.json", "/api/v1/openapi.json", {}, 200, 200),
  row("/api/v1/docs", "/api/v1/docs", {}, 200, 200),
  row("/api/v1/oauth/token", "/api/v1/oauth/token", {}, 405, 405),
  row("/api/v1/[...pad]", "/api/v1/bestaat-niet", {}, 404, 404),
  ...[
    ["/api/v1/instellingen/[brin]/inschrijvingen", "/api/v1/instellingen/25AA/inschrijvingen"],
    [
      "/api/v1/instellingen/[brin]/inschrijvingen/[inschrijvingsvolgnummer]",
      "/api/v1/instellingen/25AA/inschrijvingen/T-1",
    ],
    ["/api/v1/instellingen/[brin]/resultaten/[resultaatvolgnummer]", "/api/v1/instellingen/25AA/resultaten/T-1"],
    [
      "/api/v1/instellingen/[brin]/verzuimmeldingen/[verzuimvolgnummer]",
      "/api/v1/instellingen/01AB/verzuimmeldingen/T-1",
    ],
    ["/api/v1/instellingen/[brin]/bekostiging", "/api/v1/instellingen/25AA/bekostiging?teldatum=2026-10-01"],
    ["/api/v1/instellingen/[brin]/meldingen", "/api/v1/instellingen/25AA/meldingen"],
    ["/api/v1/instellingen/[brin]/berichten", "/api/v1/instellingen/25AA/berichten"],
    [
      "/api/v1/instellingen/[brin]/uploads/[id]",
      "/api/v1/instellingen/25AA/uploads/00000000-0000-4000-8000-000000000000",
    ],
    [
      "/api/v1/instellingen/[brin]/uploads/[id]/fouten",
      "/api/v1/instellingen/25AA/uploads/00000000-0000-4000-8000-000000000000/fouten",
    ],
    ["/api/v1/osr/instellingen/[brin]/adres", "/api/v1/osr/instellingen/01AB/adres"],
    ["/api/v1/osr/instellingen/[brin]/endpoints/[dienst]", "/api/v1/osr/instellingen/01AB/endpoints/ROD_PO"],
    [
      "/api/v1/osr/instellingen/[brin]/endpoints/[dienst]/leveringen",
      "/api/v1/osr/instellingen/01AB/endpoints/ROD_PO/leveringen",
    ],
    ["/api/v1/ondertekeningssleutel", "/api/v1/ondertekeningssleutel"],
    ["/api/v1/mandaten", "/api/v1/mandaten"],
    ["/api/v1/instellingen/[brin]/resultaten", "/api/v1/instellingen/25AA/resultaten"],
    ["/api/v1/instellingen/[brin]/verzuimmeldingen", "/api/v1/instellingen/01AB/verzuimmeldingen"],
    [
      "/api/v1/instellingen/[brin]/inschrijvingen/[inschrijvingsvolgnummer]/bpv",
      "/api/v1/instellingen/25AA/inschrijvingen/T-1/bpv",
    ],
  ].map(([route, url]) => row(route!, url!, {}, 401, 401)),
  {
    ...row(
      "/api/v1/instellingen/[brin]/uploads",
      "/api/v1/instellingen/25AA/uploads?soort=mbo-inschrijvingen",
      {},
      401,
      401,
    ),
    method: "POST",
  },
  row("/api/v1/instellingen/[brin]/uploads", "/api/v1/instellingen/25AA/uploads", {}, 401, 401),
  row(
    "/api/v1/instellingen/[brin]/inschrijvingen/[inschrijvingsvolgnummer]/bpv/[bpvVolgnummer]",
    "/api/v1/instellingen/25AA/inschrijvingen/T-1/bpv/1",
    {},
    401,
    401,
  ),
];
