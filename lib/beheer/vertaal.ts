// Turns the catalogue keys of a refusal into the reader's language, on the server.
import "server-only";
import { getTranslations } from "next-intl/server";
import type { BeheerState } from "./form-state";

export async function geweigerdeState(fout: string, velden: Record<string, string> = {}, waarden?: Record<string, string | string[]>): Promise<BeheerState> {
  const t = await getTranslations("toegang.fouten");
  const vertaal = (key: string) => (t.has(key) ? t(key) : t("onbekend"));
  return {
    ok: false,
    melding: vertaal(fout),
    velden: Object.fromEntries(Object.entries(velden).map(([veld, key]) => [veld, vertaal(key)])),
    ...(waarden ? { waarden } : {}),
  };
}

