// GET /api/v1/instellingen/{brin}/meldingen?since=…: the terugkoppeling of every processed melding.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { sinceParam } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { feedPageRequest, meldingenPagina } from "@/lib/api/register/feeds";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "ANY");
    if (school instanceof Response) return school;
    const since = sinceParam(request.nextUrl.searchParams);
    if (!since.ok) return since.response;
    const page = feedPageRequest(request.nextUrl.searchParams);
    if (!page.ok) return page.response;
    return json(200, await meldingenPagina(params.brin, since.since, page.limit, page.after));
  },
});
