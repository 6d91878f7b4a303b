"use server";
// "Nu vernieuwen": DUO_BEHEERDER rebuilds every institution's summaries at once. The role is checked
// here, on the server, whatever the page showed.
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { vernieuwOverzicht } from "./vernieuw";

export type VernieuwState = { ok: boolean; melding: string } | null;

export async function vernieuwOverzichtAction(): Promise<VernieuwState> {
  await requireRole("DUO_BEHEERDER");
  try {
    const uitkomst = await vernieuwOverzicht(db);
    revalidatePath("/beheer");
    return { ok: true, melding: `Overzicht vernieuwd voor ${uitkomst.instellingen} instellingen.` };
  } catch (error) {
    console.error("Overzicht vernieuwen mislukt:", error instanceof Error ? error.message : error);
    return { ok: false, melding: "Vernieuwen is niet gelukt. Probeer het later opnieuw." };
  }
}
