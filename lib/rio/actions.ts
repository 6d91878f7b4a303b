"use server";
// Server actions for RIO reference data: the form edit, the import's upload (preview) and its
// apply. access.md: both DUO roles maintain RIO data; the role is checked here, on the server.
import { redirect } from "next/navigation";
import { z } from "zod";
import { foutTekst, vertaalFout } from "@/lib/i18n/vertaal-fout";
import { db } from "@/lib/db";
import { formAction } from "@/lib/server/action";
import { queueHerberekening } from "@/lib/register/funding/herberekening-service";
import { bereidImportVoor, MAX_BYTES, parseReferentieCsv, pasImportToe } from "./import";
import { urlSleutel } from "./queries";
import {
  applyRows,
  isReferentieSoort,
  REFERENTIE_SCHEMAS,
  ReferentieInvoerError,
  type ReferentieSoort,
} from "./referentie";
import { bericht } from "@/lib/server/form-state";

const KEY_FIELDS: Record<ReferentieSoort, string[]> = {
  instellingen: ["brin"],
  besturen: ["bestuurscode"],
  vestigingen: ["vestigingscode"],
  opleidingen: ["opleidingscode"],
  licenties: ["brin", "opleidingscode", "leerweg"],
};

/** The form's fields as the CSV would carry them: one header and one row, through the same parser. */
function formAlsCsv(soort: ReferentieSoort, formData: FormData): Buffer {
  const columns = Object.keys(REFERENTIE_SCHEMAS[soort].shape);
  const value = (c: string) => {
    const raw = c === "toegestane_leerwegen" ? formData.getAll(c).map(String).join(",") : String(formData.get(c) ?? "");
    // Quote every value so a ";" or quote typed in a name stays inside its field.
    return `"${raw.replaceAll('"', '""').replace(/[\r\n]+/g, " ")}"`;
  };
  return Buffer.from(`${columns.join(";")}\n${columns.map(value).join(";")}\n`, "utf8");
}

export const bewaarReferentieAction = formAction({ access: "maintainReference" }, async ({ user, formData }) => {
  const soort = formData.get("soort");
  const modus = formData.get("modus");
  if (!isReferentieSoort(soort) || (modus !== "nieuw" && modus !== "wijzig"))
    return bericht(false, await foutTekst("referentieSoortOnbekend"));
  let herberekeningId: string | null;
  let sleutel: string;
  try {
    const parsed = parseReferentieCsv(soort, formAlsCsv(soort, formData));
    if (parsed.fouten.length)
      return bericht(
        false,
        await foutTekst("controleerInvoer", {
          fouten: parsed.fouten.map((f) => f.melding.replace(/^rij \d+: /, "")).join("; "),
        }),
      );
    const row = parsed.rows[0]!;
    sleutel = KEY_FIELDS[soort].map((k) => String(row.data[k])).join("/");
    const result = await db.$transaction(async (tx) => {
      const { plan, herberekeningId } = await applyRows(tx, soort, [row], {
        actor: user.email,
        aanleiding: `${sleutel} gewijzigd in het formulier (${soort})`,
      });
      if (modus === "nieuw" && plan.nieuw.length === 0) throw new ReferentieInvoerError("bestaatAl", { sleutel });
      if (modus === "wijzig" && plan.nieuw.length > 0) throw new ReferentieInvoerError("bestaatNiet", { sleutel });
      if (plan.gewijzigd.length === 0 && plan.nieuw.length === 0) throw new ReferentieInvoerError("nietsGewijzigd");
      return herberekeningId;
    });
    herberekeningId = result;
  } catch (error) {
    if (error instanceof ReferentieInvoerError) return bericht(false, await vertaalFout(error));
    throw error;
  }
  if (herberekeningId) {
    await queueHerberekening(herberekeningId);
    redirect(`/beheer/herberekeningen#h-${herberekeningId}`);
  }
  redirect(`/beheer/referentie/${soort}?bewaard=${encodeURIComponent(urlSleutel(sleutel))}`);
});

export const importVoorbereidenAction = formAction({ access: "maintainReference" }, async ({ user, formData }) => {
  const soort = formData.get("soort");
  const bestand = formData.get("bestand");
  if (!isReferentieSoort(soort) || soort === "besturen") return bericht(false, await foutTekst("kiesRioBestand"));
  if (!(bestand instanceof File) || bestand.size === 0) return bericht(false, await foutTekst("kiesCsv"));
  if (bestand.size > MAX_BYTES) return bericht(false, await foutTekst("bestandTeGroot"));
  let id: string;
  try {
    id = await bereidImportVoor(db, {
      soort,
      bestandsnaam: bestand.name || "bestand.csv",
      bytes: Buffer.from(await bestand.arrayBuffer()),
      actor: user.email,
    });
  } catch (error) {
    if (error instanceof ReferentieInvoerError) return bericht(false, await vertaalFout(error));
    throw error;
  }
  redirect(`/beheer/referentie/import/${id}`);
});

export const importToepassenAction = formAction({ access: "maintainReference" }, async ({ user, formData }) => {
  const id = z.uuid().safeParse(formData.get("id"));
  if (!id.success) return bericht(false, await foutTekst("importBestaatNiet"));
  try {
    const { herberekeningId, alToegepast } = await pasImportToe(db, { id: id.data, actor: user.email });
    if (herberekeningId && !alToegepast) await queueHerberekening(herberekeningId);
  } catch (error) {
    if (error instanceof ReferentieInvoerError) return bericht(false, await vertaalFout(error));
    throw error;
  }
  redirect(`/beheer/referentie/import/${id.data}`);
});
