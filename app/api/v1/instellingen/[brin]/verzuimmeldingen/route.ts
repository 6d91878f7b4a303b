// GET /api/v1/instellingen/{brin}/verzuimmeldingen: the school's po verzuimmeldingen, cursor paged by volgnummer.
import { clientRoute, operation } from "@/lib/api/handler";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { leesVerzuimmeldingen } from "@/lib/api/register/lezen";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  GET: operation({
    mandate: "VERZUIM",
    async handle({ request, params }) {
      const page = pageRequest(request.nextUrl.searchParams, 1);
      if (!page.ok) return page.response;
      const rows = await leesVerzuimmeldingen(params.brin, page.after ? String(page.after[0]) : null, page.limit + 1);
      const items = rows.slice(0, page.limit);
      return json(200, {
        items,
        next: rows.length > page.limit ? encodeCursor([items.at(-1)!.verzuimvolgnummer]) : null,
      });
    },
  }),
});
