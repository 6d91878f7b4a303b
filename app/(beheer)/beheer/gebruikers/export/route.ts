// `GET /beheer/gebruikers/export`: the user list with its current filters as CSV (DUO_BEHEERDER only).
import { requireCapability } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { alleGebruikers } from "@/lib/beheer/gebruikers/gebruikers";
import { gebruikerFilterSchema } from "@/lib/beheer/gebruikers/validation";
import { csvResponse, mapRows } from "@/lib/shared/csv";

export async function GET(request: Request) {
  await requireCapability("manageUsers");
  const filter = gebruikerFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return csvResponse(
    "gebruikers",
    ["email", "naam", "rol", "actief", "instellingen", "aangemaakt_op"],
    mapRows(alleGebruikers(db, filter), (g) => [
      g.email,
      g.naam,
      g.rol,
      g.actief,
      g.instellingen.join(" "),
      g.aangemaaktOp.toISOString(),
    ]),
  );
}
