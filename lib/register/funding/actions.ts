"use server";
// Server actions of teldata, DUO_BEHEERDER's (capability fixTeldatum, access.md), checked here on the
// server: fixing a teldatum (vaststellen) and adding one, which plans a recompute. Licences and the
// other RIO data are changed through lib/rio/actions.ts.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { foutTekst, vertaalFout } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { formAction } from "@/lib/server/action";
import { queueHerberekening } from "./herberekening-service";
import { ReferentieError, voegTeldatumToe } from "./referentie-wijzigingen";
import { vaststellen, VaststellingError } from "./vaststellen";
import { bericht, tekstVeld, type ActionState } from "@/lib/server/form-state";

const teldatumInput = z.object({ sector: z.enum(["PO", "MBO"]), datum: z.iso.date() });

const teldatumForm = (invalid: string) => ({
  read: (formData: FormData) => ({ sector: tekstVeld(formData, "sector"), datum: tekstVeld(formData, "datum") }),
  schema: teldatumInput,
  invalid: async () => bericht(false, await foutTekst(invalid)),
});

export const vaststellenAction = formAction(
  { access: "fixTeldatum", form: teldatumForm("teldatumOngeldig") },
  async ({ user, input }) => {
    try {
      const result = await vaststellen(db, { ...input, actor: user.email });
      revalidatePath("/beheer/teldata");
      return bericht(
        true,
        await foutTekst("vastgesteld", { assessments: result.assessments, instellingen: result.instellingen }),
      );
    } catch (error) {
      if (error instanceof VaststellingError) return bericht(false, await vertaalFout(error));
      throw error;
    }
  },
);

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

export const voegTeldatumToeAction = formAction(
  { access: "fixTeldatum", form: teldatumForm("teldatumInvoer") },
  async ({ user, input }) => afterChange(() => voegTeldatumToe(db, { ...input, actor: user.email })),
);
