// The OSR's fixed lists (osr.md): the contexten a contact person can stand for, which of them are
// restricted, and the services a supplier can be mandated for.
import type { Dienst, OsrContext } from "@/generated/prisma/enums";

export const CONTEXTEN = [
  "ALGEMEEN",
  "AANMELDEN",
  "VERZUIM",
  "BPV",
  "TOEZICHT",
  "FACTURATIE",
  "ICT",
] as const satisfies readonly OsrContext[];

/** Who stands for these is visible only to the school's own users and DUO staff. */
export const BEPERKTE_CONTEXTEN: ReadonlySet<OsrContext> = new Set<OsrContext>(["VERZUIM", "TOEZICHT", "BPV"]);

export const DIENSTEN = ["DUO_MBO", "ROD_PO", "VERZUIM"] as const satisfies readonly Dienst[];

export function isBeperkt(context: OsrContext): boolean {
  return BEPERKTE_CONTEXTEN.has(context);
}

/** The contexten in the fixed order of osr.md, duplicates and unknown values dropped. */
export function ordenContexten(values: readonly string[]): OsrContext[] {
  const chosen = new Set(values);
  return CONTEXTEN.filter((c) => chosen.has(c));
}
