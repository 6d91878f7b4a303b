// `GET /instelling/[brin]/meldingen/export`: the terugkoppeling's current selection as CSV.
import { meldingenCsv } from "@/lib/register/exports/meldingen";
import { instellingScope } from "@/lib/register/scope";

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  return meldingenCsv(await instellingScope((await params).brin), request);
}
