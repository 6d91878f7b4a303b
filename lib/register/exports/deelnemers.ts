// The student list as CSV: the list's current selection (same search parameters) with the columns
// of the screen, the PGN masked as in the list, the funding on the list's teldatum.
import { csvResponse, mapRows } from "@/lib/shared/csv";
import { isoDate, pickParam } from "@/lib/lijst/params";
import type { CsvCell } from "@/lib/shared/csv";
import { todayIso } from "@/lib/shared/dates";
import { filtersMetZoekopdracht } from "@/lib/register/queries/zoekopdracht";
import { deelnemersExport, type DeelnemerRij } from "@/lib/register/queries/deelnemers";
import { standaardTeldatum, teldataVan } from "@/lib/register/queries/referentie";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

// Column names as in the upload formats, so the file reads the same whatever the UI language.
const HEAD = [
  "brin",
  "inschrijvingsvolgnummer",
  "pgn",
  "achternaam",
  "voorvoegsel",
  "voornamen",
  "datum_inschrijving",
  "datum_uitschrijving",
];
const MBO_HEADER = [
  ...HEAD,
  "opleidingscode",
  "opleiding",
  "leerweg",
  "signalen",
  "teldatum",
  "bekostigd",
  "bekostigingscodes",
  "definitief",
];
const PO_HEADER = [
  ...HEAD,
  "vestigingscode",
  "groep",
  "signalen",
  "teldatum",
  "bekostigd",
  "bekostigingscodes",
  "definitief",
];

function cells(brin: string, teldatum: string | undefined, r: DeelnemerRij): CsvCell[] {
  const head = [
    brin,
    r.volgnummer,
    r.pgn,
    r.achternaam,
    r.voorvoegsel,
    r.voornamen,
    r.datumInschrijving,
    r.datumUitschrijving,
  ];
  const tail = r.sector === "MBO" ? [r.opleidingscode, r.opleidingNaam, r.leerweg] : [r.vestigingscode, r.groep];
  const b = r.bekostiging;
  return [
    ...head,
    ...tail,
    r.signalen.join(" "),
    teldatum ?? null,
    b?.status ?? null,
    b ? b.codes.join(" ") : null,
    b ? b.definitief : null,
  ];
}

export async function deelnemersCsv(scope: RegisterScope, request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const { filters } = await filtersMetZoekopdracht(params, scope.gebruikerId, scope.brin);
  const teldatum =
    filters.teldatum ??
    pickParam(isoDate, params.get("kolomTeldatum") ?? undefined) ??
    standaardTeldatum(await teldataVan(scope.sector), todayIso()) ??
    undefined;
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "deelnemers-export",
    na: { filters: Object.fromEntries(params) },
  });
  return csvResponse(
    `deelnemers-${scope.brin}`,
    scope.sector === "MBO" ? MBO_HEADER : PO_HEADER,
    mapRows(deelnemersExport(scope.brin, filters, { teldatum }), (r) => cells(scope.brin, teldatum, r)),
  );
}
