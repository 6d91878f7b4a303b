// GET /api/v1/instellingen/{brin}/bekostiging?teldatum=YYYY-MM-DD: every assessment of that teldatum.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { pageRequest } from "@/lib/api/paging";
import { json, problem } from "@/lib/api/problem";
import { bekostigingPagina, isTeldatum } from "@/lib/api/register/feeds";
import { velden } from "@/lib/register/validate";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "ANY");
    if (school instanceof Response) return school;
    const teldatum = request.nextUrl.searchParams.get("teldatum") ?? "";
    if (!velden.datum.safeParse(teldatum).success) return problem(400, "Geef de teldatum als ?teldatum=JJJJ-MM-DD.");
    if (!(await isTeldatum(school.sector, teldatum))) return problem(404, `${teldatum} is geen teldatum van de sector ${school.sector}.`);
    const page = pageRequest(request.nextUrl.searchParams, 1);
    if (!page.ok) return page.response;
    return json(200, await bekostigingPagina(params.brin, teldatum, page.limit, page.after));
  },
});
