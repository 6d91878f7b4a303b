// GET /api/v1/instellingen/{brin}/resultaten: the school's mbo resultaten, cursor paged by volgnummer.
import { clientRoute, operation } from "@/lib/api/handler";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { leesResultaten } from "@/lib/api/register/lezen";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  GET: operation({
    mandate: "DUO_MBO",
    async handle({ request, params }) {
      const page = pageRequest(request.nextUrl.searchParams, 1);
      if (!page.ok) return page.response;
      const rows = await leesResultaten(params.brin, page.after ? String(page.after[0]) : null, page.limit + 1);
      const items = rows.slice(0, page.limit);
      return json(200, {
        items,
        next: rows.length > page.limit ? encodeCursor([items.at(-1)!.resultaatvolgnummer]) : null,
      });
    },
  }),
});
