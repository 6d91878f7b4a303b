// The terugkoppeling of a PUT or DELETE as the API answers it (api.md): 200/201 with melding,
// signalen and the record's own funding assessments, or 422 (404 for R06) problem+json with
// invalidParams whose `name` is a JSON pointer into the body.
import type { Assessment } from "@/lib/bekostiging/types";
import { CODES } from "@/lib/bekostiging/codes";
import type { Terugkoppeling } from "@/lib/register/pipeline/types";
import { jsonPointer, KOLOMMEN, toCamel, type Bevinding, type Soort } from "@/lib/register/validate";
import type { InvalidParam } from "@/lib/shared/problem";
import { json, problem } from "../problem";

export function omschrijving(code: string): string {
  return (CODES as Record<string, { nl: { omschrijving: string } } | undefined>)[code]?.nl.omschrijving ?? code;
}

export type BekostigingJson =
  | {
      teldatum: string;
      status: "J" | "N";
      codes: string[];
      gewicht: number;
      definitief: boolean;
      parameters: Record<string, string>;
    }
  | {
      kalenderjaar: number;
      status: "J" | "N";
      codes: string[];
      gewicht: number;
      definitief: boolean;
      parameters: Record<string, string>;
    };

export function bekostigingJson(a: Assessment): BekostigingJson {
  const common = {
    status: a.status,
    codes: a.codes,
    gewicht: a.gewicht,
    definitief: a.definitief,
    parameters: a.parameters,
  };
  return a.kind === "INSCHRIJVING" ? { teldatum: a.teldatum, ...common } : { kalenderjaar: a.kalenderjaar, ...common };
}

export const signaalJson = (s: { code: string; parameters: Record<string, string> }) => ({
  code: s.code,
  omschrijving: omschrijving(s.code),
  parameters: s.parameters,
});

/** `invalidParams` from the field checks: their property path is already a pointer. */
export function fromBevindingen(bevindingen: Bevinding[]): InvalidParam[] {
  return bevindingen.map((b) => ({ name: jsonPointer(b.pad), code: b.code, reason: b.melding }));
}

type Body = Record<string, unknown>;

/**
 * A pipeline afkeuring names a CSV column; in a JSON body a periode column lives in `perioden`, so
 * point at the periode(s) it is about: those holding the value the afkeuring names (R02: the
 * opleiding or vestiging that fails the reference), else all of them.
 */
function pointerOf(soort: Soort, kolom: string, waarde: string | undefined, body: Body | null): string[] {
  const veld = toCamel(kolom);
  const perioden = Array.isArray(body?.perioden) ? (body.perioden as Body[]) : null;
  if (!KOLOMMEN[soort].periode.includes(kolom) || !perioden) return [jsonPointer([veld])];
  const failing = perioden
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => waarde === undefined || String(p[veld]) === waarde)
    .map(({ i }) => jsonPointer(["perioden", i, veld]));
  return failing.length ? failing : [jsonPointer(["perioden", veld])];
}

export function fromAfkeuringen(t: Terugkoppeling, body: Body | null): InvalidParam[] {
  const seen = new Set<string>();
  const params: InvalidParam[] = [];
  for (const a of t.afkeuringen) {
    for (const name of pointerOf(t.soort, a.kolom, a.waarde, body)) {
      const key = `${a.code}\u0000${name}\u0000${a.melding}`;
      if (seen.has(key)) continue;
      seen.add(key);
      params.push({ name, code: a.code, reason: a.melding });
    }
  }
  return params;
}

/** The answer to a processed melding. */
export function terugkoppelingResponse(
  t: Terugkoppeling,
  instance: string,
  invalidParams: () => InvalidParam[],
): Response {
  if (t.status === "AFGEKEURD") {
    const params = invalidParams();
    const codes = [...new Set(params.map((p) => p.code))];
    // api.md: removing what is not there is a 404 with code R06; every other afkeuring a 422.
    const notFound = codes.length === 1 && codes[0] === "R06";
    return problem(
      notFound ? 404 : 422,
      notFound
        ? "Er is niets om te verwijderen: dit record bestaat niet."
        : `De melding is afgekeurd (${codes.join(", ")}); er is niets opgeslagen.`,
      {
        instance,
        title: notFound ? "Niet gevonden" : undefined,
        extra: { invalidParams: params, melding: { id: t.meldingId, status: "afgekeurd" } },
      },
    );
  }
  const body = {
    melding: { id: t.meldingId, status: "verwerkt", gewijzigd: t.gewijzigd },
    signalen: t.signalen.map(signaalJson),
    bekostiging: t.bekostiging.map(bekostigingJson),
  };
  return json(t.aangemaakt ? 201 : 200, body, t.aangemaakt ? { Location: instance } : undefined);
}
