"use server";
// Server actions for DUO's funding-relevant reference changes. Roles are checked here, on the
// server: teldata belong to DUO_BEHEERDER (access.md). Licences and the other RIO data are
// changed through lib/rio/actions.ts.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/session";
import { foutTekst, vertaalFout } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { queueHerberekening } from "./herberekening-service";
import { ReferentieError, voegTeldatumToe } from "./referentie-wijzigingen";

export type ReferentieState = { melding: string } | null;

const teldatumInput = z.object({ sector: z.enum(["PO", "MBO"]), datum: z.iso.date() });

async function afterChange(change: () => Promise<string>): Promise<ReferentieState> {
  let id: string;
  try {
    id = await change();
  } catch (error) {
    if (error instanceof ReferentieError) return { melding: await vertaalFout(error) };
    throw error;
  }
  await queueHerberekening(id);
  redirect(`/beheer/herberekeningen#h-${id}`);
}

export async function voegTeldatumToeAction(_previous: ReferentieState, formData: FormData): Promise<ReferentieState> {
  const user = await requireRole("DUO_BEHEERDER");
  const parsed = teldatumInput.safeParse({ sector: formData.get("sector"), datum: formData.get("datum") });
  if (!parsed.success) return { melding: await foutTekst("teldatumInvoer") };
  return afterChange(() => voegTeldatumToe(db, { ...parsed.data, actor: user.email }));
}
