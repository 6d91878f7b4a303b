// The figures of an institution's home page.
import type { PrismaClient } from "@/generated/prisma/client";
import { startOfDutchDay, todayIso } from "@/lib/shared/dates";
import { unreadCount } from "./berichten";

export interface Kerncijfers {
  inschrijvingen: number;
  /** At most ONGELEZEN_MAX. */
  ongelezenBerichten: number;
  /** Meldingen received since midnight in the Netherlands, whatever the server's time zone. */
  meldingenVandaag: number;
  licenties: number;
  vestigingen: number;
}

export async function kerncijfers(db: PrismaClient, brin: string, now = new Date()): Promise<Kerncijfers> {
  const vanaf = startOfDutchDay(todayIso(now));
  const [inschrijvingen, ongelezenBerichten, meldingenVandaag, licenties, vestigingen] = await Promise.all([
    db.inschrijving.count({ where: { brin } }),
    unreadCount(brin, db),
    db.melding.count({ where: { brin, ontvangenOp: { gte: vanaf, lte: now } } }),
    db.licentie.count({ where: { brin } }),
    db.vestiging.count({ where: { brin } }),
  ]);
  return { inschrijvingen, ongelezenBerichten, meldingenVandaag, licenties, vestigingen };
}
