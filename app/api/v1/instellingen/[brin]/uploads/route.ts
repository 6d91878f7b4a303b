// POST /api/v1/instellingen/{brin}/uploads?soort=…: a CSV file as the body → 202 + Location.
import { clientRoute } from "@/lib/api/handler";
import { requireMandate } from "@/lib/api/mandates";
import { problem } from "@/lib/api/problem";
import { startApiUpload } from "@/lib/api/register/uploads";
import { isSoort, SOORTEN } from "@/lib/register/validate";
import { DIENST_VAN_SOORT } from "@/lib/register/uploads/rights";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  async POST({ request, params, caller }) {
    const soort = request.nextUrl.searchParams.get("soort") ?? "";
    if (!isSoort(soort)) return problem(400, `Geef het soort bestand als ?soort=, een van ${SOORTEN.join(", ")}.`);
    const school = await requireMandate(caller, params.brin, DIENST_VAN_SOORT[soort]);
    if (school instanceof Response) return school;
    return startApiUpload(request, caller, params.brin, soort);
  },
});
