"use server";
// "Nu vernieuwen": DUO_BEHEERDER rebuilds every institution's summaries at once. The role is checked
// here, on the server, whatever the page showed.
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { foutTekst } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { vernieuwOverzicht } from "./vernieuw";

export type VernieuwState = { ok: boolean; melding: string } | null;

export async function vernieuwOverzichtAction(): Promise<VernieuwState> {
  await requireRole("DUO_BEHEERDER");
  try {
    const uitkomst = await vernieuwOverzicht(db);
    revalidatePath("/beheer");
    return { ok: true, melding: await foutTekst("overzichtVernieuwd", { instellingen: uitkomst.instellingen }) };
  } catch (error) {
    console.error("Overzicht vernieuwen mislukt:", error instanceof Error ? error.message : error);
    return { ok: false, melding: await foutTekst("vernieuwenMislukt") };
  }
}
