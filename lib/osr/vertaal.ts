// Turns the catalogue keys of a refusal into the reader's language, on the server.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState } from "./form-state";
import type { VeldFouten } from "./validation";

export async function geweigerdeState(fout: string, velden: VeldFouten = {}, waarden?: Record<string, string | string[]>): Promise<FormState> {
  const t = await getTranslations("osr.fouten");
  const vertaal = (key: string) => (t.has(key) ? t(key) : t("onbekend"));
  return {
    ok: false,
    melding: vertaal(fout),
    velden: Object.fromEntries(Object.entries(velden).map(([veld, key]) => [veld, vertaal(key)])),
    ...(waarden ? { waarden } : {}),
  };
}
