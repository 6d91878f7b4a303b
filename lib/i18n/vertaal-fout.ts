// The reader's language for a refusal, on the server: a VertaalbareFout, a message of `acties`, or a
// form's refusal in its own catalogue.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { ActionState, VeldFouten } from "@/lib/server/form-state";
import type { VertaalbareFout } from "./fout";

export async function vertaalFout(fout: VertaalbareFout): Promise<string> {
  const t = await getTranslations("acties");
  return t(fout.sleutel as Parameters<typeof t>[0], fout.waarden);
}

/** A message of the `acties` namespace that is no thrown error (a form that was not filled in). */
export async function foutTekst(sleutel: string, waarden: Record<string, string | number> = {}): Promise<string> {
  const t = await getTranslations("acties");
  return t(sleutel as Parameters<typeof t>[0], waarden);
}

/** The catalogues whose keys the OSR and back-office refusals use. */
export type FoutCatalogus = "osr.fouten" | "toegang.fouten";

/** A refused form: its message and field messages in the reader's language (an unknown key reads "onbekend"), and the posted values. */
export async function geweigerdeState(
  catalogus: FoutCatalogus,
  fout: string,
  velden: VeldFouten = {},
  waarden?: Record<string, string | string[]>,
): Promise<ActionState> {
  const t = await getTranslations(catalogus);
  const vertaal = (key: string) => (t.has(key) ? t(key) : t("onbekend"));
  return {
    ok: false,
    melding: vertaal(fout),
    velden: Object.fromEntries(Object.entries(velden).map(([veld, key]) => [veld, vertaal(key)])),
    ...(waarden ? { waarden } : {}),
  };
}
