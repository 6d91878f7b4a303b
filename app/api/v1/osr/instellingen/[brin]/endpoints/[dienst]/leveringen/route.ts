// GET /api/v1/osr/instellingen/{brin}/endpoints/{dienst}/leveringen: the delivery log of the caller's
// own endpoint for this dienst at this school (lib/push), newest first, cursor paged.
import type { Dienst } from "@/generated/prisma/enums";
import { clientRoute } from "@/lib/api/handler";
import { DIENSTEN, requireMandate } from "@/lib/api/mandates";
import { encodeCursor, pageRequest } from "@/lib/api/paging";
import { json, problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { leveringenPagina } from "@/lib/push/log";

type Params = { brin: string; dienst: string };

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  async GET({ request, params, caller }) {
    const dienst = params.dienst as Dienst;
    if (!(DIENSTEN as readonly string[]).includes(dienst)) {
      return problem(404, `Onbekende dienst; kies uit ${DIENSTEN.join(", ")}.`, { instance: request.nextUrl.pathname });
    }
    const school = await requireMandate(caller, params.brin, dienst);
    if (school instanceof Response) return school;
    const page = pageRequest(request.nextUrl.searchParams, 1);
    if (!page.ok) return page.response;
    const voor = page.after && typeof page.after[0] === "number" ? page.after[0] : null;
    const { rijen, volgende } = await leveringenPagina(db, { brin: params.brin, dienst, leverancierId: caller.leverancierId }, page.limit, voor);
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
});
