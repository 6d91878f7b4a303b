// PUT, DELETE and GET of an mbo resultaat (diploma or certificaat), through the pipeline.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { json, problem } from "@/lib/api/problem";
import { leesResultaat } from "@/lib/api/register/lezen";
import { recordEtag } from "@/lib/api/register/etag";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; resultaatvolgnummer: string };
const sleutel = (p: Params) => ({ brin: p.brin, resultaatvolgnummer: p.resultaatvolgnummer });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  async PUT({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "DUO_MBO");
    if (school instanceof Response) return school;
    return putMelding(request, caller, school, "mbo-resultaten", sleutel(params));
  },
  async DELETE({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "DUO_MBO");
    if (school instanceof Response) return school;
    return deleteMelding(request, caller, school, "mbo-resultaten", sleutel(params));
  },
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "DUO_MBO");
    if (school instanceof Response) return school;
    const resultaat = await leesResultaat(params.brin, params.resultaatvolgnummer);
    if (!resultaat) return problem(404, "Dit resultaat bestaat niet bij deze instelling.", { instance: request.nextUrl.pathname });
    const etag = await recordEtag("mbo-resultaten", sleutel(params));
    return json(200, resultaat, etag ? { ETag: etag } : undefined);
  },
});
