// The dashboards' counts (BekostigingTelling) kept in step with the assessments: each transaction
// that creates, changes or removes assessments adds its differences as delta rows, summed per
// group, in one insert. Folding them into the counts is lib/register/funding/telling.ts's job.
import type { Assessment } from "@/lib/bekostiging/types";
import { insertRows, type Tx } from "./bulk";

/** Where an assessment is counted; its dimensions are stored with it (see Bekostigingsbeoordeling). */
export interface Geteld {
  brin: string;
  soort: string;
  peildatum: string;
  status: string;
  codes: readonly string[];
  gewicht: number;
  opleidingscode: string | null;
  leerweg: string | null;
}

export class TellingDelta {
  private readonly groups = new Map<
    string,
    { row: Omit<Geteld, "codes" | "gewicht"> & { codes: string }; aantal: number; gewicht: number }
  >();

  /** +1 for an assessment that now counts, -1 for one that no longer does (removed, or moved group). */
  add(a: Geteld, sign: 1 | -1): void {
    const codes = a.codes.join(",");
    const key = `${a.brin}\u0000${a.peildatum}\u0000${a.soort}\u0000${a.opleidingscode ?? ""}\u0000${a.leerweg ?? ""}\u0000${a.status}\u0000${codes}`;
    let g = this.groups.get(key);
    if (!g) {
      g = {
        row: {
          brin: a.brin,
          soort: a.soort,
          peildatum: a.peildatum,
          status: a.status,
          codes,
          opleidingscode: a.opleidingscode ?? "",
          leerweg: a.leerweg ?? "",
        },
        aantal: 0,
        gewicht: 0,
      };
      this.groups.set(key, g);
    }
    g.aantal += sign;
    g.gewicht += sign * a.gewicht;
  }

  /** Writes the non-zero differences (sent ahead). */
  flush(tx: Tx): void {
    const rows = [...this.groups.values()]
      .filter((g) => g.aantal !== 0 || Math.abs(g.gewicht) >= 0.00005)
      .map((g) => ({
        brin: g.row.brin,
        peildatum: g.row.peildatum,
        soort: g.row.soort,
        opleidingscode: g.row.opleidingscode,
        leerweg: g.row.leerweg,
        status: g.row.status,
        codes: g.row.codes,
        aantal: g.aantal,
        gewicht: Math.round(g.gewicht * 10_000) / 10_000,
      }));
    this.groups.clear();
    insertRows(tx, "BekostigingTellingDelta", rows);
  }
}

/** An assessment as counted: the rules' output with the dimensions the pipeline found for it. */
export function geteld(
  a: Assessment,
  peildatum: string,
  soort: string,
  dims: { opleidingscode: string | null; leerweg: string | null },
): Geteld {
  return {
    brin: a.brin,
    soort,
    peildatum,
    status: a.status,
    codes: a.codes,
    gewicht: a.gewicht,
    opleidingscode: dims.opleidingscode,
    leerweg: dims.leerweg,
  };
}
