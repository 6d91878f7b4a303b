// POST /api/v1/instellingen/{brin}/uploads?soort=…: a CSV file as the body → 202 + Location (an
// Idempotency-Key within 24 hours returns the first upload); GET: the school's uploads of the
// soorten the caller is mandated for, newest first, cursor paged.
import { z } from "zod";
import { clientRoute, operation } from "@/lib/api/handler";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { startApiUpload, uploadsPagina } from "@/lib/api/register/uploads";
import { SOORTEN } from "@/lib/register/validate";
import { DIENST_VAN_SOORT } from "@/lib/register/uploads/rights";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  POST: operation({
    query: z.object({
      soort: z.enum(SOORTEN, { error: `Geef het soort bestand als ?soort=, een van ${SOORTEN.join(", ")}.` }),
    }),
    mandate: { from: ({ query }) => DIENST_VAN_SOORT[query.soort] },
    async handle({ request, params, caller, query }) {
      return startApiUpload(request, caller, params.brin, query.soort);
    },
  }),
  GET: operation({
    mandate: "ANY",
    async handle({ request, params, school }) {
      const page = pageRequest(request.nextUrl.searchParams, 2);
      if (!page.ok) return page.response;
      const after =
        page.after && typeof page.after[0] === "string" && typeof page.after[1] === "string"
          ? ([page.after[0], page.after[1]] as [string, string])
          : null;
      const soorten = SOORTEN.filter((s) => school.diensten.has(DIENST_VAN_SOORT[s]));
      const { items, next } = await uploadsPagina(params.brin, soorten, page.limit, after);
      return json(200, { items, next: next ? encodeCursor(next) : null });
    },
  }),
});
