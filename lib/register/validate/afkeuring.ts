// Afkeuringen (rules.md F01–F10): their shape for CSV reports and API answers, and zod issue → code.
import type { z } from "zod";

export const F_CODES = ["F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F10"] as const;
export type FCode = (typeof F_CODES)[number];

/** A finding on a camelCase melding: `pad` is the property path (API: a JSON pointer). */
export interface Bevinding {
  code: FCode;
  pad: (string | number)[];
  melding: string;
}

/** A finding on an uploaded file: the CSV column and the spreadsheet row. */
export interface Afkeuring {
  code: FCode;
  kolom: string;
  melding: string;
  rij?: number;
}

/** RFC 6901 pointer for problem+json `invalidParams[].name`. */
export function jsonPointer(pad: readonly (string | number)[]): string {
  return pad.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** A list miss is F06, a custom check names its own code, every other format problem is F02. */
export function codeVan(issue: z.core.$ZodIssue): FCode {
  if (issue.code === "invalid_value") return "F06";
  if (issue.code === "custom") {
    const code: unknown = issue.params?.code;
    if (typeof code === "string" && (F_CODES as readonly string[]).includes(code)) return code as FCode;
  }
  return "F02";
}

/** One finding per (code, place): several rules may see the same fault (a periode both early and first). */
export function uniek<T extends { code: string }>(lijst: T[], plaats: (t: T) => string): T[] {
  const gezien = new Set<string>();
  return lijst.filter((t) => {
    const k = `${t.code}\u0000${plaats(t)}`;
    if (gezien.has(k)) return false;
    gezien.add(k);
    return true;
  });
}
