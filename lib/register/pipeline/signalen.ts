// Signalen S01, S02, S04 and S05 (rules.md) of one person's records: pure, recomputed after every
// melding so a signaal disappears as soon as its cause is gone. S03 belongs to a melding, not a record.
import { addDays } from "@/lib/bekostiging/dates";
import { compareCodePoints } from "@/lib/bekostiging/compare";
import type { PersonRecords } from "./person-records";

export type RecordSoort = "MBO_INSCHRIJVING" | "PO_INSCHRIJVING" | "BPV";
export interface RecordSignaal {
  brin: string;
  soort: RecordSoort;
  sleutel: string;
  code: string;
  parameters: Record<string, string>;
}

type Span = {
  brin: string;
  inschrijvingsvolgnummer: string;
  datumInschrijving: string;
  datumUitschrijving: string | null;
};

const END = "9999-12-31";
const overlaps = (a: Span, b: Span) =>
  a.datumInschrijving <= (b.datumUitschrijving ?? END) && b.datumInschrijving <= (a.datumUitschrijving ?? END);

function s01(spans: Span[], soort: RecordSoort): RecordSignaal[] {
  const out: RecordSignaal[] = [];
  for (const a of spans) {
    const others = spans.filter((b) => b.brin !== a.brin && overlaps(a, b)).map((b) => b.brin);
    const brins = [...new Set(others)].sort(compareCodePoints);
    if (brins.length)
      out.push({
        brin: a.brin,
        soort,
        sleutel: a.inschrijvingsvolgnummer,
        code: "S01",
        parameters: { brin: brins.join(",") },
      });
  }
  return out;
}

/** S02: the earlier inschrijving elsewhere ended, and the day after is not this one's start. */
function s02(spans: Span[]): RecordSignaal[] {
  const out: RecordSignaal[] = [];
  for (const later of spans) {
    const earlier = spans
      .filter((e) => e.brin !== later.brin && e.datumInschrijving < later.datumInschrijving)
      .sort((x, y) => compareCodePoints(y.datumInschrijving, x.datumInschrijving))[0];
    if (earlier?.datumUitschrijving && addDays(earlier.datumUitschrijving, 1) !== later.datumInschrijving) {
      out.push({
        brin: later.brin,
        soort: "PO_INSCHRIJVING",
        sleutel: later.inschrijvingsvolgnummer,
        code: "S02",
        parameters: { brin: earlier.brin, datumUitschrijving: earlier.datumUitschrijving },
      });
    }
  }
  return out;
}

export function recordSignalen(records: PersonRecords): RecordSignaal[] {
  const out = [...s01(records.mbo, "MBO_INSCHRIJVING"), ...s01(records.po, "PO_INSCHRIJVING"), ...s02(records.po)];
  for (const i of records.mbo) {
    if (i.perioden.some((p) => p.leerweg === "BBL") && i.bpv.length === 0) {
      out.push({
        brin: i.brin,
        soort: "MBO_INSCHRIJVING",
        sleutel: i.inschrijvingsvolgnummer,
        code: "S04",
        parameters: {},
      });
    }
    for (const b of i.bpv) {
      const einde = b.datumEinde ?? b.datumEindeGepland;
      if (b.datumBegin < i.datumInschrijving || (i.datumUitschrijving !== null && einde > i.datumUitschrijving)) {
        out.push({
          brin: i.brin,
          soort: "BPV",
          sleutel: `${i.inschrijvingsvolgnummer}/${b.bpvVolgnummer}`,
          code: "S05",
          parameters: {},
        });
      }
    }
  }
  return out;
}
