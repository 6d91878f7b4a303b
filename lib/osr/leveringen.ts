// What mandated suppliers delivered through the API (osr.md §3): a school's addresses and its
// delivery endpoints, each with the leverancier that delivered it and when. Read-only here: the
// API is the only writer.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Dienst } from "@/generated/prisma/enums";
import { fromDb } from "@/lib/shared/dates";

export type Adresregel = {
  straat: string;
  huisnummer: string;
  toevoeging: string | null;
  postcode: string;
  plaats: string;
};

export type GeleverdAdres = {
  brin: string;
  /** null: the school as a whole. */
  vestigingscode: string | null;
  vestigingNaam: string | null;
  bezoekadres: Adresregel | null;
  postadres: Adresregel | null;
  website: string | null;
  telefoonnummer: string | null;
  email: string | null;
  geleverdDoor: string;
  geleverdOp: Date;
};

export type GeleverdEndpoint = {
  brin: string;
  dienst: Dienst;
  url: string;
  attributen: string[];
  startdatum: string;
  einddatum: string | null;
  geleverdDoor: string;
  geleverdOp: Date;
};

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** An address as stored JSON; anything unreadable shows as no address rather than breaking the page. */
export function leesAdres(value: unknown): Adresregel | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const straat = text(v.straat);
  const huisnummer = text(v.huisnummer) ?? (typeof v.huisnummer === "number" ? String(v.huisnummer) : null);
  const postcode = text(v.postcode);
  const plaats = text(v.plaats);
  if (!straat || !huisnummer || !postcode || !plaats) return null;
  return { straat, huisnummer, toevoeging: text(v.toevoeging), postcode, plaats };
}

async function leverancierNamen(db: PrismaClient, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.leverancier.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, naam: true },
  });
  return new Map(rows.map((r) => [r.id, r.naam]));
}

type Selectie = { brin?: string; take?: number };

async function adressen(db: PrismaClient, { brin, take }: Selectie): Promise<GeleverdAdres[]> {
  const rows = await db.osrAdres.findMany({
    where: brin ? { brin } : {},
    // One school: the school as a whole first, then its vestigingen; the back office: latest first.
    orderBy: brin ? [{ vestigingscode: "asc" }] : [{ geleverdOp: "desc" }, { id: "asc" }],
    ...(take ? { take } : {}),
  });
  const codes = rows.map((r) => r.vestigingscode).filter((c) => c !== "");
  const [namen, vestigingen] = await Promise.all([
    leverancierNamen(
      db,
      rows.map((r) => r.leverancierId),
    ),
    codes.length
      ? db.vestiging.findMany({
          where: { vestigingscode: { in: codes } },
          select: { vestigingscode: true, naam: true },
        })
      : Promise.resolve([]),
  ]);
  const vestigingNamen = new Map(vestigingen.map((v) => [v.vestigingscode, v.naam]));
  return rows.map((r) => ({
    brin: r.brin,
    vestigingscode: r.vestigingscode || null,
    vestigingNaam: r.vestigingscode ? (vestigingNamen.get(r.vestigingscode) ?? null) : null,
    bezoekadres: leesAdres(r.bezoekadres),
    postadres: leesAdres(r.postadres),
    website: r.website,
    telefoonnummer: r.telefoonnummer,
    email: r.email,
    geleverdDoor: namen.get(r.leverancierId) ?? "—",
    geleverdOp: r.geleverdOp,
  }));
}

async function endpoints(db: PrismaClient, { brin, take }: Selectie): Promise<GeleverdEndpoint[]> {
  const rows = await db.osrEndpoint.findMany({
    where: brin ? { brin } : {},
    orderBy: brin ? [{ dienst: "asc" }, { geleverdOp: "desc" }] : [{ geleverdOp: "desc" }, { id: "asc" }],
    ...(take ? { take } : {}),
  });
  const namen = await leverancierNamen(
    db,
    rows.map((r) => r.leverancierId),
  );
  return rows.map((r) => ({
    brin: r.brin,
    dienst: r.dienst,
    url: r.url,
    attributen: r.attributen,
    startdatum: fromDb(r.startdatum),
    einddatum: fromDb(r.einddatum),
    geleverdDoor: namen.get(r.leverancierId) ?? "—",
    geleverdOp: r.geleverdOp,
  }));
}

export async function leveringenVanSchool(
  db: PrismaClient,
  brin: string,
): Promise<{ adressen: GeleverdAdres[]; endpoints: GeleverdEndpoint[] }> {
  const [a, e] = await Promise.all([adressen(db, { brin }), endpoints(db, { brin })]);
  return { adressen: a, endpoints: e };
}

/** The latest deliveries of every school (or one), for the back office. */
export async function alleLeveringen(
  db: PrismaClient,
  filter: { brin?: string } = {},
  take = 200,
): Promise<{ adressen: GeleverdAdres[]; endpoints: GeleverdEndpoint[] }> {
  const [a, e] = await Promise.all([adressen(db, { ...filter, take }), endpoints(db, { ...filter, take })]);
  return { adressen: a, endpoints: e };
}
