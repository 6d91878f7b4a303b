// PUT, GET and DELETE /api/v1/osr/instellingen/{brin}/endpoints/{dienst}: the supplier's own
// delivery endpoint for a service of this school (only for a service it holds a mandate for).
import type { Dienst } from "@/generated/prisma/enums";
import { z } from "zod";
import { clientRoute, operation } from "@/lib/api/handler";
import { DIENSTEN } from "@/lib/api/mandates";
import { endpointJson, leesEndpoint, leverEndpoint, osrEndpointBody, verwijderEndpoint } from "@/lib/api/osr";
import { ApiProblem, json } from "@/lib/api/problem";
import { env } from "@/lib/env";
import { hostBezwaar } from "@/lib/push/verstuur";

type Params = { brin: string; dienst: string };

const AFGEKEURD = "Het endpoint is afgekeurd; er is niets opgeslagen.";

// An unknown dienst is a 404 before the mandate is looked at.
const dienstParams = z.object({
  dienst: z.enum(DIENSTEN, { error: `Onbekende dienst; kies uit ${DIENSTEN.join(", ")}.` }),
});
const mandated = {
  params: dienstParams,
  mandate: { from: ({ params }: { params: { dienst: Dienst } }) => params.dienst },
} as const;

const geenEndpoint = (instance: string) =>
  new ApiProblem(404, "Uw organisatie heeft voor deze dienst bij deze instelling geen endpoint aangeleverd.", {
    instance,
  });

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Params>({
  PUT: operation({
    ...mandated,
    body: { schema: osrEndpointBody, rejected: AFGEKEURD },
    async handle({ request, params, caller, body }) {
      // Berichten are pushed to this url (lib/push): a name that resolves to a non-public address is refused now, not only at each delivery.
      const bezwaar = await hostBezwaar(body.url, env.PUSH_ALLOW_PRIVATE);
      if (bezwaar)
        throw new ApiProblem(422, AFGEKEURD, {
          instance: request.nextUrl.pathname,
          extra: { invalidParams: [{ name: "/url", code: "F02", reason: bezwaar }] },
        });
      const { row, aangemaakt, ondertekeningssleutel } = await leverEndpoint(caller, params.brin, params.dienst, body);
      // The signing secret is created with the supplier's first endpoint and shown only in that answer.
      return json(aangemaakt ? 201 : 200, {
        ...(await endpointJson(row)),
        ...(ondertekeningssleutel ? { ondertekeningssleutel } : {}),
      });
    },
  }),
  GET: operation({
    ...mandated,
    async handle({ request, params, caller }) {
      const row = await leesEndpoint(caller, params.brin, params.dienst);
      if (!row) throw geenEndpoint(request.nextUrl.pathname);
      return json(200, await endpointJson(row));
    },
  }),
  DELETE: operation({
    ...mandated,
    async handle({ request, params, caller }) {
      const removed = await verwijderEndpoint(caller, params.brin, params.dienst);
      if (!removed) throw geenEndpoint(request.nextUrl.pathname);
      return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
    },
  }),
});
