// GET /api/v1/instellingen/{brin}/inschrijvingen: the school's inschrijvingen, cursor paged by volgnummer.
import { clientRoute, operation } from "@/lib/api/handler";
import { inschrijvingDienst } from "@/lib/api/mandates";
import { json } from "@/lib/api/problem";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { leesInschrijvingen } from "@/lib/api/register/lezen";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  GET: operation({
    mandate: inschrijvingDienst,
    async handle({ request, params }) {
      const page = pageRequest(request.nextUrl.searchParams, 1);
      if (!page.ok) return page.response;
      const rows = await leesInschrijvingen(params.brin, page.after ? String(page.after[0]) : null, page.limit + 1);
      const items = rows.slice(0, page.limit);
      const next = rows.length > page.limit ? encodeCursor([items.at(-1)!.inschrijvingsvolgnummer]) : null;
      return json(200, { items, next });
    },
  }),
});
