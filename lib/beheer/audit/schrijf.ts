// Back-office changes (users, leveranciers, API clients) go to the audit log in the same
// transaction as the change. Secrets and password hashes never go into voor/na.
import type { Prisma } from "@/generated/prisma/client";

/** Who makes a change: the signed-in DUO user, named by e-mail as elsewhere in the log. */
export type BeheerActor = { id: string; email: string };

export type BeheerEntiteit = "Gebruiker" | "Leverancier" | "ApiClient";

const json = (value: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

export async function auditBeheer(
  tx: Prisma.TransactionClient,
  actor: BeheerActor,
  event: { entiteit: BeheerEntiteit; sleutel: string; actie: string; voor?: unknown; na?: unknown; reden?: string },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorType: "USER",
      actor: actor.email,
      entiteit: event.entiteit,
      sleutel: event.sleutel,
      actie: event.actie,
      voor: event.voor === undefined || event.voor === null ? undefined : json(event.voor),
      na: event.na === undefined || event.na === null ? undefined : json(event.na),
      reden: event.reden,
    },
  });
}
