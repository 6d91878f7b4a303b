// Who may deliver which soort for which school (R01): a school administrator for their own schools,
// a supplier's API client for schools that mandated it for the soort's service, valid today.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Dienst } from "@/generated/prisma/enums";
import { mayChangeRegister } from "@/lib/auth/roles";
import type { Soort } from "@/lib/register/validate";
import { toDb } from "@/lib/shared/dates";

export const DIENST_VAN_SOORT: Record<Soort, Dienst> = {
  "mbo-inschrijvingen": "DUO_MBO",
  "mbo-bpv": "DUO_MBO",
  "mbo-resultaten": "DUO_MBO",
  "po-inschrijvingen": "ROD_PO",
  "po-verzuim": "VERZUIM",
};

export type MayDeliver = (brin: string, soort: Soort) => boolean;

export async function userMayDeliver(db: PrismaClient, gebruikerId: string): Promise<MayDeliver> {
  const user = await db.gebruiker.findUnique({ where: { id: gebruikerId }, include: { instellingen: true } });
  if (!user?.actief || !mayChangeRegister(user.rol)) return () => false;
  const brins = new Set(user.instellingen.map((i) => i.brin));
  return (brin) => brins.has(brin);
}

/** Mandates of the client's supplier valid on `today`, limited to one school when given. */
export async function clientMayDeliver(
  db: PrismaClient,
  apiClientId: string,
  today: string,
  onlyBrin?: string,
): Promise<MayDeliver> {
  const client = await db.apiClient.findUnique({ where: { id: apiClientId } });
  if (!client || client.ingetrokkenOp) return () => false;
  const day = toDb(today);
  const mandaten = await db.mandaat.findMany({
    where: {
      leverancierId: client.leverancierId,
      begindatum: { lte: day },
      OR: [{ einddatum: null }, { einddatum: { gte: day } }],
    },
  });
  const allowed = new Set(mandaten.map((m) => `${m.brin}:${m.dienst}`));
  return (brin, soort) => (!onlyBrin || brin === onlyBrin) && allowed.has(`${brin}:${DIENST_VAN_SOORT[soort]}`);
}
