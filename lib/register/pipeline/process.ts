// The one writer of register tables: a melding goes through R01, its soort's step, signalen, the
// funding recompute and berichten in ONE transaction, and is always recorded as the terugkoppeling.
import type { PrismaClient } from "@/generated/prisma/client";
import type { MeldingSoort } from "@/generated/prisma/enums";
import type { Assessment } from "@/lib/bekostiging/types";
import type { Melding, Soort } from "@/lib/register/validate";
import { applyBpv } from "./bpv";
import type { StepContext, StepResult } from "./context";
import { applyInschrijving } from "./inschrijving";
import type { ReferenceSnapshot } from "./reference";
import { applyResultaat } from "./resultaat";
import { storedKey, syncPerson, toAssessment } from "./sync";
import type { Afzender, RegisterAfkeuring, SignaalOut, Terugkoppeling } from "./types";
import { applyVerzuim } from "./verzuim";

export const MELDING_SOORT: Record<Soort, MeldingSoort> = {
  "mbo-inschrijvingen": "MBO_INSCHRIJVING",
  "po-inschrijvingen": "PO_INSCHRIJVING",
  "mbo-bpv": "BPV",
  "mbo-resultaten": "RESULTAAT",
  "po-verzuim": "VERZUIM",
};
/** The sector a soort belongs to: a school of the other sector cannot deliver it (R01). */
export const SECTOR_VAN_SOORT: Record<Soort, "MBO" | "PO"> = {
  "mbo-inschrijvingen": "MBO",
  "mbo-bpv": "MBO",
  "mbo-resultaten": "MBO",
  "po-inschrijvingen": "PO",
  "po-verzuim": "PO",
};

/** The key of a record as one string (BPV: `ivn/bpvnr`), as meldingen and signalen store it. */
export function sleutelTekst(soort: Soort, sleutel: Record<string, string>): string {
  switch (soort) {
    case "mbo-bpv":
      return `${sleutel.inschrijvingsvolgnummer}/${sleutel.bpvVolgnummer}`;
    case "mbo-resultaten":
      return sleutel.resultaatvolgnummer ?? "";
    case "po-verzuim":
      return sleutel.verzuimvolgnummer ?? "";
    default:
      return sleutel.inschrijvingsvolgnummer ?? "";
  }
}

/** A melding as it reaches the pipeline: validated, or already rejected by the field checks. */
export type Inkomend = (
  | { ok: true; melding: Melding }
  | { ok: false; soort: Soort; brin: string; sleutel: string; verwijdering: boolean; afkeuringen: RegisterAfkeuring[] }
) & {
  /** Upload only: the melding's rows in the file, for the error report. */
  rijen?: number[];
};

class Afgekeurd extends Error {}

async function step(ctx: StepContext, melding: Melding): Promise<StepResult | null> {
  switch (melding.soort) {
    case "mbo-inschrijvingen":
    case "po-inschrijvingen":
      return applyInschrijving(ctx, melding as Melding<"mbo-inschrijvingen"> | Melding<"po-inschrijvingen">);
    case "mbo-bpv":
      return applyBpv(ctx, melding as Melding<"mbo-bpv">);
    case "mbo-resultaten":
      return applyResultaat(ctx, melding as Melding<"mbo-resultaten">);
    case "po-verzuim":
      return applyVerzuim(ctx, melding as Melding<"po-verzuim">);
  }
}

/** The record's own assessments (a BPV: its inschrijving's), sorted by date. */
function ownAssessments(all: Assessment[], soort: Soort, brin: string, sleutel: Record<string, string>): Assessment[] {
  if (soort === "po-verzuim") return [];
  const kind = soort === "mbo-resultaten" ? "RESULTAAT" : "INSCHRIJVING";
  const volgnummer = soort === "mbo-resultaten" ? sleutel.resultaatvolgnummer : sleutel.inschrijvingsvolgnummer;
  return all
    .filter((a) => a.kind === kind && a.brin === brin && a.volgnummer === volgnummer)
    .sort((a, b) => (storedKey(a).peildatum < storedKey(b).peildatum ? -1 : 1));
}

export async function verwerkMelding(db: PrismaClient, ref: ReferenceSnapshot, afzender: Afzender, inkomend: Inkomend): Promise<Terugkoppeling> {
  const ontvangenOp = new Date();
  const soort = inkomend.ok ? inkomend.melding.soort : inkomend.soort;
  const brin = inkomend.ok ? inkomend.melding.sleutel.brin : inkomend.brin;
  const sleutelRecord = inkomend.ok ? (inkomend.melding.sleutel as Record<string, string>) : {};
  const sleutel = inkomend.ok ? sleutelTekst(soort, sleutelRecord) : inkomend.sleutel;
  const verwijdering = inkomend.ok ? inkomend.melding.actie === "verwijderen" : inkomend.verwijdering;
  const base = { brin, bron: afzender.bron, uploadId: afzender.uploadId ?? null, soort: MELDING_SOORT[soort], sleutel, verwijdering, ontvangenOp, actor: afzender.actor };

  const rejected = async (afkeuringen: RegisterAfkeuring[]): Promise<Terugkoppeling> => {
    const codes = afkeuringen.map((a) => ({ code: a.code, kolom: a.kolom, melding: a.melding }));
    // The error report lists an afkeuring on its own row, or on every row of the melding.
    const fouten = afzender.uploadId
      ? afkeuringen.flatMap((a) => (a.rij ? [a.rij] : (inkomend.rijen ?? [])).map((rij) => ({ uploadId: afzender.uploadId!, rij, kolom: a.kolom, code: a.code, melding: a.melding })))
      : [];
    const [row] = await db.$transaction([
      db.melding.create({ data: { ...base, status: "AFGEKEURD", codes, verwerktOp: new Date() } }),
      db.uploadFout.createMany({ data: fouten }),
    ]);
    return { meldingId: row.id, soort, brin, sleutel, status: "AFGEKEURD", aangemaakt: false, gewijzigd: false, afkeuringen, signalen: [], bekostiging: [] };
  };

  if (!inkomend.ok) return rejected(inkomend.afkeuringen);
  const instelling = ref.instellingen.get(brin);
  if (!instelling || instelling.sector !== SECTOR_VAN_SOORT[soort] || !afzender.mayDeliver(brin, soort)) {
    return rejected([{ code: "R01", kolom: "brin", melding: `U kunt voor ${brin} geen ${soort} aanleveren (onbekend, andere sector of geen recht).` }]);
  }

  const afkeuringen: RegisterAfkeuring[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        const ctx: StepContext = { tx, ref, afzender, brin, afkeuringen };
        const result = await step(ctx, inkomend.melding);
        if (!result) throw new Afgekeurd();
        let assessments: Assessment[] = [];
        if (result.gewijzigd) {
          for (const persoonId of result.persoonIds) assessments.push(...(await syncPerson(tx, persoonId, ref, brin)).assessments);
        } else {
          const rows = await tx.bekostigingsbeoordeling.findMany({ where: { persoonId: { in: result.persoonIds } } });
          assessments = rows.map(toAssessment);
        }
        const stored = await tx.signaal.findMany({ where: { brin, soort: MELDING_SOORT[soort], sleutel }, orderBy: { code: "asc" } });
        const signalen: SignaalOut[] = stored.map((s) => ({ code: s.code, parameters: s.parameters as Record<string, string> }));
        if (result.gewijzigd && result.raaktVastgesteld) signalen.push({ code: "S03", parameters: {} });
        const row = await tx.melding.create({
          data: { ...base, status: "VERWERKT", gewijzigd: result.gewijzigd, codes: signalen.map((s) => ({ code: s.code, parameters: s.parameters })), verwerktOp: new Date() },
        });
        return {
          meldingId: row.id,
          soort,
          brin,
          sleutel,
          status: "VERWERKT" as const,
          aangemaakt: result.aangemaakt,
          gewijzigd: result.gewijzigd,
          afkeuringen: [],
          signalen,
          bekostiging: ownAssessments(assessments, soort, brin, sleutelRecord),
        };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    if (error instanceof Afgekeurd) return rejected(afkeuringen);
    throw error;
  }
}
