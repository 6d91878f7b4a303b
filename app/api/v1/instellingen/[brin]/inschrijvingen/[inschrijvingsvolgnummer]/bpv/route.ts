// GET /api/v1/instellingen/{brin}/inschrijvingen/{ivn}/bpv: the BPV of one mbo inschrijving, cursor paged by bpvVolgnummer.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json, problem } from "@/lib/api/problem";
import { leesBpvs } from "@/lib/api/register/lezen";

type Params = { brin: string; inschrijvingsvolgnummer: string };

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "DUO_MBO");
    if (school instanceof Response) return school;
    const page = pageRequest(request.nextUrl.searchParams, 1);
    if (!page.ok) return page.response;
    const rows = await leesBpvs(params.brin, params.inschrijvingsvolgnummer, { after: page.after ? String(page.after[0]) : null, take: page.limit + 1 });
    if (!rows) return problem(404, "Deze inschrijving bestaat niet bij deze instelling.", { instance: request.nextUrl.pathname });
    const items = rows.slice(0, page.limit);
    return json(200, { items, next: rows.length > page.limit ? encodeCursor([items.at(-1)!.bpvVolgnummer]) : null });
  },
});
