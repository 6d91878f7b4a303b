// PUT, DELETE and GET of one inschrijving (mbo or po, after the school's sector) through the pipeline.
import { clientRoute, operation } from "@/lib/api/handler";
import { inschrijvingDienst } from "@/lib/api/mandates";
import { json, ApiProblem } from "@/lib/api/problem";
import { leesInschrijving } from "@/lib/api/register/lezen";
import { recordEtag } from "@/lib/api/register/etag";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; inschrijvingsvolgnummer: string };
const soortVan = (sector: "MBO" | "PO") => (sector === "MBO" ? "mbo-inschrijvingen" : "po-inschrijvingen");
const sleutel = (p: Params) => ({ brin: p.brin, inschrijvingsvolgnummer: p.inschrijvingsvolgnummer });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  PUT: operation({
    mandate: inschrijvingDienst,
    async handle({ request, params, caller, school }) {
      return putMelding(request, caller, school, soortVan(school.sector), sleutel(params));
    },
  }),
  DELETE: operation({
    mandate: inschrijvingDienst,
    async handle({ request, params, caller, school }) {
      return deleteMelding(request, caller, school, soortVan(school.sector), sleutel(params));
    },
  }),
  GET: operation({
    mandate: inschrijvingDienst,
    async handle({ request, params, school }) {
      const inschrijving = await leesInschrijving(params.brin, params.inschrijvingsvolgnummer);
      if (!inschrijving)
        throw new ApiProblem(404, "Deze inschrijving bestaat niet bij deze instelling.", {
          instance: request.nextUrl.pathname,
        });
      const etag = await recordEtag(soortVan(school.sector), sleutel(params));
      return json(200, inschrijving, etag ? { ETag: etag } : undefined);
    },
  }),
});
