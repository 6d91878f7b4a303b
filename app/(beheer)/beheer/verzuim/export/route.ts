// `GET /beheer/verzuim/export`: the back office's verzuim list with its current filters as CSV
// (both DUO roles; every other role 404). The reading of person data is audited like the list.
import { db } from "@/lib/db";
import { requireSection } from "@/lib/auth/session";
import { csvResponse } from "@/lib/shared/csv";
import { auditVerzuimExport, verzuimFilter, verzuimLijst } from "@/lib/beheer/verzuim/queries";
import type { CsvCell } from "@/lib/shared/csv";
import type { Cursor } from "@/lib/shared/keyset";

export async function GET(request: Request) {
  const user = await requireSection("beheer");
  const params = new URL(request.url).searchParams;
  const filter = verzuimFilter.parse({
    brin: params.get("brin") || undefined,
    soort: params.get("soort") || undefined,
    behandelstatus: params.get("behandelstatus") || undefined,
  });
  await auditVerzuimExport(db, user.email, filter);
  async function* rows(): AsyncGenerator<CsvCell[]> {
    let cursor: Cursor = null;
    for (;;) {
      const page = await verzuimLijst(db, filter, cursor, 1000);
      for (const v of page.rijen)
        yield [
          v.brin,
          v.verzuimvolgnummer,
          v.pgn,
          v.naam,
          v.soort === "U16_4W" ? "16U_4W" : v.soort,
          v.datumBegin,
          v.datumEinde,
          v.toelichting,
          v.behandelstatus,
        ];
      if (page.volgende === null) return;
      cursor = { na: page.volgende };
    }
  }
  return csvResponse(
    "verzuim",
    [
      "brin",
      "verzuimvolgnummer",
      "pgn",
      "naam",
      "soort",
      "datum_begin",
      "datum_einde",
      "toelichting",
      "behandelstatus",
    ],
    rows(),
  );
}
