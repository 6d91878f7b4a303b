// Every OSR change made in the portal goes to the audit log (domain.md: who, when, what entity and
// key, before and after), written in the same transaction as the change itself.
import type { Prisma } from "@/generated/prisma/client";

/** Who makes a change in the portal: the signed-in user, named by e-mail as elsewhere in the log. */
export type Actor = { id: string; email: string };

export type OsrEntiteit = "Contactkaart" | "Gebruiker" | "GebruikerInstelling" | "Mandaat";

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

export async function auditOsr(
  tx: Prisma.TransactionClient,
  actor: Actor,
  event: { brin: string; entiteit: OsrEntiteit; sleutel: string; actie: string; voor?: unknown; na?: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorType: "USER",
      actor: actor.email,
      brin: event.brin,
      entiteit: event.entiteit,
      sleutel: event.sleutel,
      actie: event.actie,
      voor: event.voor === undefined || event.voor === null ? undefined : json(event.voor),
      na: event.na === undefined || event.na === null ? undefined : json(event.na),
    },
  });
}
