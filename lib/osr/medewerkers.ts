// The school's employees (osr.md §1): the beheerder invites one (a new account with role MEDEWERKER
// and an initial password shown once, or an existing MEDEWERKER account linked to one more school)
// and removes one from the school. Each gets or loses their contact card for this school with it.
import { randomInt } from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { hashSecret } from "@/lib/auth/password";
import { auditOsr, type Actor } from "./audit";
import { geweigerd, type Uitkomst } from "@/lib/server/form-state";
import type { UitnodigingInvoer } from "./validation";

// No 0/O, 1/l/I: the password is read from the screen and passed on by hand.
const ALFABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 20 characters from a 55-letter alphabet (≈115 bits), in groups of five for reading aloud. */
export function beginwachtwoord(): string {
  const chars = Array.from({ length: 20 }, () => ALFABET[randomInt(ALFABET.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join("")).join("-");
}

export type Uitnodiging = { gebruikerId: string; kaartId: string; nieuwAccount: boolean; wachtwoord: string | null };

/**
 * Adds an employee to the school. An account of another role is never taken over: an invitation
 * gives MEDEWERKER rights only, and linking a portal account would give it that school's register.
 */
export async function nodigUit(
  db: PrismaClient,
  actor: Actor,
  brin: string,
  invoer: UitnodigingInvoer,
): Promise<Uitkomst<Uitnodiging>> {
  // Hash outside the transaction: bcrypt is slow on purpose and the transaction should stay short.
  const wachtwoord = beginwachtwoord();
  const wachtwoordHash = await hashSecret(wachtwoord);
  try {
    return await db.$transaction(async (tx) => {
      const bestaand = await tx.gebruiker.findUnique({
        where: { email: invoer.email },
        include: { instellingen: true },
      });
      if (bestaand?.instellingen.some((i) => i.brin === brin))
        return geweigerd("alMedewerker", { email: "alMedewerker" });
      if (bestaand && bestaand.rol !== "MEDEWERKER") return geweigerd("emailInGebruik", { email: "emailInGebruik" });
      // Deactivated while still linked to another school (by DUO): reactivating it — with a password
      // this beheerder would see — is DUO's call, not a school's.
      if (bestaand && !bestaand.actief && bestaand.instellingen.length > 0)
        return geweigerd("gedeactiveerdElders", { email: "gedeactiveerdElders" });

      let gebruikerId: string;
      let nieuwWachtwoord: string | null = null;
      if (!bestaand) {
        const gebruiker = await tx.gebruiker.create({
          data: { email: invoer.email, naam: invoer.naam, rol: "MEDEWERKER", wachtwoordHash },
        });
        gebruikerId = gebruiker.id;
        nieuwWachtwoord = wachtwoord;
        await auditOsr(tx, actor, {
          brin,
          entiteit: "Gebruiker",
          sleutel: invoer.email,
          actie: "UITNODIGEN",
          na: { email: invoer.email, naam: invoer.naam, rol: "MEDEWERKER" },
        });
      } else if (!bestaand.actief) {
        // Removed from every school earlier: invited again, with a fresh password and old sessions ended.
        await tx.gebruiker.update({
          where: { id: bestaand.id },
          data: { actief: true, wachtwoordHash, sessieVersie: { increment: 1 } },
        });
        gebruikerId = bestaand.id;
        nieuwWachtwoord = wachtwoord;
        await auditOsr(tx, actor, {
          brin,
          entiteit: "Gebruiker",
          sleutel: invoer.email,
          actie: "HERACTIVEREN",
          voor: { actief: false },
          na: { actief: true },
        });
      } else {
        gebruikerId = bestaand.id;
      }

      await tx.gebruikerInstelling.create({ data: { gebruikerId, brin } });
      // A card left from an earlier membership is replaced: the new employee starts from their invitation.
      await tx.contactkaart.deleteMany({ where: { gebruikerId, brin } });
      const kaart = await tx.contactkaart.create({
        data: { gebruikerId, brin, naam: invoer.naam, email: invoer.email, contexten: [] },
      });
      await auditOsr(tx, actor, {
        brin,
        entiteit: "GebruikerInstelling",
        sleutel: `${invoer.email}:${brin}`,
        actie: "TOEVOEGEN",
        na: { email: invoer.email, brin },
      });
      await auditOsr(tx, actor, {
        brin,
        entiteit: "Contactkaart",
        sleutel: kaart.id,
        actie: "AANMAKEN",
        na: { naam: kaart.naam, email: kaart.email, contexten: [] },
      });
      return { ok: true, gebruikerId, kaartId: kaart.id, nieuwAccount: !bestaand, wachtwoord: nieuwWachtwoord };
    });
  } catch (error) {
    // Two invitations of the same address at once: the second finds the first's account or link.
    if (isUniqueViolation(error)) return geweigerd("alMedewerker", { email: "alMedewerker" });
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002"
  );
}

/**
 * Removes an employee (named by their card of this school) from the school: the link and the card
 * go. An account left without any school cannot sign in any more (deactivated, sessions ended).
 */
export async function verwijderMedewerker(
  db: PrismaClient,
  actor: Actor,
  brin: string,
  kaartId: string,
): Promise<Uitkomst<{ gedeactiveerd: boolean }>> {
  return db.$transaction(async (tx) => {
    const kaart = await tx.contactkaart.findFirst({
      where: { id: kaartId, brin },
      include: { gebruiker: { include: { instellingen: true } } },
    });
    if (!kaart) return geweigerd("kaartNietGevonden");
    if (kaart.gebruikerId === actor.id) return geweigerd("nietZelfVerwijderen");
    const { gebruiker } = kaart;
    await tx.gebruikerInstelling.deleteMany({ where: { gebruikerId: gebruiker.id, brin } });
    await tx.contactkaart.delete({ where: { id: kaart.id } });
    await auditOsr(tx, actor, {
      brin,
      entiteit: "GebruikerInstelling",
      sleutel: `${gebruiker.email}:${brin}`,
      actie: "VERWIJDEREN",
      voor: { email: gebruiker.email, brin },
    });
    await auditOsr(tx, actor, {
      brin,
      entiteit: "Contactkaart",
      sleutel: kaart.id,
      actie: "VERWIJDEREN",
      voor: {
        naam: kaart.naam,
        functie: kaart.functie,
        email: kaart.email,
        telefoon: kaart.telefoon,
        contexten: kaart.contexten,
        verborgen: kaart.verborgen,
      },
    });
    const overig = gebruiker.instellingen.filter((i) => i.brin !== brin);
    const gedeactiveerd = overig.length === 0 && gebruiker.actief;
    if (gedeactiveerd) {
      await tx.gebruiker.update({
        where: { id: gebruiker.id },
        data: { actief: false, sessieVersie: { increment: 1 } },
      });
      await auditOsr(tx, actor, {
        brin,
        entiteit: "Gebruiker",
        sleutel: gebruiker.email,
        actie: "DEACTIVEREN",
        voor: { actief: true },
        na: { actief: false },
      });
    }
    return { ok: true, gedeactiveerd };
  });
}
