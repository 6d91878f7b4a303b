// GET /api/v1/instellingen/{brin}/berichten?since=…: the school's inbox, oldest first.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { pageRequest, sinceParam } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { berichtenPagina } from "@/lib/api/register/feeds";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "ANY");
    if (school instanceof Response) return school;
    const since = sinceParam(request.nextUrl.searchParams);
    if (!since.ok) return since.response;
    const page = pageRequest(request.nextUrl.searchParams, 2);
    if (!page.ok) return page.response;
    return json(200, await berichtenPagina(params.brin, since.since, page.limit, page.after));
  },
});
