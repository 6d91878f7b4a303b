// GET /api/v1/instellingen/{brin}/inschrijvingen/{ivn}/bpv: the BPV of one mbo inschrijving, cursor paged by bpvVolgnummer.
import { clientRoute, operation } from "@/lib/api/handler";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json, ApiProblem } from "@/lib/api/problem";
import { leesBpvs } from "@/lib/api/register/lezen";

type Params = { brin: string; inschrijvingsvolgnummer: string };

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  GET: operation({
    mandate: "DUO_MBO",
    async handle({ request, params }) {
      const page = pageRequest(request.nextUrl.searchParams, 1);
      if (!page.ok) return page.response;
      const rows = await leesBpvs(params.brin, params.inschrijvingsvolgnummer, {
        after: page.after ? String(page.after[0]) : null,
        take: page.limit + 1,
      });
      if (!rows)
        throw new ApiProblem(404, "Deze inschrijving bestaat niet bij deze instelling.", {
          instance: request.nextUrl.pathname,
        });
      const items = rows.slice(0, page.limit);
      return json(200, { items, next: rows.length > page.limit ? encodeCursor([items.at(-1)!.bpvVolgnummer]) : null });
    },
  }),
});
