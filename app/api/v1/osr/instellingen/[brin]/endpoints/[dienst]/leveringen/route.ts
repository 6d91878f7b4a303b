// GET /api/v1/osr/instellingen/{brin}/endpoints/{dienst}/leveringen: the delivery log of the caller's
// own endpoint for this dienst at this school (lib/push), newest first, cursor paged.
import { z } from "zod";
import { clientRoute, operation } from "@/lib/api/handler";
import { DIENSTEN } from "@/lib/api/mandates";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { leveringenPagina } from "@/lib/push/log";

type Params = { brin: string; dienst: string };

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  GET: operation({
    // An unknown dienst is a 404 before the mandate is looked at.
    params: z.object({ dienst: z.enum(DIENSTEN, { error: `Onbekende dienst; kies uit ${DIENSTEN.join(", ")}.` }) }),
    mandate: { from: ({ params }) => params.dienst },
    async handle({ request, params, caller }) {
      const page = pageRequest(request.nextUrl.searchParams, 1);
      if (!page.ok) return page.response;
      const voor = page.after && typeof page.after[0] === "number" ? page.after[0] : null;
      const { rijen, volgende } = await leveringenPagina(
        db,
        { brin: params.brin, dienst: params.dienst, leverancierId: caller.leverancierId },
        page.limit,
        voor,
      );
      return json(200, {
        items: rijen.map((r) => ({
          id: r.id,
          event: r.event,
          berichtId: r.berichtId,
          webhookId: r.webhookId,
          status: r.status,
          pogingen: r.pogingen,
          laatsteStatus: r.laatsteStatus,
          laatsteDuurMs: r.laatsteDuurMs,
          laatsteFout: r.laatsteFout,
          laatstePogingOp: iso(r.laatstePogingOp),
          volgendePogingOp: iso(r.volgendePogingOp),
          afgeleverdOp: iso(r.afgeleverdOp),
          aangemaaktOp: r.aangemaaktOp.toISOString(),
        })),
        next: volgende ? encodeCursor([volgende]) : null,
      });
    },
  }),
});
