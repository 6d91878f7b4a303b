"use server";
// "Nu vernieuwen": DUO_BEHEERDER rebuilds every institution's summaries at once. The role is checked
// here, on the server, whatever the page showed.
import { revalidatePath } from "next/cache";
import { foutTekst } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { formAction } from "@/lib/server/action";
import { bericht } from "@/lib/server/form-state";
import { vernieuwOverzicht } from "./vernieuw";

export const vernieuwOverzichtAction = formAction({ access: "refreshOverzicht" }, async () => {
  try {
    const uitkomst = await vernieuwOverzicht(db);
    revalidatePath("/beheer");
    return bericht(true, await foutTekst("overzichtVernieuwd", { instellingen: uitkomst.instellingen }));
  } catch (error) {
    log.error({ source: "beheer", err: error }, "Overzicht vernieuwen mislukt");
    return bericht(false, await foutTekst("vernieuwenMislukt"));
  }
});
