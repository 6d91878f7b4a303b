// PUT, DELETE and GET of a po verzuimmelding, through the pipeline.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { json, problem } from "@/lib/api/problem";
import { leesVerzuim } from "@/lib/api/register/lezen";
import { recordEtag } from "@/lib/api/register/etag";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; verzuimvolgnummer: string };
const sleutel = (p: Params) => ({ brin: p.brin, verzuimvolgnummer: p.verzuimvolgnummer });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  async PUT({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "VERZUIM");
    if (school instanceof Response) return school;
    return putMelding(request, caller, school, "po-verzuim", sleutel(params));
  },
  async DELETE({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "VERZUIM");
    if (school instanceof Response) return school;
    return deleteMelding(request, caller, school, "po-verzuim", sleutel(params));
  },
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "VERZUIM");
    if (school instanceof Response) return school;
    const verzuim = await leesVerzuim(params.brin, params.verzuimvolgnummer);
    if (!verzuim) return problem(404, "Deze verzuimmelding bestaat niet bij deze instelling.", { instance: request.nextUrl.pathname });
    const etag = await recordEtag("po-verzuim", sleutel(params));
    return json(200, verzuim, etag ? { ETag: etag } : undefined);
  },
});
