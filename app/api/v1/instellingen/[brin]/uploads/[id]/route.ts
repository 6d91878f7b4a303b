// GET /api/v1/instellingen/{brin}/uploads/{id}: status, progress and counts of an upload.
import { clientRoute, operation } from "@/lib/api/handler";
import { json, ApiProblem } from "@/lib/api/problem";
import { findUpload, uploadJson } from "@/lib/api/register/uploads";
import { isSoort } from "@/lib/register/validate";
import { DIENST_VAN_SOORT } from "@/lib/register/uploads/rights";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string; id: string }>({
  GET: operation({
    mandate: "ANY",
    async handle({ request, params, school }) {
      const upload = await findUpload(params.brin, params.id);
      // An upload of a soort the client holds no mandate for is as invisible as one that does not exist.
      if (!upload || !isSoort(upload.soort) || !school.diensten.has(DIENST_VAN_SOORT[upload.soort])) {
        throw new ApiProblem(404, "Deze upload bestaat niet bij deze instelling.", {
          instance: request.nextUrl.pathname,
        });
      }
      return json(200, uploadJson(upload));
    },
  }),
});
