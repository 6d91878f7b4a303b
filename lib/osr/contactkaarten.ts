// Contact cards (osr.md §1): an employee reads and changes only their own card(s); the school's
// beheerder assigns contexten and hides cards of the school, never its contact details. Every
// lookup by card id is scoped (to the owner, or to the school), so a posted id of someone else's
// card finds nothing.
import type { PrismaClient } from "@/generated/prisma/client";
import type { OsrContext, Rol } from "@/generated/prisma/enums";
import { auditOsr, type Actor } from "./audit";
import { geweigerd, type Uitkomst } from "@/lib/server/form-state";
import type { KaartInvoer } from "./validation";

export type EigenKaart = {
  id: string;
  brin: string;
  instellingNaam: string;
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
  contexten: OsrContext[];
  verborgen: boolean;
  gewijzigdOp: Date;
};

export type SchoolKaart = EigenKaart & { gebruikerId: string; accountEmail: string; rol: Rol };

const gegevens = (k: {
  naam: string;
  functie: string | null;
  email: string | null;
  telefoon: string | null;
  contexten: OsrContext[];
}) => ({
  naam: k.naam,
  functie: k.functie,
  email: k.email,
  telefoon: k.telefoon,
  contexten: k.contexten,
});

const sameContexten = (a: readonly OsrContext[], b: readonly OsrContext[]) =>
  a.length === b.length && a.every((c, i) => c === b[i]);

/** The signed-in user's own cards, one per school they are linked to. */
export async function eigenKaarten(db: PrismaClient, gebruikerId: string): Promise<EigenKaart[]> {
  const [kaarten, instellingen] = await Promise.all([
    db.contactkaart.findMany({ where: { gebruikerId }, orderBy: { brin: "asc" } }),
    db.gebruikerInstelling.findMany({ where: { gebruikerId }, include: { instelling: { select: { naam: true } } } }),
  ]);
  const namen = new Map(instellingen.map((i) => [i.brin, i.instelling.naam]));
  // Only the cards of schools the user is (still) linked to count.
  return kaarten.filter((k) => namen.has(k.brin)).map((k) => ({ ...k, instellingNaam: namen.get(k.brin)! }));
}

/** Changes the actor's own card; another person's card id is refused as if it does not exist. */
export async function wijzigEigenKaart(
  db: PrismaClient,
  actor: Actor,
  kaartId: string,
  invoer: KaartInvoer,
): Promise<Uitkomst<{ gewijzigd: boolean }>> {
  return db.$transaction(async (tx) => {
    const kaart = await tx.contactkaart.findFirst({ where: { id: kaartId, gebruikerId: actor.id } });
    if (!kaart) return geweigerd("kaartNietGevonden");
    const linked = await tx.gebruikerInstelling.findUnique({
      where: { gebruikerId_brin: { gebruikerId: actor.id, brin: kaart.brin } },
    });
    if (!linked) return geweigerd("kaartNietGevonden");
    const voor = gegevens(kaart);
    const na = gegevens(invoer);
    const gewijzigd =
      voor.naam !== na.naam ||
      voor.functie !== na.functie ||
      voor.email !== na.email ||
      voor.telefoon !== na.telefoon ||
      !sameContexten(voor.contexten, na.contexten);
    if (!gewijzigd) return { ok: true, gewijzigd: false };
    await tx.contactkaart.update({ where: { id: kaart.id }, data: { ...na, gewijzigdOp: new Date() } });
    await auditOsr(tx, actor, {
      brin: kaart.brin,
      entiteit: "Contactkaart",
      sleutel: kaart.id,
      actie: "WIJZIGEN",
      voor,
      na,
    });
    return { ok: true, gewijzigd: true };
  });
}

/** Every card of one school with its account, for the school's beheerder. */
export async function schoolKaarten(db: PrismaClient, brin: string): Promise<SchoolKaart[]> {
  const [kaarten, instelling] = await Promise.all([
    db.contactkaart.findMany({
      where: { brin, gebruiker: { instellingen: { some: { brin } } } },
      include: { gebruiker: { select: { email: true, rol: true } } },
      orderBy: [{ naam: "asc" }, { id: "asc" }],
    }),
    db.instelling.findUnique({ where: { brin }, select: { naam: true } }),
  ]);
  return kaarten.map(({ gebruiker, ...k }) => ({
    ...k,
    instellingNaam: instelling?.naam ?? brin,
    accountEmail: gebruiker.email,
    rol: gebruiker.rol,
  }));
}

/** The beheerder chooses the contexten of a card of their school. */
export async function wijsContextenToe(
  db: PrismaClient,
  actor: Actor,
  brin: string,
  kaartId: string,
  contexten: OsrContext[],
): Promise<Uitkomst<{ gewijzigd: boolean }>> {
  return db.$transaction(async (tx) => {
    const kaart = await tx.contactkaart.findFirst({ where: { id: kaartId, brin } });
    if (!kaart) return geweigerd("kaartNietGevonden");
    if (sameContexten(kaart.contexten, contexten)) return { ok: true, gewijzigd: false };
    await tx.contactkaart.update({ where: { id: kaart.id }, data: { contexten, gewijzigdOp: new Date() } });
    await auditOsr(tx, actor, {
      brin,
      entiteit: "Contactkaart",
      sleutel: kaart.id,
      actie: "CONTEXTEN_TOEWIJZEN",
      voor: { contexten: kaart.contexten },
      na: { contexten },
    });
    return { ok: true, gewijzigd: true };
  });
}

/** Hides a card of the school from the telefoonboek, or shows it again. */
export async function zetVerborgen(
  db: PrismaClient,
  actor: Actor,
  brin: string,
  kaartId: string,
  verborgen: boolean,
): Promise<Uitkomst<{ gewijzigd: boolean }>> {
  return db.$transaction(async (tx) => {
    const kaart = await tx.contactkaart.findFirst({ where: { id: kaartId, brin } });
    if (!kaart) return geweigerd("kaartNietGevonden");
    if (kaart.verborgen === verborgen) return { ok: true, gewijzigd: false };
    await tx.contactkaart.update({ where: { id: kaart.id }, data: { verborgen } });
    await auditOsr(tx, actor, {
      brin,
      entiteit: "Contactkaart",
      sleutel: kaart.id,
      actie: verborgen ? "VERBERGEN" : "TONEN",
      voor: { verborgen: kaart.verborgen },
      na: { verborgen },
    });
    return { ok: true, gewijzigd: true };
  });
}
