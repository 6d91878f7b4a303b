// GET /api/v1/instellingen/{brin}/meldingen?since=…: the terugkoppeling of every processed melding.
import { clientRoute, operation } from "@/lib/api/handler";
import { sinceParam } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { feedPageRequest, meldingenPagina } from "@/lib/api/register/feeds";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  GET: operation({
    mandate: "ANY",
    async handle({ request, params }) {
      const since = sinceParam(request.nextUrl.searchParams);
      if (!since.ok) return since.response;
      const page = feedPageRequest(request.nextUrl.searchParams);
      if (!page.ok) return page.response;
      return json(200, await meldingenPagina(params.brin, since.since, page.limit, page.after));
    },
  }),
});
