// `GET /instelling/[brin]/berichten/export`: the inbox's current selection as CSV.
import { berichtenCsv } from "@/lib/register/exports/berichten";
import { instellingScope } from "@/lib/register/scope";

export async function GET(request: Request, { params }: { params: Promise<{ brin: string }> }) {
  return berichtenCsv(await instellingScope((await params).brin), request);
}
