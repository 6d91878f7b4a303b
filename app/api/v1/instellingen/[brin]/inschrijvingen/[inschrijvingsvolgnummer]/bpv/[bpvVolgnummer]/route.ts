// PUT, DELETE and GET of an mbo BPV (work placement) of an inschrijving, through the pipeline.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { json, problem } from "@/lib/api/problem";
import { recordEtag } from "@/lib/api/register/etag";
import { leesBpvs } from "@/lib/api/register/lezen";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; inschrijvingsvolgnummer: string; bpvVolgnummer: string };
const sleutel = (p: Params) => ({ brin: p.brin, inschrijvingsvolgnummer: p.inschrijvingsvolgnummer, bpvVolgnummer: p.bpvVolgnummer });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  async PUT({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "DUO_MBO");
    if (school instanceof Response) return school;
    return putMelding(request, caller, school, "mbo-bpv", sleutel(params));
  },
  async DELETE({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "DUO_MBO");
    if (school instanceof Response) return school;
    return deleteMelding(request, caller, school, "mbo-bpv", sleutel(params));
  },
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "DUO_MBO");
    if (school instanceof Response) return school;
    const [bpv] = (await leesBpvs(params.brin, params.inschrijvingsvolgnummer, { bpvVolgnummer: params.bpvVolgnummer })) ?? [];
    if (!bpv) return problem(404, "Deze BPV bestaat niet bij deze inschrijving van deze instelling.", { instance: request.nextUrl.pathname });
    const etag = await recordEtag("mbo-bpv", sleutel(params));
    return json(200, bpv, etag ? { ETag: etag } : undefined);
  },
});
