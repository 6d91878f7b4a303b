// GET /api/v1/mandaten: the mandates schools gave the caller's leverancier (osr.md) — school, dienst,
// from and until, and whether it holds today — cursor paged, ended ones included.
import { clientRoute, operation } from "@/lib/api/handler";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { mandatenVanLeverancier } from "@/lib/osr/mandaten";
import { fromDb, todayIso } from "@/lib/shared/dates";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Record<string, never>>({
  GET: operation({
    async handle({ request, caller }) {
      const page = pageRequest(request.nextUrl.searchParams, 1);
      if (!page.ok) return page.response;
      const after = page.after && typeof page.after[0] === "string" ? page.after[0] : null;
      const rows = await mandatenVanLeverancier(db, caller.leverancierId, after, page.limit + 1);
      const today = todayIso();
      const items = rows.slice(0, page.limit).map((m) => {
        const begindatum = fromDb(m.begindatum);
        const einddatum = fromDb(m.einddatum);
        return {
          id: m.id,
          brin: m.brin,
          naam: m.instelling.naam,
          dienst: m.dienst,
          begindatum,
          einddatum,
          geldig: begindatum <= today && (einddatum === null || einddatum >= today),
        };
      });
      return json(200, { items, next: rows.length > page.limit ? encodeCursor([items.at(-1)!.id]) : null });
    },
  }),
});
