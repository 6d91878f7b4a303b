// PUT, GET and DELETE /api/v1/osr/instellingen/{brin}/endpoints/{dienst}: the supplier's own
// delivery endpoint for a service of this school (only for a service it holds a mandate for).
import type { Dienst } from "@/generated/prisma/enums";
import { clientRoute, type ClientCallContext } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { DIENSTEN, requireMandate } from "@/lib/api/mandates";
import { endpointJson, issuesToParams, leesEndpoint, leverEndpoint, osrEndpointBody, verwijderEndpoint } from "@/lib/api/osr";
import { json, problem } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { hostBezwaar } from "@/lib/push/verstuur";

type Params = { brin: string; dienst: string };

async function mandated(ctx: ClientCallContext<Params>): Promise<Dienst | Response> {
  const dienst = ctx.params.dienst as Dienst;
  if (!(DIENSTEN as readonly string[]).includes(dienst)) {
    return problem(404, `Onbekende dienst; kies uit ${DIENSTEN.join(", ")}.`, { instance: ctx.request.nextUrl.pathname });
  }
  const school = await requireMandate(ctx.caller, ctx.params.brin, dienst);
  return school instanceof Response ? school : dienst;
}

const geenEndpoint = (instance: string) => problem(404, "Uw organisatie heeft voor deze dienst bij deze instelling geen endpoint aangeleverd.", { instance });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  async PUT(ctx) {
    const dienst = await mandated(ctx);
    if (dienst instanceof Response) return dienst;
    const body = await readJsonBody(ctx.request);
    if (!body.ok) return body.response;
    const parsed = osrEndpointBody.safeParse(body.value);
    if (!parsed.success) {
      return problem(422, "Het endpoint is afgekeurd; er is niets opgeslagen.", {
        instance: ctx.request.nextUrl.pathname,
        extra: { invalidParams: issuesToParams(parsed.error, body.value) },
      });
    }
    // Berichten are pushed to this url (lib/push): a name that resolves to a non-public address is refused now, not only at each delivery.
    const bezwaar = await hostBezwaar(parsed.data.url, env.PUSH_ALLOW_PRIVATE);
    if (bezwaar) {
      return problem(422, "Het endpoint is afgekeurd; er is niets opgeslagen.", {
        instance: ctx.request.nextUrl.pathname,
        extra: { invalidParams: [{ name: "/url", code: "F02", reason: bezwaar }] },
      });
    }
    const { row, aangemaakt, ondertekeningssleutel } = await leverEndpoint(ctx.caller, ctx.params.brin, dienst, parsed.data);
    // The signing secret is created with the supplier's first endpoint and shown only in that answer.
    return json(aangemaakt ? 201 : 200, { ...(await endpointJson(row)), ...(ondertekeningssleutel ? { ondertekeningssleutel } : {}) });
  },
  async GET(ctx) {
    const dienst = await mandated(ctx);
    if (dienst instanceof Response) return dienst;
    const row = await leesEndpoint(ctx.caller, ctx.params.brin, dienst);
    return row ? json(200, await endpointJson(row)) : geenEndpoint(ctx.request.nextUrl.pathname);
  },
  async DELETE(ctx) {
    const dienst = await mandated(ctx);
    if (dienst instanceof Response) return dienst;
    const removed = await verwijderEndpoint(ctx.caller, ctx.params.brin, dienst);
    return removed ? new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } }) : geenEndpoint(ctx.request.nextUrl.pathname);
  },
});
