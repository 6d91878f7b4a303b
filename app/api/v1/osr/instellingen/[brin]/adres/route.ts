// PUT (and GET) /api/v1/osr/instellingen/{brin}/adres: the school's addresses, from the supplier's LAS.
import { clientRoute, operation } from "@/lib/api/handler";
import { adresJson, isVestigingVan, leesAdres, leverAdres, osrAdresBody } from "@/lib/api/osr";
import { ApiProblem, json } from "@/lib/api/problem";
import { velden } from "@/lib/register/validate";

const AFGEKEURD = "Het adres is afgekeurd; er is niets opgeslagen.";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  PUT: operation({
    mandate: "ANY",
    body: { schema: osrAdresBody, rejected: AFGEKEURD },
    async handle({ request, params, caller, body }) {
      const vestigingscode = body.vestigingscode;
      if (vestigingscode && !(await isVestigingVan(params.brin, vestigingscode))) {
        throw new ApiProblem(422, AFGEKEURD, {
          instance: request.nextUrl.pathname,
          extra: {
            invalidParams: [
              {
                name: "/vestigingscode",
                code: "R02",
                reason: `Vestiging ${vestigingscode} hoort niet bij ${params.brin}.`,
              },
            ],
          },
        });
      }
      const { row, aangemaakt } = await leverAdres(caller, params.brin, body);
      return json(aangemaakt ? 201 : 200, await adresJson(row));
    },
  }),
  GET: operation({
    mandate: "ANY",
    async handle({ request, params }) {
      const vestigingscode = request.nextUrl.searchParams.get("vestigingscode") ?? "";
      if (vestigingscode && !velden.vestigingscode.safeParse(vestigingscode).success)
        throw new ApiProblem(400, "vestigingscode is de BRIN-code en 2 cijfers, zoals 01AB00.");
      const row = await leesAdres(params.brin, vestigingscode);
      if (!row)
        throw new ApiProblem(404, "Voor deze instelling (of vestiging) is nog geen adres aangeleverd.", {
          instance: request.nextUrl.pathname,
        });
      return json(200, await adresJson(row));
    },
  }),
});
