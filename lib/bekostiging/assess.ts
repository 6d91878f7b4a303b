// Entry point: every funding assessment of one person, keeping frozen ('D') ones as they stand.
import { compareCodePoints } from "./compare";
import { assessResultaten, vastgesteldeKalenderjaren } from "./diploma";
import { assessMboOpTeldatum } from "./mbo";
import { assessPoOpTeldatum } from "./po";
import { instellingVan } from "./reference";
import type {
  Assessment,
  InschrijvingAssessment,
  MboInschrijving,
  Person,
  PoInschrijving,
  Reference,
  Resultaat,
  ResultaatAssessment,
  Sector,
  Teldatum,
} from "./types";

export interface AssessPersonInput {
  person: Person;
  /** All of the person's inschrijvingen and resultaten, at every institution. */
  mboInschrijvingen: readonly MboInschrijving[];
  poInschrijvingen: readonly PoInschrijving[];
  resultaten: readonly Resultaat[];
  reference: Reference;
  /** The whole teldatum table (past and future). */
  teldata: readonly Teldatum[];
  /** The person's existing definitive assessments, at every institution. */
  frozen: readonly Assessment[];
}

const key = (sector: Sector, datum: string) => `${sector}|${datum}`;

/**
 * All assessments of the person: for every teldatum of the right sector on which an inschrijving
 * is active and for every mbo resultaat. A VASTGESTELD teldatum (or a fixed diploma year) gets no
 * new assessment: the frozen ones for it are returned unchanged, even when their record has since
 * changed or gone. Frozen assessments for a teldatum that is not VASTGESTELD are not frozen: they
 * are recomputed like any other.
 */
export function assessPerson(input: AssessPersonInput): Assessment[] {
  const { person, reference } = input;
  const vastgesteld = new Set(
    input.teldata.filter((t) => t.status === "VASTGESTELD").map((t) => key(t.sector, t.datum)),
  );
  const vastgesteldeJaren = vastgesteldeKalenderjaren(input.teldata);

  const frozenInschrijvingen = input.frozen.filter(
    (a): a is InschrijvingAssessment => a.kind === "INSCHRIJVING" && isFrozenTeldatum(a, vastgesteld, reference),
  );
  const frozenResultaten = input.frozen.filter(
    (a): a is ResultaatAssessment => a.kind === "RESULTAAT" && vastgesteldeJaren.has(a.kalenderjaar),
  );

  const computed: Assessment[] = [];
  const gezien = new Set<string>();
  for (const t of input.teldata) {
    const k = key(t.sector, t.datum);
    if (vastgesteld.has(k) || gezien.has(k)) continue;
    gezien.add(k);
    computed.push(
      ...(t.sector === "MBO"
        ? assessMboOpTeldatum(person, input.mboInschrijvingen, t.datum, reference)
        : assessPoOpTeldatum(person, input.poInschrijvingen, t.datum, reference)),
    );
  }
  computed.push(...assessResultaten(input.resultaten, reference, vastgesteldeJaren, frozenResultaten));

  return [...frozenInschrijvingen, ...frozenResultaten, ...computed].sort(compareAssessments);
}

/**
 * The teldatum of a frozen inschrijving assessment is VASTGESTELD. Its sector is the institution's;
 * should the brin be unknown, a VASTGESTELD teldatum on that date in either sector will do.
 */
function isFrozenTeldatum(a: InschrijvingAssessment, vastgesteld: ReadonlySet<string>, reference: Reference): boolean {
  const sector = instellingVan(reference, a.brin)?.sector;
  if (sector) return vastgesteld.has(key(sector, a.teldatum));
  return vastgesteld.has(key("MBO", a.teldatum)) || vastgesteld.has(key("PO", a.teldatum));
}

/** Stable output order: inschrijvingen before resultaten, then brin, volgnummer and date. */
export function compareAssessments(a: Assessment, b: Assessment): number {
  if (a.kind !== b.kind) return a.kind === "INSCHRIJVING" ? -1 : 1;
  const byKey = compareCodePoints(a.brin, b.brin) || compareCodePoints(a.volgnummer, b.volgnummer);
  if (byKey !== 0) return byKey;
  if (a.kind === "INSCHRIJVING" && b.kind === "INSCHRIJVING") return compareCodePoints(a.teldatum, b.teldatum);
  if (a.kind === "RESULTAAT" && b.kind === "RESULTAAT") return a.kalenderjaar - b.kalenderjaar;
  return 0;
}
