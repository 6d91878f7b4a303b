// PUT, DELETE and GET of a po verzuimmelding, through the pipeline.
import { clientRoute, operation } from "@/lib/api/handler";
import { json, ApiProblem } from "@/lib/api/problem";
import { leesVerzuim } from "@/lib/api/register/lezen";
import { recordEtag } from "@/lib/api/register/etag";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; verzuimvolgnummer: string };
const sleutel = (p: Params) => ({ brin: p.brin, verzuimvolgnummer: p.verzuimvolgnummer });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  PUT: operation({
    mandate: "VERZUIM",
    async handle({ request, params, caller, school }) {
      return putMelding(request, caller, school, "po-verzuim", sleutel(params));
    },
  }),
  DELETE: operation({
    mandate: "VERZUIM",
    async handle({ request, params, caller, school }) {
      return deleteMelding(request, caller, school, "po-verzuim", sleutel(params));
    },
  }),
  GET: operation({
    mandate: "VERZUIM",
    async handle({ request, params }) {
      const verzuim = await leesVerzuim(params.brin, params.verzuimvolgnummer);
      if (!verzuim)
        throw new ApiProblem(404, "Deze verzuimmelding bestaat niet bij deze instelling.", {
          instance: request.nextUrl.pathname,
        });
      const etag = await recordEtag("po-verzuim", sleutel(params));
      return json(200, verzuim, etag ? { ETag: etag } : undefined);
    },
  }),
});
