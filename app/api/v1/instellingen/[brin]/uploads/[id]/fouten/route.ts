// GET /api/v1/instellingen/{brin}/uploads/{id}/fouten: the error report, JSON (paged) or CSV (Accept: text/csv).
import { clientRoute, operation } from "@/lib/api/handler";
import { pageRequest, toPage } from "@/lib/api/paging";
import { json, ApiProblem } from "@/lib/api/problem";
import { findUpload, foutenPagina } from "@/lib/api/register/uploads";
import { foutenrapportCsv } from "@/lib/register/uploads/http";
import { isSoort } from "@/lib/register/validate";
import { DIENST_VAN_SOORT } from "@/lib/register/uploads/rights";

/** CSV when the client asks for it before (or instead of) JSON. */
function wantsCsv(accept: string | null): boolean {
  const types = (accept ?? "").split(",").map((t) => t.split(";")[0]!.trim().toLowerCase());
  const csv = types.indexOf("text/csv");
  const jsonAt = types.findIndex((t) => t === "application/json" || t === "application/*" || t === "*/*");
  return csv !== -1 && (jsonAt === -1 || csv < jsonAt);
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string; id: string }>({
  GET: operation({
    mandate: "ANY",
    async handle({ request, params, school }) {
      const upload = await findUpload(params.brin, params.id);
      if (!upload || !isSoort(upload.soort) || !school.diensten.has(DIENST_VAN_SOORT[upload.soort])) {
        throw new ApiProblem(404, "Deze upload bestaat niet bij deze instelling.", {
          instance: request.nextUrl.pathname,
        });
      }
      if (wantsCsv(request.headers.get("accept"))) return foutenrapportCsv(params.brin, upload.id);
      const page = pageRequest(request.nextUrl.searchParams, 2);
      if (!page.ok) return page.response;
      const rows = await foutenPagina(upload.id, page.limit, page.after as [number, number] | null);
      return json(
        200,
        toPage(
          rows,
          page.limit,
          (r) => [r.rij, r.id],
          ({ rij, kolom, code, melding }) => ({ rij, kolom, code, melding }),
        ),
      );
    },
  }),
});
