// GET /api/v1/instellingen/{brin}/bekostiging?teldatum=YYYY-MM-DD: every assessment of that teldatum.
import { clientRoute, operation } from "@/lib/api/handler";
import { pageRequest } from "@/lib/api/paging";
import { json, ApiProblem } from "@/lib/api/problem";
import { bekostigingPagina, isTeldatum } from "@/lib/api/register/feeds";
import { velden } from "@/lib/register/validate";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  GET: operation({
    mandate: "ANY",
    async handle({ request, params, school }) {
      const teldatum = request.nextUrl.searchParams.get("teldatum") ?? "";
      if (!velden.datum.safeParse(teldatum).success)
        throw new ApiProblem(400, "Geef de teldatum als ?teldatum=JJJJ-MM-DD.");
      if (!(await isTeldatum(school.sector, teldatum)))
        throw new ApiProblem(404, `${teldatum} is geen teldatum van de sector ${school.sector}.`);
      const page = pageRequest(request.nextUrl.searchParams, 1);
      if (!page.ok) return page.response;
      return json(200, await bekostigingPagina(params.brin, teldatum, page.limit, page.after));
    },
  }),
});
