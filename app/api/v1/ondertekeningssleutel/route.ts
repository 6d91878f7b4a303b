// /api/v1/ondertekeningssleutel: the signing secret of the caller's leverancier for pushed berichten
// (Standard Webhooks, lib/push). GET tells when it was made; POST makes a new one and shows it once —
// the previous one keeps signing alongside it for 24 hours.
import { clientRoute, operation } from "@/lib/api/handler";
import { json } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { roteerSleutel, sleutelStatus } from "@/lib/push/sleutel";

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = clientRoute<Record<string, never>>({
  GET: operation({
    async handle({ caller }) {
      const status = await sleutelStatus(db, caller.leverancierId);
      return json(200, { aangemaaktOp: iso(status.aangemaaktOp), vorigeGeldigTot: iso(status.vorigeGeldigTot) });
    },
  }),
  POST: operation({
    async handle({ caller }) {
      const nieuw = await roteerSleutel(db, caller.leverancierId, { type: "API_CLIENT", id: caller.clientId });
      if (!nieuw) throw new Error("De leverancier van deze client bestaat niet meer");
      const status = await sleutelStatus(db, caller.leverancierId);
      return json(201, {
        ondertekeningssleutel: nieuw.sleutel,
        aangemaaktOp: nieuw.aangemaaktOp.toISOString(),
        vorigeGeldigTot: iso(status.vorigeGeldigTot),
      });
    },
  }),
});
