"use server";
// Server actions of teldata, DUO_BEHEERDER's (capability fixTeldatum, access.md), checked here on the
// server: fixing a teldatum (vaststellen) and adding one, which plans a recompute. Licences and the
// other RIO data are changed through lib/rio/actions.ts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { foutTekst, vertaalFout } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { requireCapability } from "@/lib/auth/session";
import { queueHerberekening } from "./herberekening-service";
import { ReferentieError, voegTeldatumToe } from "./referentie-wijzigingen";
import { vaststellen, VaststellingError } from "./vaststellen";
import { bericht, type ActionState } from "@/lib/server/form-state";

const teldatumInput = z.object({ sector: z.enum(["PO", "MBO"]), datum: z.iso.date() });

export async function vaststellenAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireCapability("fixTeldatum");
  const parsed = teldatumInput.safeParse({ sector: formData.get("sector"), datum: formData.get("datum") });
  if (!parsed.success) return bericht(false, await foutTekst("teldatumOngeldig"));
  try {
    const result = await vaststellen(db, { ...parsed.data, actor: user.email });
    revalidatePath("/beheer/teldata");
    return bericht(true, await foutTekst("vastgesteld", { assessments: result.assessments, instellingen: result.instellingen }));
  } catch (error) {
    if (error instanceof VaststellingError) return bericht(false, await vertaalFout(error));
    throw error;
  }
}

async function afterChange(change: () => Promise<string>): Promise<ActionState> {
  let id: string;
  try {
    id = await change();
  } catch (error) {
    if (error instanceof ReferentieError) return bericht(false, await vertaalFout(error));
    throw error;
  }
  await queueHerberekening(id);
  redirect(`/beheer/herberekeningen#h-${id}`);
}

export async function voegTeldatumToeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireCapability("fixTeldatum");
  const parsed = teldatumInput.safeParse({ sector: formData.get("sector"), datum: formData.get("datum") });
  if (!parsed.success) return bericht(false, await foutTekst("teldatumInvoer"));
  return afterChange(() => voegTeldatumToe(db, { ...parsed.data, actor: user.email }));
}
