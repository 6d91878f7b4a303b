// DUO_BEHEERDER manages portal users: list (search, filter, pages), create, edit, deactivate and
// reactivate, reset a password. Every change is audited in its own transaction; deactivation and a
// reset bump sessieVersie, so the user's sessions end on their next request (lib/auth/session.ts).
//
// A password reset (and a new account) gets a generated password shown once to the beheerder, not a
// one-time link: the portal sends no e-mail, and DUO passes accounts on through its own channel,
// as the OSR invitation does. Only the bcrypt hash is stored; the audit log records that it changed.
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Rol } from "@/generated/prisma/enums";
import { hashSecret } from "@/lib/auth/password";
import { beginwachtwoord } from "@/lib/osr/medewerkers";
import { auditBeheer, type BeheerActor } from "../audit/schrijf";
import { geweigerd, type Uitkomst } from "@/lib/server/form-state";
import type { GebruikerFilter, GebruikerInvoer } from "./validation";

export const PAGINA_GROOTTE = 25;

export type GebruikerRij = {
  id: string;
  email: string;
  naam: string;
  rol: Rol;
  actief: boolean;
  instellingen: string[];
  aangemaaktOp: Date;
};

const include = {
  instellingen: { select: { brin: true }, orderBy: { brin: "asc" } },
} as const satisfies Prisma.GebruikerInclude;
type MetInstellingen = Prisma.GebruikerGetPayload<{ include: typeof include }>;

const toRij = (g: MetInstellingen): GebruikerRij => ({
  id: g.id,
  email: g.email,
  naam: g.naam,
  rol: g.rol,
  actief: g.actief,
  instellingen: g.instellingen.map((i) => i.brin),
  aangemaaktOp: g.aangemaaktOp,
});

/** What the audit log keeps of a user: never the password hash. */
const snapshot = (g: GebruikerRij) => ({
  email: g.email,
  naam: g.naam,
  rol: g.rol,
  actief: g.actief,
  instellingen: g.instellingen,
});

function whereVan(filter: Omit<GebruikerFilter, "pagina">): Prisma.GebruikerWhereInput {
  return {
    ...(filter.q
      ? {
          OR: [
            { naam: { contains: filter.q, mode: "insensitive" } },
            { email: { contains: filter.q, mode: "insensitive" } },
          ],
        }
      : {}),
    ...(filter.rol ? { rol: filter.rol } : {}),
    ...(filter.brin ? { instellingen: { some: { brin: filter.brin } } } : {}),
    ...(filter.status ? { actief: filter.status === "actief" } : {}),
  };
}

/** Every user of the selection in list order (by e-mail), in batches, for the CSV export. */
export async function* alleGebruikers(
  db: PrismaClient,
  filter: Omit<GebruikerFilter, "pagina">,
  batch = 1000,
): AsyncGenerator<GebruikerRij> {
  let na: string | undefined;
  for (;;) {
    const rows = await db.gebruiker.findMany({
      where: { AND: [whereVan(filter), ...(na ? [{ email: { gt: na } }] : [])] },
      include,
      orderBy: [{ email: "asc" }],
      take: batch,
    });
    yield* rows.map(toRij);
    if (rows.length < batch) return;
    na = rows.at(-1)!.email;
  }
}

export async function zoekGebruikers(
  db: PrismaClient,
  filter: GebruikerFilter,
): Promise<{ rijen: GebruikerRij[]; totaal: number; pagina: number; paginas: number }> {
  const where = whereVan(filter);
  const totaal = await db.gebruiker.count({ where });
  const paginas = Math.max(1, Math.ceil(totaal / PAGINA_GROOTTE));
  const pagina = Math.min(filter.pagina, paginas);
  const rows = await db.gebruiker.findMany({
    where,
    include,
    orderBy: [{ email: "asc" }],
    skip: (pagina - 1) * PAGINA_GROOTTE,
    take: PAGINA_GROOTTE,
  });
  return { rijen: rows.map(toRij), totaal, pagina, paginas };
}

export async function gebruiker(db: PrismaClient, id: string): Promise<GebruikerRij | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const g = await db.gebruiker.findUnique({ where: { id }, include });
  return g ? toRij(g) : null;
}

async function onbekendeInstellingen(db: PrismaClient | Prisma.TransactionClient, brins: string[]): Promise<boolean> {
  if (brins.length === 0) return false;
  const gevonden = await db.instelling.count({ where: { brin: { in: brins } } });
  return gevonden !== brins.length;
}

const isUniekFout = (error: unknown) =>
  typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";

export async function maakGebruiker(
  db: PrismaClient,
  actor: BeheerActor,
  invoer: GebruikerInvoer,
): Promise<Uitkomst<{ id: string; wachtwoord: string }>> {
  if (await onbekendeInstellingen(db, invoer.instellingen))
    return geweigerd("controleer", { instellingen: "instellingOnbekend" });
  // Hash outside the transaction: bcrypt is slow on purpose and the transaction should stay short.
  const wachtwoord = beginwachtwoord();
  const wachtwoordHash = await hashSecret(wachtwoord);
  try {
    const id = await db.$transaction(async (tx) => {
      if (await tx.gebruiker.findUnique({ where: { email: invoer.email }, select: { id: true } })) return null;
      const g = await tx.gebruiker.create({
        data: {
          email: invoer.email,
          naam: invoer.naam,
          rol: invoer.rol,
          wachtwoordHash,
          instellingen: { create: invoer.instellingen.map((brin) => ({ brin })) },
        },
        include,
      });
      await auditBeheer(tx, actor, {
        entiteit: "Gebruiker",
        sleutel: g.email,
        actie: "AANMAKEN",
        na: snapshot(toRij(g)),
      });
      return g.id;
    });
    if (!id) return geweigerd("controleer", { email: "emailBestaat" });
    return { ok: true, id, wachtwoord };
  } catch (error) {
    if (isUniekFout(error)) return geweigerd("controleer", { email: "emailBestaat" });
    throw error;
  }
}

export async function wijzigGebruiker(
  db: PrismaClient,
  actor: BeheerActor,
  id: string,
  invoer: GebruikerInvoer,
): Promise<Uitkomst> {
  const voor = await gebruiker(db, id);
  if (!voor) return geweigerd("gebruikerOnbekend");
  // A beheerder who took away their own role could not undo it.
  if (id === actor.id && invoer.rol !== voor.rol) return geweigerd("controleer", { rol: "eigenRol" });
  if (await onbekendeInstellingen(db, invoer.instellingen))
    return geweigerd("controleer", { instellingen: "instellingOnbekend" });
  try {
    const ok = await db.$transaction(async (tx) => {
      const ander = await tx.gebruiker.findUnique({ where: { email: invoer.email }, select: { id: true } });
      if (ander && ander.id !== id) return false;
      const g = await tx.gebruiker.update({
        where: { id },
        data: {
          email: invoer.email,
          naam: invoer.naam,
          rol: invoer.rol,
          instellingen: { deleteMany: {}, create: invoer.instellingen.map((brin) => ({ brin })) },
        },
        include,
      });
      const na = toRij(g);
      if (JSON.stringify(snapshot(voor)) !== JSON.stringify(snapshot(na))) {
        await auditBeheer(tx, actor, {
          entiteit: "Gebruiker",
          sleutel: na.email,
          actie: "WIJZIGEN",
          voor: snapshot(voor),
          na: snapshot(na),
        });
      }
      return true;
    });
    return ok ? { ok: true } : geweigerd("controleer", { email: "emailBestaat" });
  } catch (error) {
    if (isUniekFout(error)) return geweigerd("controleer", { email: "emailBestaat" });
    throw error;
  }
}

/** Deactivate (sessions end at once) or reactivate; a beheerder cannot lock themselves out. */
export async function zetActief(db: PrismaClient, actor: BeheerActor, id: string, actief: boolean): Promise<Uitkomst> {
  if (id === actor.id && !actief) return geweigerd("zelfDeactiveren");
  const voor = await gebruiker(db, id);
  if (!voor) return geweigerd("gebruikerOnbekend");
  if (voor.actief === actief) return { ok: true };
  await db.$transaction(async (tx) => {
    await tx.gebruiker.update({
      where: { id },
      data: { actief, ...(actief ? {} : { sessieVersie: { increment: 1 } }) },
    });
    await auditBeheer(tx, actor, {
      entiteit: "Gebruiker",
      sleutel: voor.email,
      actie: actief ? "HERACTIVEREN" : "DEACTIVEREN",
      voor: { actief: voor.actief },
      na: { actief },
    });
  });
  return { ok: true };
}

/** A new generated password, shown once; the old one and every open session stop working. */
export async function resetWachtwoord(
  db: PrismaClient,
  actor: BeheerActor,
  id: string,
): Promise<Uitkomst<{ wachtwoord: string }>> {
  const voor = await gebruiker(db, id);
  if (!voor) return geweigerd("gebruikerOnbekend");
  const wachtwoord = beginwachtwoord();
  const wachtwoordHash = await hashSecret(wachtwoord);
  await db.$transaction(async (tx) => {
    await tx.gebruiker.update({ where: { id }, data: { wachtwoordHash, sessieVersie: { increment: 1 } } });
    await auditBeheer(tx, actor, {
      entiteit: "Gebruiker",
      sleutel: voor.email,
      actie: "WACHTWOORD_RESET",
      na: { wachtwoord: "opnieuw ingesteld" },
    });
  });
  return { ok: true, wachtwoord };
}
