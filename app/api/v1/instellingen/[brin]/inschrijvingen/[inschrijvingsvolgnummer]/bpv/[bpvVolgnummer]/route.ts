// PUT, DELETE and GET of an mbo BPV (work placement) of an inschrijving, through the pipeline.
import { clientRoute, operation } from "@/lib/api/handler";
import { json, ApiProblem } from "@/lib/api/problem";
import { recordEtag } from "@/lib/api/register/etag";
import { leesBpvs } from "@/lib/api/register/lezen";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; inschrijvingsvolgnummer: string; bpvVolgnummer: string };
const sleutel = (p: Params) => ({
  brin: p.brin,
  inschrijvingsvolgnummer: p.inschrijvingsvolgnummer,
  bpvVolgnummer: p.bpvVolgnummer,
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  PUT: operation({
    mandate: "DUO_MBO",
    async handle({ request, params, caller, school }) {
      return putMelding(request, caller, school, "mbo-bpv", sleutel(params));
    },
  }),
  DELETE: operation({
    mandate: "DUO_MBO",
    async handle({ request, params, caller, school }) {
      return deleteMelding(request, caller, school, "mbo-bpv", sleutel(params));
    },
  }),
  GET: operation({
    mandate: "DUO_MBO",
    async handle({ request, params }) {
      const [bpv] =
        (await leesBpvs(params.brin, params.inschrijvingsvolgnummer, { bpvVolgnummer: params.bpvVolgnummer })) ?? [];
      if (!bpv)
        throw new ApiProblem(404, "Deze BPV bestaat niet bij deze inschrijving van deze instelling.", {
          instance: request.nextUrl.pathname,
        });
      const etag = await recordEtag("mbo-bpv", sleutel(params));
      return json(200, bpv, etag ? { ETag: etag } : undefined);
    },
  }),
});
