// `GET /instelling/{brin}/deelnemers/export`: the list's current selection (same search parameters)
// as CSV in the export conventions of formats.md, streamed; the PGN masked as in the list.
import { requireInstelling } from "@/lib/auth/session";
import { csvExportStream, type CsvCell } from "@/lib/register/csv/export";
import { todayIso } from "@/lib/register/pipeline/dates";
import { filtersMetZoekopdracht } from "@/lib/register/queries/zoekopdracht";
import { deelnemersExport, type DeelnemerRij } from "@/lib/register/queries/deelnemers";

// Column names as in the upload formats, so the file reads the same whatever the UI language.
const MBO_HEADER = ["brin", "inschrijvingsvolgnummer", "pgn", "achternaam", "voorvoegsel", "voornamen", "datum_inschrijving", "datum_uitschrijving", "opleidingscode", "opleiding", "leerweg", "signalen"];
const PO_HEADER = ["brin", "inschrijvingsvolgnummer", "pgn", "achternaam", "voorvoegsel", "voornamen", "datum_inschrijving", "datum_uitschrijving", "vestigingscode", "groep", "signalen"];

function cells(brin: string, r: DeelnemerRij): CsvCell[] {
  const head = [brin, r.volgnummer, r.pgn, r.achternaam, r.voorvoegsel, r.voornamen, r.datumInschrijving, r.datumUitschrijving];
  const tail = r.sector === "MBO" ? [r.opleidingscode, r.opleidingNaam, r.leerweg] : [r.vestigingscode, r.groep];
  return [...head, ...tail, r.signalen.join(" ")];
}

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  const { brin } = await params;
  const { user, instelling } = await requireInstelling(brin);
  const { filters } = await filtersMetZoekopdracht(new URL(request.url).searchParams, user.id, brin);
  const header = instelling.sector === "MBO" ? MBO_HEADER : PO_HEADER;
  async function* rows() {
    for await (const r of deelnemersExport(brin, filters)) yield cells(brin, r);
  }
  const pieces = csvExportStream(header, rows());
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await pieces.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await pieces.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="deelnemers-${brin}-${todayIso()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
