// A school's berichten as CSV, with the inbox's current filters, newest first, read page by page.
import { csvResponse } from "@/lib/shared/csv";
import type { CsvCell } from "@/lib/shared/csv";
import { BERICHT_SOORTEN, berichtenPagina, type BerichtFilters } from "@/lib/register/queries/berichten";
import type { Cursor } from "@/lib/shared/keyset";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

export function berichtFiltersUit(params: URLSearchParams): BerichtFilters {
  const soort = BERICHT_SOORTEN.find((s) => s === params.get("soort"));
  return { alleenOngelezen: params.get("ongelezen") === "1", ...(soort ? { soort } : {}) };
}

export async function berichtenCsv(scope: RegisterScope, request: Request): Promise<Response> {
  const filters = berichtFiltersUit(new URL(request.url).searchParams);
  await logInzage(scope, { entiteit: "Lijst", sleutel: "berichten-export", na: { filters } });
  async function* rows(): AsyncGenerator<CsvCell[]> {
    let cursor: Cursor = null;
    for (;;) {
      const page = await berichtenPagina(scope.brin, filters, cursor, undefined, 1000);
      for (const b of page.rijen)
        yield [scope.brin, b.aangemaaktOp.toISOString(), b.soort, b.gelezen, JSON.stringify(b.gegevens)];
      if (page.volgende === null) return;
      cursor = { na: page.volgende };
    }
  }
  return csvResponse(`berichten-${scope.brin}`, ["brin", "ontvangen_op", "soort", "gelezen", "gegevens"], rows());
}
