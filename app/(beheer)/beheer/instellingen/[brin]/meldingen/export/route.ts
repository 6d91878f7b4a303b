// `GET /beheer/instellingen/[brin]/meldingen/export`: the terugkoppeling's current selection as CSV.
import { meldingenCsv } from "@/lib/register/exports/meldingen";
import { beheerScope } from "@/lib/register/scope";

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  return meldingenCsv(await beheerScope((await params).brin), request);
}
