// PUT (and GET) /api/v1/osr/instellingen/{brin}/adres: the school's addresses, from the supplier's LAS.
import { clientRoute } from "@/lib/api/handler";
import { readJsonBody } from "@/lib/api/body";
import { requireMandate } from "@/lib/api/mandates";
import { adresJson, isVestigingVan, issuesToParams, leesAdres, leverAdres, osrAdresBody } from "@/lib/api/osr";
import { json, problem } from "@/lib/api/problem";
import { velden } from "@/lib/register/validate";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<{ brin: string }>({
  async PUT({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "ANY");
    if (school instanceof Response) return school;
    const body = await readJsonBody(request);
    if (!body.ok) return body.response;
    const instance = request.nextUrl.pathname;
    const parsed = osrAdresBody.safeParse(body.value);
    if (!parsed.success) {
      return problem(422, "Het adres is afgekeurd; er is niets opgeslagen.", { instance, extra: { invalidParams: issuesToParams(parsed.error, body.value) } });
    }
    const vestigingscode = parsed.data.vestigingscode;
    if (vestigingscode && !(await isVestigingVan(params.brin, vestigingscode))) {
      return problem(422, "Het adres is afgekeurd; er is niets opgeslagen.", {
        instance,
        extra: { invalidParams: [{ name: "/vestigingscode", code: "R02", reason: `Vestiging ${vestigingscode} hoort niet bij ${params.brin}.` }] },
      });
    }
    const { row, aangemaakt } = await leverAdres(caller, params.brin, parsed.data);
    return json(aangemaakt ? 201 : 200, await adresJson(row));
  },
  async GET({ request, params, caller }) {
    const school = await requireMandate(caller, params.brin, "ANY");
    if (school instanceof Response) return school;
    const vestigingscode = request.nextUrl.searchParams.get("vestigingscode") ?? "";
    if (vestigingscode && !velden.vestigingscode.safeParse(vestigingscode).success) return problem(400, "vestigingscode is de BRIN-code en 2 cijfers, zoals 01AB00.");
    const row = await leesAdres(params.brin, vestigingscode);
    if (!row) return problem(404, "Voor deze instelling (of vestiging) is nog geen adres aangeleverd.", { instance: request.nextUrl.pathname });
    return json(200, await adresJson(row));
  },
});
