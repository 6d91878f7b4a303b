// The school's verzuim and resultaten lists as CSV, with the list's current filters.
import { csvResponse, mapRows } from "@/lib/shared/csv";
import {
  resultatenExport,
  resultatenLijstDef,
  verzuimExport,
  verzuimLijstDef,
} from "@/lib/register/queries/verzuim-resultaten";
import { logInzage, type RegisterScope } from "@/lib/register/scope";

export async function verzuimCsv(scope: RegisterScope, request: Request): Promise<Response> {
  const state = verzuimLijstDef.parse(new URL(request.url).searchParams);
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "verzuim-export",
    na: { filters: Object.fromEntries(verzuimLijstDef.toParams(state)) },
  });
  return csvResponse(
    `verzuim-${scope.brin}`,
    [
      "brin",
      "verzuimvolgnummer",
      "pgn",
      "achternaam",
      "voorvoegsel",
      "voornamen",
      "soort",
      "datum_begin",
      "datum_einde",
      "toelichting",
      "behandelstatus",
    ],
    mapRows(verzuimExport(scope.brin, state), (r) => [
      scope.brin,
      r.verzuimvolgnummer,
      r.pgn,
      r.achternaam,
      r.voorvoegsel,
      r.voornamen,
      r.soort,
      r.datumBegin,
      r.datumEinde,
      r.toelichting,
      r.behandelstatus,
    ]),
  );
}

export async function resultatenCsv(scope: RegisterScope, request: Request): Promise<Response> {
  const state = resultatenLijstDef.parse(new URL(request.url).searchParams);
  await logInzage(scope, {
    entiteit: "Lijst",
    sleutel: "resultaten-export",
    na: { filters: Object.fromEntries(resultatenLijstDef.toParams(state)) },
  });
  return csvResponse(
    `resultaten-${scope.brin}`,
    [
      "brin",
      "resultaatvolgnummer",
      "inschrijvingsvolgnummer",
      "pgn",
      "achternaam",
      "voorvoegsel",
      "voornamen",
      "opleidingscode",
      "opleiding",
      "soort",
      "datum_behaald",
      "indicatie_bekostigbaar",
      "bekostigd",
      "bekostigingscodes",
      "definitief",
    ],
    mapRows(resultatenExport(scope.brin, state), (r) => [
      scope.brin,
      r.resultaatvolgnummer,
      r.inschrijvingsvolgnummer,
      r.pgn,
      r.achternaam,
      r.voorvoegsel,
      r.voornamen,
      r.opleidingscode,
      r.opleidingNaam,
      r.soort,
      r.datumBehaald,
      r.indicatieBekostigbaar,
      r.bekostiging?.status ?? null,
      r.bekostiging ? r.bekostiging.codes.join(" ") : null,
      r.bekostiging ? r.bekostiging.definitief : null,
    ]),
  );
}
