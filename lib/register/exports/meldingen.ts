// The terugkoppeling list as CSV: the current filters, the columns of the screen (codes with their
// column and message), newest first.
import { csvResponse, mapRows } from "@/lib/shared/csv";
import { meldingenExport, meldingenLijst } from "@/lib/register/queries/meldingen";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

const HEADER = [
  "brin",
  "ontvangen_op",
  "soort",
  "sleutel",
  "actie",
  "bron",
  "upload",
  "status",
  "gewijzigd",
  "codes",
  "meldingen",
];

export async function meldingenCsv(scope: RegisterScope, request: Request): Promise<Response> {
  const state = meldingenLijst.parse(new URL(request.url).searchParams);
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "meldingen-export",
    na: { filters: Object.fromEntries(meldingenLijst.toParams(state)) },
  });
  return csvResponse(
    `meldingen-${scope.brin}`,
    HEADER,
    mapRows(meldingenExport(scope.brin, state), (m) => [
      scope.brin,
      m.ontvangenOp.toISOString(),
      m.soort,
      m.sleutel,
      m.verwijdering ? "verwijderen" : "leveren",
      m.bron,
      m.uploadId,
      m.status,
      m.gewijzigd,
      m.codes.map((c) => (c.kolom ? `${c.code} (${c.kolom})` : c.code)).join(" "),
      m.codes
        .map((c) => c.melding ?? "")
        .filter(Boolean)
        .join(" | "),
    ]),
  );
}
