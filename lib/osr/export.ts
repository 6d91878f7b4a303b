// Mandates as CSV (a school's for its beheerder, every school's for DUO), as the lists show them.
import { csvResponse } from "@/lib/shared/csv";
import type { MandaatRij } from "./mandaten";

export function mandatenCsv(naam: string, rijen: MandaatRij[]): Response {
  return csvResponse(
    naam,
    ["brin", "instelling", "leverancier", "dienst", "begindatum", "einddatum", "status", "aangemaakt_op"],
    rijen.map((m) => [
      m.brin,
      m.instellingNaam,
      m.leverancierNaam,
      m.dienst,
      m.begindatum,
      m.einddatum,
      m.status,
      m.aangemaaktOp.toISOString(),
    ]),
  );
}
