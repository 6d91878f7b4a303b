// PUT, DELETE and GET of one inschrijving (mbo or po, after the school's sector) through the pipeline.
import { clientRoute } from "@/lib/api/handler";
import { inschrijvingDienst, requireMandate } from "@/lib/api/mandates";
import { json, problem } from "@/lib/api/problem";
import { leesInschrijving } from "@/lib/api/register/lezen";
import { recordEtag } from "@/lib/api/register/etag";
import { deleteMelding, putMelding } from "@/lib/api/register/melding";

type Params = { brin: string; inschrijvingsvolgnummer: string };
const soortVan = (sector: "MBO" | "PO") => (sector === "MBO" ? "mbo-inschrijvingen" : "po-inschrijvingen");
const sleutel = (p: Params) => ({ brin: p.brin, inschrijvingsvolgnummer: p.inschrijvingsvolgnummer });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  async PUT({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, inschrijvingDienst);
    if (school instanceof Response) return school;
    return putMelding(request, caller, school, soortVan(school.sector), sleutel(params));
  },
  async DELETE({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, inschrijvingDienst);
    if (school instanceof Response) return school;
    return deleteMelding(request, caller, school, soortVan(school.sector), sleutel(params));
  },
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, inschrijvingDienst);
    if (school instanceof Response) return school;
    const inschrijving = await leesInschrijving(params.brin, params.inschrijvingsvolgnummer);
    if (!inschrijving) return problem(404, "Deze inschrijving bestaat niet bij deze instelling.", { instance: request.nextUrl.pathname });
    const etag = await recordEtag(soortVan(school.sector), sleutel(params));
    return json(200, inschrijving, etag ? { ETag: etag } : undefined);
  },
});
