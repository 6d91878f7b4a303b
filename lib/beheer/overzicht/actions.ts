"use server";
// "Nu vernieuwen": DUO_BEHEERDER rebuilds every institution's summaries at once. The role is checked
// here, on the server, whatever the page showed.
import { revalidatePath } from "next/cache";
import { foutTekst } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { requireCapability } from "@/lib/auth/session";
import { vernieuwOverzicht } from "./vernieuw";
import { bericht, type ActionState } from "@/lib/server/form-state";

export async function vernieuwOverzichtAction(): Promise<ActionState> {
  await requireCapability("refreshOverzicht");
  try {
    const uitkomst = await vernieuwOverzicht(db);
    revalidatePath("/beheer");
    return bericht(true, await foutTekst("overzichtVernieuwd", { instellingen: uitkomst.instellingen }));
  } catch (error) {
    log.error({ source: "beheer", err: error }, "Overzicht vernieuwen mislukt");
    return bericht(false, await foutTekst("vernieuwenMislukt"));
  }
}
