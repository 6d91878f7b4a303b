// A form's melding through the one pipeline: the upload's validation, verwerkMelding with bron FORM,
// and the terugkoppeling in the form's terms — afkeuringen per field, or signalen and funding.
import type { PrismaClient } from "@/generated/prisma/client";
import type { Assessment } from "@/lib/bekostiging/types";
import { sleutelTekst, verwerkMelding, type Inkomend } from "@/lib/register/pipeline/process";
import type { Afzender, SignaalOut, Terugkoppeling } from "@/lib/register/pipeline/types";
import { userMayDeliver } from "@/lib/register/uploads/rights";
import { SLEUTEL_SCHEMAS, toCamel, valideerVerwijdering, type Soort } from "@/lib/register/validate";
import {
  bevindingNaarAfkeuring,
  registerAfkeuringNaarVelden,
  valideerFormulier,
  type FormAfkeuring,
  type Waarden,
} from "./formulier";

export type FormulierUitkomst =
  | { status: "afgekeurd"; meldingId: number; afkeuringen: FormAfkeuring[] }
  | {
      status: "verwerkt";
      meldingId: number;
      aangemaakt: boolean;
      gewijzigd: boolean;
      signalen: SignaalOut[];
      bekostiging: Assessment[];
    };

/**
 * The sender of a form: the signed-in user, who may deliver only as INSTELLING_BEHEERDER of the
 * school (read fresh from the database). Anyone else's melding is R01, whatever the page allowed.
 */
export async function formAfzender(db: PrismaClient, gebruiker: { id: string; email: string }): Promise<Afzender> {
  return {
    bron: "FORM",
    actorType: "USER",
    actor: gebruiker.email,
    mayDeliver: await userMayDeliver(db, gebruiker.id),
  };
}

/** The key of a melding as text for the terugkoppeling, also when its fields did not pass. */
function sleutelVan(soort: Soort, invoer: Record<string, unknown>): string {
  const velden = Object.keys(SLEUTEL_SCHEMAS[soort].shape);
  return sleutelTekst(
    soort,
    Object.fromEntries(velden.map((v) => [v, typeof invoer[v] === "string" ? (invoer[v] as string) : ""])),
  );
}

function verwerkt(t: Terugkoppeling): FormulierUitkomst {
  return {
    status: "verwerkt",
    meldingId: t.meldingId,
    aangemaakt: t.aangemaakt,
    gewijzigd: t.gewijzigd,
    signalen: t.signalen,
    bekostiging: t.bekostiging,
  };
}

export interface FormulierInvoer {
  soort: Soort;
  /** What was posted. */
  waarden: Waarden;
  /** What the server decides: brin, the key of a record being changed, the person's PGN. */
  vast: Record<string, unknown> & { brin: string };
  /** Today as ISO date (F07 "in the future"). */
  vandaag: string;
}

/**
 * Delivers the latest full state of one record from a form. A rejected melding is recorded as
 * afgekeurd like any other (the terugkoppeling of the school), and nothing else changes.
 */
export async function verwerkFormulier(
  db: PrismaClient,
  afzender: Afzender,
  input: FormulierInvoer,
): Promise<FormulierUitkomst> {
  const { soort } = input;
  const checked = valideerFormulier(soort, input.waarden, input.vast, input.vandaag);
  const inkomend: Inkomend = checked.ok
    ? { ok: true, melding: checked.melding }
    : {
        ok: false,
        soort,
        brin: input.vast.brin,
        sleutel: sleutelVan(soort, checked.invoer),
        verwijdering: false,
        afkeuringen: checked.afkeuringen.map(({ code, kolom, melding }) => ({ code, kolom, melding })),
        deel: checked.deel,
      };
  const t = await verwerkMelding(db, afzender, inkomend);
  if (t.status === "VERWERKT") return verwerkt(t);
  // The field checks' afkeuringen as the form placed them, then the register's (every code, rules.md).
  const veldAfkeuringen = checked.ok ? [] : checked.afkeuringen;
  const registerAfkeuringen = t.afkeuringen
    .slice(veldAfkeuringen.length)
    .flatMap((a) => registerAfkeuringNaarVelden(soort, a, checked.invoer));
  return { status: "afgekeurd", meldingId: t.meldingId, afkeuringen: [...veldAfkeuringen, ...registerAfkeuringen] };
}

/** Removes one record delivered by mistake (actie verwijderen), through the same pipeline. */
export async function verwijderViaFormulier(
  db: PrismaClient,
  afzender: Afzender,
  soort: Soort,
  sleutel: Record<string, string>,
): Promise<FormulierUitkomst> {
  const checked = valideerVerwijdering(soort, sleutel);
  const inkomend: Inkomend = checked.ok
    ? { ok: true, melding: checked.melding }
    : {
        ok: false,
        soort,
        brin: sleutel.brin ?? "",
        sleutel: sleutelVan(soort, sleutel),
        verwijdering: true,
        afkeuringen: checked.bevindingen
          .map(bevindingNaarAfkeuring)
          .map(({ code, kolom, melding }) => ({ code, kolom, melding })),
        deel: checked.deel,
      };
  const t = await verwerkMelding(db, afzender, inkomend);
  if (t.status === "VERWERKT") return verwerkt(t);
  return {
    status: "afgekeurd",
    meldingId: t.meldingId,
    afkeuringen: t.afkeuringen.map((a) => ({
      code: a.code,
      kolom: a.kolom,
      veld: toCamel(a.kolom),
      melding: a.melding,
    })),
  };
}
