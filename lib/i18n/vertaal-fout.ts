// The reader's language for a VertaalbareFout, on the server.
import "server-only";
import { getTranslations } from "next-intl/server";
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
