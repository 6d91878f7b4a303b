// The telefoonboek (osr.md §1): any signed-in user searches schools by naam, brin or plaats and
// opens a school's page with its addresses and, per context, its contact persons. Who stands for a
// restricted context is decided here, on the server: other viewers get only that a contact exists,
// so the names never reach their browser.
import type { PrismaClient } from "@/generated/prisma/client";
import type { OsrContext, Rol, Sector } from "@/generated/prisma/enums";
import { maySee } from "@/lib/auth/roles";
import { CONTEXTEN, isBeperkt } from "./contexten";

export const ZOEK_MAXIMUM = 50;

export type SchoolTreffer = { brin: string; naam: string; plaats: string; sector: Sector };

/**
 * Schools whose naam, brin or plaats (or a vestiging's naam or plaats) contains the text, case
 * insensitive; an exact brin first, then names that start with the text, then the rest by name.
 */
export async function zoekScholen(
  db: PrismaClient,
  zoektekst: string,
  maximum = ZOEK_MAXIMUM,
): Promise<{ treffers: SchoolTreffer[]; meer: boolean }> {
  const q = zoektekst.trim().slice(0, 100);
  const where = q
    ? {
        OR: [
          { naam: { contains: q, mode: "insensitive" as const } },
          { brin: { contains: q, mode: "insensitive" as const } },
          { plaats: { contains: q, mode: "insensitive" as const } },
          {
            vestigingen: {
              some: {
                OR: [
                  { naam: { contains: q, mode: "insensitive" as const } },
                  { plaats: { contains: q, mode: "insensitive" as const } },
                ],
              },
            },
          },
        ],
      }
    : {};
  const rows = await db.instelling.findMany({
    where,
    select: { brin: true, naam: true, plaats: true, sector: true },
    orderBy: [{ naam: "asc" }, { brin: "asc" }],
    take: maximum * 4,
  });
  const lower = q.toLowerCase();
  const rank = (s: SchoolTreffer) =>
    s.brin.toLowerCase() === lower ? 0 : s.naam.toLowerCase().startsWith(lower) ? 1 : 2;
  const sorted = rows.sort(
    (a, b) => rank(a) - rank(b) || a.naam.localeCompare(b.naam, "nl") || a.brin.localeCompare(b.brin),
  );
  return { treffers: sorted.slice(0, maximum), meer: sorted.length > maximum };
}

export type ContactPersoon = { naam: string; functie: string | null; email: string | null; telefoon: string | null };

export type ContextContacten =
  /** The school's own contact persons for this context. */
  | { context: OsrContext; soort: "EIGEN"; personen: ContactPersoon[] }
  /** Nobody for this context: the school's ALGEMEEN contacts stand in (shown as such). */
  | { context: OsrContext; soort: "ALGEMEEN"; personen: ContactPersoon[] }
  /** A restricted context with a contact person this viewer may not see. */
  | { context: OsrContext; soort: "BEPERKT" }
  /** Nobody, and no ALGEMEEN contact either. */
  | { context: OsrContext; soort: "GEEN" };

export type Kijker = { rol: Rol; brins: readonly string[] };

/** The school's own users and DUO staff see who stands for a restricted context. */
export function zietBeperkteContexten(kijker: Kijker, brin: string): boolean {
  return maySee(kijker.rol, "beheer") || kijker.brins.includes(brin);
}

/** Per context (in the order of osr.md) who to contact, as this viewer may see it. Hidden cards never count. */
export function contactenPerContext(
  kaarten: readonly (ContactPersoon & { contexten: readonly OsrContext[] })[],
  magBeperktZien: boolean,
): ContextContacten[] {
  const persoon = ({ naam, functie, email, telefoon }: ContactPersoon): ContactPersoon => ({
    naam,
    functie,
    email,
    telefoon,
  });
  const voor = (context: OsrContext) => kaarten.filter((k) => k.contexten.includes(context)).map(persoon);
  const algemeen = voor("ALGEMEEN");
  return CONTEXTEN.map((context): ContextContacten => {
    const personen = voor(context);
    if (personen.length > 0)
      return isBeperkt(context) && !magBeperktZien
        ? { context, soort: "BEPERKT" }
        : { context, soort: "EIGEN", personen };
    if (context !== "ALGEMEEN" && algemeen.length > 0) return { context, soort: "ALGEMEEN", personen: algemeen };
    return { context, soort: "GEEN" };
  });
}

export type Schoolpagina = {
  instelling: { brin: string; naam: string; plaats: string; sector: Sector };
  vestigingen: {
    vestigingscode: string;
    naam: string;
    straat: string;
    huisnummer: string;
    postcode: string;
    plaats: string;
  }[];
  contacten: ContextContacten[];
  magBeperktZien: boolean;
};

/** A school's telefoonboek page for this viewer; null when the brin does not exist. */
export async function schoolpagina(db: PrismaClient, brin: string, kijker: Kijker): Promise<Schoolpagina | null> {
  const instelling = await db.instelling.findUnique({
    where: { brin },
    select: { brin: true, naam: true, plaats: true, sector: true, vestigingen: { orderBy: { vestigingscode: "asc" } } },
  });
  if (!instelling) return null;
  const kaarten = await db.contactkaart.findMany({
    // Cards of people still linked to the school, not hidden by its beheerder, of active accounts.
    where: { brin, verborgen: false, gebruiker: { actief: true, instellingen: { some: { brin } } } },
    orderBy: [{ naam: "asc" }, { id: "asc" }],
  });
  const magBeperktZien = zietBeperkteContexten(kijker, brin);
  const { vestigingen, ...school } = instelling;
  return {
    instelling: school,
    vestigingen: vestigingen.map(({ vestigingscode, naam, straat, huisnummer, postcode, plaats }) => ({
      vestigingscode,
      naam,
      straat,
      huisnummer,
      postcode,
      plaats,
    })),
    contacten: contactenPerContext(kaarten, magBeperktZien),
    magBeperktZien,
  };
}
