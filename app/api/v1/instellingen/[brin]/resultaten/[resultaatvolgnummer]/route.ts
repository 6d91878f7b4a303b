// PUT, DELETE and GET of an mbo resultaat (diploma or certificaat), through the pipeline.
import { clientRoute, operation } from "@/lib/api/handler";
import { json, ApiProblem } from "@/lib/api/problem";
import { leesResultaat } from "@/lib/api/register/lezen";
import { recordEtag } from "@/lib/api/register/etag";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; resultaatvolgnummer: string };
const sleutel = (p: Params) => ({ brin: p.brin, resultaatvolgnummer: p.resultaatvolgnummer });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  PUT: operation({
    mandate: "DUO_MBO",
    async handle({ request, params, caller, school }) {
      return putMelding(request, caller, school, "mbo-resultaten", sleutel(params));
    },
  }),
  DELETE: operation({
    mandate: "DUO_MBO",
    async handle({ request, params, caller, school }) {
      return deleteMelding(request, caller, school, "mbo-resultaten", sleutel(params));
    },
  }),
  GET: operation({
    mandate: "DUO_MBO",
    async handle({ request, params }) {
      const resultaat = await leesResultaat(params.brin, params.resultaatvolgnummer);
      if (!resultaat)
        throw new ApiProblem(404, "Dit resultaat bestaat niet bij deze instelling.", {
          instance: request.nextUrl.pathname,
        });
      const etag = await recordEtag("mbo-resultaten", sleutel(params));
      return json(200, resultaat, etag ? { ETag: etag } : undefined);
    },
  }),
});
